#pragma once
// English stemming with Snowball's English (Porter2) stemmer from
// libstemmer, so "networks" and "networking" both index as "network". The
// browser runs its own port of the same algorithm (search.js); the word list
// in tests/search/stems.txt holds both to the same stems.
#include <string>
#include <string_view>

namespace cxo::search {

// Stems a folded word of ASCII letters a–z; anything else is returned as it
// is (identifiers such as sg15 and words in other scripts are not stemmed).
// Safe to call from several threads: each thread has its own stemmer.
std::string stem(std::string_view word);

// Whether `stem` would run the stemmer on this word.
bool stemmable(std::string_view word);

}  // namespace cxo::search

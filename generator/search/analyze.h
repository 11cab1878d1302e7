#pragma once
// From text to index terms, the same way for the index and for a query (and
// in the browser, search.js): words are split on anything that is not a
// letter, mark or digit, except that an apostrophe, hyphen or dot between two
// such characters stays inside the word. Each part is folded (fold.h),
// dropped when it is a stop word or a single character, and stemmed when it
// is made of the letters a–z. A word of several parts (IMT-2020, TSAG-TD55,
// e-mail) also yields its parts joined into one term (imt2020, tsagtd55,
// email), so identifiers are found whole as well as by their parts.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cxo::search {

struct Word {
  std::size_t begin = 0;  // bytes of the text, without a possessive 's
  std::size_t end = 0;
  bool line_break_before = false;  // a newline since the previous word
  std::string joined;              // folded parts joined, not stemmed: what a prefix matches
  std::string compound;            // term for the whole word when it has several parts
  std::string last_part;           // folded, not stemmed: what a prefix of its last part matches
  std::vector<std::string> terms;  // terms of its parts, in order
};

// Appends the words of `text` to `words`.
void split_words(std::string_view text, std::vector<Word>& words);

// The analysis of one word as scan_words delimits it; begin and end are
// relative to `raw`.
Word analyze_word(std::string_view raw);

// The index term of one folded part: empty for a stop word or a single
// character, stemmed when stemmable.
std::string part_term(std::string_view folded);

bool is_stop_word(std::string_view folded);

// Longest term kept, in characters; longer ones (hashes, URLs run together)
// are noise.
inline constexpr std::size_t kMaxTermChars = 40;

// The word scanner, shared by split_words and the index builder (which
// analyses each distinct spelling once).
enum class CharClass : std::uint8_t { Other, Word, Apostrophe, Joiner, LineBreak };
CharClass classify_code_point(std::int32_t c);

// Calls fn(begin, end, line_break_before) for the byte span of each word,
// connectors and possessive included.
template <typename Fn>
void scan_words(std::string_view text, Fn&& fn);

}  // namespace cxo::search

#include "search/scan_words.inc"

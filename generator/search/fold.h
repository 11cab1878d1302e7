#pragma once
// Case and diacritic folding, the first thing done to every word the index
// or a query holds, so "Télécom", "TELECOM" and "telecom" meet. The browser
// (themes/default/static/search.js) folds the same way; tests/search/
// analysis.txt holds cases both sides are checked against.
#include <string>
#include <string_view>

namespace cxo::search {

// NFKD, nonspacing marks (Mn) dropped, full lower-casing (root locale),
// a few letters NFKD leaves alone mapped to their base (ß→ss, ø→o, ł→l,
// đ→d, ð→d, æ→ae, œ→oe, þ→th, ı→i, ς→σ), then NFC.
std::string fold(std::string_view word);

}  // namespace cxo::search

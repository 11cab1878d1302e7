#include "search/analyze.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>

#include "search/fold.h"
#include "search/stem.h"

namespace cxo::search {

namespace {

// Kept short on purpose: words such as "it", "who" or "us" are also
// acronyms (IT, WHO, US) an archive reader searches for. search.js holds the
// same list.
constexpr std::array<std::string_view, 46> kStopWords = {
    "a",    "also", "an",    "and",  "are",   "as",    "at",    "be",   "been", "but",
    "by",   "for",  "from",  "had",  "has",   "have",  "he",    "her",  "his",  "in",
    "into", "is",   "its",   "of",   "on",    "or",    "our",   "she",  "such", "than",
    "that", "the",  "their", "them", "then",  "there", "these", "they", "this", "those",
    "to",   "was",  "we",    "were", "which", "with"};

struct Piece {
  std::size_t begin = 0;
  std::size_t end = 0;
  CharClass before = CharClass::Other;  // the connector before it
};

std::size_t char_count(std::string_view utf8) {
  return static_cast<std::size_t>(
      std::count_if(utf8.begin(), utf8.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

std::string term_of(const std::string& folded) {
  if (char_count(folded) > kMaxTermChars) return {};
  return stem(folded);
}

}  // namespace

CharClass classify_code_point(std::int32_t c) {
  if (c < 0x80) return c < 0 ? CharClass::Other : scan_detail::kAscii[c];
  if (c == 0x2019) return CharClass::Apostrophe;
  if (c == 0x2010 || c == 0x2011) return CharClass::Joiner;
  switch (u_charType(c)) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
    case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_COMBINING_SPACING_MARK:
    case U_DECIMAL_DIGIT_NUMBER:
      return CharClass::Word;
    default:
      return CharClass::Other;
  }
}

bool is_stop_word(std::string_view folded) {
  return std::binary_search(kStopWords.begin(), kStopWords.end(), folded);
}

std::string part_term(std::string_view folded) {
  if (char_count(folded) < 2 || is_stop_word(folded)) return {};
  return term_of(std::string(folded));
}

Word analyze_word(std::string_view raw) {
  // The span holds word characters and single connectors between them.
  std::vector<Piece> pieces;
  CharClass connector = CharClass::Other;
  bool in_piece = false;
  for (std::size_t at = 0; at < raw.size();) {
    std::size_t start = at;
    CharClass kind = scan_detail::next_class(raw, at);
    if (kind == CharClass::Word) {
      if (in_piece) {
        pieces.back().end = at;
      } else {
        pieces.push_back({start, at, connector});
      }
      in_piece = true;
    } else {
      connector = kind;
      in_piece = false;
    }
  }
  std::size_t count = pieces.size();
  // A possessive 's is no part of the word.
  if (count >= 2 && pieces[count - 1].before == CharClass::Apostrophe &&
      fold(raw.substr(pieces[count - 1].begin, pieces[count - 1].end - pieces[count - 1].begin)) ==
          "s") {
    --count;
  }
  std::vector<std::string> parts;
  for (std::size_t i = 0; i < count; ++i) {
    std::string folded = fold(raw.substr(pieces[i].begin, pieces[i].end - pieces[i].begin));
    // Other apostrophes join (don't → dont, O'Brien → obrien).
    if (i > 0 && pieces[i].before == CharClass::Apostrophe) {
      parts.back() += folded;
    } else {
      parts.push_back(std::move(folded));
    }
  }
  Word word;
  if (pieces.empty()) return word;
  word.begin = pieces.front().begin;
  word.end = pieces[count - 1].end;
  for (const auto& part : parts) word.joined += part;
  word.last_part = parts.back();
  if (parts.size() >= 2 && char_count(word.joined) >= 2) word.compound = term_of(word.joined);
  for (const auto& part : parts) {
    std::string term = part_term(part);
    if (!term.empty()) word.terms.push_back(std::move(term));
  }
  return word;
}

void split_words(std::string_view text, std::vector<Word>& words) {
  scan_words(text, [&](std::size_t begin, std::size_t end, bool line_break) {
    Word word = analyze_word(text.substr(begin, end - begin));
    word.begin += begin;
    word.end += begin;
    word.line_break_before = line_break;
    words.push_back(std::move(word));
  });
}

}  // namespace cxo::search

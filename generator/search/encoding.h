#pragma once
// How postings travel to the browser: as text inside a script, in a
// base64url alphabet that needs no escaping in a JavaScript string. Numbers
// are varints of 5-bit groups, most significant first, bit 5 meaning "more
// follows". search.js decodes the same format.
//
// A term's postings are one of:
//   'L' df (gap impact)×df             gaps between document numbers; one
//                                      impact character (title bit, level)
//   'B' df first span bitmap levels titles
//                                      for terms in many documents: one bit
//                                      per document of [first, first+span),
//                                      six per character; the level in four
//                                      steps, three per character; then the
//                                      documents with the term in their
//                                      title: count, gaps from `first`
// whichever is shorter ('L' always below 256 documents). 'B' rounds the level; such frequent terms
// weigh little in the ranking anyway (low idf).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "search/index.h"

namespace cxo::search {

inline constexpr std::string_view kAlphabet =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

// Inline: the index writer calls them for every posting, millions at
// 10,000 meetings.
inline void put_digit(std::string& out, unsigned value) {  // value < 64
  out += kAlphabet[value & 63u];
}

inline void put_varint(std::string& out, std::uint32_t value) {
  int groups = 1;
  while (groups < 7 && (value >> (5 * groups)) != 0) ++groups;
  for (int g = groups - 1; g >= 0; --g) {
    unsigned bits = (value >> (5 * g)) & 31u;
    put_digit(out, bits | (g > 0 ? 32u : 0u));
  }
}

int digit_value(char c);  // -1 when not in the alphabet
bool get_varint(std::string_view text, std::size_t& at, std::uint32_t& value);

std::string encode_postings(const std::vector<Posting>& postings);
std::optional<std::vector<Posting>> decode_postings(std::string_view text);

// The number of documents, read from the header alone.
std::uint32_t encoded_document_count(std::string_view text);

}  // namespace cxo::search

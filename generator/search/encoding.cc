#include "search/encoding.h"

namespace cxo::search {

namespace {

constexpr std::size_t kMinBitmapPostings = 256;

// Level 1..31 in four steps and back: 1–8, 9–16, 17–24, 25–31.
unsigned coarse_level(std::uint8_t impact) {
  return ((impact & 31u) - 1) / 8;
}
std::uint8_t fine_level(unsigned coarse) {
  return static_cast<std::uint8_t>(coarse * 8 + 4);
}

std::string encode_list(const std::vector<Posting>& postings) {
  std::string out = "L";
  out.reserve(8 + postings.size() * 3);
  put_varint(out, static_cast<std::uint32_t>(postings.size()));
  std::uint32_t next = 0;
  for (const Posting& p : postings) {
    put_varint(out, p.doc - next);
    put_digit(out, p.impact);
    next = p.doc + 1;
  }
  return out;
}

std::string encode_bitmap(const std::vector<Posting>& postings) {
  std::string out = "B";
  std::uint32_t first = postings.front().doc;
  std::uint32_t span = postings.back().doc - first + 1;
  put_varint(out, static_cast<std::uint32_t>(postings.size()));
  put_varint(out, first);
  put_varint(out, span);
  std::vector<unsigned> present((span + 5) / 6, 0);
  std::vector<std::uint32_t> titles;
  for (const Posting& p : postings) {
    std::uint32_t offset = p.doc - first;
    present[offset / 6] |= 1u << (offset % 6);
    if (p.impact & kTitleBit) titles.push_back(offset);
  }
  for (unsigned v : present) put_digit(out, v);
  for (std::size_t i = 0; i < postings.size(); i += 3) {
    unsigned v = 0;
    for (std::size_t j = 0; j < 3 && i + j < postings.size(); ++j) {
      v |= coarse_level(postings[i + j].impact) << (2 * j);
    }
    put_digit(out, v);
  }
  // Title matches are few for a word this common: their offsets, as gaps.
  put_varint(out, static_cast<std::uint32_t>(titles.size()));
  std::uint32_t next = 0;
  for (std::uint32_t offset : titles) {
    put_varint(out, offset - next);
    next = offset + 1;
  }
  return out;
}

}  // namespace

int digit_value(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '-') return 62;
  if (c == '_') return 63;
  return -1;
}

bool get_varint(std::string_view text, std::size_t& at, std::uint32_t& value) {
  value = 0;
  for (int groups = 0; at < text.size() && groups < 7; ++groups) {
    int d = digit_value(text[at++]);
    if (d < 0) return false;
    value = (value << 5) | static_cast<std::uint32_t>(d & 31);
    if (!(d & 32)) return true;
  }
  return false;
}

std::string encode_postings(const std::vector<Posting>& postings) {
  std::string list = encode_list(postings);
  // Below this the bitmap saves little and its rounded levels would cost a
  // small archive its ranking.
  if (postings.size() < kMinBitmapPostings) return list;
  std::string bitmap = encode_bitmap(postings);
  return bitmap.size() < list.size() ? bitmap : list;
}

std::uint32_t encoded_document_count(std::string_view text) {
  std::size_t at = 1;
  std::uint32_t df = 0;
  return get_varint(text, at, df) ? df : 0;
}

std::optional<std::vector<Posting>> decode_postings(std::string_view text) {
  if (text.empty()) return std::nullopt;
  std::size_t at = 1;
  std::uint32_t df = 0;
  if (!get_varint(text, at, df)) return std::nullopt;
  std::vector<Posting> postings;
  postings.reserve(df);
  if (text[0] == 'L') {
    std::uint32_t next = 0;
    for (std::uint32_t i = 0; i < df; ++i) {
      std::uint32_t gap = 0;
      if (!get_varint(text, at, gap) || at >= text.size()) return std::nullopt;
      int impact = digit_value(text[at++]);
      if (impact < 0) return std::nullopt;
      postings.push_back({next + gap, static_cast<std::uint8_t>(impact)});
      next += gap + 1;
    }
  } else if (text[0] == 'B') {
    std::uint32_t first = 0, span = 0;
    if (!get_varint(text, at, first) || !get_varint(text, at, span)) return std::nullopt;
    std::size_t bitmap_chars = (span + 5) / 6, level_chars = (df + 2) / 3;
    if (at + bitmap_chars + level_chars > text.size()) return std::nullopt;
    for (std::uint32_t offset = 0; offset < span; ++offset) {
      int bits = digit_value(text[at + offset / 6]);
      if (bits < 0) return std::nullopt;
      if (bits & (1 << (offset % 6))) postings.push_back({first + offset, 0});
    }
    at += bitmap_chars;
    if (postings.size() != df) return std::nullopt;
    for (std::uint32_t i = 0; i < df; ++i) {
      int v = digit_value(text[at + i / 3]);
      if (v < 0) return std::nullopt;
      postings[i].impact = fine_level((static_cast<unsigned>(v) >> (2 * (i % 3))) & 3u);
    }
    at += level_chars;
    std::uint32_t titles = 0, next = 0;
    if (!get_varint(text, at, titles)) return std::nullopt;
    std::size_t i = 0;
    for (std::uint32_t t = 0; t < titles; ++t) {
      std::uint32_t gap = 0;
      if (!get_varint(text, at, gap)) return std::nullopt;
      std::uint32_t doc = first + next + gap;
      next += gap + 1;
      while (i < postings.size() && postings[i].doc < doc) ++i;
      if (i == postings.size() || postings[i].doc != doc) return std::nullopt;
      postings[i].impact |= kTitleBit;
    }
  } else {
    return std::nullopt;
  }
  if (at != text.size()) return std::nullopt;
  return postings;
}

}  // namespace cxo::search

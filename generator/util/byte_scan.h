#pragma once
// Tests on sixteen bytes at once, for the loops that look at every byte of
// the output or the input: escaping HTML and JSON, checking UTF-8. Most
// runs of text need nothing done, and one test per sixteen bytes is several
// times cheaper than a table lookup per byte. Blocks are GCC's portable
// vector extension, which compiles to SSE2 on x86-64 and NEON on ARM.
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace cxo::bytes {

inline constexpr std::size_t kBlock = 16;

using Block = unsigned char __attribute__((vector_size(kBlock)));
// A comparison's result: each lane all ones where it holds, else zero.
using Lanes = signed char __attribute__((vector_size(kBlock)));

// The sixteen bytes at p (any alignment).
inline Block load16(const char* p) {
  Block block;
  std::memcpy(&block, p, sizeof block);
  return block;
}

// A comparison's result as two words: lanes 0-7, then lanes 8-15.
struct LaneWords {
  std::uint64_t low, high;
};
inline LaneWords lane_words(Lanes lanes) {
  LaneWords words;
  std::memcpy(&words.low, &lanes, 8);
  std::memcpy(&words.high, reinterpret_cast<const char*>(&lanes) + 8, 8);
  return words;
}

// Whether any lane of a comparison's result holds.
inline bool any_lane(Lanes lanes) {
  LaneWords words = lane_words(lanes);
  return (words.low | words.high) != 0;
}

// The index of the first lane that holds, or kBlock when none does.
inline std::size_t first_lane(Lanes lanes) {
  LaneWords words = lane_words(lanes);
  // The lowest-addressed byte of a word is its low end on a little-endian
  // machine and its high end on a big-endian one.
  auto first_byte = [](std::uint64_t word) {
    int bits = std::endian::native == std::endian::little ? std::countr_zero(word)
                                                          : std::countl_zero(word);
    return static_cast<std::size_t>(bits) / 8;
  };
  if (words.low != 0) return first_byte(words.low);
  if (words.high != 0) return 8 + first_byte(words.high);
  return kBlock;
}

// Whether `text` holds a byte that `in_block` finds among sixteen loaded by
// load16(). Sixteen bytes at a time, the tail by one last block overlapping
// the one before; a text shorter than a block is tested as overlapping
// copies of its bytes, padded with spaces, which no test looks for. The
// escapers ask it first, since most texts they are given need nothing
// escaped.
template <typename BlockTest>
bool any_byte(std::string_view text, BlockTest in_block) {
  const char* p = text.data();
  const std::size_t n = text.size();
  if (n < kBlock) {
    // Built from fixed-size loads that overlap, which compile to a few
    // moves where a copy of n bytes would be a call; repeated bytes do not
    // change the answer.
    char padded[kBlock];
    if (n >= 8) {
      std::memcpy(padded, p, 8);
      std::memcpy(padded + 8, p + n - 8, 8);
    } else if (n >= 4) {
      std::memset(padded, ' ', kBlock);
      std::memcpy(padded, p, 4);
      std::memcpy(padded + 4, p + n - 4, 4);
    } else {
      std::memset(padded, ' ', kBlock);
      for (std::size_t i = 0; i < n; ++i) padded[i] = p[i];
    }
    return in_block(load16(padded));
  }
  std::size_t i = 0;
  for (; i + kBlock <= n; i += kBlock) {
    if (in_block(load16(p + i))) return true;
  }
  return i < n && in_block(load16(p + n - kBlock));
}

// From `at`, past every whole block in which `in_block` finds nothing: where
// the escapers go back to looking at single bytes.
template <typename BlockTest>
std::size_t skip_clean_blocks(std::string_view text, std::size_t at, BlockTest in_block) {
  while (at + kBlock <= text.size() && !in_block(load16(text.data() + at))) at += kBlock;
  return at;
}

// The eight bytes at p (any alignment), as one word.
inline std::uint64_t load8(const char* p) {
  std::uint64_t word;
  std::memcpy(&word, p, sizeof word);
  return word;
}

// Whether a and b, of the same length, hold the same bytes. For the short
// keys of hash tables and templates, where a call to memcmp costs more than
// the compare.
inline bool same_bytes(const char* a, const char* b, std::size_t length) {
  std::size_t i = 0;
  for (; i + 8 <= length; i += 8) {
    if (load8(a + i) != load8(b + i)) return false;
  }
  for (; i < length; ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}

// A few bytes to look for. std::string_view::find_first_of calls memchr
// over the set once per byte of the text, which made it the costliest part
// of writing CSV and JSON-LD; this tests a block at a time.
class ByteSet {
 public:
  static constexpr std::size_t kMaxBytes = 8;

  // Declared constexpr, a set of more than kMaxBytes does not compile.
  explicit constexpr ByteSet(std::string_view bytes) : count_(bytes.size()) {
    if (bytes.size() > kMaxBytes) throw "ByteSet: more than kMaxBytes bytes";
    for (std::size_t i = 0; i < bytes.size(); ++i) bytes_[i] = bytes[i];
    for (char c : bytes) member_[static_cast<unsigned char>(c)] = true;
  }
  constexpr bool contains(char c) const { return member_[static_cast<unsigned char>(c)]; }

  Lanes in_block(Block block) const {
    Lanes lanes{};
    for (std::size_t i = 0; i < count_; ++i) {
      lanes |= block == static_cast<unsigned char>(bytes_[i]);
    }
    return lanes;
  }

  // The first position at or after `from` holding one of the bytes, or npos.
  std::size_t find_in(std::string_view text, std::size_t from = 0) const {
    std::size_t at = from;
    for (; at + kBlock <= text.size(); at += kBlock) {
      std::size_t lane = first_lane(in_block(load16(text.data() + at)));
      if (lane < kBlock) return at + lane;
    }
    for (; at < text.size(); ++at) {
      if (contains(text[at])) return at;
    }
    return std::string_view::npos;
  }

 private:
  std::array<char, kMaxBytes> bytes_{};
  std::size_t count_ = 0;
  std::array<bool, 256> member_{};
};

}  // namespace cxo::bytes

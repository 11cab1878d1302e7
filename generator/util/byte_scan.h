#pragma once
// Tests on eight bytes at once (a 64-bit word), for the loops that look at
// every byte of the output or the input: escaping HTML and JSON, checking
// UTF-8. Most eight-byte runs of text need nothing done, and one test per
// run is several times cheaper than a table lookup per byte. The formulas
// are the "determine if a word has a byte less than n" family of Sean
// Anderson's Bit Twiddling Hacks; each is exact as a yes/no answer.
#include <array>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace cxo::bytes {

inline constexpr std::uint64_t kOnes = 0x0101010101010101ull;
inline constexpr std::uint64_t kHighs = 0x8080808080808080ull;

// The eight bytes at p (any alignment).
inline std::uint64_t load8(const char* p) {
  std::uint64_t word;
  std::memcpy(&word, p, sizeof word);
  return word;
}

// Whether any byte of `word` is below n (n at most 128).
inline bool has_byte_below(std::uint64_t word, unsigned char n) {
  return ((word - kOnes * n) & ~word & kHighs) != 0;
}

inline bool has_zero_byte(std::uint64_t word) {
  return has_byte_below(word, 1);
}

// Whether any byte of `word` is c.
inline bool has_byte(std::uint64_t word, unsigned char c) {
  return has_zero_byte(word ^ (kOnes * c));
}

// Whether any byte of `word` is outside ASCII.
inline bool has_high_bit(std::uint64_t word) {
  return (word & kHighs) != 0;
}

// Whether `text` holds a byte that `in_word` finds among eight loaded by
// load8() and `is_byte` finds alone (the two tests must agree). Eight bytes
// at a time, the tail by one last word overlapping the one before, so a text
// of eight bytes or more costs one test a word: the escapers ask it first,
// since most texts they are given need nothing escaped.
template <typename WordTest, typename ByteTest>
bool any_byte(std::string_view text, WordTest in_word, ByteTest is_byte) {
  const char* p = text.data();
  const std::size_t n = text.size();
  if (n < 8) {
    for (char c : text) {
      if (is_byte(c)) return true;
    }
    return false;
  }
  std::size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    if (in_word(load8(p + i))) return true;
  }
  return i < n && in_word(load8(p + n - 8));
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

// A few bytes to look for, as a table. std::string_view::find_first_of
// calls memchr over the set once per byte of the text, which made it the
// costliest part of writing CSV and JSON-LD.
class ByteSet {
 public:
  explicit constexpr ByteSet(std::string_view bytes) {
    for (char c : bytes) member_[static_cast<unsigned char>(c)] = true;
  }
  constexpr bool contains(char c) const { return member_[static_cast<unsigned char>(c)]; }

  // The first position at or after `from` holding one of the bytes, or npos.
  constexpr std::size_t find_in(std::string_view text, std::size_t from = 0) const {
    for (std::size_t at = from; at < text.size(); ++at) {
      if (contains(text[at])) return at;
    }
    return std::string_view::npos;
  }

 private:
  std::array<bool, 256> member_{};
};

}  // namespace cxo::bytes

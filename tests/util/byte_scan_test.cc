#include "util/byte_scan.h"

#include <gtest/gtest.h>

#include <string>

#include "util/json_writer.h"
#include "util/utf8.h"

namespace cxo {
namespace {

// Eight bytes of 'a' with byte `c` at `position`.
std::uint64_t word_with(unsigned char c, int position) {
  std::string text(8, 'a');
  text[position] = static_cast<char>(c);
  return bytes::load8(text.data());
}

TEST(ByteScan, SameBytesComparesEveryByteOfEveryLength) {
  for (std::size_t length = 0; length <= 20; ++length) {
    std::string a(length, 'k');
    EXPECT_TRUE(bytes::same_bytes(a.data(), std::string(a).data(), length)) << length;
    for (std::size_t at = 0; at < length; ++at) {
      std::string b = a;
      b[at] = 'K';
      EXPECT_FALSE(bytes::same_bytes(a.data(), b.data(), length)) << length << " " << at;
    }
  }
}

TEST(ByteScan, ByteSetFindsTheFirstMemberFromWhereItIsAsked) {
  constexpr bytes::ByteSet kSet(",\"\r\n");
  EXPECT_EQ(kSet.find_in("plain text"), std::string_view::npos);
  EXPECT_EQ(kSet.find_in(""), std::string_view::npos);
  EXPECT_EQ(kSet.find_in("a,b\"c"), 1u);
  EXPECT_EQ(kSet.find_in("a,b\"c", 2), 3u);
  EXPECT_EQ(kSet.find_in("\n"), 0u);
  EXPECT_EQ(kSet.find_in("x\r", 5), std::string_view::npos);
  EXPECT_FALSE(kSet.contains('\0'));
  EXPECT_FALSE(kSet.contains('\xE9'));
}

TEST(ByteScan, EveryTestAnswersExactlyForEveryByteAtEveryPosition) {
  for (int position = 0; position < 8; ++position) {
    for (int value = 0; value < 256; ++value) {
      auto c = static_cast<unsigned char>(value);
      std::uint64_t word = word_with(c, position);
      EXPECT_EQ(bytes::has_byte_below(word, 0x20), c < 0x20) << value << " at " << position;
      EXPECT_EQ(bytes::has_zero_byte(word), c == 0) << value << " at " << position;
      EXPECT_EQ(bytes::has_byte(word, '"'), c == '"') << value << " at " << position;
      EXPECT_EQ(bytes::has_byte(word, '<'), c == '<') << value << " at " << position;
      EXPECT_EQ(bytes::has_high_bit(word), c >= 0x80) << value << " at " << position;
    }
  }
}

TEST(ByteScan, NoFalseAnswerWhenSeveralBytesMatch) {
  std::string text = "\x01\x7f\x80\"\"<\xff";
  text += '\0';
  std::uint64_t word = bytes::load8(text.data());
  EXPECT_TRUE(bytes::has_byte_below(word, 0x20));
  EXPECT_TRUE(bytes::has_zero_byte(word));
  EXPECT_TRUE(bytes::has_byte(word, '"'));
  EXPECT_FALSE(bytes::has_byte(word, '&'));
  EXPECT_FALSE(bytes::has_byte(word, '>'));
}

// The escaper's word-at-a-time skip must not miss a character at any
// offset from the start of a run of eight.
TEST(ByteScan, JsonEscapingFindsACharacterAtEveryOffset) {
  for (std::size_t length = 1; length <= 20; ++length) {
    for (std::size_t at = 0; at < length; ++at) {
      for (char special : {'"', '\\', '\n', '\x01'}) {
        std::string text(length, 'x');
        text[at] = special;
        std::string out;
        append_json_string(out, text);
        std::string expected = "\"" + std::string(at, 'x');
        expected += special == '"'    ? "\\\""
                    : special == '\\' ? "\\\\"
                    : special == '\n' ? "\\n"
                                      : "\\u0001";
        expected += std::string(length - at - 1, 'x') + "\"";
        EXPECT_EQ(out, expected) << length << " " << at;
      }
    }
  }
}

TEST(ByteScan, Utf8CheckFindsABadByteAtEveryOffset) {
  for (std::size_t length = 1; length <= 20; ++length) {
    for (std::size_t at = 0; at < length; ++at) {
      std::string text(length, 'x');
      text[at] = '\xff';
      auto error = find_invalid_utf8(text);
      ASSERT_TRUE(error) << length << " " << at;
      EXPECT_EQ(error->column, static_cast<int>(at) + 1);
      text[at] = '\0';
      EXPECT_TRUE(find_invalid_utf8(text)) << length << " " << at;
    }
  }
}

}  // namespace
}  // namespace cxo

#include "util/byte_scan.h"

#include <gtest/gtest.h>

#include <string>

#include "util/json_writer.h"
#include "util/utf8.h"

namespace cxo {
namespace {

// Sixteen bytes of 'a' with byte `c` at `position`.
bytes::Block block_with(unsigned char c, int position) {
  std::string text(bytes::kBlock, 'a');
  text[position] = static_cast<char>(c);
  return bytes::load16(text.data());
}

bool has_quote(bytes::Block block) {
  return bytes::any_lane(block == '"');
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

// Across whole blocks, the tail and texts shorter than a block.
TEST(ByteScan, ByteSetFindsAMemberAtEveryOffset) {
  constexpr bytes::ByteSet kSet("<>&");
  for (std::size_t length = 1; length <= 40; ++length) {
    EXPECT_EQ(kSet.find_in(std::string(length, 'x')), std::string_view::npos) << length;
    for (std::size_t at = 0; at < length; ++at) {
      std::string text(length, 'x');
      text[at] = '&';
      EXPECT_EQ(kSet.find_in(text), at) << length << " " << at;
      EXPECT_EQ(kSet.find_in(text, at + 1), std::string_view::npos) << length << " " << at;
    }
  }
}

TEST(ByteScan, BlockComparisonsAnswerExactlyForEveryByteAtEveryPosition) {
  for (int position = 0; position < static_cast<int>(bytes::kBlock); ++position) {
    for (int value = 0; value < 256; ++value) {
      auto c = static_cast<unsigned char>(value);
      bytes::Block block = block_with(c, position);
      EXPECT_EQ(bytes::any_lane(block < 0x20), c < 0x20) << value << " at " << position;
      EXPECT_EQ(bytes::any_lane(block == 0), c == 0) << value << " at " << position;
      EXPECT_EQ(bytes::any_lane(block == '"'), c == '"') << value << " at " << position;
      EXPECT_EQ(bytes::any_lane(block >= 0x80), c >= 0x80) << value << " at " << position;
    }
  }
}

TEST(ByteScan, FirstLaneIsThePositionOfTheFirstMatch) {
  EXPECT_EQ(bytes::first_lane(block_with('a', 0) == '"'), bytes::kBlock);
  for (int position = 0; position < static_cast<int>(bytes::kBlock); ++position) {
    std::string text(bytes::kBlock, 'a');
    text[position] = '"';
    if (position + 3 < static_cast<int>(bytes::kBlock)) text[position + 3] = '"';
    EXPECT_EQ(bytes::first_lane(bytes::load16(text.data()) == '"'),
              static_cast<std::size_t>(position));
  }
}

// any_byte tests whole blocks, then one block overlapping the last, and a
// text shorter than a block padded: a byte at any offset is found, and the
// padding is never taken for one.
TEST(ByteScan, AnyByteFindsAByteAtEveryOffsetOfEveryLength) {
  for (std::size_t length = 0; length <= 40; ++length) {
    std::string text(length, 'x');
    EXPECT_FALSE(bytes::any_byte(text, has_quote)) << length;
    EXPECT_FALSE(bytes::any_byte(text, [](bytes::Block b) { return bytes::any_lane(b < 0x20); }))
        << length;
    for (std::size_t at = 0; at < length; ++at) {
      std::string marked = text;
      marked[at] = '"';
      EXPECT_TRUE(bytes::any_byte(marked, has_quote)) << length << " " << at;
    }
  }
}

TEST(ByteScan, SkipCleanBlocksStopsAtTheBlockHoldingTheByte) {
  std::string text(40, 'x');
  EXPECT_EQ(bytes::skip_clean_blocks(text, 0, has_quote), 32u);  // the tail is left to the caller
  text[20] = '"';
  EXPECT_EQ(bytes::skip_clean_blocks(text, 0, has_quote), 16u);
  EXPECT_EQ(bytes::skip_clean_blocks(text, 3, has_quote), 19u);
  EXPECT_EQ(bytes::skip_clean_blocks(text, 21, has_quote), 37u);
}

// The escaper's block-at-a-time skip must not miss a character at any
// offset from the start of a block.
TEST(ByteScan, JsonEscapingFindsACharacterAtEveryOffset) {
  for (std::size_t length = 1; length <= 40; ++length) {
    for (std::size_t at = 0; at < length; ++at) {
      for (char special : {'"', '\\', '\n', '\x01'}) {
        std::string text(length, 'x');
        text[at] = special;
        std::string out;
        append_json_string(out, text);
        std::string expected(1, '"');
        expected.append(at, 'x');
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
  for (std::size_t length = 1; length <= 40; ++length) {
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

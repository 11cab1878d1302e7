#include "util/utf8.h"

#include <gtest/gtest.h>

#include "util/suggest.h"

namespace cxo {

TEST(Utf8, AcceptsValidText) {
  EXPECT_FALSE(find_invalid_utf8("communiqué – 5G ✓ 𝄞"));
}

TEST(Utf8, PointsAtTheFirstBadByte) {
  auto error = find_invalid_utf8("line one\nab\xff");
  ASSERT_TRUE(error);
  EXPECT_EQ(error->line, 2);
  EXPECT_EQ(error->column, 3);
  EXPECT_EQ(error->byte, 0xFF);
}

TEST(Utf8, RejectsOverlongFormsSurrogatesAndNul) {
  EXPECT_TRUE(find_invalid_utf8("\xC0\xAF"));
  EXPECT_TRUE(find_invalid_utf8("\xED\xA0\x80"));
  EXPECT_TRUE(find_invalid_utf8(std::string_view("a\0b", 3)));
  EXPECT_TRUE(find_invalid_utf8("\xE2\x82"));  // cut short
}

TEST(Suggest, FindsTheClosestId) {
  std::vector<std::string> ids = {"huawei", "nokia", "ntt", "telecom-review"};
  EXPECT_EQ(closest_match("huwei", ids), "huawei");
  EXPECT_EQ(closest_match("telecom-reveiw", ids), "telecom-review");
  EXPECT_EQ(closest_match("ericsson", ids), "");
  EXPECT_EQ(did_you_mean("nokai", ids), "; did you mean 'nokia'?");
  EXPECT_EQ(closest_match("cto", {"CTO", "CxO"}), "CTO");
}

TEST(CharacterColumns, CountsCharactersBeforeTheByte) {
  std::string text = "ab\nRéseaux 東京 [x]\n";
  CharacterColumns columns(text);
  EXPECT_TRUE(columns.needed());
  EXPECT_EQ(columns.column(1, 2), 2);
  // '[' is byte 17 of line 2: after 8 + 1 + 2 characters of 1, 2 and 3 bytes.
  EXPECT_EQ(columns.column(2, 17), 12);
  EXPECT_EQ(columns.column(9, 5), 5);  // no such line: unchanged
  EXPECT_FALSE(CharacterColumns("plain ascii").needed());
}

}  // namespace cxo

#include "search/encoding.h"

#include <gtest/gtest.h>

namespace cxo::search {
namespace {

TEST(Varint, RoundTrips) {
  for (std::uint32_t v : {0u, 1u, 31u, 32u, 1023u, 1024u, 77450u, 4000000000u}) {
    std::string text;
    put_varint(text, v);
    std::size_t at = 0;
    std::uint32_t back = 0;
    ASSERT_TRUE(get_varint(text, at, back));
    EXPECT_EQ(back, v);
    EXPECT_EQ(at, text.size());
  }
  std::string small;
  put_varint(small, 31);
  EXPECT_EQ(small.size(), 1u);  // below 32: one character
}

TEST(Postings, ListRoundTripsExactly) {
  std::vector<Posting> postings = {{0, 1}, {3, 31 | kTitleBit}, {4, 17}, {900, 2}};
  std::string text = encode_postings(postings);
  EXPECT_EQ(text[0], 'L');
  EXPECT_EQ(encoded_document_count(text), 4u);
  EXPECT_EQ(decode_postings(text), postings);
}

TEST(Postings, DenseTermsUseABitmapWithCoarseLevels) {
  std::vector<Posting> postings;
  for (std::uint32_t d = 10; d < 2000; d += 2) {
    postings.push_back(
        {d, static_cast<std::uint8_t>((1 + d % 31) | (d % 10 == 0 ? kTitleBit : 0))});
  }
  std::string text = encode_postings(postings);
  EXPECT_EQ(text[0], 'B');
  EXPECT_LT(text.size(), postings.size());  // under one character per document
  auto back = decode_postings(text);
  ASSERT_TRUE(back);
  ASSERT_EQ(back->size(), postings.size());
  for (std::size_t i = 0; i < postings.size(); ++i) {
    EXPECT_EQ((*back)[i].doc, postings[i].doc);
    EXPECT_EQ((*back)[i].impact & kTitleBit, postings[i].impact & kTitleBit);
    int level = (*back)[i].impact & 31, original = postings[i].impact & 31;
    EXPECT_LE(std::abs(level - original), 4) << i;  // rounded to one of four steps
  }
}

TEST(Postings, SmallArchivesKeepExactLevels) {
  std::vector<Posting> postings;
  for (std::uint32_t d = 0; d < 100; ++d) postings.push_back({d, 7});
  EXPECT_EQ(encode_postings(postings)[0], 'L');
}

TEST(Postings, RejectsDamagedText) {
  EXPECT_FALSE(decode_postings(""));
  EXPECT_FALSE(decode_postings("X"));
  EXPECT_FALSE(decode_postings("LC"));     // two postings promised, none there
  EXPECT_FALSE(decode_postings("LBAB!"));  // not in the alphabet
}

}  // namespace
}  // namespace cxo::search

// "Did you mean": a typo, or a shortening one candidate explains.
#include "util/suggest.h"

#include <gtest/gtest.h>

namespace cxo {
namespace {

TEST(DidYouMean, NamesTheCandidateATypoComesFrom) {
  EXPECT_EQ(closest_match("sectoin", {"topic", "section", "stage"}), "section");
  EXPECT_EQ(closest_match("huwei", {"huawei", "nokia"}), "huawei");
  EXPECT_EQ(closest_match("colour", {"id", "name", "url"}), "");
}

TEST(DidYouMean, NamesTheOneCandidateAShorteningComesFrom) {
  EXPECT_EQ(closest_match("src", {"source", "summary"}), "source");
  EXPECT_EQ(closest_match("unsafe", {"unsafe_html"}), "unsafe_html");
  // Two candidates fit: naming either would be a guess.
  EXPECT_EQ(closest_match("sum", {"summary", "summit"}), "");
  // A shortening starts where the word does.
  EXPECT_EQ(closest_match("#fraud", {"#mitigating-voice-traffic-fraud"}), "");
}

}  // namespace
}  // namespace cxo

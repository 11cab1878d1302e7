#include "search/stem.h"

#include <gtest/gtest.h>

#include <fstream>
#include <string>

namespace cxo::search {
namespace {

TEST(Stem, EnglishPorter2) {
  EXPECT_EQ(stem("networks"), "network");
  EXPECT_EQ(stem("networking"), "network");
  EXPECT_EQ(stem("standardization"), "standard");
  EXPECT_EQ(stem("communique"), "communiqu");
  EXPECT_EQ(stem("generously"), "generous");
  EXPECT_EQ(stem("skies"), "sky");
}

TEST(Stem, LeavesIdentifiersAndOtherScriptsAlone) {
  EXPECT_EQ(stem("sg15"), "sg15");
  EXPECT_EQ(stem("imt2020"), "imt2020");
  EXPECT_EQ(stem("москва"), "москва");
  EXPECT_EQ(stem("ai"), "ai");
  EXPECT_FALSE(stemmable("td55"));
  EXPECT_TRUE(stemmable("quantum"));
}

// The same stems as search.js gives (tests/browser/search-analysis.test.mjs
// checks the browser side against the same file).
TEST(StemParity, MatchesTheWordList) {
  std::ifstream in(std::string(CXO_SOURCE_DIR) + "/tests/search/stems.txt");
  ASSERT_TRUE(in) << "tests/search/stems.txt";
  std::string line;
  int checked = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    auto tab = line.find('\t');
    ASSERT_NE(tab, std::string::npos) << line;
    EXPECT_EQ(stem(line.substr(0, tab)), line.substr(tab + 1)) << line.substr(0, tab);
    ++checked;
  }
  EXPECT_GT(checked, 1000);
}

}  // namespace
}  // namespace cxo::search

#include "search/index.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <deque>

#include "support/memory_site.h"

namespace cxo::search {
namespace {

const std::vector<Posting>* postings_of(const Index& index, const std::string& term) {
  const auto& terms = index.words.terms;
  auto it = std::lower_bound(terms.begin(), terms.end(), term);
  if (it == terms.end() || *it != term) return nullptr;
  return &index.words.postings[it - terms.begin()];
}

DocumentSet one_meeting(const std::string& communique) {
  MemoryFileSystem files;
  files.add("content/organizations.yaml", "[]\n");
  files.add("content/topics.yaml", "[]\n");
  cxo::testing::add_meeting(files, "2020-01-x", "kind: CTO\ndate: 2020-01\ncity: X\ncountry: Y\n",
                            communique);
  static std::deque<cxo::testing::MemorySite> keep;  // the documents point into the site
  keep.push_back(cxo::testing::load_memory_site(std::move(files)));
  return collect_documents(keep.back().site);
}

TEST(Index, CountsEveryWordOfALongSection) {
  // More distinct words than the per-document table starts with.
  std::string body;
  for (int w = 0; w < 3000; ++w) body += 'w' + std::to_string(w) + ' ';
  auto set = one_meeting("## Words\n\n" + body + "\n");
  Index index = build_index(set, 2);
  for (int w = 0; w < 3000; w += 7) {
    const auto* postings = postings_of(index, 'w' + std::to_string(w));
    ASSERT_NE(postings, nullptr) << w;
    ASSERT_EQ(postings->size(), 1u);
    EXPECT_EQ((*postings)[0].doc, 1u);  // the section, after its meeting
  }
}

TEST(Index, TitlesFlagTheirTermsAndPhrasesLinkNeighbours) {
  auto set = one_meeting("## Quantum networks\n\nText about quantum.\n");
  Index index = build_index(set, 1);
  const auto* quantum = postings_of(index, "quantum");
  ASSERT_NE(quantum, nullptr);
  ASSERT_EQ(quantum->size(), 1u);
  EXPECT_TRUE((*quantum)[0].impact & kTitleBit);
  const auto& phrases = index.phrases.terms;
  EXPECT_NE(std::find(phrases.begin(), phrases.end(), "quantum network"), phrases.end());
  const auto* text = postings_of(index, "text");
  ASSERT_NE(text, nullptr);
  EXPECT_FALSE((*text)[0].impact & kTitleBit);
}

TEST(Index, MoreOccurrencesWeighMoreUntilTheySaturate) {
  auto set = one_meeting("## A\n\nalpha beta\n\n## B\n\nalpha alpha alpha beta\n");
  Index index = build_index(set, 1);
  const auto* alpha = postings_of(index, "alpha");
  ASSERT_NE(alpha, nullptr);
  ASSERT_EQ(alpha->size(), 2u);
  EXPECT_LT((*alpha)[0].impact, (*alpha)[1].impact);
  EXPECT_LE((*alpha)[1].impact & 31, kImpactLevels);
}

}  // namespace
}  // namespace cxo::search

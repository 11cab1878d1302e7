// Ranking, run through the index files exactly as the browser reads them.
#include <gtest/gtest.h>

#include "search/search_site.h"

namespace cxo::search {
namespace {

using testing::reader_for;

class Ranking : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    site_ = new cxo::testing::MemorySite(testing::ranking_site());
    ASSERT_TRUE(site_->diagnostics.empty()) << site_->diagnostics.front();
    files_ = build_index_files(site_->site, 2);
  }
  static void TearDownTestSuite() {
    files_.reset();
    delete site_;
  }

  std::vector<std::string> paths(std::string_view query, std::size_t page = 20) {
    IndexReader reader = reader_for(*files_);
    std::vector<std::string> out;
    for (const Hit& hit : reader.search(query, page)) out.push_back(hit.path);
    return out;
  }
  std::string first(std::string_view query) {
    auto all = paths(query, 1);
    return all.empty() ? "" : all.front();
  }
  // Whether `path` is among the first `n` results.
  bool within(std::string_view query, const std::string& path, std::size_t n) {
    auto all = paths(query, n);
    return std::find(all.begin(), all.end(), path) != all.end();
  }

  static cxo::testing::MemorySite* site_;
  static std::shared_ptr<const IndexFiles> files_;
};

cxo::testing::MemorySite* Ranking::site_ = nullptr;
std::shared_ptr<const IndexFiles> Ranking::files_;

TEST_F(Ranking, EveryKindOfDocumentIsFound) {
  // The section, conclusion and topic named for it lead.
  EXPECT_TRUE(within("quantum", "topics/quantum/index.html", 3));
  EXPECT_TRUE(within("quantum",
                     "meetings/2024-12-09-dubai/index.html#quantum-information-technologies", 2));
  auto all = paths("quantum");
  for (const char* expected :
       {"meetings/2024-12-09-dubai/index.html#quantum-information-technologies",
        "meetings/2024-12-09-dubai/index.html#conclusion-quantum-coordination",
        "meetings/2024-12-09-dubai/index.html#other-matters"}) {
    EXPECT_NE(std::find(all.begin(), all.end(), expected), all.end()) << expected;
  }
  EXPECT_EQ(first("Telecom Review Group"), "organizations/telecom-review/index.html");
  EXPECT_EQ(first("about archive"), "about/index.html");
}

TEST_F(Ranking, TitleMatchesOutrankBodyMentions) {
  auto all = paths("quantum");
  auto at = [&](const std::string& p) {
    return std::find(all.begin(), all.end(), p) - all.begin();
  };
  // The section named for it beats the section that mentions it once.
  EXPECT_LT(at("meetings/2024-12-09-dubai/index.html#quantum-information-technologies"),
            at("meetings/2024-12-09-dubai/index.html#other-matters"));
}

TEST_F(Ranking, TopicsAndOrganizationsNamedByTheQueryComeFirst) {
  // The page holding a whole history, before a section titled with the
  // same word (the reader audit: '5G' put its topic 7th).
  EXPECT_EQ(first("5G"), "topics/imt-2020/index.html");
  EXPECT_EQ(first("security"), "topics/security/index.html");
  EXPECT_EQ(first("Telecom Review"), "organizations/telecom-review/index.html");
  // A section named for the word still comes before texts that mention it.
  auto all = paths("5G");
  ASSERT_GE(all.size(), 2u);
  EXPECT_EQ(all[1], "meetings/2015-04-seoul/index.html#5g");
}

TEST_F(Ranking, PhrasesInTitlesOutrankScatteredWords) {
  // "Telecom Review" the organization, not "Review Corp" nor a text that
  // has both words apart.
  EXPECT_EQ(first("telecom review"), "organizations/telecom-review/index.html");
}

TEST_F(Ranking, AllWordsMustMatchWhenSomeDocumentHasThemAll) {
  IndexReader reader = reader_for(*files_);
  std::size_t total = 0;
  bool partial = false;
  reader.search("security networks", 20, &total, &partial);
  EXPECT_FALSE(partial);
  EXPECT_EQ(total, 1u);  // the 2023 section, not the quantum texts
  // No document has both words: those with either, flagged.
  reader.search("quantum security", 20, &total, &partial);
  EXPECT_TRUE(partial);
  EXPECT_GT(total, 4u);
}

TEST_F(Ranking, FoldingStemmingPrefixesAndIdentifiers) {
  EXPECT_EQ(first("QUANTUM"), first("quantum"));
  EXPECT_EQ(first("quan"), first("quantum"));  // prefix while typing
  EXPECT_TRUE(within("quantu", "topics/quantum/index.html", 3));
  EXPECT_EQ(first("networking security"), first("networks security"));
  EXPECT_TRUE(within("IMT-2020", "topics/imt-2020/index.html", 2));
  EXPECT_TRUE(within("IMT-2020", "meetings/2015-04-seoul/index.html#imt-2020", 2));
  EXPECT_EQ(paths("IMT-2020"), paths("imt2020"));
  EXPECT_EQ(first("TSAG-TD55"), "meetings/2015-04-seoul/index.html#imt-2020");
  EXPECT_EQ(first("td55"), "meetings/2015-04-seoul/index.html#imt-2020");
  EXPECT_EQ(first("SG13"), "topics/imt-2020/index.html");
  EXPECT_EQ(first("télécom"), first("telecom"));
}

TEST_F(Ranking, NoResults) {
  EXPECT_TRUE(paths("xylophone").empty());
  EXPECT_TRUE(paths("the of").empty());
}

TEST(RankingDeterminism, SameIndexWhateverTheThreadCount) {
  auto site = testing::ranking_site();
  auto one = build_index_files(site.site, 1);
  auto four = build_index_files(site.site, 4);
  EXPECT_EQ(manifest_file(*one), manifest_file(*four));
  ASSERT_EQ(one->words.count(), four->words.count());
  for (std::size_t s = 0; s < one->words.count(); ++s) {
    EXPECT_EQ(word_shard_file(*one, s), word_shard_file(*four, s));
  }
  for (std::size_t b = 0; b < one->block_count(); ++b) {
    EXPECT_EQ(block_file(*one, b), block_file(*four, b));
  }
}

}  // namespace
}  // namespace cxo::search

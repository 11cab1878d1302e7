// No page has two elements with one id: a heading's anchor never takes an
// id the theme gives the page (the skip link's target, the search box, a
// conclusion on a meeting's page), so a link to a section lands on it.
#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "support/good_site_with.h"

namespace cxo::testing {
namespace {

class PageIds : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    // Headings whose anchors the theme's own ids once equalled.
    site_ = new GoodSiteWith(
        {{"content/meetings/2018-05-14-geneva/meeting.yaml", R"(kind: CTO
date: 2018-05-14
city: Geneva
country: Switzerland
hosts: [huawei]
topics:
  - topic: voice-fraud
    section: "Conclusion: fraud lists"
    stage: prioritized
    conclusions:
      - id: fraud-lists
        text: Share lists of fraudulent numbers
)"},
         {"content/meetings/2018-05-14-geneva/communique.md",
          "## Main\n\nCTOs met.\n\n## Site search q\n\nOn search.\n\n"
          "## Conclusion: fraud lists\n\nCTOs asked for shared lists.\n\n"
          "## Latest heading\n\nThe latest.\n"},
         {"content/pages/notes.md", "---\ntitle: Notes\n---\n## Main\n\nText.\n"}});
    ASSERT_EQ(site_->build().exit_code, 0) << site_->build().err;
  }
  static void TearDownTestSuite() { delete site_; }
  static std::string raw(const std::string& path) { return site_->output(path); }
  static GoodSiteWith* site_;
};
GoodSiteWith* PageIds::site_ = nullptr;

TEST_F(PageIds, AreUniqueOnEveryPage) {
  std::regex id_attribute(R"re( id="([^"]*)")re");
  int pages = 0;
  for (const auto& entry : fs::recursive_directory_iterator(site_->output_dir())) {
    if (entry.path().extension() != ".html") continue;
    ++pages;
    std::string html = read_file(entry.path());
    std::set<std::string> seen;
    for (std::sregex_iterator it(html.begin(), html.end(), id_attribute), end; it != end; ++it) {
      EXPECT_TRUE(seen.insert((*it)[1]).second)
          << entry.path() << " has id=\"" << (*it)[1] << "\" twice";
    }
  }
  EXPECT_GT(pages, 20);
}

TEST_F(PageIds, ASectionLinkLandsOnItsHeading) {
  std::string page = raw("meetings/2018-05-14-geneva/index.html");
  EXPECT_NE(page.find("<h2 id=\"conclusion-fraud-lists-2\">Conclusion: fraud lists</h2>"),
            std::string::npos);
  EXPECT_NE(page.find("<li id=\"conclusion-fraud-lists\">"), std::string::npos);
  EXPECT_NE(page.find("<a href=\"#conclusion-fraud-lists-2\">Conclusion: fraud lists</a>"),
            std::string::npos);
  EXPECT_NE(page.find("<h2 id=\"main\">Main</h2>"), std::string::npos);
}

}  // namespace
}  // namespace cxo::testing

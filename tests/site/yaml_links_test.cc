// Relative URLs in YAML (a document's, a follow-up step's, an organization's
// website) are read against the page of what they belong to, as a link in
// that page's Markdown is, and work on every page that shows them and in
// the files read outside the site.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/good_site_with.h"

namespace cxo::testing {
namespace {

class YamlLinks : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    site_ = new GoodSiteWith({{"content/meetings/2018-05-14-geneva/meeting.yaml", R"(kind: CTO
date: 2018-05-14
city: Geneva
country: Switzerland
hosts: [huawei]
participants: [huawei, nokia]
documents:
  - label: The next meeting
    url: ../2019-12-dubai/
topics:
  - topic: quantum-security
    stage: prioritized
    conclusions:
      - id: quantum-roadmap-2018
        text: Study quantum-safe networks
        follow_up:
          - date: 2019-01
            status: in-progress
            url: ../../reports/follow-up/
)"},
                              {"content/meetings/2018-05-14-geneva/communique.md", "CTOs met.\n"}});
    ASSERT_EQ(site_->build().exit_code, 0) << site_->build().err;
  }
  static void TearDownTestSuite() { delete site_; }
  static std::string raw(const std::string& path) { return site_->output(path); }
  static bool has(const std::string& path, const std::string& text) {
    return raw(path).find(text) != std::string::npos;
  }
  // The entry of `list` in data/<file> whose "id" is `id`.
  static nlohmann::json entry(const std::string& file, const std::string& list,
                              const std::string& id) {
    nlohmann::json data = nlohmann::json::parse(raw("data/" + file));
    for (const auto& item : data[list]) {
      if (item["id"] == id) return item;
    }
    ADD_FAILURE() << id << " not in " << file;
    return {};
  }
  static GoodSiteWith* site_;
};
GoodSiteWith* YamlLinks::site_ = nullptr;

TEST_F(YamlLinks, ADocumentLinkIsReadAgainstItsMeetingsPage) {
  EXPECT_TRUE(has("meetings/2018-05-14-geneva/index.html",
                  "<a href=\"../../meetings/2019-12-dubai/index.html\">The next meeting</a>"));
  EXPECT_EQ(entry("meetings.json", "meetings", "2018-05-14-geneva")["documents"][0]["url"],
            "https://archive.example.org/cxo/meetings/2019-12-dubai/");
}

TEST_F(YamlLinks, AFollowUpLinkWorksOnEveryPageThatShowsIt) {
  EXPECT_TRUE(
      has("meetings/2018-05-14-geneva/index.html", "href=\"../../reports/follow-up/index.html\""));
  EXPECT_TRUE(has("conclusions/index.html", "href=\"../reports/follow-up/index.html\""));
  EXPECT_TRUE(has("reports/tsag/2018-05-14-geneva/index.html",
                  "href=\"../../../reports/follow-up/index.html\""));
  EXPECT_TRUE(has("reports/tsag/2018-05-14-geneva/report.md",
                  "(https://archive.example.org/cxo/reports/follow-up/)"));
  EXPECT_EQ(entry("conclusions.json", "conclusions", "quantum-roadmap-2018")["follow_up"][0]["url"],
            "https://archive.example.org/cxo/reports/follow-up/");
}

TEST_F(YamlLinks, TheLinkCheckFindsThemAllResolved) {
  RunResult result = run_cxo({"check", "--source", site_->site().string()});
  EXPECT_EQ(result.exit_code, 0) << result.out << result.err;
}

}  // namespace
}  // namespace cxo::testing

// An entry without an optional field shows nothing for it, even when the
// entry before it has one. Mustache looks a name missing from an entry up in
// the enclosing contexts, so a list guarded with {{#list.0}} (which makes
// the first entry a context) once showed the first topic's section and
// stage on the topics after it.
#include <gtest/gtest.h>

#include <regex>

#include "support/good_site_with.h"
#include "support/html_text.h"

namespace cxo::testing {
namespace {

class OptionalFields : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    // Every list of this meeting has an entry with all its optional fields
    // first, then one with none of them (a held meeting's topics all have
    // a stage).
    site_ = new GoodSiteWith({{"content/meetings/2018-05-14-geneva/meeting.yaml", R"(kind: CTO
date: 2018-05-14
city: Geneva
country: Switzerland
hosts: [huawei]
participants: [huawei, nokia]
documents:
  - label: Communiqué (PDF)
    url: https://www.itu.int/communique-2018.pdf
  - label: TSAG-TD99
topics:
  - topic: quantum-security
    section: Quantum security
    stage: prioritized
    proposed_by: [nokia]
    conclusions:
      - id: quantum-roadmap-2018
        text: Study quantum-safe networks
        follow_up:
          - date: 2019-01
            status: in-progress
            note: Study item opened
            url: https://www.itu.int/follow-up-2019
          - date: 2020-01
            status: done
  - topic: smart-cities
    stage: emerging
    conclusions:
      - id: smart-cities-2018
        text: Keep smart cities in view
)"},
                              {"content/meetings/2018-05-14-geneva/communique.md",
                               "CTOs met in Geneva.\n\n## Quantum security\n\nCTOs discussed "
                               "quantum-safe networks.\n\n## Smart cities\n\nA word on smart "
                               "cities.\n"}});
    ASSERT_EQ(site_->build().exit_code, 0) << site_->build().err;
  }
  static void TearDownTestSuite() { delete site_; }
  static std::string raw(const std::string& path) { return site_->output(path); }
  static GoodSiteWith* site_;
};
GoodSiteWith* OptionalFields::site_ = nullptr;

// The HTML of the list item that starts with `start`, up to the next item
// at its level (or the end of its list).
std::string item_from(const std::string& html, const std::string& start) {
  std::size_t begin = html.find(start);
  EXPECT_NE(begin, std::string::npos) << start;
  if (begin == std::string::npos) return "";
  std::size_t end = html.find("\n<li>", begin + 1);
  std::size_t list_end = html.find("</ul>\n</section>", begin);
  return html.substr(begin, std::min(end, list_end) - begin);
}

TEST_F(OptionalFields, ATopicWithoutSectionOrProposerShowsNeitherOnTheMeetingPage) {
  std::string page = raw("meetings/2018-05-14-geneva/index.html");
  std::string first = item_from(page, "<li><a href=\"../../topics/quantum-security/");
  EXPECT_NE(first.find("href=\"#quantum-security\""), std::string::npos) << first;
  EXPECT_NE(first.find("Prioritized"), std::string::npos) << first;
  EXPECT_NE(first.find("proposed by"), std::string::npos) << first;
  std::string second = item_from(page, "<li><a href=\"../../topics/smart-cities/");
  EXPECT_EQ(second.find("href=\"#"), std::string::npos) << second;
  EXPECT_NE(second.find("Emerging"), std::string::npos) << second;
  EXPECT_EQ(second.find("Prioritized"), std::string::npos) << second;
  EXPECT_EQ(second.find("proposed by"), std::string::npos) << second;
  EXPECT_EQ(second.find("follow-up"), std::string::npos) << second;
}

TEST_F(OptionalFields, ADocumentWithoutAddressIsNotALink) {
  std::string page = raw("meetings/2018-05-14-geneva/index.html");
  EXPECT_NE(page.find("<li><a href=\"https://www.itu.int/communique-2018.pdf\">Communiqué (PDF)"
                      "</a></li>"),
            std::string::npos);
  EXPECT_NE(page.find("<li>TSAG-TD99</li>"), std::string::npos);
}

TEST_F(OptionalFields, AFollowUpStepWithoutNoteOrAddressShowsNeither) {
  std::string text = html_text(raw("conclusions/index.html"));
  EXPECT_NE(text.find("January 2019 : In progress, Study item opened ( source ) January 2020 : "
                      "Done Dropped (1)"),
            std::string::npos)
      << text;
}

// The theme's own guard against the mistake above: a section over a list
// element ({{#list.0}}) makes that element the context of everything inside.
TEST(DefaultTheme, GuardsListsWithFlagsNotWithTheirFirstEntry) {
  std::regex element_section(R"(\{\{[#^][^}]*\.[0-9]+\s*\}\})");
  for (const auto& entry : fs::recursive_directory_iterator(source_dir() / "themes")) {
    if (entry.path().extension() != ".mustache") continue;
    std::string text = read_file(entry.path());
    std::smatch match;
    EXPECT_FALSE(std::regex_search(text, match, element_section))
        << entry.path() << ": " << match.str()
        << " makes the list's first entry the context; test a has_… flag from the view";
  }
}

}  // namespace
}  // namespace cxo::testing

// Topic histories, the conclusions tracker and the Resolution 68 reports, as
// a reader sees them, on the good fixture site (tests/fixtures/good).
#include <gtest/gtest.h>

#include "support/html_text.h"
#include "support/site_runner.h"

namespace cxo::testing {
namespace {

class HistorySite : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    temp_ = new TempDir();
    RunResult result = run_cxo({"build", "--source", fixture("good").string(), "--output",
                                (temp_->path() / "public").string(), "--quiet"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
  }
  static void TearDownTestSuite() { delete temp_; }
  static std::string page(const std::string& path) {
    return html_text(read_file(temp_->path() / "public" / path));
  }
  static std::string raw(const std::string& path) {
    return read_file(temp_->path() / "public" / path);
  }
  static TempDir* temp_;
};
TempDir* HistorySite::temp_ = nullptr;

// Asserts that `parts` appear in `text` in this order.
void expect_in_order(const std::string& text, const std::vector<std::string>& parts) {
  std::size_t at = 0;
  for (const auto& part : parts) {
    std::size_t found = text.find(part, at);
    ASSERT_NE(found, std::string::npos) << "missing, or out of order: " << part << "\nin: " << text;
    at = found + part.size();
  }
}

TEST_F(HistorySite, ATopicPageIsItsHistoryOldestFirst) {
  std::string text = page("topics/optical-networks/index.html");
  expect_in_order(text, {"Also known as Fibre optics", "Current stage In standardization (4 of 6)",
                         "Discussed at 3 meetings", "First raised 6 October 2009, Geneva",
                         "Last discussed 5–6 December 2023, Dubai", "ITU-T groups ITU-T SG15",
                         "Related topics 5G networks"});
  expect_in_order(text, {"CTO meeting, 6 October 2009, Geneva", "● Emerging", "Proposed by Nokia",
                         "CTOs asked ITU to draw up a roadmap",
                         "Draw up a standardization roadmap for optical networks",
                         "March 2010 : In progress", "20 June 2011 : Done",
                         "CxO meeting, December 2019, Dubai", "✓ Emerging ✓ Prioritized ● In study",
                         "CxO meeting, 5–6 December 2023, Dubai", "● In standardization"});
  // A summary is said to be one before it is quoted, not after.
  expect_in_order(text, {"CxO meeting, December 2019, Dubai",
                         "Summary written for the archive, not the communiqué's own words:",
                         "Executives compared how they use their bands"});
  // A planned meeting is on the agenda, not in the history.
  expect_in_order(text, {"On the agenda of", "7–8 December 2026"});
  // Above the history, its progression at a glance, each row leading to
  // the meeting's part of it.
  expect_in_order(text, {"Progression", "6 October 2009, Geneva 1. Emerging",
                         "December 2019, Dubai 3. In study",
                         "5–6 December 2023, Dubai 4. In standardization", "CTOs asked ITU"});
  std::string html = raw("topics/optical-networks/index.html");
  EXPECT_NE(html.find("<a href=\"#h-2019-12-dubai\">December 2019, Dubai</a>"), std::string::npos);
  EXPECT_NE(html.find("<li id=\"h-2019-12-dubai\">"), std::string::npos);
  // The section link points at the heading's anchor on the meeting's page.
  EXPECT_NE(raw("topics/optical-networks/index.html")
                .find("href=\"../../meetings/2019-12-dubai/index.html#réseaux-5g\""),
            std::string::npos);
}

TEST_F(HistorySite, RelatedTopicsShowInBothDirections) {
  // optical-networks lists network-5g as related; the 5G page shows it back.
  EXPECT_NE(page("topics/network-5g/index.html").find("Related topics Optical networks"),
            std::string::npos);
}

TEST_F(HistorySite, TopicsIndexListsMostRecentFirstWithAYearMatrix) {
  std::string text = page("topics/index.html");
  // Optical networks (last 2023) before 5G networks (last 2019); smart
  // cities was never discussed at a held meeting, so it comes last.
  expect_in_order(text, {"Optical networks", "5G networks", "Smart sustainable cities"});
  expect_in_order(text, {"Topics by year", "Topic 2009 2019 2023"});
  std::string html = raw("topics/index.html");
  EXPECT_NE(html.find("<td class=\"stage-in-study\"><abbr title=\"In study\">3</abbr></td>"),
            std::string::npos);
}

TEST_F(HistorySite, ConclusionsTrackerGroupsByLatestStatus) {
  std::string text = page("conclusions/index.html");
  expect_in_order(text, {"4 conclusions in all", "Open (2)",
                         "Collect best practices against voice traffic fraud",
                         "Study quantum key distribution networks", "In progress (0)", "Done (1)",
                         "Draw up a standardization roadmap", "latest follow-up 20 June 2011",
                         "Dropped (1)", "Survey how operators share 5G spectrum"});
}

TEST_F(HistorySite, FollowUpReportListsOpenAndInProgressConclusions) {
  std::string text = page("reports/follow-up/index.html");
  EXPECT_NE(text.find("2 conclusions of the CTO and CxO meetings are open or in progress"),
            std::string::npos);
  EXPECT_EQ(text.find("Draw up a standardization roadmap"), std::string::npos);
  // Grouped by meeting, as the Markdown is, after a list of the meetings.
  std::string html = raw("reports/follow-up/index.html");
  expect_in_order(
      html, {"<a href=\"#m-2019-12-dubai\">CxO meeting, December 2019, Dubai</a> (1)",
             "<a href=\"#m-2023-12-05-dubai\">",
             "<h2 id=\"m-2019-12-dubai\"><a href=\"../../meetings/2019-12-dubai/"
             "index.html\">CxO meeting, December 2019, Dubai</a></h2>",
             "Collect best practices against voice traffic fraud", "<h2 id=\"m-2023-12-05-dubai\">",
             "Study quantum key distribution networks"});
  std::string md = raw("reports/follow-up/report.md");
  expect_in_order(
      md,
      {"# Follow-up of the conclusions",
       "2 conclusions are open or in progress, as recorded in the archive up to 6 December 2023.",
       "## [CxO meeting, December 2019, "
       "Dubai](https://archive.example.org/cxo/meetings/2019-12-dubai/)",
       "- Collect best practices against voice traffic fraud (Open)",
       "  - 12 May 2020: Open, Call for contributions issued",
       "- Study quantum key distribution networks (Open)"});
  EXPECT_EQ(md.find("roadmap"), std::string::npos);
}

TEST_F(HistorySite, TsagReportShowsHowEarlierMeetingsAddressedEachTopic) {
  std::string md = raw("reports/tsag/2023-12-05-dubai/report.md");
  expect_in_order(
      md, {"# Report to TSAG: CxO meeting, 5–6 December 2023, Dubai", "- Date: 5–6 December 2023",
           "## Conclusions", "- Study quantum key distribution networks (Open)",
           "## Quantum security", "Stage reached at this meeting: Emerging (1 of 6).",
           "This was the first meeting to discuss this topic.", "## Optical networks",
           "Stage reached at this meeting: In standardization (4 of 6).",
           "How earlier meetings addressed it:",
           "CTO meeting, 6 October 2009, "
           "Geneva](https://archive.example.org/cxo/meetings/2009-10-06-geneva/): Emerging",
           "  - Draw up a standardization roadmap for optical networks (Done)",
           "CxO meeting, December 2019, "
           "Dubai](https://archive.example.org/cxo/meetings/2019-12-dubai/): In study"});
  // Each topic quotes its section, then one blank line, as a Markdown
  // editor would leave it.
  EXPECT_NE(md.find("\n> "), std::string::npos);
  EXPECT_EQ(md.find("\n\n\n"), std::string::npos);
  std::string text = page("reports/tsag/2023-12-05-dubai/index.html");
  expect_in_order(
      text, {"Report to TSAG: CxO meeting, 5–6 December 2023, Dubai", "This report as Markdown",
             "Quantum security", "This was the first meeting to discuss this topic."});
  // Printed, each topic starts on a new page.
  EXPECT_NE(raw("assets/style.css").find(".report-topic { break-before: page; }"),
            std::string::npos);
}

TEST_F(HistorySite, TsagReportPageAndMarkdownGiveTheSameFacts) {
  // The hosts' full names, the participants and the published figures, in
  // both, since TSB pastes the Markdown into a TSAG document.
  expect_in_order(page("reports/tsag/2009-10-06-geneva/index.html"),
                  {"Hosted by Huawei Technologies Co. Ltd.", "Organizations taking part 3",
                   "Companies (as published) 3", "Executives (as published) 4"});
  expect_in_order(
      raw("reports/tsag/2009-10-06-geneva/report.md"),
      {"- Hosted by: Huawei Technologies Co. Ltd.\n", "- Organizations taking part: 3\n",
       "- Companies (as published): 3\n", "- Executives (as published): 4\n"});
}

TEST_F(HistorySite, PeriodReportsCoverPeriodsWithHeldMeetingsOnly) {
  std::string text = page("reports/period/2017-2021/index.html");
  // 2019 was held; the cancelled 2020 meeting does not count.
  expect_in_order(text, {"Meetings held 1", "Organizations taking part 4 (2 new, 2 returning)",
                         "Topics discussed 3", "Topics raised for the first time 1",
                         "Topics whose stage advanced 2",
                         "Conclusions 2: 1 open, 0 in progress, 0 done, 1 dropped"});
  expect_in_order(text, {"Stages advanced", "5G networks : Emerging → In study",
                         "Optical networks : Emerging → In study"});
  EXPECT_TRUE(fs::exists(temp_->path() / "public/reports/period/2009-2012/report.md"));
  // 2025-2028 holds only a planned meeting: no report.
  EXPECT_FALSE(fs::exists(temp_->path() / "public/reports/period/2025-2028"));
  std::string md = raw("reports/period/2017-2021/report.md");
  expect_in_order(md, {"# Study period 2017–2021", "- Meetings held: 1",
                       "- Organizations taking part: 4 (2 new, 2 returning)",
                       "- Conclusions: 2 (1 open, 0 in progress, 0 done, 1 dropped)",
                       "## New organizations", "Telecom Review", "Tsinghua University"});
}

}  // namespace
}  // namespace cxo::testing

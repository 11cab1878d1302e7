// Whole-site builds of the shipped archive, as an editor runs them.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <regex>

#include "support/site_runner.h"

namespace cxo::testing {
namespace {

RunResult build(const fs::path& source, const fs::path& output,
                std::vector<std::string> extra = {}) {
  std::vector<std::string> args = {"build", "--source", source.string(), "--output",
                                   output.string()};
  args.insert(args.end(), extra.begin(), extra.end());
  return run_cxo(args);
}

TEST(ShippedArchive, BuildsWithoutWarningsAndSaysWhereTheSiteIs) {
  TempDir temp;
  RunResult result = build(source_dir(), temp.path() / "public");
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_EQ(result.err, "");
  EXPECT_NE(result.out.find("index.html"), std::string::npos) << result.out;
  EXPECT_TRUE(fs::exists(temp.path() / "public" / ".cxo-output"));
}

TEST(ShippedArchive, HasEveryPageType) {
  TempDir temp;
  const fs::path out = temp.path() / "public";
  ASSERT_EQ(build(source_dir(), out).exit_code, 0);
  for (const char* page :
       {"index.html", "404.html", "meetings/index.html", "meetings/2024-12-09-dubai/index.html",
        "topics/index.html", "topics/imt-2020/index.html", "organizations/index.html",
        "organizations/huawei/index.html", "about/index.html", "assets/style.css"}) {
    EXPECT_TRUE(fs::exists(out / page)) << page;
  }
  std::string home = read_file(out / "index.html");
  EXPECT_NE(home.find("Latest communiqué"), std::string::npos);
  EXPECT_NE(home.find("Quantum information technologies"), std::string::npos);
  std::string meeting = read_file(out / "meetings/2024-12-09-dubai/index.html");
  EXPECT_NE(meeting.find("<h2 id=\"mitigating-voice-traffic-fraud\">"), std::string::npos);
  EXPECT_NE(meeting.find("href=\"../../organizations/huawei/index.html\""), std::string::npos);
}

TEST(ShippedArchive, TheMeetingsIndexIsMostRecentFirstAsItSays) {
  TempDir temp;
  const fs::path out = temp.path() / "public";
  ASSERT_EQ(build(source_dir(), out).exit_code, 0);
  std::string index = read_file(out / "meetings/index.html");
  EXPECT_NE(index.find("most recent first"), std::string::npos);
  std::size_t dubai_2024 = index.find("2024-12-09-dubai/");
  std::size_t bangkok_2016 = index.find("2016-11-13-bangkok/");
  std::size_t seoul_2016 = index.find("2016-03-21-seoul/");
  ASSERT_NE(seoul_2016, std::string::npos);
  EXPECT_LT(dubai_2024, bangkok_2016);
  EXPECT_LT(bangkok_2016, seoul_2016);  // within a year too
  // Each year is a link away from the top of the page.
  std::size_t to_2009 = index.find("<a href=\"#year-2009\">2009</a>");
  ASSERT_NE(to_2009, std::string::npos);
  EXPECT_LT(to_2009, dubai_2024);
  EXPECT_NE(index.find("<h2 id=\"year-2009\">2009</h2>"), std::string::npos);
}

TEST(ShippedArchive, MeetingLinesSayTheDateOnce) {
  TempDir temp;
  const fs::path out = temp.path() / "public";
  ASSERT_EQ(build(source_dir(), out).exit_code, 0);
  // The default title gives the date and city already.
  EXPECT_NE(read_file(out / "index.html")
                .find(">CxO meeting, 9 December 2024, Dubai</a>, United Arab Emirates</p>"),
            std::string::npos);
  EXPECT_NE(read_file(out / "reports/period/2017-2021/index.html")
                .find(">CxO meeting, December 2019, Dubai</a></li>"),
            std::string::npos);
  // Nor the kind: no "CxO" chip before a title that starts with it.
  EXPECT_EQ(read_file(out / "index.html").find("CxO</span> <a"), std::string::npos);
  EXPECT_EQ(
      read_file(out / "organizations/huawei/index.html").find("</span> <a href=\"../../meetings/"),
      std::string::npos);
}

TEST(ShippedArchive, TheFollowUpReportNamesATopicOnceAboveItsConclusions) {
  TempDir temp;
  const fs::path out = temp.path() / "public";
  ASSERT_EQ(build(source_dir(), out).exit_code, 0);
  // 9 December 2024 made three conclusions on optical networks.
  for (const char* file : {"reports/follow-up/report.md", "reports/follow-up/index.html"}) {
    const std::string report = read_file(out / file);
    const std::size_t first = report.find("Topic: ");
    const std::size_t optical = report.find(">Optical networks<") != std::string::npos
                                    ? report.find(">Optical networks<")
                                    : report.find("Topic: Optical networks");
    ASSERT_NE(first, std::string::npos) << file;
    ASSERT_NE(optical, std::string::npos) << file;
    const std::size_t next_topic = report.find("Topic: ", optical + 1);
    const std::string group = report.substr(optical, next_topic - optical);
    EXPECT_NE(group.find("Provide leadership in standards development for optical networks"),
              std::string::npos)
        << file;
    EXPECT_NE(group.find("Collaborate with other standards bodies"), std::string::npos) << file;
  }
}

TEST(ShippedArchive, StatisticsCountTopicsByCurrentStage) {
  TempDir temp;
  const fs::path out = temp.path() / "public";
  ASSERT_EQ(build(source_dir(), out).exit_code, 0);
  const std::string html = read_file(out / "statistics/index.html");
  const std::size_t at = html.find("<section class=\"chart-block\" id=\"stages\"");
  ASSERT_NE(at, std::string::npos);
  const std::string section = html.substr(at, html.find("</section>", at) - at);
  // The topics page's stages, counted: one topic concluded (WTSA
  // outcomes), none standardized.
  EXPECT_NE(section.find("<th scope=\"row\">Concluded</th><td data-series=\"topics\">1</td>"),
            std::string::npos)
      << section;
  EXPECT_NE(section.find("<th scope=\"row\">Standardized</th><td data-series=\"topics\">0</td>"),
            std::string::npos);
}

TEST(ShippedArchive, OrganizationsAreListedByTheNameShownWithoutCase) {
  TempDir temp;
  const fs::path out = temp.path() / "public";
  ASSERT_EQ(build(source_dir(), out).exit_code, 0);
  // Among the organizations with three meetings, 'du' comes first.
  const std::string statistics = read_file(out / "statistics/index.html");
  const std::size_t du = statistics.find(">du</a>"), huawei = statistics.find(">Huawei</a>");
  ASSERT_NE(du, std::string::npos);
  EXPECT_LT(du, huawei);
  // The period report's Markdown gives full names, sorted as written
  // (Ericsson's is 'Telefon AB - LM Ericsson').
  const std::string period = read_file(out / "reports/period/2022-2024/report.md");
  const std::size_t tii = period.find("- Technology Innovation Institute\n"),
                    ericsson = period.find("- Telefon AB - LM Ericsson\n"),
                    ttc = period.find("- The Telecommunication Technology Committee\n");
  ASSERT_NE(ericsson, std::string::npos);
  EXPECT_LT(tii, ericsson);
  EXPECT_LT(ericsson, ttc);
}

TEST(ShippedArchive, ATopicPageSaysWhichMeetingsInBetweenHaveNoTopicsRecorded) {
  TempDir temp;
  const fs::path out = temp.path() / "public";
  ASSERT_EQ(build(source_dir(), out).exit_code, 0);
  const std::string page = read_file(out / "topics/wtsa-outcomes/index.html");
  // San José 2017 and Dubai 2022: the sources give no topics, so the topic
  // was neither discussed nor 'not discussed' there.
  const std::size_t note = page.find("The topics of these meetings in between are not recorded: ");
  ASSERT_NE(note, std::string::npos);
  EXPECT_NE(page.find("30 March 2017, San José", note), std::string::npos);
  const std::size_t gaps = page.find("Not discussed at the meetings in between: ");
  ASSERT_NE(gaps, std::string::npos);
  EXPECT_EQ(page.substr(gaps, note - gaps).find("San José"), std::string::npos);
}

TEST(MeetingLines, ATitleOfItsOwnKeepsTheDate) {
  TempDir temp;
  const fs::path site = temp.path() / "site";
  copy_tree(fixture("good"), site);
  const fs::path yaml = site / "content/meetings/2023-12-05-dubai/meeting.yaml";
  write_file(yaml, "title: Executive forum on trust\n" + read_file(yaml));
  const fs::path out = temp.path() / "public";
  RunResult result = build(site, out);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::string period = read_file(out / "reports/period/2022-2024/index.html");
  EXPECT_NE(period.find(">Executive forum on trust</a>, <time datetime=\"2023-12-05\">"),
            std::string::npos);
  // A title of its own does not say the kind: the chip does.
  EXPECT_NE(period.find("title=\"CxO meeting\">CxO</span> <a"), std::string::npos);
}

TEST(ShippedArchive, AnOrganizationsTimelineOpensWithLinksToItsYears) {
  TempDir temp;
  const fs::path out = temp.path() / "public";
  ASSERT_EQ(build(source_dir(), out).exit_code, 0);
  std::string page = read_file(out / "organizations/huawei/index.html");
  std::size_t to_2015 = page.find("<a href=\"#o_year-2015\">2015</a>");
  std::size_t year_2015 = page.find("<h3 id=\"o_year-2015\">2015</h3>");
  ASSERT_NE(to_2015, std::string::npos);
  ASSERT_NE(year_2015, std::string::npos);
  EXPECT_LT(to_2015, year_2015);
  // One year needs no links.
  std::string once = read_file(out / "organizations/kddi/index.html");
  EXPECT_NE(once.find("<h3 id=\"o_year-"), std::string::npos);
  EXPECT_EQ(once.find("aria-label=\"Years\""), std::string::npos);
}

TEST(ShippedArchive, EveryRelativeLinkResolvesToAFileAndAnchor) {
  TempDir temp;
  const fs::path out = temp.path() / "public";
  ASSERT_EQ(build(source_dir(), out).exit_code, 0);
  const std::regex href(R"((?:href|src)="([^"]*)\")");
  const std::regex id(R"( id="([^"]*)\")");
  std::size_t checked = 0;
  for (const auto& entry : fs::recursive_directory_iterator(out)) {
    if (entry.path().extension() != ".html" || entry.path().filename() == "404.html") continue;
    std::string html = read_file(entry.path());
    for (std::sregex_iterator it(html.begin(), html.end(), href), end; it != end; ++it) {
      std::string link = (*it)[1];
      if (link.starts_with("http:") || link.starts_with("https:") || link.starts_with("mailto:")) {
        continue;
      }
      std::string file = link.substr(0, link.find('#'));
      std::string fragment =
          link.find('#') == std::string::npos ? "" : link.substr(link.find('#') + 1);
      fs::path target =
          file.empty() ? entry.path() : (entry.path().parent_path() / file).lexically_normal();
      ASSERT_TRUE(fs::is_regular_file(target))
          << fs::relative(entry.path(), out) << " links to missing " << link;
      ASSERT_TRUE(target.string().starts_with(out.string())) << link << " leaves the site";
      if (!fragment.empty()) {
        std::string target_html = read_file(target);
        EXPECT_NE(target_html.find(" id=\"" + fragment + "\""), std::string::npos)
            << fs::relative(entry.path(), out) << " links to missing anchor " << link;
      }
      ++checked;
    }
  }
  EXPECT_GT(checked, 1000u);
}

TEST(Output, IsByteIdenticalWhateverTheThreadCount) {
  TempDir temp;
  ASSERT_EQ(build(source_dir(), temp.path() / "a", {"--jobs", "1"}).exit_code, 0);
  ASSERT_EQ(build(source_dir(), temp.path() / "b", {"--jobs", "4"}).exit_code, 0);
  auto a = snapshot(temp.path() / "a"), b = snapshot(temp.path() / "b");
  EXPECT_GT(a.size(), 50u);
  EXPECT_TRUE(a == b);
}

TEST(Output, KeepsUnchangedFilesAndRewritesChangedOnes) {
  TempDir temp;
  const fs::path site = temp.path() / "site", out = temp.path() / "public";
  copy_tree(source_dir() / "content", site / "content");
  fs::copy_file(source_dir() / "site.yaml", site / "site.yaml");
  ASSERT_EQ(build(site, out).exit_code, 0);
  struct stat about_before, meeting_before;
  ASSERT_EQ(::stat((out / "about/index.html").c_str(), &about_before), 0);
  ASSERT_EQ(::stat((out / "meetings/2009-10-06-geneva/index.html").c_str(), &meeting_before), 0);

  fs::path communique = site / "content/meetings/2009-10-06-geneva/communique.md";
  write_file(communique, read_file(communique) + "\nA sentence added by the test.\n");
  RunResult second = build(site, out);
  ASSERT_EQ(second.exit_code, 0) << second.err;

  struct stat about_after, meeting_after;
  ASSERT_EQ(::stat((out / "about/index.html").c_str(), &about_after), 0);
  ASSERT_EQ(::stat((out / "meetings/2009-10-06-geneva/index.html").c_str(), &meeting_after), 0);
  // Same file (inode) and modification time: rsync copies nothing for it.
  EXPECT_EQ(about_after.st_ino, about_before.st_ino);
  EXPECT_EQ(about_after.st_mtim.tv_nsec, about_before.st_mtim.tv_nsec);
  EXPECT_NE(meeting_after.st_ino, meeting_before.st_ino);
  EXPECT_NE(read_file(out / "meetings/2009-10-06-geneva/index.html")
                .find("A sentence added by the test."),
            std::string::npos);
}

TEST(Output, RefusesToReplaceAFolderCxoDidNotMake) {
  TempDir temp;
  const fs::path out = temp.path() / "important";
  write_file(out / "thesis.txt", "years of work");
  RunResult result = build(source_dir(), out);
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("was not made by cxo"), std::string::npos) << result.err;
  EXPECT_EQ(read_file(out / "thesis.txt"), "years of work");
  EXPECT_EQ(snapshot(out).size(), 1u);
  // No staging folder is left behind either.
  for (const auto& entry : fs::directory_iterator(temp.path())) {
    EXPECT_EQ(entry.path().filename(), "important");
  }
}

TEST(Output, RemovesFilesThatAreNoLongerGenerated) {
  TempDir temp;
  const fs::path site = temp.path() / "site", out = temp.path() / "public";
  copy_tree(source_dir() / "content", site / "content");
  fs::copy_file(source_dir() / "site.yaml", site / "site.yaml");
  // Three builds, so the third reuses the tree the second swapped out.
  ASSERT_EQ(build(site, out).exit_code, 0);
  ASSERT_EQ(build(site, out).exit_code, 0);
  ASSERT_TRUE(fs::exists(out / "sources/index.html"));
  fs::remove(site / "content/pages/sources.md");
  ASSERT_EQ(build(site, out).exit_code, 0);
  EXPECT_FALSE(fs::exists(out / "sources"));
  ASSERT_EQ(build(site, out).exit_code, 0);
  EXPECT_FALSE(fs::exists(out / "sources"));
  EXPECT_TRUE(fs::exists(out / "about/index.html"));
}

TEST(Output, AFileEditedByHandInTheOutputIsRewritten) {
  TempDir temp;
  const fs::path out = temp.path() / "public";
  ASSERT_EQ(build(source_dir(), out, {"--quiet"}).exit_code, 0);
  std::string original = read_file(out / "about/index.html");
  // Same size, different bytes, written after the build.
  std::string edited = original;
  edited[edited.size() / 2] = edited[edited.size() / 2] == 'x' ? 'y' : 'x';
  ::sleep(0);
  write_file(out / "about/index.html", edited);
  ASSERT_EQ(build(source_dir(), out, {"--quiet"}).exit_code, 0);
  EXPECT_EQ(read_file(out / "about/index.html"), original);
}

// CONTENT-MODEL.md reserves index, 404 and the archive's own first
// segments; assets/ is where the theme's files go, not one of those.
TEST(FreePages, APageMayBeNamedAssetsBesideTheThemesFiles) {
  TempDir temp;
  const fs::path site = temp.path() / "site";
  copy_tree(fixture("good"), site);
  write_file(site / "content/pages/assets.md", "---\ntitle: Assets\n---\nWhat ITU owns.\n");
  const fs::path out = temp.path() / "public";
  RunResult result = build(site, out);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(read_file(out / "assets/index.html").find("What ITU owns."), std::string::npos);
  EXPECT_TRUE(fs::exists(out / "assets/style.css"));
}

TEST(Output, LinksAreRelativeExceptCanonical) {
  TempDir temp;
  const fs::path out = temp.path() / "public";
  ASSERT_EQ(build(source_dir(), out).exit_code, 0);
  std::string page = read_file(out / "topics/imt-2020/index.html");
  EXPECT_NE(
      page.find(
          "<link rel=\"canonical\" href=\"https://cxo-archive.example.org/topics/imt-2020/\">"),
      std::string::npos);
  EXPECT_NE(page.find("href=\"../../assets/style.css\""), std::string::npos);
  EXPECT_EQ(page.find("href=\"/"), std::string::npos);
}

TEST(Output, TheDataPageAndReportsCallAddressesPermanentOnlyForARealAddress) {
  TempDir temp;
  const fs::path out = temp.path() / "public";
  // The fixture's base_url is on example.org, reserved for examples.
  ASSERT_EQ(build(fixture("good"), out).exit_code, 0);
  const char* report_note =
      "> Note: the addresses in this report start with "
      "https://archive.example.org/cxo/, an address reserved for examples.";
  for (const char* report : {"reports/follow-up/report.md", "reports/period/2022-2024/report.md",
                             "reports/tsag/2023-12-05-dubai/report.md"}) {
    EXPECT_NE(read_file(out / report).find(report_note), std::string::npos) << report;
  }
  std::string data = read_file(out / "data/index.html");
  EXPECT_NE(data.find("built for <code>https://archive.example.org/cxo/</code>, an address "
                      "reserved for examples"),
            std::string::npos);
  EXPECT_EQ(data.find("absolute and permanent"), std::string::npos);
  RunResult real = run_cxo({"build", "--source", fixture("good").string(), "--output", out.string(),
                            "--base-url", "https://www.itu.int/cxo/"});
  ASSERT_EQ(real.exit_code, 0) << real.err;
  data = read_file(out / "data/index.html");
  EXPECT_NE(data.find("absolute and permanent"), std::string::npos);
  EXPECT_EQ(data.find("reserved for examples"), std::string::npos);
  EXPECT_EQ(read_file(out / "reports/follow-up/report.md").find("> Note:"), std::string::npos);
}

TEST(Output, EveryPageHasAnIcon) {
  // Without one, browsers ask for /favicon.ico and log a 404.
  TempDir temp;
  const fs::path out = temp.path() / "public";
  ASSERT_EQ(build(source_dir(), out).exit_code, 0);
  EXPECT_NE(
      read_file(out / "topics/imt-2020/index.html")
          .find("<link rel=\"icon\" href=\"../../assets/favicon.svg\" type=\"image/svg+xml\">"),
      std::string::npos);
  EXPECT_NE(read_file(out / "assets/favicon.svg").find("<svg"), std::string::npos);
}

}  // namespace
}  // namespace cxo::testing

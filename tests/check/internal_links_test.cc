// `cxo check` on whole sites, as an editor runs it: internal links and
// anchors, reported at the Markdown or YAML that holds them.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/site_runner.h"

namespace cxo::testing {
namespace {

RunResult check(const fs::path& site, std::vector<std::string> extra = {}) {
  std::vector<std::string> args = {"check", "--source", site.string()};
  args.insert(args.end(), extra.begin(), extra.end());
  return run_cxo(args);
}

fs::path check_fixture(const std::string& name) {
  return fixture("check") / name;
}

TEST(Check, CleanSiteHasNoFindingsAndSaysWhatWasChecked) {
  RunResult result = check(check_fixture("clean"));
  EXPECT_EQ(result.exit_code, 0) << result.out << result.err;
  EXPECT_EQ(result.err, "");
  EXPECT_TRUE(result.out.starts_with("checked ")) << result.out;
  EXPECT_TRUE(
      result.out.ends_with("; external links not fetched (add --external); no problems found\n"))
      << result.out;
}

TEST(Check, WritesNothingAtAll) {
  TempDir temp;
  const fs::path site = temp.path() / "site";
  copy_tree(check_fixture("broken-links"), site);
  auto before = snapshot(temp.path());
  check(site);
  check(site, {"--format", "json"});
  EXPECT_FALSE(fs::exists(site / "public"));
  EXPECT_TRUE(snapshot(temp.path()) == before);

  // Nor into an output folder a build made before.
  copy_tree(check_fixture("clean"), temp.path() / "clean");
  ASSERT_EQ(run_cxo({"build", "--source", (temp.path() / "clean").string()}).exit_code, 0);
  auto built = snapshot(temp.path() / "clean");
  EXPECT_EQ(check(temp.path() / "clean").exit_code, 0);
  EXPECT_TRUE(snapshot(temp.path() / "clean") == built);
}

TEST(Check, ReportsEveryBrokenLinkAndAnchorAtItsSource) {
  RunResult result = check(check_fixture("broken-links"));
  EXPECT_EQ(result.exit_code, 1);
  const std::string communique = "content/meetings/2024-12-09-dubai/communique.md";
  std::string expected =
      communique +
      ":5:10: error: link '../2024-12-09-dubia/' leads to meetings/2024-12-09-dubia/, "
      "which is not part of the site; did you mean meetings/2024-12-09-dubai/?\n" +
      communique +
      ":6:21: error: link '../2023-12-05-geneva/#networks-5g' leads to "
      "meetings/2023-12-05-geneva/, which has no anchor '#networks-5g'\n" +
      communique +
      ":7:12: error: link '../2023-12-05-geneva' leads to the folder "
      "'meetings/2023-12-05-geneva' rather than its page; end the link with '/' so "
      "that it also works opened from disk\n" +
      communique + ":8:11: error: link '../../../../elsewhere/' leads outside the site\n" +
      communique +
      ":9:22: error: link '#mitigating-voice-fraud' leads to "
      "meetings/2024-12-09-dubai/, which has no anchor '#mitigating-voice-fraud'; "
      "did you mean '#mitigating-voice-traffic-fraud'?\n" +
      // It works on a server at the host's root, but not from disk.
      communique +
      ":10:15: error: link '/meetings/2023-12-05-geneva/' starts with '/', so it breaks when "
      "the archive is opened from disk or published below a folder; write it relative: "
      "'../../meetings/2023-12-05-geneva/'\n" +
      communique +
      ":11:14: error: link 'www.itu.int/cto' leads to meetings/2024-12-09-dubai/www.itu.int/cto, "
      "which is not part of the site; did you mean 'https://www.itu.int/cto'?\n"
      // A relative URL in YAML is read against its meeting's page.
      "content/meetings/2024-12-09-dubai/meeting.yaml:8:10: error: link "
      "'report.pdf' leads to meetings/2024-12-09-dubai/report.pdf, which is not "
      "part of the site\n"
      "content/pages/about.md:5:44: error: link '../topics/no-such-topic/' leads to "
      "topics/no-such-topic/, which is not part of the site\n"
      // A folded YAML summary: the position is the URL's own line.
      "content/topics.yaml:5:13: error: link '../../meetings/2024-12-09-dubai/#fraud' "
      "leads to meetings/2024-12-09-dubai/, which has no anchor '#fraud'\n";
  ASSERT_TRUE(result.out.starts_with(expected)) << result.out;
  std::string summary = result.out.substr(expected.size());
  EXPECT_TRUE(summary.starts_with("checked ")) << summary;
  EXPECT_TRUE(summary.ends_with("; 10 errors, 0 warnings\n")) << summary;
  EXPECT_EQ(std::count(summary.begin(), summary.end(), '\n'), 1);
}

TEST(Check, JsonFormatHoldsTheSameFindings) {
  RunResult text = check(check_fixture("broken-links"));
  RunResult json = check(check_fixture("broken-links"), {"--format", "json"});
  EXPECT_EQ(json.exit_code, 1);
  auto report = nlohmann::json::parse(json.out);
  ASSERT_EQ(report["findings"].size(), 10u);
  const auto& first = report["findings"][0];
  EXPECT_EQ(first["path"], "content/meetings/2024-12-09-dubai/communique.md");
  EXPECT_EQ(first["line"], 5);
  EXPECT_EQ(first["column"], 10);
  EXPECT_EQ(first["severity"], "error");
  EXPECT_EQ(report["summary"]["errors"], 10);
  EXPECT_EQ(report["summary"]["warnings"], 0);
  std::string last_line = text.out.substr(text.out.rfind('\n', text.out.size() - 2) + 1);
  EXPECT_EQ(report["summary_line"].get<std::string>() + "\n", last_line);
}

TEST(Check, ContentErrorsAreReportedAsBuildReportsThem) {
  TempDir temp;
  const fs::path site = temp.path() / "site";
  copy_tree(check_fixture("clean"), site);
  write_file(site / "content/meetings/2024-12-09-dubai/meeting.yaml",
             "kind: CxO\ndate: 2024-12-09\ncity: Dubai\ncountry: United Arab Emirates\n"
             "participants: [huawie]\n");
  RunResult result = check(site);
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.out,
            "content/meetings/2024-12-09-dubai/meeting.yaml:5:16: error: unknown organization "
            "'huawie'; did you mean 'huawei'?\n"
            "1 error, 0 warnings; the links were not checked\n");
}

TEST(Check, BrokenLinksWrittenByTheThemeAreInternalErrorsOfTheTemplate) {
  TempDir temp;
  const fs::path site = temp.path() / "site";
  copy_tree(check_fixture("clean"), site);
  std::string page = read_file(source_dir() / "themes/default/templates/page.mustache");
  std::size_t at = page.find("</h1>");
  ASSERT_NE(at, std::string::npos);
  page.insert(at + 5, "<a href=\"{{page.root}}no-such-page/\">x</a>");
  write_file(site / "themes/default/templates/page.mustache", page);
  RunResult result = check(site);
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_TRUE(result.out.starts_with(
      "themes/default/templates/page.mustache: error: internal error: the theme's link "
      "'../no-such-page/' leads to no-such-page/, which is not part of the site (on about/); "
      "this is a bug in cxo or in the theme, not in the content\n"))
      << result.out;
}

TEST(Check, UnfinishedTextIsAWarning) {
  TempDir temp;
  const fs::path site = temp.path() / "site";
  copy_tree(check_fixture("clean"), site);
  write_file(site / "content/pages/about.md",
             "---\ntitle: About\n---\n\nTODO: say what this is.\n");
  RunResult result = check(site);
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_TRUE(
      result.out.starts_with("content/pages/about.md:5:1: warning: unfinished text "
                             "'TODO: say what this is.' would be published as it is\n"))
      << result.out;
  EXPECT_TRUE(result.out.ends_with("; 0 errors, 1 warning\n")) << result.out;
}

TEST(Check, StrictFailsOnAWarningButNotOnACleanSite) {
  TempDir temp;
  const fs::path site = temp.path() / "site";
  copy_tree(check_fixture("clean"), site);
  EXPECT_EQ(check(site, {"--strict"}).exit_code, 0);
  write_file(site / "content/pages/about.md",
             "---\ntitle: About\n---\n\nTODO: say what this is.\n");
  RunResult result = check(site, {"--strict"});
  EXPECT_EQ(result.exit_code, 1) << result.out;
  EXPECT_TRUE(result.out.starts_with("content/pages/about.md:5:1: warning: unfinished text"))
      << result.out;
  // The summary says why a check without an error failed.
  EXPECT_TRUE(result.out.ends_with("; 0 errors, 1 warning (--strict: warnings fail the check)\n"))
      << result.out;
  EXPECT_EQ(check(site).exit_code, 0);
}

}  // namespace
}  // namespace cxo::testing

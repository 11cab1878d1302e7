// `cxo new meeting` and `cxo new communique`, run as an editor runs them on
// a copy of a small site, which must build and check right after.
#include <gtest/gtest.h>

#include <algorithm>

#include "support/site_runner.h"

namespace cxo::testing {
namespace {

class NewMeeting : public ::testing::Test {
 protected:
  void SetUp() override { copy_tree(fixture("check") / "clean", site_); }

  RunResult run(std::vector<std::string> args) {
    args.insert(args.begin() + (args[1] == "meeting" || args[1] == "communique" ? 2 : 1),
                {"--source", site_.string()});
    return run_cxo(args);
  }
  RunResult build() {
    return run_cxo(
        {"build", "--source", site_.string(), "--output", (temp_.path() / "public").string()});
  }
  RunResult check() { return run_cxo({"check", "--source", site_.string()}); }
  fs::path meeting(const std::string& id) const { return site_ / "content/meetings" / id; }

  TempDir temp_;
  fs::path site_ = temp_.path() / "site";
};

TEST_F(NewMeeting, FutureMeetingIsPlannedWithoutACommunique) {
  RunResult result = run({"new", "meeting", "--date", "2031-03-10", "--city", "São Paulo",
                          "--country", "Brazil", "--kind", "CxO"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.err, "");
  EXPECT_TRUE(result.out.starts_with("wrote content/meetings/2031-03-10-sao-paulo/meeting.yaml\n"))
      << result.out;
  std::string yaml = read_file(meeting("2031-03-10-sao-paulo") / "meeting.yaml");
  EXPECT_NE(yaml.find("\nkind: CxO\n"), std::string::npos) << yaml;
  EXPECT_NE(yaml.find("\ndate: 2031-03-10\n"), std::string::npos);
  EXPECT_NE(yaml.find("\ncity: São Paulo\n"), std::string::npos);
  EXPECT_NE(yaml.find("\ncountry: Brazil\n"), std::string::npos);
  EXPECT_NE(yaml.find("\nstatus: planned\n"), std::string::npos);
  EXPECT_FALSE(fs::exists(meeting("2031-03-10-sao-paulo") / "communique.md"));

  RunResult built = build();
  EXPECT_EQ(built.exit_code, 0) << built.err;
  EXPECT_EQ(built.err, "");
  EXPECT_TRUE(fs::exists(temp_.path() / "public/meetings/2031-03-10-sao-paulo/index.html"));
  RunResult checked = check();
  EXPECT_EQ(checked.exit_code, 0) << checked.out;
  EXPECT_TRUE(checked.out.ends_with("; no problems found\n")) << checked.out;
}

TEST_F(NewMeeting, PastMeetingIsHeldWithACommuniqueSkeletonThatBuildAndCheckFlag) {
  RunResult result = run({"new", "meeting", "--date", "2022-06-01", "--end-date", "2022-06-02",
                          "--city", "Geneva", "--country", "Switzerland", "--kind", "cto"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(
      result.out.starts_with("wrote content/meetings/2022-06-01-geneva/meeting.yaml\n"
                             "wrote content/meetings/2022-06-01-geneva/communique.md\n"))
      << result.out;
  std::string yaml = read_file(meeting("2022-06-01-geneva") / "meeting.yaml");
  EXPECT_NE(yaml.find("\nkind: CTO\n"), std::string::npos);
  EXPECT_NE(yaml.find("\nend_date: 2022-06-02\n"), std::string::npos);
  EXPECT_NE(yaml.find("\nstatus: held\n"), std::string::npos);
  EXPECT_TRUE(yaml.starts_with("# CTO meeting, 1–2 June 2022, Geneva.\n")) << yaml;

  const std::string communique = "content/meetings/2022-06-01-geneva/communique.md";
  const std::string warnings =
      communique +
      ":7:1: warning: unfinished text 'TODO: the opening of the communiqué, as "
      "published.' would be published as it is\n" +
      communique +
      ":9:4: warning: unfinished text 'TODO: the first heading of the communiqué' "
      "would be published as it is\n" +
      communique +
      ":11:1: warning: unfinished text 'TODO: its text. Each heading becomes an "
      "anchor; name the...' would be published as it is\n";
  // The build publishes the skeleton, but says so.
  RunResult built = build();
  EXPECT_EQ(built.exit_code, 0) << built.err;
  EXPECT_EQ(built.err, warnings);
  RunResult checked = check();
  EXPECT_EQ(checked.exit_code, 0);  // warnings only
  EXPECT_TRUE(checked.out.starts_with(warnings)) << checked.out;
  EXPECT_TRUE(checked.out.ends_with("; 0 errors, 3 warnings\n")) << checked.out;
}

TEST_F(NewMeeting, MonthOnlyDate) {
  RunResult result = run({"new", "meeting", "--date", "2019-11", "--city", "Busan", "--country",
                          "Korea (Republic of)", "--kind", "CTO", "--planned"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::string yaml = read_file(meeting("2019-11-busan") / "meeting.yaml");
  EXPECT_NE(yaml.find("\ndate: 2019-11\n"), std::string::npos);
  EXPECT_NE(yaml.find("\ncountry: Korea (Republic of)\n"), std::string::npos);
  EXPECT_NE(yaml.find("\nstatus: planned\n"), std::string::npos);
  EXPECT_EQ(build().exit_code, 0);
}

TEST_F(NewMeeting, CommuniqueTurnsAPlannedMeetingIntoAHeldOne) {
  ASSERT_EQ(run({"new", "meeting", "--date", "2031-03-10", "--city", "Geneva", "--country",
                 "Switzerland", "--kind", "CxO"})
                .exit_code,
            0);
  RunResult result = run({"new", "communique", "2031-03-10-geneva"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(
      result.out.starts_with("wrote content/meetings/2031-03-10-geneva/communique.md\n"
                             "wrote content/meetings/2031-03-10-geneva/meeting.yaml\n"))
      << result.out;
  std::string yaml = read_file(meeting("2031-03-10-geneva") / "meeting.yaml");
  EXPECT_NE(yaml.find("\nstatus: held\n"), std::string::npos);
  EXPECT_EQ(yaml.find("\nstatus: planned\n"), std::string::npos);
  EXPECT_EQ(build().exit_code, 0);

  RunResult again = run({"new", "communique", "2031-03-10-geneva"});
  EXPECT_EQ(again.exit_code, 1);
  EXPECT_EQ(again.err,
            "cxo new communique: error: content/meetings/2031-03-10-geneva/communique.md already "
            "exists\nnothing was written\n");
  // Without an id, the meetings that could be meant.
  ASSERT_EQ(run({"new", "meeting", "--date", "2031-04-01", "--city", "Paris", "--country", "France",
                 "--kind", "CTO"})
                .exit_code,
            0);
  RunResult none = run({"new", "communique"});
  EXPECT_EQ(none.exit_code, 1);
  EXPECT_EQ(none.err,
            "cxo new communique: error: give the meeting's id (its folder name): cxo new "
            "communique <id>; meetings without a communiqué: 2031-04-01-paris\n"
            "nothing was written\n");
  // The folder's path, as a shell completes it, names the same meeting.
  RunResult by_path = run({"new", "communique", "content/meetings/2031-03-10-geneva/"});
  EXPECT_EQ(by_path.err, again.err);
  RunResult unknown = run({"new", "communique", "2031-03-10-geneve"});
  EXPECT_EQ(unknown.exit_code, 1);
  EXPECT_EQ(unknown.err,
            "cxo new communique: error: there is no meeting '2031-03-10-geneve' (no folder "
            "content/meetings/2031-03-10-geneve/); did you mean '2031-03-10-geneva'?\n"
            "nothing was written\n");
}

TEST_F(NewMeeting, CommuniqueOfAMeetingWithAnAgendaSaysEachTopicNeedsAStage) {
  ASSERT_EQ(run({"new", "meeting", "--date", "2031-03-10", "--city", "Geneva", "--country",
                 "Switzerland", "--kind", "CxO"})
                .exit_code,
            0);
  // Its agenda: two topics, without a stage.
  const fs::path yaml = meeting("2031-03-10-geneva") / "meeting.yaml";
  std::string text = read_file(yaml);
  int lines = static_cast<int>(std::count(text.begin(), text.end(), '\n'));
  write_file(yaml, text + "topics:\n  - topic: quantum\n  - topic: security\n");
  RunResult result = run({"new", "communique", "2031-03-10-geneva"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(
      result.out.find("Replace the TODO lines of communique.md, give each topic of "
                      "content/meetings/2031-03-10-geneva/meeting.yaml the stage it reached "
                      "at the meeting: quantum (line " +
                      std::to_string(lines + 2) + "), security (line " + std::to_string(lines + 3) +
                      "); one of emerging, prioritized, in-study, in-standardization, "
                      "standardized, concluded; then run: cxo check\n"),
      std::string::npos)
      << result.out;
}

TEST_F(NewMeeting, RefusesAnExistingId) {
  auto before = snapshot(site_);
  RunResult result = run({"new", "meeting", "--date", "2024-12-09", "--city", "Dubai", "--country",
                          "United Arab Emirates", "--kind", "CxO"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(result.err,
            "cxo new meeting: error: meeting '2024-12-09-dubai' already exists "
            "(content/meetings/2024-12-09-dubai/); edit it there, or give another id with --id\n"
            "nothing was written\n");
  // An invalid id whose fixed form is that meeting says so.
  RunResult fixed = run({"new", "meeting", "--date", "2024-12-09", "--city", "Dubai", "--country",
                         "United Arab Emirates", "--kind", "CxO", "--id", "2024-12-09_Dubai"});
  EXPECT_EQ(fixed.exit_code, 1);
  EXPECT_NE(fixed.err.find("; did you mean '2024-12-09-dubai'? (a meeting of that id exists "
                           "already: edit it there, or choose another)\n"),
            std::string::npos)
      << fixed.err;
  EXPECT_TRUE(snapshot(site_) == before);
}

TEST_F(NewMeeting, TellsEveryBadArgumentAtOnce) {
  auto before = snapshot(site_);
  RunResult result =
      run({"new", "meeting", "--date", "2024-02-30", "--kind", "CEO", "--end-date", "tomorrow"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err,
            "cxo new meeting: error: --date '2024-02-30' is not a real day written YYYY-MM-DD "
            "(or a month written YYYY-MM)\n"
            "cxo new meeting: error: --end-date 'tomorrow' is not a real day written YYYY-MM-DD\n"
            "cxo new meeting: error: --kind 'CEO' is neither CTO nor CxO\n"
            "cxo new meeting: error: missing --city (e.g. --city Geneva)\n"
            "cxo new meeting: error: missing --country (e.g. --country Switzerland)\n"
            "nothing was written\n");
  EXPECT_TRUE(snapshot(site_) == before);
}

// Mistakes of the command line itself are told with the others, in the
// same words, not by the argument parser alone.
TEST_F(NewMeeting, CommandLineMistakesAreToldWithTheRest) {
  auto before = snapshot(site_);
  RunResult both = run({"new", "meeting", "--held", "--planned", "--date", "2024-02-30", "--city",
                        "Geneva", "--country", "Switzerland", "--kind", "CxO"});
  EXPECT_EQ(both.exit_code, 1);
  EXPECT_EQ(both.err,
            "cxo new meeting: error: --held and --planned exclude each other; give one (or "
            "neither: the date decides)\n"
            "cxo new meeting: error: --date '2024-02-30' is not a real day written YYYY-MM-DD "
            "(or a month written YYYY-MM)\n"
            "nothing was written\n");
  RunResult words =
      run({"new", "meeting", "2025-11-24", "Geneva", "--country", "Switzerland", "--kind", "CxO"});
  EXPECT_EQ(words.exit_code, 1);
  EXPECT_TRUE(words.err.starts_with(
      "cxo new meeting: error: unexpected '2025-11-24 Geneva': give each value with its "
      "option, e.g. --date 2025-11-24 --city Geneva --country Switzerland --kind CxO\n"))
      << words.err;
  // An option of another name is named, with the one meant; its value is
  // not taken for a stray word.
  RunResult option = run({"new", "meeting", "--date", "2025-06-10", "--end", "2025-06-11", "--city",
                          "Geneva", "--country", "Switzerland", "--kind", "CxO"});
  EXPECT_EQ(option.exit_code, 1);
  EXPECT_EQ(option.err,
            "cxo new meeting: error: unknown option '--end'; did you mean '--end-date'?\n"
            "nothing was written\n");
  EXPECT_TRUE(snapshot(site_) == before);
  for (const char* command : {"build", "check"}) {
    RunResult nowhere = run_cxo({command, "--source", "no-such-site"});
    EXPECT_EQ(nowhere.exit_code, 1);
    EXPECT_EQ(nowhere.err,
              "error: no-such-site: no such folder; give the site folder (the one holding "
              "site.yaml) with --source\n");
  }
  // As Hugo and Zola answer it, for bug reports and CI logs.
  RunResult version = run_cxo({"--version"});
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_EQ(version.out, "cxo 0.1.0\n");
  RunResult unknown = run_cxo({"build", "--bogus"});
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_EQ(unknown.err,
            "cxo: error: The following argument was not expected: --bogus\n"
            "Run cxo --help, or cxo <command> --help.\n");
}

TEST_F(NewMeeting, OtherBadArguments) {
  RunResult missing = run({"new", "meeting"});
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("error: missing --date YYYY-MM-DD (or YYYY-MM when only the month "
                             "is known)\n"),
            std::string::npos)
      << missing.err;
  EXPECT_NE(missing.err.find("error: missing --kind CTO or --kind CxO\n"), std::string::npos);

  RunResult backwards = run({"new", "meeting", "--date", "2024-05-02", "--end-date", "2024-05-01",
                             "--city", "Geneva", "--country", "Switzerland", "--kind", "CTO"});
  EXPECT_EQ(backwards.err,
            "cxo new meeting: error: --end-date 2024-05-01 is before --date 2024-05-02\n"
            "nothing was written\n");

  RunResult script = run({"new", "meeting", "--date", "2024-05-02", "--city", "東京", "--country",
                          "Japan", "--kind", "CTO"});
  EXPECT_EQ(script.err,
            "cxo new meeting: error: cannot spell the city '東京' in ASCII for the meeting's id; "
            "give the id with --id, e.g. --id 2024-05-02-city\nnothing was written\n");
  RunResult with_id = run({"new", "meeting", "--date", "2024-05-02", "--city", "東京", "--country",
                           "Japan", "--kind", "CTO", "--id", "2024-05-02-tokyo"});
  EXPECT_EQ(with_id.exit_code, 0) << with_id.err;
  EXPECT_TRUE(fs::exists(meeting("2024-05-02-tokyo") / "meeting.yaml"));

  RunResult bad_id = run({"new", "meeting", "--date", "2024-05-03", "--city", "Geneva", "--country",
                          "Switzerland", "--kind", "CTO", "--id", "Geneva_2024"});
  EXPECT_EQ(bad_id.exit_code, 1);
  EXPECT_TRUE(bad_id.err.starts_with("cxo new meeting: error: ")) << bad_id.err;
  EXPECT_NE(bad_id.err.find("Geneva_2024"), std::string::npos);

  RunResult no_site =
      run_cxo({"new", "meeting", "--source", temp_.path().string(), "--date", "2024-05-03",
               "--city", "Geneva", "--country", "Switzerland", "--kind", "CTO"});
  EXPECT_EQ(no_site.exit_code, 1);
  EXPECT_EQ(no_site.err, "cxo new meeting: error: there is no site.yaml in " +
                             temp_.path().string() +
                             "; run cxo new from the site folder, or give it with --source\n"
                             "nothing was written\n");
}

// The editors' guide, as a new editor follows it: add a meeting, make a
// typo in an organization id, read the message, fix it, check clean.
TEST_F(NewMeeting, EditorsGuideWalkthrough) {
  ASSERT_EQ(run({"new", "meeting", "--date", "2031-03-10", "--city", "Geneva", "--country",
                 "Switzerland", "--kind", "CxO"})
                .exit_code,
            0);
  fs::path yaml = meeting("2031-03-10-geneva") / "meeting.yaml";
  std::string text = read_file(yaml);
  std::size_t at = text.find("# participants: [example-one, example-two]");
  ASSERT_NE(at, std::string::npos);
  std::string typo = text;
  typo.replace(at, 42, "participants: [huawei, nokai]");
  write_file(yaml, typo);
  int line = static_cast<int>(std::count(typo.begin(), typo.begin() + at, '\n')) + 1;

  RunResult broken = check();
  EXPECT_EQ(broken.exit_code, 1);
  EXPECT_EQ(broken.out, "content/meetings/2031-03-10-geneva/meeting.yaml:" + std::to_string(line) +
                            ":24: error: unknown organization 'nokai'; did you mean 'nokia'?\n"
                            "1 error, 0 warnings; the links were not checked\n");

  std::string fixed = typo;
  fixed.replace(fixed.find("nokai"), 5, "nokia");
  write_file(yaml, fixed);
  RunResult clean = check();
  EXPECT_EQ(clean.exit_code, 0) << clean.out;
  EXPECT_TRUE(clean.out.ends_with("; no problems found\n")) << clean.out;
}

}  // namespace
}  // namespace cxo::testing

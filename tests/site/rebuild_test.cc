// Rebuilding: a build whose inputs have not changed since the last one is
// skipped, and any change to what cxo reads brings the full build back.
#include <gtest/gtest.h>

#include <chrono>

#include "support/site_runner.h"

namespace cxo::testing {
namespace {

class Rebuild : public ::testing::Test {
 protected:
  void SetUp() override {
    copy_tree(fixture("good"), site());
    ASSERT_EQ(build().exit_code, 0);
  }
  fs::path root() const { return temp_.path(); }
  fs::path site() const { return temp_.path() / "site"; }
  fs::path out() const { return temp_.path() / "public"; }
  RunResult build() {
    return run_cxo({"build", "--source", site().string(), "--output", out().string()});
  }
  static bool skipped(const RunResult& result) {
    return result.out.find("Up to date") != std::string::npos;
  }
  const fs::path communique = fs::path("content/meetings/2023-12-05-dubai/communique.md");

 private:
  TempDir temp_;
};

TEST_F(Rebuild, NothingChangedIsSkippedAndLeavesTheOutputAsItWas) {
  auto before = snapshot(out());
  RunResult again = build();
  EXPECT_EQ(again.exit_code, 0);
  EXPECT_TRUE(skipped(again)) << again.out << read_file(root() / ".public.cxo-inputs");
  EXPECT_NE(again.out.find("index.html"), std::string::npos) << again.out;
  EXPECT_TRUE(snapshot(out()) == before);
}

TEST_F(Rebuild, AnEditedCommuniqueIsRebuilt) {
  std::string text = read_file(site() / communique);
  write_file(site() / communique, text + "\nA sentence added by the editor.\n");
  RunResult again = build();
  EXPECT_EQ(again.exit_code, 0);
  EXPECT_FALSE(skipped(again)) << again.out;
  EXPECT_NE(read_file(out() / "meetings/2023-12-05-dubai/index.html")
                .find("A sentence added by the editor."),
            std::string::npos);
}

// The folders a build published were listed: a new file in one is seen.
TEST_F(Rebuild, AFileAddedToAMeetingFolderOrToStaticIsPublished) {
  write_file(site() / "content/meetings/2023-12-05-dubai/photo.jpg", "jpg");
  RunResult again = build();
  EXPECT_FALSE(skipped(again)) << again.out;
  EXPECT_EQ(read_file(out() / "meetings/2023-12-05-dubai/photo.jpg"), "jpg");
  EXPECT_TRUE(skipped(build()));
  write_file(site() / "static/logo.svg", "<svg/>");
  again = build();
  EXPECT_FALSE(skipped(again)) << again.out;
  EXPECT_EQ(read_file(out() / "logo.svg"), "<svg/>");
}

// A staging copy: every absolute address follows --base-url, and the next
// build without it is not skipped, since its bytes differ.
TEST_F(Rebuild, AnotherBaseUrlBuildsTheSiteForThatAddress) {
  auto staging_build = [&] {
    return run_cxo({"build", "--source", site().string(), "--output", out().string(), "--base-url",
                    "https://staging.example.org/preview"});
  };
  RunResult staging = staging_build();
  EXPECT_EQ(staging.exit_code, 0) << staging.err;
  EXPECT_FALSE(skipped(staging)) << staging.out;
  const std::string meeting = "meetings/2023-12-05-dubai/";
  for (const char* file : {"feed.xml", "sitemap.xml", "reports/tsag/2023-12-05-dubai/report.md"}) {
    std::string text = read_file(out() / file);
    EXPECT_NE(text.find("https://staging.example.org/preview/" + meeting), std::string::npos)
        << file;
    EXPECT_EQ(text.find("https://archive.example.org/cxo/"), std::string::npos) << file;
  }
  EXPECT_TRUE(skipped(staging_build()));
  RunResult published = build();
  EXPECT_FALSE(skipped(published)) << published.out;
  EXPECT_NE(read_file(out() / "feed.xml").find("https://archive.example.org/cxo/" + meeting),
            std::string::npos);
}

TEST_F(Rebuild, ABaseUrlThatIsNoAddressIsRefused) {
  auto before = snapshot(out());
  RunResult bad = run_cxo({"build", "--source", site().string(), "--output", out().string(),
                           "--base-url", "staging.example.org"});
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_EQ(bad.err,
            "error: --base-url 'staging.example.org' is not an absolute http or https URL, like "
            "'https://www.example.org/cxo/'; nothing was written\n");
  EXPECT_TRUE(snapshot(out()) == before);
}

// Such files are read only as they are copied, after the pages: what is
// copied must still be recorded.
TEST_F(Rebuild, AnEditedStaticFileIsRebuilt) {
  write_file(site() / "static/logo.svg", "<svg/>");
  EXPECT_FALSE(skipped(build()));
  EXPECT_TRUE(skipped(build()));
  write_file(site() / "static/logo.svg", "<svg></svg>");
  RunResult again = build();
  EXPECT_FALSE(skipped(again)) << again.out;
  EXPECT_EQ(read_file(out() / "logo.svg"), "<svg></svg>");
}

TEST_F(Rebuild, AFileSavedWithTheSameBytesRebuildsButRewritesNothing) {
  write_file(site() / communique, read_file(site() / communique));
  auto before = snapshot(out());
  RunResult again = build();
  EXPECT_FALSE(skipped(again)) << again.out;
  EXPECT_NE(again.out.find("(0 written, "), std::string::npos) << again.out;
  EXPECT_TRUE(snapshot(out()) == before);
}

// Like make, the record trusts modification times: a change that keeps a
// file's size and time goes unseen until --force.
TEST_F(Rebuild, ForceBuildsWhatAChangeThatKeptTheFileTimeHid) {
  const fs::path file = site() / communique;
  const auto old_time = fs::file_time_type::clock::now() - std::chrono::hours(1);
  fs::last_write_time(file, old_time);
  ASSERT_EQ(build().exit_code, 0);  // recorded with the old time, no racy hash

  std::string text = read_file(file);
  std::size_t at = text.find("Dubai");
  ASSERT_NE(at, std::string::npos);
  text.replace(at, 5, "DUBAI");  // same size
  write_file(file, text);
  fs::last_write_time(file, old_time);
  EXPECT_TRUE(skipped(build()));

  RunResult forced =
      run_cxo({"build", "--force", "--source", site().string(), "--output", out().string()});
  EXPECT_EQ(forced.exit_code, 0) << forced.err;
  EXPECT_FALSE(skipped(forced)) << forced.out;
  EXPECT_NE(read_file(out() / "meetings/2023-12-05-dubai/index.html").find("DUBAI"),
            std::string::npos);
}

TEST_F(Rebuild, ANewMeetingFolderIsRebuilt) {
  write_file(site() / "content/meetings/2027-03-02-geneva/meeting.yaml",
             "kind: CTO\ndate: 2027-03-02\ncity: Geneva\ncountry: Switzerland\n"
             "hosts: [huawei]\nparticipants: [huawei]\n");
  RunResult again = build();
  EXPECT_FALSE(skipped(again)) << again.out << again.err;
  EXPECT_TRUE(fs::exists(out() / "meetings/2027-03-02-geneva/index.html")) << again.err;
}

TEST_F(Rebuild, ARemovedMeetingFolderIsRebuilt) {
  fs::remove_all(site() / "content/meetings/2009-10-06-geneva");
  RunResult again = build();
  EXPECT_FALSE(skipped(again)) << again.out << again.err;
  EXPECT_FALSE(fs::exists(out() / "meetings/2009-10-06-geneva/index.html"));
}

TEST_F(Rebuild, AnOutputFileChangedByHandIsRebuilt) {
  std::string original = read_file(out() / "index.html");
  write_file(out() / "index.html", original + " ");
  RunResult again = build();
  EXPECT_FALSE(skipped(again)) << again.out;
  EXPECT_EQ(read_file(out() / "index.html"), original);
}

TEST_F(Rebuild, AnOutputFileRemovedByHandIsRebuilt) {
  fs::remove(out() / "about/index.html");
  RunResult again = build();
  EXPECT_FALSE(skipped(again)) << again.out;
  EXPECT_TRUE(fs::exists(out() / "about/index.html"));
}

TEST_F(Rebuild, ASkippedBuildRepeatsTheWarningsOfTheBuildItStandsFor) {
  const fs::path yaml = site() / "content/meetings/2023-12-05-dubai/meeting.yaml";
  write_file(yaml, read_file(yaml) + "colour: blue\n");
  RunResult first = build();
  ASSERT_EQ(first.exit_code, 0) << first.err;
  ASSERT_NE(first.err.find("unknown key 'colour'"), std::string::npos) << first.err;
  RunResult again = build();
  EXPECT_TRUE(skipped(again)) << again.out;
  EXPECT_EQ(again.err, first.err);
}

TEST_F(Rebuild, AFailedBuildIsNeverSkipped) {
  const fs::path yaml = site() / "content/meetings/2023-12-05-dubai/meeting.yaml";
  write_file(yaml, read_file(yaml) + "date: [\n");
  EXPECT_EQ(build().exit_code, 1);
  RunResult again = build();
  EXPECT_EQ(again.exit_code, 1);
  EXPECT_NE(again.err.find("meeting.yaml"), std::string::npos) << again.err;
}

TEST_F(Rebuild, NothingOfTheRecordIsPublished) {
  for (const auto& [path, bytes] : snapshot(out())) {
    EXPECT_EQ(bytes.find(site().string()), std::string::npos) << path;
  }
  EXPECT_TRUE(fs::exists(root() / ".public.cxo-inputs"));
}

}  // namespace
}  // namespace cxo::testing

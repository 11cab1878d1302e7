// The record of what a build read, and the comparison that lets the next
// build skip when nothing it reads has changed.
#include "pipeline/input_record.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>

#include "support/site_runner.h"

namespace cxo::testing {
namespace {

class InputRecord : public ::testing::Test {
 protected:
  void SetUp() override {
    write_file(root() / "site.yaml", "title: A\n");
    write_file(root() / "content/topics.yaml", "- id: a\n");
  }
  std::string root_text() const { return root().string(); }
  fs::path root() const { return temp_.path(); }
  // Reads what a build would, and records it.
  std::string record(const std::string& warnings = "") const {
    DiskFileSystem files(root_text());
    std::string bytes, error;
    files.read("site.yaml", bytes, error);
    files.list("content");
    files.read("content/topics.yaml", bytes, error);
    files.type("static");
    return write_input_record(root_text(), "", files.stamps(), warnings);
  }
  // Sets a path's modification time, as an editor's tool might keep it.
  void set_time(const fs::path& path, std::int64_t mtime_ns) const {
    timespec times[2] = {{0, UTIME_OMIT}, {mtime_ns / 1000000000, mtime_ns % 1000000000}};
    ASSERT_EQ(::utimensat(AT_FDCWD, path.c_str(), times, 0), 0);
  }
  void age_everything() const {
    for (const auto& entry : fs::recursive_directory_iterator(root())) {
      set_time(entry.path(), 1'000'000'000'000'000'000);
    }
    set_time(root(), 1'000'000'000'000'000'000);
  }

 private:
  TempDir temp_;
};

TEST_F(InputRecord, MatchesWhenNothingChangedAndGivesBackTheWarnings) {
  std::string text = record("warning: something\n");
  EXPECT_EQ(unchanged_since(root_text(), "", text), "warning: something\n");
}

TEST_F(InputRecord, AnEditedFileDiffers) {
  age_everything();
  std::string text = record();
  write_file(root() / "content/topics.yaml", "- id: b\n");
  EXPECT_EQ(unchanged_since(root_text(), "", text), std::nullopt);
}

TEST_F(InputRecord, ANewFileInAListedFolderDiffers) {
  age_everything();
  std::string text = record();
  write_file(root() / "content/organizations.yaml", "[]\n");
  EXPECT_EQ(unchanged_since(root_text(), "", text), std::nullopt);
}

TEST_F(InputRecord, APathAskedAboutThatAppearsDiffers) {
  age_everything();
  std::string text = record();
  fs::create_directory(root() / "static");
  EXPECT_EQ(unchanged_since(root_text(), "", text), std::nullopt);
}

// A build with another --base-url writes other bytes from the same files.
TEST_F(InputRecord, OtherSettingsDiffer) {
  std::string text = write_input_record(root_text(), "base_url https://a.example/", {}, "");
  EXPECT_EQ(unchanged_since(root_text(), "base_url https://a.example/", text), "");
  EXPECT_EQ(unchanged_since(root_text(), "base_url https://b.example/", text), std::nullopt);
  EXPECT_EQ(unchanged_since(root_text(), "", text), std::nullopt);
}

TEST_F(InputRecord, AnotherSiteFolderDiffers) {
  std::string text = record();
  EXPECT_EQ(unchanged_since((root() / "content/..").string() + "/x", "", text), std::nullopt);
}

TEST_F(InputRecord, SomethingElseIsNotARecord) {
  EXPECT_EQ(unchanged_since(root_text(), "", ""), std::nullopt);
  EXPECT_EQ(unchanged_since(root_text(), "", "<html>\n"), std::nullopt);
  std::string text = record();
  EXPECT_EQ(unchanged_since(root_text(), "", text.substr(0, text.size() / 2)), std::nullopt);
}

// A file changed again within the clock tick of the build that read it keeps
// its time and size; only what was read tells the difference.
TEST_F(InputRecord, AChangeThatKeepsTimeAndSizeIsCaughtWhenTheFileWasFresh) {
  struct stat before;
  ASSERT_EQ(::stat((root() / "content/topics.yaml").c_str(), &before), 0);
  std::string text = record();
  ASSERT_NE(text.find('#'), std::string::npos) << text;
  write_file(root() / "content/topics.yaml", "- id: z\n");
  set_time(root() / "content/topics.yaml",
           before.st_mtim.tv_sec * 1'000'000'000LL + before.st_mtim.tv_nsec);
  EXPECT_EQ(unchanged_since(root_text(), "", text), std::nullopt);
}

TEST_F(InputRecord, OldFilesCarryNoHash) {
  age_everything();
  EXPECT_EQ(record().find('#'), std::string::npos);
}

}  // namespace
}  // namespace cxo::testing

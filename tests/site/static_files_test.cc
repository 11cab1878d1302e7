// Files published as they are: the site's static/ folder at the same path,
// and what a meeting's folder holds beside its page, which its communiqué
// links to by name.
#include <gtest/gtest.h>

#include "support/good_site_with.h"

namespace cxo::testing {
namespace {

const std::string kPhoto("\x89PNG\r\n\x1a\n\0\0\0", 11);  // bytes, not text

// Larger than the part a copy reads at a time (1 MiB), and not repeating.
std::string large_file() {
  std::string bytes(2'500'000, '\0');
  for (std::size_t i = 0; i < bytes.size(); ++i) bytes[i] = static_cast<char>((i * 40503u) >> 7);
  return bytes;
}

class StaticFiles : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const std::string folder = "content/meetings/2023-12-05-dubai/";
    std::string communique = read_file(fixture("good") / folder / "communique.md");
    site_ = new GoodSiteWith(
        {{"static/favicon.ico", "icon"},
         {"static/documents/2023/agenda.pdf", "%PDF-1.7"},
         {"static/.gitkeep", ""},
         {"static/video/opening.mp4", large_file()},
         {folder + "group-photo.png", kPhoto},
         {folder + "slides/keynote.pdf", "%PDF-1.4"},
         {folder + "communique.md",
          communique +
              "\n![The CxOs in Dubai](group-photo.png) and [the slides](slides/keynote.pdf).\n"}});
    ASSERT_EQ(site_->build().exit_code, 0) << site_->build().err;
  }
  static void TearDownTestSuite() { delete site_; }
  static GoodSiteWith* site_;
};
GoodSiteWith* StaticFiles::site_ = nullptr;

TEST_F(StaticFiles, StaticFolderIsPublishedAtTheSamePaths) {
  EXPECT_EQ(site_->output("favicon.ico"), "icon");
  EXPECT_EQ(site_->output("documents/2023/agenda.pdf"), "%PDF-1.7");
  EXPECT_TRUE(site_->output("video/opening.mp4") == large_file());
  EXPECT_FALSE(fs::exists(site_->output_dir() / ".gitkeep"));
}

TEST_F(StaticFiles, MeetingFilesArePublishedBesideItsPageAndItsLinksWork) {
  EXPECT_EQ(site_->output("meetings/2023-12-05-dubai/group-photo.png"), kPhoto);
  EXPECT_EQ(site_->output("meetings/2023-12-05-dubai/slides/keynote.pdf"), "%PDF-1.4");
  std::string page = site_->output("meetings/2023-12-05-dubai/index.html");
  EXPECT_NE(page.find("<img src=\"../../meetings/2023-12-05-dubai/group-photo.png\" alt=\"The CxOs "
                      "in Dubai\""),
            std::string::npos);
  EXPECT_FALSE(fs::exists(site_->output_dir() / "meetings/2023-12-05-dubai/meeting.yaml"));
  EXPECT_FALSE(fs::exists(site_->output_dir() / "meetings/2023-12-05-dubai/communique.md"));
  // The check resolves the links against the files the build publishes.
  RunResult check = run_cxo({"check", "--source", site_->site().string()});
  EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
  EXPECT_NE(check.out.find("no problems found"), std::string::npos) << check.out;
}

}  // namespace
}  // namespace cxo::testing

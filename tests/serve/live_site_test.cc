// The preview serves exactly the files `cxo build` writes, byte for byte,
// after a full build and after each kind of incremental rebuild: it plans
// pages feature by feature and reloads one meeting at a time, and this is
// what keeps that equal to the pipeline.
#include "serve/live_site.h"

#include <gtest/gtest.h>

#include <sstream>

#include "pipeline/build.h"
#include "support/site_runner.h"

namespace cxo::serve {
namespace {

using testing::copy_tree;
using testing::fixture;
using testing::read_file;
using testing::source_dir;
using testing::TempDir;
using testing::write_file;

// Every file of a fresh `cxo build` of `source`, compared with the preview's.
void expect_same_files(const std::string& source, const LiveSite& live) {
  std::ostringstream printed;
  auto loaded = load_and_check(source, 2, printed);
  ASSERT_TRUE(loaded) << printed.str();
  RenderedSite rendered = render_site(*loaded, 2);
  ASSERT_FALSE(rendered.files.empty());
  for (const auto& [path, bytes] : rendered.files) {
    auto served = live.file(path);
    ASSERT_TRUE(served) << path << " is not served";
    EXPECT_TRUE(*served == bytes) << path << " differs";
  }
  for (const auto& [path, copied_from] : rendered.copies) {
    auto served = live.file(path);
    ASSERT_TRUE(served) << path << " is not served";
    EXPECT_TRUE(*served == read_file(std::filesystem::path(source) / copied_from))
        << path << " differs";
  }
  EXPECT_FALSE(live.file("no/such/file.html"));
  EXPECT_FALSE(live.file("search/no-such-file.js"));
}

TEST(LiveSite, ServesWhatBuildWritesForTheShippedArchive) {
  LiveSite live(source_dir().string(), 2, nullptr);
  BuildOutcome outcome = live.build();
  ASSERT_TRUE(outcome.built);
  expect_same_files(source_dir().string(), live);
}

class LiveSiteUpdates : public ::testing::Test {
 protected:
  void SetUp() override {
    copy_tree(fixture("serve"), site_);
    ASSERT_TRUE(live_.build().built);
  }
  void write(const std::string& path, const std::string& text) { write_file(site_ / path, text); }
  std::string read(const std::string& path) { return read_file(site_ / path); }

  TempDir temp_;
  std::filesystem::path site_ = temp_.path() / "site";
  LiveSite live_{site_.string(), 2, nullptr};
};

TEST_F(LiveSiteUpdates, AnEditedLinkToNoPageIsWarnedOf) {
  // As cxo build warns, on the edit that wrote it.
  const std::string folder = "content/meetings/2024-12-09-dubai/";
  std::string original = read(folder + "communique.md");
  write(folder + "communique.md", original + "\nSee [2019](../2019-12-dubia/).\n");
  auto outcome = live_.update({folder + "communique.md"}, false);
  ASSERT_TRUE(outcome);
  EXPECT_TRUE(outcome->built);
  ASSERT_EQ(outcome->warnings.size(), 1u);
  EXPECT_NE(outcome->warnings[0].find(
                "warning: link '../2019-12-dubia/' leads to meetings/2019-12-dubia/, which is not "
                "part of the site; did you mean meetings/2019-12-dubai/?"),
            std::string::npos)
      << outcome->warnings[0];
  EXPECT_EQ(outcome->warnings[0].find(folder + "communique.md:"), 0u) << outcome->warnings[0];

  write(folder + "communique.md", original + "\nSee [2019](../2019-12-dubai/).\n");
  outcome = live_.update({folder + "communique.md"}, false);
  ASSERT_TRUE(outcome);
  EXPECT_TRUE(outcome->warnings.empty()) << outcome->warnings[0];
}

TEST_F(LiveSiteUpdates, OneMeetingReloadedAloneMatchesAFullBuild) {
  const std::string folder = "content/meetings/2024-12-09-dubai/";
  write(folder + "communique.md", read(folder + "communique.md") + "\nA new paragraph.\n");
  std::string yaml = read(folder + "meeting.yaml");
  yaml.replace(yaml.find("participants: [huawei, nokia"), 28, "participants: [nokia");
  yaml.replace(yaml.find("date: 2024-12-09"), 16, "date: 2018-03-01");  // moves in the order
  write(folder + "meeting.yaml", yaml);
  auto outcome = live_.update({folder + "communique.md", folder + "meeting.yaml"}, false);
  ASSERT_TRUE(outcome);
  EXPECT_TRUE(outcome->built);
  EXPECT_EQ(outcome->what, "meeting 2024-12-09-dubai");
  expect_same_files(site_.string(), live_);
}

TEST_F(LiveSiteUpdates, CommuniqueEditedAloneMatchesAFullBuild) {
  const std::string md = "content/meetings/2024-12-09-dubai/communique.md";
  std::string text = read(md);
  // New text, a new heading before the one meeting.yaml names (its section
  // moves), and a changed summary flag in front matter.
  text.replace(text.find("## Fibre optics"), 15, "## Opening\n\nWelcome words.\n\n## Fibre optics");
  write(md, "---\nsummary: true\n---\n" + text + "\nAnother paragraph.\n");
  auto outcome = live_.update({md}, false);
  ASSERT_TRUE(outcome);
  EXPECT_TRUE(outcome->built) << (outcome->errors.empty() ? "" : outcome->errors[0]);
  EXPECT_EQ(outcome->what, "the communiqué of 2024-12-09-dubai");
  expect_same_files(site_.string(), live_);
}

// What the view context keeps of a meeting (its agenda items' views, with
// the anchor of each item's section) must not outlive an edit: every page
// is served once first, so that all of it is built and kept.
TEST_F(LiveSiteUpdates, CommuniqueEditedAfterEveryPageWasServedMatchesAFullBuild) {
  expect_same_files(site_.string(), live_);
  const std::string md = "content/meetings/2024-12-09-dubai/communique.md";
  std::string text = read(md);
  // An earlier heading takes the anchor "fibre-optics": the named section's
  // anchor becomes "fibre-optics-2" on every page that links to it.
  text.replace(text.find("## Fibre optics"), 15,
               "## Fibre optics?\n\nA question first.\n\n## Fibre optics");
  write(md, text);
  auto outcome = live_.update({md}, false);
  ASSERT_TRUE(outcome);
  EXPECT_TRUE(outcome->built) << (outcome->errors.empty() ? "" : outcome->errors[0]);
  ASSERT_NE(live_.file("meetings/2024-12-09-dubai/index.html")->find("#fibre-optics-2"),
            std::string::npos);
  expect_same_files(site_.string(), live_);
}

// A meeting's own files and static/ are served as the build writes them,
// after the edit that adds them and after a communiqué edit, which swaps the
// meeting in place with its plans kept.
TEST_F(LiveSiteUpdates, MeetingFilesAndStaticFilesMatchAFullBuild) {
  const std::string folder = "content/meetings/2024-12-09-dubai/";
  write(folder + "photo.jpg", "jpg");
  write("static/logo.svg", "<svg/>");
  auto outcome = live_.update({folder + "photo.jpg", "static/logo.svg"}, false);
  ASSERT_TRUE(outcome && outcome->built);
  EXPECT_EQ(*live_.file("meetings/2024-12-09-dubai/photo.jpg"), "jpg");
  EXPECT_EQ(*live_.file("logo.svg"), "<svg/>");
  // Reloading a communiqué reads its folder again, so the photo's new bytes
  // (longer, so they are not in the old bytes' memory) come with it: what
  // the preview serves must be the reloaded meeting's, not the one it freed.
  const std::string photo(3000, 'p');
  write(folder + "photo.jpg", photo);
  write(folder + "communique.md", read(folder + "communique.md") + "\n![Photo](photo.jpg)\n");
  outcome = live_.update({folder + "communique.md"}, false);
  ASSERT_TRUE(outcome && outcome->built);
  EXPECT_EQ(outcome->what, "the communiqué of 2024-12-09-dubai");
  expect_same_files(site_.string(), live_);
  EXPECT_EQ(*live_.file("meetings/2024-12-09-dubai/photo.jpg"), photo);
}

TEST_F(LiveSiteUpdates, CommuniqueLosingANamedSectionFails) {
  const std::string md = "content/meetings/2024-12-09-dubai/communique.md";
  std::string text = read(md);
  std::uint64_t build = live_.build_number();
  text.replace(text.find("## Fibre optics"), 15, "## Optical fibre");
  write(md, text);
  auto outcome = live_.update({md}, false);
  ASSERT_TRUE(outcome);
  EXPECT_FALSE(outcome->built);
  ASSERT_EQ(outcome->errors.size(), 1u);
  EXPECT_NE(outcome->errors[0].find("meeting.yaml:10:14: error: section 'Fibre optics' is not a "
                                    "heading of content/meetings/2024-12-09-dubai/communique.md"),
            std::string::npos)
      << outcome->errors[0];
  EXPECT_EQ(live_.build_number(), build);
}

TEST_F(LiveSiteUpdates, RemovedCommuniqueIsReported) {
  const std::string md = "content/meetings/2024-12-09-dubai/communique.md";
  std::filesystem::remove(site_ / md);
  auto outcome = live_.update({md}, false);
  ASSERT_TRUE(outcome);
  EXPECT_FALSE(outcome->built);
  EXPECT_FALSE(outcome->errors.empty());
}

TEST_F(LiveSiteUpdates, AddedAndRemovedMeetingsMatchAFullBuild) {
  copy_tree(site_ / "content/meetings/2019-12-dubai", site_ / "content/meetings/2020-12-dubai");
  std::filesystem::remove_all(site_ / "content/meetings/2024-12-09-dubai");
  auto outcome =
      live_.update({"content/meetings/2020-12-dubai", "content/meetings/2024-12-09-dubai"}, false);
  ASSERT_TRUE(outcome);
  EXPECT_TRUE(outcome->built);
  EXPECT_EQ(outcome->what, "2 meetings");
  expect_same_files(site_.string(), live_);
}

TEST_F(LiveSiteUpdates, FailedUpdateKeepsTheLastGoodBuildExactly) {
  const std::string yaml = "content/meetings/2024-12-09-dubai/meeting.yaml";
  const std::string good = read(yaml);
  std::uint64_t build = live_.build_number();
  auto before = live_.file("meetings/2024-12-09-dubai/index.html");
  std::string bad = good;
  bad.replace(bad.find("topic: optical-networks"), 23, "topic: optical-network");
  write(yaml, bad);
  auto outcome = live_.update({yaml}, false);
  ASSERT_TRUE(outcome);
  EXPECT_FALSE(outcome->built);
  ASSERT_EQ(outcome->errors.size(), 1u);
  EXPECT_EQ(outcome->errors[0].rfind(yaml + ":9:12: error: unknown topic 'optical-network'", 0), 0u)
      << outcome->errors[0];
  EXPECT_EQ(live_.build_number(), build);
  EXPECT_EQ(*live_.file("meetings/2024-12-09-dubai/index.html"), *before);

  // Another meeting's edit alone cannot get through while this one is
  // broken: the site on disk has an error, so nothing new is served.
  const std::string other = "content/meetings/2019-12-dubai/communique.md";
  write(other, read(other) + "\nMore.\n");
  outcome = live_.update({other}, false);
  ASSERT_TRUE(outcome);
  EXPECT_FALSE(outcome->built);
  EXPECT_EQ(outcome->errors.size(), 1u);

  write(yaml, good);
  outcome = live_.update({yaml}, false);
  ASSERT_TRUE(outcome);
  EXPECT_TRUE(outcome->built) << (outcome->errors.empty() ? "" : outcome->errors[0]);
  EXPECT_GT(live_.build_number(), build);
  expect_same_files(site_.string(), live_);
}

TEST_F(LiveSiteUpdates, ThemeReloadsAlone) {
  write("themes/default/static/extra.css", "p { margin: 0; }\n");
  auto outcome = live_.update({"themes/default/static/extra.css"}, false);
  ASSERT_TRUE(outcome);
  EXPECT_TRUE(outcome->built);
  EXPECT_EQ(outcome->what, "the theme");
  expect_same_files(site_.string(), live_);
}

TEST_F(LiveSiteUpdates, IrrelevantPathsDoNothing) {
  EXPECT_FALSE(live_.update({"public/index.html", "notes.txt"}, false));
}

TEST_F(LiveSiteUpdates, LostEventsRebuildEverything) {
  auto outcome = live_.update({}, true);
  ASSERT_TRUE(outcome);
  EXPECT_EQ(outcome->what, "the site");
  EXPECT_TRUE(outcome->built);
}

}  // namespace
}  // namespace cxo::serve

// cxo serve rebuilds on every change and tells open tabs: a reload event for
// a new build, an errors event (shown over the page) when a change breaks
// the site, whose last good build stays served until the files are fixed.
#include <gtest/gtest.h>

#include "serve/preview.h"

namespace cxo::testing {
namespace {

// The build a served page belongs to, from its reload script tag.
std::string build_of(const std::string& html) {
  std::size_t start = html.find("data-build=\"");
  if (start == std::string::npos) return "(none)";
  start += 12;
  return html.substr(start, html.find('"', start) - start);
}

class ServeReload : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(preview_.start());
    events_ = preview_.events();
    ASSERT_TRUE(events_->connected());
    auto hello = next_event(*events_, "hello");
    ASSERT_TRUE(hello);
    EXPECT_NE(hello->data.find("\"errors\":[]"), std::string::npos);
  }

  // Waits for a reload event; fails the test when an errors event or nothing comes.
  void expect_reload() {
    auto event = events_->next(kEventTimeout);
    ASSERT_TRUE(event) << "no event\n" << preview_.process().text(Stream::Err);
    EXPECT_EQ(event->name, "reload") << event->data;
    EXPECT_NE(event->data.find("\"errors\":[]"), std::string::npos) << event->data;
  }

  Preview preview_;
  std::unique_ptr<EventStream> events_;
};

TEST_F(ServeReload, EditedCommuniqueIsRebuiltAndTabsReload) {
  std::string page_before = preview_.get(kMeetingPage).body;
  preview_.write(std::string(kMeeting) + "communique.md",
                 preview_.read(std::string(kMeeting) + "communique.md") +
                     "\nExecutives also discussed quantum-safe networks.\n");
  expect_reload();
  HttpReply page = preview_.get(kMeetingPage);
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Executives also discussed quantum-safe networks."), std::string::npos);
  EXPECT_NE(page.body, page_before);
  EXPECT_TRUE(preview_.process().wait_for(Stream::Out,
                                          "Rebuilt the communiqué of 2024-12-09-dubai in", 5s));
}

TEST_F(ServeReload, ContentErrorIsShownOverTheLastGoodBuildUntilFixed) {
  const std::string yaml = std::string(kMeeting) + "meeting.yaml";
  const std::string good = preview_.read(yaml);
  std::string build_before = preview_.get("/__cxo/state").body;
  std::string bad = good;
  bad.replace(bad.find("participants: [huawei, nokia"), 28, "participants: [huawei, nokai");
  preview_.write(yaml, bad);

  auto errors = events_->next(kEventTimeout);
  ASSERT_TRUE(errors);
  EXPECT_EQ(errors->name, "errors");
  const std::string message =
      "content/meetings/2024-12-09-dubai/meeting.yaml:7:24: error: unknown organization 'nokai'";
  EXPECT_NE(errors->data.find(message), std::string::npos) << errors->data;
  // The terminal says it too.
  EXPECT_TRUE(preview_.process().wait_for(Stream::Err, message, 5s));
  EXPECT_NE(preview_.get("/__cxo/state").body.find(message), std::string::npos);

  // The last good build is still served, with its own build name: open
  // tabs keep their page and show the errors over it.
  HttpReply page = preview_.get(kMeetingPage);
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Nokia"), std::string::npos);
  EXPECT_EQ(page.body.find("nokai"), std::string::npos);
  EXPECT_NE(build_before.find("\"build\":\"" + build_of(page.body) + "\""), std::string::npos)
      << build_before;

  preview_.write(yaml, good);
  expect_reload();
  EXPECT_NE(preview_.get("/__cxo/state").body.find("\"errors\":[]"), std::string::npos);
  // The terminal says the errors are gone.
  EXPECT_TRUE(preview_.process().wait_for(
      Stream::Out, "Rebuilt meeting 2024-12-09-dubai in [0-9.]+ ms; no errors left", 5s))
      << preview_.process().text(Stream::Out);
}

TEST_F(ServeReload, FixingAnotherFileClearsTheErrorsToo) {
  const std::string yaml = std::string(kMeeting) + "meeting.yaml";
  std::string bad = preview_.read(yaml);
  bad.replace(bad.find("nokia"), 5, "ericsson");
  preview_.write(yaml, bad);
  auto errors = next_event(*events_, "errors");
  ASSERT_TRUE(errors);
  EXPECT_NE(errors->data.find("unknown organization 'ericsson'"), std::string::npos);
  preview_.write(
      "content/organizations.yaml",
      preview_.read("content/organizations.yaml") +
          "\n- id: ericsson\n  name: Telefonaktiebolaget LM Ericsson\n  short: Ericsson\n");
  expect_reload();
  EXPECT_NE(preview_.get(kMeetingPage).body.find("Ericsson"), std::string::npos);
}

TEST_F(ServeReload, BrokenCommuniqueSectionIsReported) {
  const std::string md = std::string(kMeeting) + "communique.md";
  std::string good = preview_.read(md);
  std::string bad = good;
  bad.replace(bad.find("## Fibre optics"), 15, "## Optical fibre");
  preview_.write(md, bad);
  auto errors = next_event(*events_, "errors");
  ASSERT_TRUE(errors);
  EXPECT_NE(errors->data.find("content/meetings/2024-12-09-dubai/meeting.yaml:10:14: error: "
                              "section 'Fibre optics' is not a heading of"),
            std::string::npos)
      << errors->data;
  preview_.write(md, good);
  expect_reload();
}

TEST_F(ServeReload, NewMeetingFolderIsBuiltAndWatched) {
  const std::string folder = "content/meetings/2025-06-02-geneva/";
  fs::create_directories(preview_.site() / folder);
  preview_.write(folder + "meeting.yaml",
                 "kind: CTO\ndate: 2025-06-02\ncity: Geneva\ncountry: Switzerland\n"
                 "status: held\nparticipants: [nokia]\ntopics:\n"
                 "  - topic: network-5g\n    section: Networks\n    stage: in-study\n");
  preview_.write(folder + "communique.md", "CTOs met in Geneva.\n\n## Networks\n\nFirst text.\n");
  const std::string page = "/meetings/2025-06-02-geneva/index.html";
  // The folder may be seen before its files are: errors first, then a build.
  auto deadline = std::chrono::steady_clock::now() + kEventTimeout;
  while (preview_.get(page).status != 200 && std::chrono::steady_clock::now() < deadline) {
    events_->next(1s);
  }
  ASSERT_EQ(preview_.get(page).status, 200) << preview_.process().text(Stream::Err);
  EXPECT_NE(preview_.get(page).body.find("First text."), std::string::npos);
  // Drain, then edit inside the new folder: its watch was added.
  while (events_->next(300ms)) {
  }
  preview_.write(folder + "communique.md", "CTOs met in Geneva.\n\n## Networks\n\nSecond text.\n");
  expect_reload();
  EXPECT_NE(preview_.get(page).body.find("Second text."), std::string::npos);
}

TEST_F(ServeReload, DeletedMeetingIsGone) {
  fs::remove_all(preview_.site() / "content/meetings/2019-12-dubai");
  expect_reload();
  EXPECT_EQ(preview_.get("/meetings/2019-12-dubai/index.html").status, 404);
  EXPECT_EQ(preview_.get(kMeetingPage).status, 200);
  EXPECT_TRUE(preview_.process().wait_for(Stream::Out,
                                          "Rebuilt the site without meeting 2019-12-dubai in", 5s))
      << preview_.process().text(Stream::Out);
}

TEST_F(ServeReload, ThemeFilesAndTemplatesReload) {
  // The copy has no themes/ folder yet: creating it is seen as well.
  fs::create_directories(preview_.site() / "themes/default/static");
  preview_.write("themes/default/static/extra.css", "p { color: #222; }\n");
  auto deadline = std::chrono::steady_clock::now() + kEventTimeout;
  while (preview_.get("/assets/extra.css").status != 200 &&
         std::chrono::steady_clock::now() < deadline) {
    events_->next(1s);
  }
  EXPECT_EQ(preview_.get("/assets/extra.css").body, "p { color: #222; }\n");
  while (events_->next(300ms)) {
  }

  const std::string tmpl = "themes/default/templates/404.mustache";
  std::string good = read_file(source_dir() / tmpl);
  preview_.write(tmpl, good + "{{#unclosed}}\n");
  auto errors = next_event(*events_, "errors");
  ASSERT_TRUE(errors);
  EXPECT_NE(errors->data.find("themes/default/templates/404.mustache:"), std::string::npos)
      << errors->data;
  preview_.write(tmpl, good);
  expect_reload();
}

TEST_F(ServeReload, SiteYamlEditRebuildsEverything) {
  std::string config = preview_.read("site.yaml");
  config.replace(config.find("title: Preview test archive"), 27, "title: Renamed test archive");
  preview_.write("site.yaml", config);
  expect_reload();
  EXPECT_NE(preview_.get("/").body.find("Renamed test archive"), std::string::npos);
  EXPECT_TRUE(preview_.process().wait_for(Stream::Out, "Rebuilt the site in", 5s));
}

TEST_F(ServeReload, ANewBaseUrlPathIsAnnounced) {
  std::string config = preview_.read("site.yaml");
  config.replace(config.find("https://preview.example.org/"), 28, "https://example.org/cxo/");
  preview_.write("site.yaml", config);
  expect_reload();
  EXPECT_TRUE(preview_.process().wait_for(
      Stream::Out,
      "Now serving http://127\\.0\\.0\\.1:" + std::to_string(preview_.port()) + "/cxo/", 5s))
      << preview_.process().text(Stream::Out);
  EXPECT_EQ(preview_.get("/cxo/").status, 200);
}

TEST_F(ServeReload, EditorScratchFilesDoNotRebuild) {
  preview_.write(std::string(kMeeting) + ".communique.md.swp", "vim swap");
  preview_.write(std::string(kMeeting) + "communique.md~", "backup");
  preview_.write("public/index.html", "output");
  EXPECT_FALSE(events_->next(500ms));
}

TEST(ServeStartingWithErrors, ShowsTheErrorsUntilTheSiteBuilds) {
  Preview preview;
  const std::string yaml = std::string(kMeeting) + "meeting.yaml";
  const std::string good = preview.read(yaml);
  std::string bad = good;
  bad.replace(bad.find("topic: optical-networks"), 23, "topic: optical-network");
  preview.write(yaml, bad);
  ASSERT_TRUE(preview.start());
  const std::string message =
      "content/meetings/2024-12-09-dubai/meeting.yaml:9:12: error: "
      "unknown topic 'optical-network'";
  EXPECT_TRUE(preview.process().wait_for(Stream::Err, message, 5s))
      << preview.process().text(Stream::Err);
  HttpReply page = preview.get("/");
  EXPECT_EQ(page.status, 500);
  EXPECT_NE(page.body.find("unknown topic 'optical-network'"), std::string::npos);
  EXPECT_NE(page.body.find("<script src=\"/__cxo/reload.js\""), std::string::npos);

  auto events = preview.events();
  auto hello = next_event(*events, "hello");
  ASSERT_TRUE(hello);
  EXPECT_NE(hello->data.find("unknown topic 'optical-network'"), std::string::npos);
  preview.write(yaml, good);
  auto reload = next_event(*events, "reload");
  ASSERT_TRUE(reload) << preview.process().text(Stream::Err);
  EXPECT_EQ(preview.get("/").status, 200);
}

}  // namespace
}  // namespace cxo::testing

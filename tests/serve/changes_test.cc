#include "serve/changes.h"

#include <gtest/gtest.h>

#include "serve/live_reload.h"
#include "serve/watcher.h"

namespace cxo::serve {
namespace {

TEST(Rework, OneMeetingFolderReloadsOnlyThatMeeting) {
  Rework rework = rework_for({"content/meetings/2024-12-09-dubai/communique.md",
                              "content/meetings/2024-12-09-dubai/meeting.yaml",
                              "content/meetings/2019-12-dubai"});
  EXPECT_FALSE(rework.everything);
  EXPECT_FALSE(rework.theme);
  EXPECT_EQ(rework.meetings,
            (std::map<std::string, bool>{{"2019-12-dubai", false}, {"2024-12-09-dubai", false}}));
  EXPECT_FALSE(rework.communiques_only());
}

TEST(Rework, CommuniqueAloneIsTextOnly) {
  Rework rework =
      rework_for({"content/meetings/a/communique.md", "content/meetings/b/communique.md"});
  EXPECT_TRUE(rework.communiques_only());
  EXPECT_EQ(rework.meetings, (std::map<std::string, bool>{{"a", true}, {"b", true}}));
  EXPECT_FALSE(rework_for({"content/meetings/a/notes/communique.md"}).communiques_only());
  EXPECT_FALSE(rework_for({"content/meetings/a/communique.md", "content/meetings/a/meeting.yaml"})
                   .communiques_only());
  EXPECT_FALSE(rework_for({"content/meetings/a/communique.md", "site.yaml"}).communiques_only());
  // A failed meeting.yaml edit still pending keeps that meeting whole.
  Rework pending = rework_for({"content/meetings/a/meeting.yaml"});
  rework.merge(pending);
  EXPECT_FALSE(rework.communiques_only());
}

TEST(Rework, ThemeAloneReloadsTheTheme) {
  Rework rework = rework_for({"themes/default/templates/meeting.mustache"});
  EXPECT_TRUE(rework.theme);
  EXPECT_FALSE(rework.everything);
  EXPECT_TRUE(rework.meetings.empty());
}

TEST(Rework, ConfigRegistersAndPagesReloadEverything) {
  for (const char* path :
       {"site.yaml", "content/organizations.yaml", "content/topics.yaml", "content/pages/about.md",
        "content", "content/meetings", "content/meetings/", "static", "static/logo.svg"}) {
    EXPECT_TRUE(rework_for({path}).everything) << path;
  }
}

TEST(Rework, OtherFilesAskForNothing) {
  EXPECT_TRUE(rework_for({"public/index.html", "README.md", "site.yaml.bak"}).empty());
}

TEST(Rework, Merges) {
  Rework rework = rework_for({"content/meetings/a/meeting.yaml"});
  rework.merge(rework_for({"themes/default/static/style.css"}));
  EXPECT_TRUE(rework.theme);
  EXPECT_EQ(rework.meetings, (std::map<std::string, bool>{{"a", false}}));
}

TEST(Watcher, EditorScratchFilesAreIgnored) {
  for (const char* name : {".communique.md.swp", "communique.md~", "4913", "#communique.md#",
                           ".#communique.md", "meeting.yaml.swx", "x.tmp"}) {
    EXPECT_TRUE(is_scratch_file(name)) << name;
  }
  for (const char* name : {"communique.md", "meeting.yaml", "style.css", "2024-12-09-dubai"}) {
    EXPECT_FALSE(is_scratch_file(name)) << name;
  }
}

TEST(LiveReload, ScriptGoesBeforeTheLastBodyEnd) {
  std::string html = "<html><body><p>&lt;/body&gt;</p></body></html>";
  inject_reload_script(html, "ab12-3");
  EXPECT_EQ(html,
            "<html><body><p>&lt;/body&gt;</p><script src=\"/__cxo/reload.js\" "
            "data-build=\"ab12-3\" defer></script>\n</body></html>");
  std::string fragment = "<p>no body</p>";
  inject_reload_script(fragment, "x-1");
  EXPECT_TRUE(fragment.ends_with("defer></script>\n"));
}

TEST(LiveReload, ScriptHasNoInlineCodeToAllow) {
  // Pages served by the preview must keep working under a strict CSP: the
  // injected tag loads code, it holds none, and the script sets no inline
  // style attribute.
  std::string html = "<body></body>";
  inject_reload_script(html, "x-1");
  EXPECT_NE(html.find("></script>"), std::string::npos);
  EXPECT_EQ(html.find("onload"), std::string::npos);
  EXPECT_EQ(std::string(reload_script()).find("setAttribute('style'"), std::string::npos);
  EXPECT_EQ(std::string(reload_script()).find(".style."), std::string::npos);
}

TEST(LiveReload, EventsAreServerSentEventText) {
  LiveState state{"ab-2", {"content/x.yaml:3:7: error: unknown topic 'y'"}};
  EXPECT_EQ(sse_event("errors", state_json(state)),
            "event: errors\ndata: {\"build\":\"ab-2\",\"errors\":[\"content/x.yaml:3:7: error: "
            "unknown topic 'y'\"]}\n\n");
}

}  // namespace
}  // namespace cxo::serve

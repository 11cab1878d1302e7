// What a topic's page shows of the meetings that did not discuss it: a
// bounded amount however long the archive grows.
#include <gtest/gtest.h>

#include <cstdio>

#include "support/memory_site.h"
#include "views/context.h"
#include "views/views.h"

namespace cxo::testing {
namespace {

using render::Value;

// A topic discussed at the first meeting and again at the last two, with
// `between` held meetings on something else in between.
MemorySite long_gap_site(int between) {
  MemoryFileSystem files;
  files.add("content/organizations.yaml", "- {id: kt, name: KT}\n");
  files.add("content/topics.yaml", "- {id: five-g, title: 5G}\n- {id: other, title: Other}\n");
  auto meeting = [&](int day, const char* topic) {
    char id[32];
    std::snprintf(id, sizeof id, "2015-%02d-%02d-seoul", 1 + day / 28, 1 + day % 28);
    add_meeting(files, id,
                std::string("kind: CTO\ndate: ") + std::string(id).substr(0, 10) +
                    "\ncity: Seoul\ncountry: Korea\nhosts: [kt]\ntopics:\n  - {topic: " + topic +
                    ", stage: emerging}\n",
                "Text.\n");
  };
  meeting(0, "five-g");
  for (int i = 1; i <= between; ++i) meeting(i, "other");
  meeting(between + 1, "five-g");
  meeting(between + 2, "five-g");
  return load_memory_site(std::move(files));
}

const Value& field(const Value& object, const char* key) {
  const Value* value = object.find(key);
  EXPECT_NE(value, nullptr) << key;
  static const Value null;
  return value ? *value : null;
}

TEST(TopicView, AFewMeetingsInBetweenAreNamedAboveAndWhereTheyFall) {
  MemorySite s = long_gap_site(3);
  ASSERT_TRUE(s.diagnostics.empty()) << s.diagnostics.front();
  views::ViewContext context(s.site, s.indexes);
  Value view = views::topic_view(context, topic_index(s.site, "five-g"));
  EXPECT_EQ(field(view, "gaps").as_list().size(), 3u);
  EXPECT_EQ(field(view, "gaps_label").as_string(), "");
  const auto& history = field(view, "history").as_list();
  ASSERT_EQ(history.size(), 3u);
  const Value& gap = field(history[0], "gap_after");
  EXPECT_EQ(field(gap, "label").as_string(), "3 held meetings");
  EXPECT_EQ(field(gap, "listed").as_list().size(), 3u);
  EXPECT_TRUE(field(history[1], "gap_after").is_null());  // the last two are consecutive
}

TEST(TopicView, ManyMeetingsInBetweenAreCountedNotListed) {
  MemorySite s = long_gap_site(40);
  ASSERT_TRUE(s.diagnostics.empty()) << s.diagnostics.front();
  views::ViewContext context(s.site, s.indexes);
  Value view = views::topic_view(context, topic_index(s.site, "five-g"));
  EXPECT_TRUE(field(view, "gaps").as_list().empty());
  EXPECT_EQ(field(view, "gaps_label").as_string(), "40 held meetings");
  const Value& gap = field(field(view, "history").as_list()[0], "gap_after");
  EXPECT_EQ(field(gap, "label").as_string(), "40 held meetings");
  EXPECT_EQ(gap.find("listed"), nullptr);
  EXPECT_EQ(field(field(gap, "run_first"), "path").as_string(),
            "meetings/2015-01-02-seoul/index.html");
  EXPECT_EQ(field(field(gap, "run_last"), "path").as_string(),
            "meetings/2015-02-13-seoul/index.html");
}

}  // namespace
}  // namespace cxo::testing

// The schema.org data of a meeting's page sits inside <script>: text from
// the content must not be able to end that element.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/memory_site.h"
#include "views/context.h"
#include "views/views.h"

namespace cxo::testing {
namespace {

TEST(MeetingJsonLd, TextThatCouldEndTheScriptElementIsEscapedAndKept) {
  MemoryFileSystem files;
  files.add("content/organizations.yaml",
            "- {id: acme, name: \"Acme </script><!-- & Co\", url: \"https://acme.example/\"}\n");
  files.add("content/topics.yaml", "- {id: five-g, title: \"5G <b>\"}\n");
  add_meeting(files, "2015-03-01-seoul",
              "kind: CTO\ndate: 2015-03-01\ncity: Seoul\ncountry: Korea\nhosts: [acme]\n"
              "participants: [acme]\ntopics:\n  - {topic: five-g, stage: emerging}\n",
              "Text.\n");
  MemorySite memory = load_memory_site(std::move(files));
  ASSERT_TRUE(memory.diagnostics.empty()) << memory.diagnostics.front();
  views::ViewContext context(memory.site, memory.indexes);
  std::string json_ld = views::meeting_json_ld(context, 0);

  EXPECT_EQ(json_ld.find('<'), std::string::npos) << json_ld;
  EXPECT_EQ(json_ld.find('>'), std::string::npos) << json_ld;
  EXPECT_EQ(json_ld.find('&'), std::string::npos) << json_ld;
  auto event = nlohmann::json::parse(json_ld);
  EXPECT_EQ(event["@type"], "Event");
  EXPECT_EQ(event["organizer"][0]["name"], "Acme </script><!-- & Co");
  EXPECT_EQ(event["attendee"][0]["url"], "https://acme.example/");
  EXPECT_EQ(event["keywords"][0], "5G <b>");
  EXPECT_EQ(event["location"]["address"]["addressLocality"], "Seoul");
}

}  // namespace
}  // namespace cxo::testing

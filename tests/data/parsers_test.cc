// Every open data file and feed of a built site, read by a real parser:
// xmllint for well-formed XML, and tests/data/check_files.py for the JSON
// Schemas (python3-jsonschema), the calendar (python3-icalendar), the CSV
// and the Atom and sitemap rules.
#include <gtest/gtest.h>

#include "data/mini_site.h"
#include "data/run_tool.h"
#include "support/site_runner.h"

namespace cxo::testing {
namespace {

// Each site is built once for all the tests of this file.
const fs::path& built(const std::string& which) {
  static TempDir temp;
  static std::map<std::string, fs::path> sites;
  auto it = sites.find(which);
  if (it != sites.end()) return it->second;
  fs::path source = which == "archive" ? source_dir() : temp.path() / (which + "-source");
  if (which == "mini") write_mini_site(source);
  fs::path output = temp.path() / (which + "-public");
  RunResult result = run_cxo({"build", "--source", source.string(), "--output", output.string()});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  return sites[which] = output;
}

void expect_well_formed_xml(const fs::path& file) {
  ToolResult result = run_tool({"xmllint", "--noout", "--nonet", file.string()});
  EXPECT_EQ(result.exit_code, 0) << file << "\n" << result.output;
}

void expect_files_pass_their_checks(const fs::path& site) {
  for (const char* file : {"feed.xml", "sitemap.xml"}) expect_well_formed_xml(site / file);
  ToolResult result = run_tool(
      {debian_python(), (source_dir() / "tests/data/check_files.py").string(), site.string()});
  EXPECT_EQ(result.exit_code, 0) << result.output;
  EXPECT_TRUE(result.output.starts_with("OK: ")) << result.output;
}

TEST(OpenDataFiles, ShippedArchivePassesEveryParser) {
  expect_files_pass_their_checks(built("archive"));
}

TEST(OpenDataFiles, MiniArchivePassesEveryParser) {
  expect_files_pass_their_checks(built("mini"));
}

TEST(OpenDataFiles, SchemasAreValidJsonSchemasThatRejectWrongData) {
  // The schemas must not accept anything: a wrong type, a missing field and
  // an unknown field are each rejected.
  const fs::path site = built("mini");
  const std::string script = R"(
import json, sys, jsonschema
site = sys.argv[1]
schema = json.load(open(site + "/data/meetings.schema.json"))
data = json.load(open(site + "/data/meetings.json"))
v = jsonschema.Draft202012Validator(schema)
assert not list(v.iter_errors(data))
bad = json.loads(json.dumps(data)); bad["meetings"][0]["year"] = "2010"
assert list(v.iter_errors(bad)), "wrong type accepted"
bad = json.loads(json.dumps(data)); del bad["meetings"][0]["participants"]
assert list(v.iter_errors(bad)), "missing field accepted"
bad = json.loads(json.dumps(data)); bad["meetings"][0]["extra"] = 1
assert list(v.iter_errors(bad)), "unknown field accepted"
bad = json.loads(json.dumps(data)); bad["meetings"][0]["status"] = "postponed"
assert list(v.iter_errors(bad)), "unknown status accepted"
print("rejected")
)";
  ToolResult result = run_tool({debian_python(), "-c", script, site.string()});
  EXPECT_EQ(result.exit_code, 0) << result.output;
  EXPECT_EQ(result.output, "rejected\n");
}

TEST(OpenDataFiles, AtomEntriesCarryTheFullCommuniqueWithAbsoluteLinks) {
  std::string feed = read_file(built("mini") / "feed.xml");
  // Newest first; the cancelled and planned meetings are not in the feed.
  std::size_t seoul = feed.find("<id>https://example.org/mini/meetings/2015-11-20-seoul/</id>");
  std::size_t geneva = feed.find("<id>https://example.org/mini/meetings/2010-03-01-geneva/</id>");
  ASSERT_NE(seoul, std::string::npos) << feed;
  ASSERT_NE(geneva, std::string::npos);
  EXPECT_LT(seoul, geneva);
  EXPECT_EQ(feed.find("2020-03-17-geneva"), std::string::npos);
  EXPECT_EQ(feed.find("2026-12-07-geneva"), std::string::npos);
  // The communiqué's text, escaped once, with its site link made absolute.
  EXPECT_NE(feed.find("Text about fraud"), std::string::npos);
  EXPECT_NE(feed.find("href=&quot;https://example.org/mini/meetings/index.html&quot;"),
            std::string::npos)
      << feed;
  EXPECT_NE(feed.find("This text is a summary"), std::string::npos);
}

TEST(OpenDataFiles, CalendarHoldsEveryMeetingWithItsStatus) {
  std::string ics = read_file(built("mini") / "calendar.ics");
  EXPECT_TRUE(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
  EXPECT_NE(ics.find("UID:2026-12-07-geneva@example.org\r\n"), std::string::npos);
  EXPECT_NE(ics.find("DTSTART;VALUE=DATE:20261207\r\nDTEND;VALUE=DATE:20261209\r\n"),
            std::string::npos);
  // A month-only date spans its month; DTSTAMP comes from the date, not the clock.
  EXPECT_NE(ics.find("DTSTAMP:20121001T000000Z\r\nDTSTART;VALUE=DATE:20121001\r\n"
                     "DTEND;VALUE=DATE:20121101\r\n"),
            std::string::npos);
  std::size_t cancelled = ics.find("UID:2020-03-17-geneva@");
  ASSERT_NE(cancelled, std::string::npos);
  EXPECT_NE(ics.find("STATUS:CANCELLED", cancelled), std::string::npos);
  // The long series name is folded and its commas and semicolons escaped.
  EXPECT_NE(ics.find("\r\n "), std::string::npos);
  EXPECT_NE(ics.find("commas\\; and"), std::string::npos);
}

TEST(OpenDataFiles, ParticipationCsvHasOneRowPerOrganizationMeetingAndRole) {
  std::string csv = read_file(built("mini") / "data/participation.csv");
  const std::string header =
      "meeting_id,meeting_date,meeting_year,meeting_kind,meeting_city,meeting_country,"
      "organization_id,organization_name,organization_country,organization_region,"
      "organization_membership,role,topics,taking_part\r\n";
  ASSERT_TRUE(csv.starts_with(header)) << csv;
  // Worked out from the table in mini_site.h: geneva 2 participants, 1
  // supporter, 1 proposer; dubai 1 host; paris 1 participant, 1 host; seoul
  // 3 participants, 1 host. Planned and cancelled meetings have no rows.
  std::size_t lines = 0;
  for (std::size_t at = 0; (at = csv.find("\r\n", at)) != std::string::npos; at += 2) ++lines;
  EXPECT_EQ(lines, 1u + 4 + 1 + 2 + 4);
  EXPECT_NE(csv.find("2010-03-01-geneva,2010-03-01,2010,CTO,Geneva,Switzerland,beta,"
                     "\"Beta \"\"Quoted\"\" Telecom\",Japan,asia-pacific,associate,proposer,"
                     "fraud optics,0\r\n"),
            std::string::npos)
      << csv;
  EXPECT_NE(csv.find("2015-11-20-seoul,2015-11-20,2015,CTO,Seoul,Korea (Republic of),alpha,"),
            std::string::npos);
  EXPECT_NE(csv.find(",gamma,Gamma Réseaux,,,,supporter,,0\r\n"), std::string::npos);
  // Alpha both took part in and hosted Seoul: counted once.
  EXPECT_NE(csv.find("2015-11-20-seoul,2015-11-20,2015,CTO,Seoul,Korea (Republic of),alpha,"
                     "\"Alpha Networks, Inc.\",France,europe,sector-member,participant,,1\r\n"),
            std::string::npos);
  EXPECT_NE(csv.find("2015-11-20-seoul,2015-11-20,2015,CTO,Seoul,Korea (Republic of),alpha,"
                     "\"Alpha Networks, Inc.\",France,europe,sector-member,host,,0\r\n"),
            std::string::npos);
  EXPECT_NE(csv.find("\"Alpha Networks, Inc.\""), std::string::npos);
  EXPECT_EQ(csv.find("2026-12-07-geneva"), std::string::npos);
}

TEST(OpenDataFiles, MeetingsCsvLeavesEmptyWhatIsNotRecorded) {
  std::string csv = read_file(built("mini") / "data/meetings.csv");
  // Geneva: companies published, executives not; two organizations; two
  // topics, one conclusion, no stage advanced. Paris: no topic recorded.
  EXPECT_NE(csv.find("2010-03-01-geneva,2010-03-01,2010,CTO,held,Geneva,Switzerland,,12,,yes,2,2,"
                     "1,0,https://example.org/mini/meetings/2010-03-01-geneva/\r\n"),
            std::string::npos)
      << csv;
  EXPECT_NE(csv.find("2013-04-02-paris,2013-04-02,2013,CTO,held,Paris,France,,,,yes,2,,,,"),
            std::string::npos);
  EXPECT_NE(csv.find("2012-10-dubai,2012-10,2012,CxO,held,Dubai,United Arab Emirates,,,,no,1,,,,"),
            std::string::npos);
  EXPECT_NE(csv.find("2020-03-17-geneva,2020-03-17,2020,CTO,cancelled,"), std::string::npos);
  EXPECT_NE(read_file(built("mini") / "data/topic-history.csv")
                .find("fraud,Voice fraud </script><!--,2010-03-01-geneva,2010-03-01,2010,CTO,"
                      "emerging,1,beta,1\r\n"),
            std::string::npos);
  EXPECT_NE(read_file(built("mini") / "data/conclusions.csv")
                .find("fraud-lists,2010-03-01-geneva,2010-03-01,fraud,\"Build do-not-originate "
                      "lists, <soon>\",in-progress,2011-01,1,"),
            std::string::npos);
}

TEST(OpenDataFiles, SitemapAndRobotsUseAbsolutePrettyUrls) {
  const fs::path site = built("mini");
  std::string sitemap = read_file(site / "sitemap.xml");
  for (const char* url :
       {"https://example.org/mini/", "https://example.org/mini/statistics/",
        "https://example.org/mini/data/", "https://example.org/mini/meetings/2010-03-01-geneva/",
        "https://example.org/mini/organizations/alpha/"}) {
    EXPECT_NE(sitemap.find("<loc>" + std::string(url) + "</loc>"), std::string::npos) << url;
  }
  EXPECT_EQ(sitemap.find("404"), std::string::npos);
  EXPECT_EQ(read_file(site / "robots.txt"),
            "User-agent: *\nAllow: /\n\nSitemap: https://example.org/mini/sitemap.xml\n");
}

TEST(OpenDataFiles, JsonLdOfAMeetingCannotLeaveItsScriptElement) {
  std::string page = read_file(built("mini") / "meetings/2010-03-01-geneva/index.html");
  std::size_t start = page.find("<script type=\"application/ld+json\">");
  ASSERT_NE(start, std::string::npos);
  std::size_t end = page.find("</script>", start);
  std::string json = page.substr(start, end - start);
  EXPECT_NE(json.find("\"@type\":\"Event\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"startDate\":\"2010-03-01\""), std::string::npos);
  EXPECT_EQ(json.find('<', 1), std::string::npos) << "a '<' inside the script data";
  // It is JSON a parser reads.
  ToolResult result = run_tool({debian_python(), "-c",
                                "import json,sys; d=json.loads(sys.argv[1]); "
                                "print(d['location']['address']['addressLocality'])",
                                json.substr(json.find('>') + 1)});
  EXPECT_EQ(result.output, "Geneva\n");
}

}  // namespace
}  // namespace cxo::testing

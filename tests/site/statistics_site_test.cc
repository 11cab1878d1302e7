// The statistics page, the organizations pages and the data page of a built
// site: the figures of the small archive in tests/data/mini_site.h, worked
// out by hand there, and every chart's numbers against its table, for that
// archive and the shipped one.
#include <gtest/gtest.h>

#include <map>
#include <regex>
#include <set>

#include "data/mini_site.h"
#include "support/site_runner.h"

namespace cxo::testing {
namespace {

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

// The text of each element between `open` and the matching close tag `close`
// (no nesting of the same element is expected inside).
std::vector<std::string> blocks(const std::string& html, const std::string& open,
                                const std::string& close) {
  std::vector<std::string> out;
  for (std::size_t at = 0; (at = html.find(open, at)) != std::string::npos;) {
    std::size_t end = html.find(close, at);
    out.push_back(html.substr(at, end - at));
    at = end;
  }
  return out;
}

// One section of the statistics page, keyed by its id.
std::map<std::string, std::string> sections(const std::string& html) {
  std::map<std::string, std::string> out;
  std::regex id("^<section class=\"chart-block\" id=\"([^\"]+)\"");
  for (const auto& block : blocks(html, "<section class=\"chart-block\"", "\n</section>")) {
    std::smatch match;
    if (std::regex_search(block, match, id)) out[match[1]] = block;
  }
  return out;
}

using Cells = std::map<std::pair<std::string, std::string>, std::string>;  // (category, series)

// The cells of a section's first table that show a chart series.
Cells table_cells(const std::string& section) {
  Cells cells;
  std::regex row("<tr data-category=\"([^\"]*)\">(.*?)</tr>");
  std::regex cell("<td data-series=\"([^\"]*)\">([^<]*)</td>");
  std::string table = section.substr(0, section.find("</table>"));
  for (std::sregex_iterator r(table.begin(), table.end(), row), end; r != end; ++r) {
    std::string body = (*r)[2];
    for (std::sregex_iterator c(body.begin(), body.end(), cell); c != end; ++c) {
      cells[{(*r)[1], (*c)[1]}] = (*c)[2];
    }
  }
  return cells;
}

Cells chart_marks(const std::string& section) {
  Cells marks;
  std::regex mark("data-series=\"([^\"]*)\" data-category=\"([^\"]*)\" data-value=\"([^\"]*)\"");
  for (std::sregex_iterator m(section.begin(), section.end(), mark), end; m != end; ++m) {
    auto key = std::make_pair((*m)[2].str(), (*m)[1].str());
    EXPECT_EQ(marks.count(key), 0u) << "two marks for " << key.first << "/" << key.second;
    marks[key] = (*m)[3];
  }
  return marks;
}

bool is_number(const std::string& text) {
  std::string digits = text.ends_with("%") ? text.substr(0, text.size() - 1) : text;
  return !digits.empty() && digits.find_first_not_of("0123456789") == std::string::npos;
}

// Every mark of every chart has a cell in its section's table with the same
// number, and every number in a series column has its mark.
void expect_charts_match_tables(const fs::path& site) {
  std::string html = read_file(site / "statistics/index.html");
  auto all = sections(html);
  ASSERT_GE(all.size(), 8u);
  std::size_t compared = 0;
  for (const auto& [id, section] : all) {
    Cells marks = chart_marks(section), cells = table_cells(section);
    EXPECT_FALSE(marks.empty()) << id;
    for (const auto& [key, value] : marks) {
      auto cell = cells.find(key);
      ASSERT_NE(cell, cells.end())
          << id << ": no table cell for " << key.first << "/" << key.second;
      std::string text = cell->second;
      if (text.ends_with("%")) text.pop_back();
      EXPECT_EQ(text, value) << id << ": " << key.first << "/" << key.second;
      ++compared;
    }
    for (const auto& [key, text] : cells) {
      if (is_number(text)) {
        EXPECT_EQ(marks.count(key), 1u) << id << ": no mark for " << key.first << "/" << key.second;
      }
    }
    // Each chart is an image with a name, a description and a caption.
    for (const auto& figure : blocks(section, "<figure", "</figure>")) {
      EXPECT_NE(figure.find("<figcaption>"), std::string::npos) << id;
      std::smatch match;
      ASSERT_TRUE(std::regex_search(
          figure, match, std::regex("role=\"img\" aria-labelledby=\"([^ ]+) ([^\"]+)\"")))
          << id;
      EXPECT_NE(figure.find("<title id=\"" + match[1].str() + "\">"), std::string::npos) << id;
      EXPECT_NE(figure.find("<desc id=\"" + match[2].str() + "\">"), std::string::npos) << id;
    }
  }
  EXPECT_GT(compared, 20u);
}

std::string row(const std::string& section, const std::string& category) {
  std::string start = "<tr data-category=\"" + category + "\">";
  std::size_t at = section.find(start);
  if (at == std::string::npos) return {};
  return section.substr(at, section.find("</tr>", at) - at);
}

// The texts of a table row's cells, header cell first.
std::vector<std::string> row_texts(const std::string& tr) {
  std::vector<std::string> out;
  std::regex cell("<t[hd][^>]*>(.*?)</t[hd]>");
  std::regex tag("<[^>]*>");
  for (std::sregex_iterator c(tr.begin(), tr.end(), cell), end; c != end; ++c) {
    out.push_back(std::regex_replace((*c)[1].str(), tag, ""));
  }
  return out;
}

TEST(StatisticsPage, ChartsShowTheNumbersOfTheirTables) {
  expect_charts_match_tables(built("mini"));
  expect_charts_match_tables(built("archive"));
}

TEST(StatisticsPage, SummaryCountsOnlyHeldMeetings) {
  std::string html = read_file(built("mini") / "statistics/index.html");
  EXPECT_NE(html.find("<dt>Meetings held</dt><dd>4</dd>"), std::string::npos);
  EXPECT_NE(html.find("<dt>CTO / CxO meetings</dt><dd>3 / 1</dd>"), std::string::npos);
  EXPECT_NE(html.find("<dt>Organizations that took part</dt><dd>4</dd>"), std::string::npos);
  EXPECT_NE(html.find("<dt>Took part two or more times</dt><dd>3 (75%)</dd>"), std::string::npos);
  EXPECT_NE(html.find("<dt>Conclusions recorded</dt><dd>1</dd>"), std::string::npos);
  // The planned and the cancelled meeting are in no table.
  EXPECT_EQ(html.find("2026-12-07-geneva"), std::string::npos);
  EXPECT_EQ(html.find("2020-03-17-geneva"), std::string::npos);
}

TEST(StatisticsPage, NewReturningAndCameBack) {
  auto all = sections(read_file(built("mini") / "statistics/index.html"));
  const std::string& section = all["new-returning"];
  // Meeting, taking part, new, returning, came back, share, compared with.
  EXPECT_EQ(row_texts(row(section, "2010-03-01-geneva")),
            (std::vector<std::string>{
                "1 March 2010, Geneva (CTO)", "2", "2", "0", "1 of 2", "50%",
                "2 April 2013, Paris, after 1 held meeting without a participant list"}));
  EXPECT_EQ(row_texts(row(section, "2012-10-dubai")),
            (std::vector<std::string>{"October 2012, Dubai (CxO)", "1 (hosts only)", "1", "0",
                                      "no participant list", "no participant list", ""}));
  EXPECT_EQ(row_texts(row(section, "2013-04-02-paris")),
            (std::vector<std::string>{"2 April 2013, Paris (CTO)", "2", "1", "1", "2 of 2", "100%",
                                      "20–21 November 2015, Seoul"}));
  EXPECT_EQ(row_texts(row(section, "2015-11-20-seoul")),
            (std::vector<std::string>{"20–21 November 2015, Seoul (CTO)", "3", "0", "3", "unknown",
                                      "unknown", ""}));
}

// The reports count who took part as the statistics do: participants and
// hosts, and a meeting that names only its hosts says so.
TEST(Reports, CountOrganizationsTakingPartAsTheStatisticsDo) {
  const fs::path& site = built("mini");
  std::string paris = read_file(site / "reports/tsag/2013-04-02-paris/index.html");
  EXPECT_NE(paris.find("<dt>Organizations taking part</dt><dd>2</dd>"), std::string::npos);
  EXPECT_NE(read_file(site / "reports/tsag/2013-04-02-paris/report.md")
                .find("- Organizations taking part: 2\n"),
            std::string::npos);
  std::string dubai = read_file(site / "reports/tsag/2012-10-dubai/report.md");
  EXPECT_NE(dubai.find("- Organizations taking part: 1 (hosts only)\n"), std::string::npos);

  // A period says on how many of its meetings its figures rest.
  std::string period = read_file(site / "reports/period/2009-2012/report.md");
  EXPECT_NE(period.find("- Organizations taking part: 3 (3 new, 0 returning; participant lists "
                        "for 1 of 2 meetings)\n"),
            std::string::npos)
      << period;
  EXPECT_NE(period.find("- Companies (as published): 12, published for 1 of 2 meetings\n"),
            std::string::npos);
  std::string page = read_file(site / "reports/period/2009-2012/index.html");
  EXPECT_NE(page.find("<dt>Organizations taking part</dt><dd>3 (3 new, 0 returning; participant "
                      "lists for 1 of 2 meetings)</dd>"),
            std::string::npos);
}

TEST(StatisticsPage, RegionsPerMeetingCountOrganizationsWithoutARegion) {
  auto all = sections(read_file(built("mini") / "statistics/index.html"));
  // Africa, Americas, Arab States, Asia-Pacific, CIS, Europe, no region, total.
  EXPECT_EQ(row_texts(row(all["regions"], "2012-10-dubai")),
            (std::vector<std::string>{"October 2012, Dubai (CxO)", "0", "0", "0", "0", "0", "0",
                                      "1", "1"}));
  EXPECT_EQ(row_texts(row(all["regions"], "2015-11-20-seoul")),
            (std::vector<std::string>{"20–21 November 2015, Seoul (CTO)", "1", "0", "0", "1", "0",
                                      "1", "0", "3"}));
  // Took part, two or more, share; epsilon (Europe) took part in nothing.
  EXPECT_EQ(row_texts(row(all["region-returning"], "europe")),
            (std::vector<std::string>{"Europe", "1", "1", "100%"}));
  EXPECT_EQ(row_texts(row(all["region-returning"], "no-region")),
            (std::vector<std::string>{"No region recorded", "1", "0", "0%"}));
  EXPECT_EQ(row_texts(row(all["region-returning"], "cis")),
            (std::vector<std::string>{"CIS", "0", "0", "none"}));
}

TEST(StatisticsPage, YearsTopicsAndConclusions) {
  auto all = sections(read_file(built("mini") / "statistics/index.html"));
  // Every year from the first held meeting to the last, gaps included; the
  // cancelled 2020 and planned 2026 meetings add no year.
  for (const char* year : {"2010", "2011", "2012", "2013", "2014", "2015"}) {
    EXPECT_FALSE(row(all["years"], year).empty()) << year;
  }
  EXPECT_TRUE(row(all["years"], "2020").empty());
  EXPECT_EQ(row_texts(row(all["years"], "2014")),
            (std::vector<std::string>{"2014", "0", "0", "0"}));
  EXPECT_EQ(row_texts(row(all["years"], "2012")),
            (std::vector<std::string>{"2012", "0", "1", "1"}));
  EXPECT_EQ(row_texts(row(all["topics"], "2010-03-01-geneva")),
            (std::vector<std::string>{"1 March 2010, Geneva (CTO)", "2", "1", "0"}));
  // A held meeting without topics is one whose topics are not known: no
  // zero, and no bar.
  EXPECT_EQ(row_texts(row(all["topics"], "2013-04-02-paris")),
            (std::vector<std::string>{"2 April 2013, Paris (CTO)", "not recorded", "not recorded",
                                      "not recorded"}));
  EXPECT_EQ(all["topics"].find("data-category=\"2013-04-02-paris\" data-value"), std::string::npos);
  // Nor is a meeting without organizations drawn as none taking part.
  EXPECT_EQ(row_texts(row(all["counts"], "2010-03-01-geneva")),
            (std::vector<std::string>{"1 March 2010, Geneva (CTO)", "12", "not published", "2"}));
  // Every year with the most meetings is named, not only the first.
  EXPECT_NE(all["years"].find("most in 2010, 2012, 2013 and 2015 (1 each)"), std::string::npos);
  EXPECT_EQ(row_texts(row(all["conclusions"], "in-progress")),
            (std::vector<std::string>{"In progress", "1", "100%"}));
  EXPECT_EQ(row_texts(row(all["attendance"], "3")), (std::vector<std::string>{"3", "1"}));
  EXPECT_EQ(row_texts(row(all["attendance"], "2")), (std::vector<std::string>{"2", "2"}));
  // The organizations that came back, most meetings first.
  const std::string& attendance = all["attendance"];
  std::size_t alpha = attendance.find(">Alpha</a>"),
              beta = attendance.find(">Beta &quot;Quoted&quot; Telecom</a>");
  ASSERT_NE(alpha, std::string::npos);
  ASSERT_NE(beta, std::string::npos);
  EXPECT_LT(alpha, beta);
  EXPECT_EQ(attendance.find(">Gamma Réseaux</a>"), std::string::npos);
}

TEST(OrganizationsIndex, GroupsByRegionAndByMembershipWithCounts) {
  std::string html = read_file(built("mini") / "organizations/index.html");
  EXPECT_NE(html.find("<h3 id=\"region-europe\">Europe (<span class=\"org-group-count\">2</span>)"),
            std::string::npos);
  EXPECT_NE(
      html.find(
          "<h3 id=\"region-none\">Region not recorded (<span class=\"org-group-count\">1</span>)"),
      std::string::npos);
  EXPECT_NE(html.find("<h3 id=\"membership-sector-member\">Sector Member (<span "
                      "class=\"org-group-count\">1</span>)"),
            std::string::npos);
  EXPECT_NE(html.find("<h3 id=\"membership-none\">Membership not recorded (<span "
                      "class=\"org-group-count\">3</span>)"),
            std::string::npos);
  // Each organization is in one group of each grouping, with its meetings.
  std::regex epsilon("Epsilon Labs</a> · Europe · 0 meetings|Epsilon Labs</a> · 0 meetings");
  auto count = std::distance(std::sregex_iterator(html.begin(), html.end(), epsilon), {});
  EXPECT_EQ(count, 2);
  EXPECT_NE(html.find("Alpha</a> · France · Sector Member · 3 meetings"), std::string::npos);
  // The script is external and the page works without it: the filter form
  // is hidden until the script shows it.
  EXPECT_NE(html.find("<script src=\"../assets/organizations-filter.js\" defer></script>"),
            std::string::npos);
  EXPECT_NE(html.find("<form class=\"org-filter\" id=\"org-filter\" hidden>"), std::string::npos);
  EXPECT_TRUE(fs::exists(built("mini") / "assets/organizations-filter.js"));
  // Region × membership totals.
  EXPECT_NE(html.find("<tfoot><tr><th "
                      "scope=\"row\">Total</th><td>1</td><td>1</td><td>0</td><td>0</td><td>3</"
                      "td><td>5</td></tr></tfoot>"),
            std::string::npos);
}

TEST(OrganizationPage, TimelineOfEveryRole) {
  std::string alpha = read_file(built("mini") / "organizations/alpha/index.html");
  for (const char* year : {"2010", "2013", "2015", "2026"}) {
    EXPECT_NE(alpha.find("<h3 id=\"o_year-" + std::string(year) + "\">"), std::string::npos)
        << year;
  }
  EXPECT_NE(alpha.find("<span class=\"role role-participant\">Took part</span> · <span "
                       "class=\"role role-host\">Host</span>"),
            std::string::npos);
  EXPECT_NE(alpha.find("Listed to take part"), std::string::npos);
  EXPECT_NE(alpha.find("<dt>Meetings taken part in</dt><dd>3</dd>"), std::string::npos);
  EXPECT_NE(alpha.find("<dt>ITU membership</dt><dd>Sector Member</dd>"), std::string::npos);
  std::string beta = read_file(built("mini") / "organizations/beta/index.html");
  EXPECT_NE(beta.find("Proposed: <a href=\"../../topics/fraud/index.html\">Voice fraud "
                      "&lt;/script&gt;&lt;!--</a>, <a href=\"../../topics/optics/index.html\">"
                      "Optical networks &amp; fibre</a>"),
            std::string::npos);
  EXPECT_NE(beta.find("<dt>Topics proposed</dt><dd>2</dd>"), std::string::npos);
  std::string gamma = read_file(built("mini") / "organizations/gamma/index.html");
  EXPECT_NE(gamma.find("<dt>ITU region</dt><dd>Not recorded</dd>"), std::string::npos);
  EXPECT_NE(gamma.find("<span class=\"role role-supporter\">Supporter</span>"), std::string::npos);
}

TEST(DataPage, DocumentsEveryFieldAndLinksEveryFile) {
  const fs::path site = built("mini");
  std::string html = read_file(site / "data/index.html");
  for (const char* file :
       {"meetings.json", "topics.json", "organizations.json", "conclusions.json",
        "meetings.schema.json", "topics.schema.json", "organizations.schema.json",
        "conclusions.schema.json", "participation.csv", "meetings.csv", "topic-history.csv",
        "conclusions.csv"}) {
    EXPECT_NE(html.find("href=\"../data/" + std::string(file) + "\""), std::string::npos) << file;
    EXPECT_TRUE(fs::exists(site / "data" / file)) << file;
  }
  // Every property of every schema is a documented field.
  std::regex property("\"([a-z_]+)\": \\{\\n *\"description\"");
  for (const char* name : {"meetings", "topics", "organizations", "conclusions"}) {
    std::string schema = read_file(site / "data" / (std::string(name) + ".schema.json"));
    std::set<std::string> fields;
    for (std::sregex_iterator p(schema.begin(), schema.end(), property), end; p != end; ++p) {
      fields.insert((*p)[1]);
    }
    EXPECT_GT(fields.size(), 5u) << name;
    for (const auto& field : fields) {
      if (field == "id" || field == "date" || field == "url" || field == "stage" ||
          field == "follow_up_status") {
        continue;  // also $defs names
      }
      EXPECT_TRUE(html.find("." + field + "</code>") != std::string::npos ||
                  html.find("<code>" + field + "</code>") != std::string::npos)
          << name << ": " << field;
    }
  }
  for (const char* column : {"meeting_id", "organization_region", "role", "topics"}) {
    EXPECT_NE(html.find("<code>" + std::string(column) + "</code>"), std::string::npos) << column;
  }
}

TEST(StatisticsOutput, IsTheSameWhateverTheThreadCount) {
  TempDir temp;
  write_mini_site(temp.path() / "site");
  for (const char* jobs : {"1", "3"}) {
    RunResult result = run_cxo({"build", "--source", (temp.path() / "site").string(), "--output",
                                (temp.path() / jobs).string(), "--jobs", jobs});
    ASSERT_EQ(result.exit_code, 0) << result.err;
  }
  for (const char* file :
       {"statistics/index.html", "data/index.html", "data/meetings.json", "data/participation.csv",
        "feed.xml", "calendar.ics", "sitemap.xml", "organizations/index.html"}) {
    EXPECT_EQ(read_file(temp.path() / "1" / file), read_file(temp.path() / "3" / file)) << file;
  }
}

}  // namespace
}  // namespace cxo::testing

#include "views/statistics_views.h"

#include <algorithm>

#include "model/archive_pages.h"
#include "render/svg_chart.h"

namespace cxo::views {

using render::Chart;
using render::ChartCategory;
using render::ChartSeries;
using render::ChartType;

std::string short_meeting_label(const Meeting& meeting) {
  return std::string(month_name(meeting.date.month)).substr(0, 3) + " " +
         std::to_string(meeting.date.year) + " " + meeting.city;
}

std::string naming_coverage(std::size_t naming, std::size_t held) {
  if (naming >= held) return {};
  return "from the " + std::to_string(naming) + " of " + std::to_string(held) +
         " held meetings that name them";
}

long percent(long part, long whole) {
  // Rounded half up, in integers so the figure is the same everywhere.
  return whole <= 0 ? 0 : (part * 200 + whole) / (2 * whole);
}

namespace {

// A table beside a chart. A column that shows a chart series names it in
// data-series, and each row names its category in data-category, so a test
// (or a reader's script) can match every mark of the chart with its cell.
class Table {
 public:
  Table(std::string caption, std::string first_column) : caption_(std::move(caption)) {
    head_.push_back(Value(Value::Object{{"label", std::move(first_column)}}));
  }

  Table& column(std::string label, std::string series = {}) {
    head_.push_back(
        Value(Value::Object{{"label", std::move(label)}, {"series", std::move(series)}}));
    series_.push_back(std::string(head_.back().find("series")->as_string()));
    return *this;
  }

  // A row: its header cell (linked when `path` is given) and one text per
  // column.
  void row(const std::string& key, const std::string& label, const std::string& path,
           const std::vector<std::string>& cells, const std::string& note = {}) {
    Value::List list;
    for (std::size_t i = 0; i < cells.size(); ++i) {
      list.push_back(Value(Value::Object{
          {"text", cells[i]}, {"series", i < series_.size() ? series_[i] : std::string()}}));
    }
    rows_.push_back(Value(Value::Object{{"key", key},
                                        {"label", label},
                                        {"path", path},
                                        {"note", note},
                                        {"cells", Value(std::move(list))}}));
  }

  Value value() const {
    return Value(
        Value::Object{{"caption", caption_}, {"head", Value(head_)}, {"rows", Value(rows_)}});
  }

 private:
  std::string caption_;
  Value::List head_;
  std::vector<std::string> series_;
  Value::List rows_;
};

Chart make_chart(std::string id, std::string title) {
  Chart chart;
  chart.id = std::move(id);
  chart.title = std::move(title);
  return chart;
}

std::string text(long value) {
  return std::to_string(value);
}
std::string text(const std::optional<long>& value, const char* missing) {
  return value ? std::to_string(*value) : missing;
}

Value chart_value(const Chart& chart) {
  return Value(
      Value::Object{{"id", chart.id}, {"title", chart.title}, {"svg", render::svg_chart(chart)}});
}

Value section(const std::string& id, const std::string& heading, Value::List intro,
              Value::List charts, const Table& table) {
  return Value(Value::Object{{"id", id},
                             {"heading", heading},
                             {"intro", Value(std::move(intro))},
                             {"charts", Value(std::move(charts))},
                             {"table", table.value()}});
}

// The rows of the per-meeting charts and tables: one per held meeting, or,
// for an archive too large to chart meeting by meeting, one per year with
// its meetings' figures summed, so the page stays readable and its size
// grows with the years, not the meetings.
constexpr std::size_t kPerMeetingLimit = 60;

struct Group {
  ChartCategory category;  // key and axis label
  std::string label;       // table row header
  std::string path;        // the meeting's page; empty for a year
  std::vector<const MeetingParticipation*> meetings;
};

struct Grouping {
  bool by_year = false;
  std::vector<Group> groups;
  std::string per() const { return by_year ? "per year" : "per meeting"; }
  std::string each() const {
    return by_year ? "per year (the figures of the year's held meetings summed)"
                   : "per held meeting";
  }
  const char* first_column() const { return by_year ? "Year" : "Meeting"; }
};

std::string meeting_row_label(const Meeting& meeting);

Grouping group_meetings(const Site& site, const Statistics& stats) {
  Grouping grouping;
  grouping.by_year = stats.meetings.size() > kPerMeetingLimit;
  for (const auto& entry : stats.meetings) {
    const Meeting& meeting = site.meetings[entry.meeting];
    if (!grouping.by_year) {
      grouping.groups.push_back({{meeting.id, short_meeting_label(meeting)},
                                 meeting_row_label(meeting),
                                 meeting_path(meeting),
                                 {&entry}});
      continue;
    }
    const std::string year = std::to_string(meeting.date.year);
    if (grouping.groups.empty() || grouping.groups.back().category.key != year) {
      grouping.groups.push_back({{year, year}, year, "", {}});
    }
    grouping.groups.back().meetings.push_back(&entry);
  }
  return grouping;
}

std::string aggregated_note(const Grouping& grouping) {
  return grouping.by_year ? " With more than " + std::to_string(kPerMeetingLimit) +
                                " held meetings, the figures are summed per year."
                          : "";
}

std::string meeting_row_label(const Meeting& meeting) {
  return display_date_range(meeting.date, meeting.end_date) + ", " + meeting.city + " (" +
         to_string(meeting.kind) + ")";
}

// "2016", "2016 and 2017", "2016, 2017 and 2019"
std::string join_with_and(const std::vector<std::string>& items) {
  std::string text;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) text += i + 1 == items.size() ? " and " : ", ";
    text += items[i];
  }
  return text;
}

std::string range_phrase(const Statistics& stats) {
  if (stats.years.empty()) return "no held meeting";
  return std::to_string(stats.years.front().year) + " to " +
         std::to_string(stats.years.back().year);
}

Value meetings_per_year(const Statistics& stats) {
  Chart chart = make_chart("chart-years", "Held meetings per year, by kind");
  chart.value_title = "Held meetings";
  chart.type = ChartType::StackedBars;
  ChartSeries cto{"cto", "CTO", {}}, cxo{"cxo", "CxO", {}};
  Table table("Held meetings per year, by kind", "Year");
  table.column("CTO", "cto").column("CxO", "cxo").column("Total");
  int busiest = 0, total = 0;
  std::vector<std::string> busiest_years;  // every year with the most, as ties are common
  for (const auto& year : stats.years) {
    chart.categories.push_back({std::to_string(year.year), std::to_string(year.year)});
    cto.values.push_back(year.cto);
    cxo.values.push_back(year.cxo);
    table.row(std::to_string(year.year), std::to_string(year.year), "",
              {text(year.cto), text(year.cxo), text(year.cto + year.cxo)});
    const int held = year.cto + year.cxo;
    if (held > busiest) busiest = held, busiest_years.clear();
    if (held == busiest && held > 0) busiest_years.push_back(std::to_string(year.year));
    total += year.cto + year.cxo;
  }
  chart.series = {cto, cxo};
  chart.description = "Stacked bars, one per year from " + range_phrase(stats) +
                      ", of the held CTO and CxO meetings: " + std::to_string(total) +
                      " in all, most in " + join_with_and(busiest_years) + " (" +
                      std::to_string(busiest) + (busiest_years.size() > 1 ? " each" : "") +
                      "). Years without a meeting show no bar.";
  return section("years", "Meetings per year",
                 {Value("Held meetings only; planned and cancelled meetings are not counted.")},
                 {chart_value(chart)}, table);
}

Value published_counts(const Site& site, const Statistics& stats, const Grouping& grouping) {
  Chart chart =
      make_chart("chart-counts", "Published counts and organizations listed, " + grouping.per());
  chart.value_title = "Companies, executives or organizations";
  ChartSeries companies{"companies", "Companies (published)", {}};
  ChartSeries executives{"executives", "Executives (published)", {}};
  ChartSeries listed{"listed", "Organizations listed (hosts included)", {}};
  Table table("Published counts and organizations listed, " + grouping.per(),
              grouping.first_column());
  table.column("Companies (published)", "companies")
      .column("Executives (published)", "executives")
      .column("Organizations listed (hosts included)", "listed");
  int published = 0;
  for (const Group& group : grouping.groups) {
    std::optional<long> c, e;
    long size = 0;
    for (const MeetingParticipation* entry : group.meetings) {
      const Meeting& meeting = site.meetings[entry->meeting];
      if (meeting.counts.companies) c = c.value_or(0) + *meeting.counts.companies;
      if (meeting.counts.executives) e = e.value_or(0) + *meeting.counts.executives;
      published += meeting.counts.companies || meeting.counts.executives;
      size += static_cast<long>(entry->taking_part.size());
    }
    // No organization recorded is not the same as none taking part: no bar.
    const std::optional<long> recorded = size > 0 ? std::optional<long>(size) : std::nullopt;
    chart.categories.push_back(group.category);
    companies.values.push_back(c);
    executives.values.push_back(e);
    listed.values.push_back(recorded);
    table.row(group.category.key, group.label, group.path,
              {text(c, "not published"), text(e, "not published"), text(recorded, "not recorded")});
  }
  chart.series = {companies, executives, listed};
  chart.description =
      "Bars " + grouping.each() +
      ", in date order: the number of companies and of executives the meetings' documents "
      "published (" +
      std::to_string(published) + " of " + std::to_string(stats.meetings.size()) +
      " meetings published one), beside the number of organizations the archive lists as "
      "participants or hosts. A missing bar: not published, or no organization recorded.";
  return section("counts", "Published counts and the organizations listed",
                 {Value("The counts are as the meetings published them; the organizations listed "
                        "are those the archive names as participants or hosts, which for many "
                        "meetings is a partial list." +
                        aggregated_note(grouping))},
                 {chart_value(chart)}, table);
}

// Held meetings strictly between two held meetings (indexes into Site::meetings).
int held_between(const Statistics& stats, int from, int to) {
  int count = 0;
  for (const MeetingParticipation& entry : stats.meetings)
    count += entry.meeting > from && entry.meeting < to;
  return count;
}

Value new_and_returning(const Site& site, const Statistics& stats, const Grouping& grouping) {
  Chart bars =
      make_chart("chart-new-returning", "New and returning organizations, " + grouping.per());
  bars.value_title = "Organizations";
  bars.type = ChartType::StackedBars;
  ChartSeries fresh{"new", "New", {}}, returning{"returning", "Returning", {}};
  Chart share = make_chart("chart-came-back",
                           grouping.by_year
                               ? "Share of the organizations that came back to the next meeting, "
                                 "per year"
                               : "Share of each meeting's organizations that came back to the "
                                 "next");
  share.type = ChartType::Lines;
  share.unit = "%";
  share.max = 100;
  share.value_title = "Share that came back";
  ChartSeries came_back{"came-back-share", "Came back", {}};

  Table table("New and returning organizations, and how many came back, " + grouping.per(),
              grouping.first_column());
  table.column(grouping.by_year ? "Taking part (summed over the year's meetings)" : "Taking part")
      .column("New", "new")
      .column("Returning", "returning")
      .column("Came back to the next meeting")
      .column("Share that came back", "came-back-share");
  if (!grouping.by_year) table.column("Compared with");
  int unknown = 0, known = 0;
  for (const Group& group : grouping.groups) {
    long size = 0, fresh_count = 0, returning_count = 0, back = 0, compared_size = 0;
    bool listed = false, has_figure = false;
    for (const MeetingParticipation* entry : group.meetings) {
      size += static_cast<long>(entry->taking_part.size());
      fresh_count += entry->new_count;
      returning_count += entry->returning_count;
      listed = listed || entry->has_participant_list;
      if (entry->came_back) {
        has_figure = true;
        back += *entry->came_back;
        compared_size += static_cast<long>(entry->taking_part.size());
      }
    }
    // No organization recorded is not the same as none taking part: no bar.
    const bool recorded = size > 0;
    bars.categories.push_back(group.category);
    fresh.values.push_back(recorded ? std::optional<long>(fresh_count) : std::nullopt);
    returning.values.push_back(recorded ? std::optional<long>(returning_count) : std::nullopt);
    // The share chart's axis holds only what has a participant list: those
    // are the meetings compared with each other.
    if (listed) share.categories.push_back(group.category);
    std::string back_text, share_text, compared;
    if (has_figure) {
      ++known;
      long value = percent(back, compared_size);
      back_text = std::to_string(back) + " of " + std::to_string(compared_size);
      share_text = render::format_chart_value(value, "%");
      came_back.values.push_back(value);
      if (!grouping.by_year) {
        const Meeting& next = site.meetings[*group.meetings.front()->compared_with];
        compared = display_date_range(next.date, next.end_date) + ", " + next.city;
        // The meetings skipped for want of a list make the figure cover a
        // longer span than "the next meeting" suggests.
        const int skipped = held_between(stats, group.meetings.front()->meeting,
                                         *group.meetings.front()->compared_with);
        if (skipped > 0) {
          compared +=
              ", after " +
              count_label(static_cast<std::size_t>(skipped), "held meeting", "held meetings") +
              " without a participant list";
        }
      }
    } else if (listed) {
      back_text = share_text = "unknown";
      ++unknown;
      came_back.values.push_back(std::nullopt);
    } else {
      back_text = share_text = "no participant list";
    }
    std::vector<std::string> cells;
    if (recorded) {
      cells = {text(size) + (listed || grouping.by_year ? "" : " (hosts only)"), text(fresh_count),
               text(returning_count)};
    } else {
      cells = {"not recorded", "not recorded", "not recorded"};
    }
    cells.push_back(back_text);
    cells.push_back(share_text);
    if (!grouping.by_year) cells.push_back(compared);
    table.row(group.category.key, group.label, group.path, cells);
  }
  bars.series = {fresh, returning};
  share.series = {came_back};
  bars.description =
      "Stacked bars " + grouping.each() +
      ", in date order: the organizations taking part for the first time (new) and those that "
      "had taken part before (returning). Where the archive records no organization there is "
      "no bar.";
  share.description =
      "A line through the held meetings with a participant list, in date order" +
      std::string(grouping.by_year ? ", summed per year" : "") +
      ": the percentage of the organizations that took part in the next of them. " +
      std::to_string(known) + " of " + std::to_string(known + unknown) + " points have a figure" +
      (unknown ? "; the last has none, as no later meeting lists its participants: unknown, "
                 "not zero."
               : ".");
  return section(
      "new-returning", "New and returning organizations",
      {Value("An organization is new at the first held meeting that lists it as a participant "
             "or host, and returning at every later one. “Came back” compares a meeting’s "
             "organizations with those of the next held meeting that has a participant list; "
             "where none follows, the figure is unknown, not zero. Meetings whose participants "
             "were not recorded have no such figure." +
             aggregated_note(grouping))},
      {chart_value(bars), chart_value(share)}, table);
}

const char* region_name(int slot) {
  return slot == kNoRegion ? "No region recorded" : label(static_cast<Region>(slot));
}
std::string region_key(int slot) {
  return slot == kNoRegion ? "no-region" : to_string(static_cast<Region>(slot));
}

Value regions_per_meeting(const Grouping& grouping) {
  Chart chart = make_chart("chart-regions", "Organizations by ITU region, " + grouping.per());
  chart.value_title = "Organizations";
  chart.type = ChartType::StackedBars;
  Table table("Organizations by ITU region, " + grouping.per(), grouping.first_column());
  for (int slot = 0; slot <= kRegionCount; ++slot) {
    chart.series.push_back({region_key(slot), region_name(slot), {}});
    table.column(region_name(slot), region_key(slot));
  }
  table.column("Total");
  for (const Group& group : grouping.groups) {
    std::array<long, kRegionCount + 1> sums{};
    long size = 0;
    for (const MeetingParticipation* entry : group.meetings) {
      for (int slot = 0; slot <= kRegionCount; ++slot) sums[slot] += entry->by_region[slot];
      size += static_cast<long>(entry->taking_part.size());
    }
    const bool recorded = size > 0;
    chart.categories.push_back(group.category);
    std::vector<std::string> cells;
    for (int slot = 0; slot <= kRegionCount; ++slot) {
      chart.series[slot].values.push_back(recorded ? std::optional<long>(sums[slot])
                                                   : std::nullopt);
      cells.push_back(recorded ? text(sums[slot]) : "not recorded");
    }
    cells.push_back(recorded ? text(size) : "not recorded");
    table.row(group.category.key, group.label, group.path, cells);
  }
  chart.description =
      "Stacked bars " + grouping.each() +
      ", in date order: the organizations taking part, by the ITU region of their headquarters "
      "(Africa, Americas, Arab States, Asia-Pacific, CIS, Europe), and those whose region the "
      "archive does not record. Where the archive records no organization there is no bar.";
  return section("regions", "Organizations by ITU region",
                 {Value("Each organization counts in the region of its headquarters, as the "
                        "archive records it; organizations without one are counted apart, never "
                        "left out." +
                        aggregated_note(grouping))},
                 {chart_value(chart)}, table);
}

Value came_back_by_region(const Statistics& stats) {
  Chart chart =
      make_chart("chart-region-returning",
                 "Organizations per ITU region that took part at least once, and two or more "
                 "times");
  chart.type = ChartType::Bars;
  ChartSeries all{"took-part", "Took part", {}}, twice{"two-or-more", "Two or more meetings", {}};
  chart.value_title = "Organizations";
  Table table("Organizations per ITU region that took part in two or more held meetings", "Region");
  table.column("Took part", "took-part")
      .column("Two or more meetings", "two-or-more")
      .column("Share");
  for (int slot = 0; slot <= kRegionCount; ++slot) {
    const RegionTotals& totals = stats.regions[slot];
    chart.categories.push_back({region_key(slot), region_name(slot)});
    all.values.push_back(totals.organizations);
    twice.values.push_back(totals.two_or_more);
    table.row(region_key(slot), region_name(slot), "",
              {text(totals.organizations), text(totals.two_or_more),
               totals.organizations ? render::format_chart_value(
                                          percent(totals.two_or_more, totals.organizations), "%")
                                    : "none"});
  }
  chart.series = {all, twice};
  chart.description =
      "Pairs of bars per ITU region: the organizations that took part in at least one held "
      "meeting, and those that took part in two or more.";
  return section("region-returning", "Which regions came back", {}, {chart_value(chart)}, table);
}

Value attendance(const Site& site, const ViewContext& context, const Statistics& stats) {
  Chart chart = make_chart("chart-attendance",
                           "Organizations by the number of held meetings they took part in");
  chart.category_title = "Held meetings taken part in";
  chart.value_title = "Organizations";
  ChartSeries series{"organizations", "Organizations", {}};
  Table table("Organizations by the number of held meetings they took part in", "Meetings");
  table.column("Organizations", "organizations");
  // One bar per count up to 5, then ranges that double (6–10, 11–20,
  // 21–40 …), so a large archive keeps a short axis.
  const std::size_t most = stats.attendance_histogram.size() - 1;
  for (std::size_t low = 1, high = 1; low <= most; low = high + 1) {
    high = low <= 5 ? low : std::min(most, low == 6 ? std::size_t{10} : 2 * (low - 1));
    long organizations = 0;
    for (std::size_t n = low; n <= high; ++n) organizations += stats.attendance_histogram[n];
    std::string key = std::to_string(low);
    if (high > low) key += "-" + std::to_string(high);
    std::string name = std::to_string(low);
    if (high > low) name += "\u2013" + std::to_string(high);
    chart.categories.push_back({key, name});
    series.values.push_back(organizations);
    table.row(key, name, "", {text(organizations)});
  }
  chart.series = {series};
  chart.description =
      "Bars for 1, 2, 3 … held meetings: how many organizations took part in exactly that many. " +
      std::to_string(stats.attended_two_or_more) + " of " +
      std::to_string(stats.organizations_taking_part) + " organizations took part in two or more.";

  // Which organizations came back: those with two or more meetings, most
  // meetings first.
  std::vector<int> regulars;
  for (std::size_t o = 0; o < stats.attendance.size(); ++o) {
    if (stats.attendance[o] >= 2) regulars.push_back(static_cast<int>(o));
  }
  regulars = sorted_by_name(site, std::move(regulars), NameShown::Short);
  std::stable_sort(regulars.begin(), regulars.end(),
                   [&](int a, int b) { return stats.attendance[a] > stats.attendance[b]; });
  const auto& roles = context.indexes().organizations;
  Value::List list;
  for (int o : regulars) {
    const Organization& org = site.organizations[o];
    Value::Object item{{"organization", context.organization_ref(o)},
                       {"region", region_name(region_slot(org))},
                       {"meetings", stats.attendance[o]}};
    if (!roles[o].attended.empty()) {
      item.emplace_back("first", context.meeting_ref(roles[o].attended.front()));
      item.emplace_back("last", context.meeting_ref(roles[o].attended.back()));
    }
    list.push_back(Value(std::move(item)));
  }
  Value block = section(
      "attendance", "How often organizations took part",
      {Value(std::to_string(stats.attended_two_or_more) + " of the " +
             std::to_string(stats.organizations_taking_part) +
             " organizations that took part in a held meeting (" +
             render::format_chart_value(
                 percent(stats.attended_two_or_more, stats.organizations_taking_part), "%") +
             ") took part in two or more.")},
      {chart_value(chart)}, table);
  Value::Object object = block.as_object();
  object.emplace_back("has_regulars", !list.empty());
  object.emplace_back("regulars", Value(std::move(list)));
  return Value(std::move(object));
}

Value topics_per_meeting(const Grouping& grouping) {
  Chart chart = make_chart("chart-topics", "Topics and conclusions, " + grouping.per());
  chart.value_title = "Topics or conclusions";
  ChartSeries topics{"topics", "Topics discussed", {}},
      conclusions{"conclusions", "Conclusions", {}}, advanced{"advanced", "Stages advanced", {}};
  Table table("Topics discussed, conclusions recorded and stages advanced, " + grouping.per(),
              grouping.first_column());
  if (grouping.by_year) table.column("Meetings");
  table.column("Topics discussed", "topics")
      .column("Conclusions", "conclusions")
      .column("Stages advanced", "advanced");
  for (const Group& group : grouping.groups) {
    // A held meeting with no topic is one whose topics the sources do not
    // give, not one that discussed nothing: no bar, "not recorded".
    std::optional<long> topic_count, conclusion_count, advanced_count;
    for (const MeetingParticipation* entry : group.meetings) {
      if (entry->topic_count == 0) continue;
      topic_count = topic_count.value_or(0) + entry->topic_count;
      conclusion_count = conclusion_count.value_or(0) + entry->conclusion_count;
      advanced_count = advanced_count.value_or(0) + entry->stages_advanced;
    }
    chart.categories.push_back(group.category);
    topics.values.push_back(topic_count);
    conclusions.values.push_back(conclusion_count);
    advanced.values.push_back(advanced_count);
    std::vector<std::string> cells;
    if (grouping.by_year) cells.push_back(text(static_cast<long>(group.meetings.size())));
    cells.push_back(text(topic_count, "not recorded"));
    cells.push_back(text(conclusion_count, "not recorded"));
    cells.push_back(text(advanced_count, "not recorded"));
    table.row(group.category.key, group.label, group.path, cells);
  }
  chart.series = {topics, conclusions, advanced};
  chart.description = "Three bars " + grouping.each() +
                      ", in date order: the topics the communiqués discussed, the conclusions "
                      "(requests to ITU) they recorded, and the topics whose stage advanced. "
                      "Where the archive records no topic there is no bar.";
  return section("topics", "Topics per meeting",
                 {Value("Each topic on a held meeting's agenda counts once for that meeting. A "
                        "topic's stage advanced at a meeting when it is later in the lifecycle "
                        "than at the last held meeting that discussed the topic before. A "
                        "held meeting without any topic is one whose topics the sources do not "
                        "give: not recorded, and left out of the sums." +
                        aggregated_note(grouping))},
                 {chart_value(chart)}, table);
}

// A bar per category with how many things it holds, and a table of those
// counts with their share of `total`.
struct Tally {
  std::string key;
  std::string label;
  long count = 0;
};
void tally_chart(Chart& chart, Table& table, const std::string& series_key,
                 const std::string& series_name, const std::vector<Tally>& tallies, long total) {
  ChartSeries series{series_key, series_name, {}};
  table.column(series_name, series_key).column("Share");
  for (const Tally& tally : tallies) {
    chart.categories.push_back({tally.key, tally.label});
    series.values.push_back(tally.count);
    table.row(tally.key, tally.label, "",
              {text(tally.count), render::format_chart_value(percent(tally.count, total), "%")});
  }
  chart.series = {series};
}

Value topics_by_stage(const Statistics& stats) {
  Chart chart = make_chart("chart-stages", "Topics by current stage");
  chart.value_title = "Topics";
  Table table("Topics by current stage", "Stage");
  std::vector<Tally> tallies;
  for (int s = 0; s < kStageCount; ++s) {
    const auto stage = static_cast<Stage>(s);
    tallies.push_back({to_string(stage), label(stage), stats.topics_by_stage[s]});
  }
  // A row for the topics without a stage only when there are some.
  if (stats.topics_by_stage[kStageCount] > 0) {
    tallies.push_back({"none", "No stage recorded", stats.topics_by_stage[kStageCount]});
  }
  tally_chart(chart, table, "topics", "Topics", tallies, stats.topics_discussed);
  chart.description =
      "Bars per stage of the lifecycle, from emerging to concluded: how many of the " +
      std::to_string(stats.topics_discussed) +
      " topics discussed at a held meeting are at that stage now, that is at the latest held "
      "meeting that discussed them.";
  return section("stages", "Topics by stage",
                 {Value("A topic's current stage is the one recorded at the latest held meeting "
                        "that discussed it; the topics page lists them.")},
                 {chart_value(chart)}, table);
}

Value conclusions_by_status(const Statistics& stats) {
  Chart chart = make_chart("chart-conclusions", "Conclusions by latest follow-up status");
  chart.value_title = "Conclusions";
  Table table("Conclusions by latest follow-up status", "Status");
  std::vector<Tally> tallies;
  for (int s = 0; s < kFollowUpStatusCount; ++s) {
    const auto status = static_cast<FollowUpStatus>(s);
    tallies.push_back({to_string(status), label(status), stats.conclusions_by_status[s]});
  }
  tally_chart(chart, table, "conclusions", "Conclusions", tallies, stats.conclusions);
  chart.description = "Bars per status (open, in progress, done, dropped): how many of the " +
                      std::to_string(stats.conclusions) +
                      " conclusions of held meetings have that status after their latest "
                      "follow-up entry; a conclusion without follow-up is open.";
  return section("conclusions", "Conclusions by status", {}, {chart_value(chart)}, table);
}

}  // namespace

Value statistics_view(const ViewContext& context, const Statistics& stats) {
  const Site& site = context.site();
  const Grouping grouping = group_meetings(site, stats);
  Value::List sections{meetings_per_year(stats),
                       published_counts(site, stats, grouping),
                       new_and_returning(site, stats, grouping),
                       regions_per_meeting(grouping),
                       came_back_by_region(stats),
                       attendance(site, context, stats),
                       topics_per_meeting(grouping),
                       topics_by_stage(stats),
                       conclusions_by_status(stats)};
  Value::List contents;
  for (const auto& section : sections) {
    contents.push_back(
        Value(Value::Object{{"id", *section.find("id")}, {"heading", *section.find("heading")}}));
  }
  int cto = 0, cxo = 0;
  for (const auto& year : stats.years) cto += year.cto, cxo += year.cxo;
  std::size_t naming = 0;
  for (const auto& entry : stats.meetings) naming += !entry.taking_part.empty();
  Value figures(Value::Object{
      {"meetings", stats.meetings.size()},
      {"cto", cto},
      {"cxo", cxo},
      {"organizations", stats.organizations_taking_part},
      {"coverage", naming_coverage(naming, stats.meetings.size())},
      {"two_or_more", stats.attended_two_or_more},
      {"two_or_more_share",
       render::format_chart_value(
           percent(stats.attended_two_or_more, stats.organizations_taking_part), "%")},
      {"conclusions", stats.conclusions}});
  return Value(Value::Object{{"page", context.frame(kStatisticsPage.path, kStatisticsPage.title,
                                                    "statistics", kStatisticsPage.description)},
                             {"figures", figures},
                             {"contents", Value(std::move(contents))},
                             {"sections", Value(std::move(sections))}});
}

}  // namespace cxo::views

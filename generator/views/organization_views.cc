#include <algorithm>
#include <array>
#include <map>

#include "markdown/links.h"
#include "model/archive_pages.h"
#include "model/statistics.h"
#include "util/ascii_case.h"
#include "views/views.h"

namespace cxo::views {

namespace {

std::string region_key(int slot) {
  return slot == kNoRegion ? "none" : to_string(static_cast<Region>(slot));
}
std::string region_name(int slot) {
  return slot == kNoRegion ? "Region not recorded" : label(static_cast<Region>(slot));
}
std::string membership_key(int slot) {
  return slot == kNoMembership ? "none" : to_string(static_cast<Membership>(slot));
}
std::string membership_name(int slot) {
  return slot == kNoMembership ? "Membership not recorded" : label(static_cast<Membership>(slot));
}

}  // namespace

Value organizations_index_view(const ViewContext& context) {
  const Site& site = context.site();
  const Indexes& indexes = context.indexes();

  // Alphabetical by the name readers see, whatever the ids are.
  std::vector<int> order(site.organizations.size());
  for (std::size_t o = 0; o < order.size(); ++o) order[o] = static_cast<int>(o);
  order = sorted_by_name(site, std::move(order), NameShown::Short);

  std::array<Value::List, kRegionCount + 1> by_region;
  std::array<Value::List, kMembershipCount + 1> by_membership;
  std::array<std::array<int, kMembershipCount + 1>, kRegionCount + 1> cross{};
  std::size_t taking_part = 0;
  for (int o : order) {
    const Organization& org = site.organizations[o];
    const int region = region_slot(org), membership = membership_slot(org);
    const std::size_t meetings = indexes.organizations[o].attended.size();
    taking_part += meetings > 0;
    // What the filter script matches a typed name against.
    std::string search = ascii_lower(org.name + " " + org.display_name());
    for (const auto& alias : org.aliases) {
      search += ' ';
      search += ascii_lower(alias);
    }
    Value::Object entry{{"organization", context.organization_ref(o)},
                        {"country", org.country},
                        {"search", search},
                        {"region_key", region_key(region)},
                        {"membership_key", membership_key(membership)},
                        {"meeting_count", meetings},
                        {"meetings_label", count_label(meetings, "meeting", "meetings")}};
    if (org.region) entry.emplace_back("region", label(*org.region));
    if (org.membership) entry.emplace_back("membership", label(*org.membership));
    Value item(std::move(entry));
    by_region[region].push_back(item);
    by_membership[membership].push_back(item);
    cross[region][membership]++;
  }

  auto groups = [](auto& lists, auto key, auto name, const char* prefix) {
    Value::List out;
    for (std::size_t slot = 0; slot < lists.size(); ++slot) {
      if (lists[slot].empty()) continue;
      const int s = static_cast<int>(slot);
      out.push_back(Value(Value::Object{{"id", prefix + key(s)},
                                        {"key", key(s)},
                                        {"name", name(s)},
                                        {"count", lists[slot].size()},
                                        {"organizations", Value(std::move(lists[slot]))}}));
    }
    return Value(std::move(out));
  };

  // Region × membership counts, the table an analyst reads first.
  Value::List head, rows;
  std::array<int, kMembershipCount + 1> column_totals{};
  for (int m = 0; m <= kMembershipCount; ++m) {
    head.push_back(Value(Value::Object{{"name", membership_name(m)},
                                       {"key", membership_key(m)},
                                       {"id", "membership-" + membership_key(m)},
                                       {"linked", by_membership[m].empty() ? false : true}}));
  }
  for (int r = 0; r <= kRegionCount; ++r) {
    Value::List cells;
    int total = 0;
    for (int m = 0; m <= kMembershipCount; ++m) {
      cells.push_back(Value(cross[r][m]));
      total += cross[r][m];
      column_totals[m] += cross[r][m];
    }
    rows.push_back(Value(Value::Object{{"name", region_name(r)},
                                       {"id", "region-" + region_key(r)},
                                       {"linked", total > 0},
                                       {"cells", Value(std::move(cells))},
                                       {"total", total}}));
  }
  Value::List totals;
  for (int total : column_totals) totals.push_back(Value(total));

  Value::List region_options, membership_options;
  for (int r = 0; r <= kRegionCount; ++r) {
    region_options.push_back(
        Value(Value::Object{{"key", region_key(r)}, {"name", region_name(r)}}));
  }
  for (int m = 0; m <= kMembershipCount; ++m) {
    membership_options.push_back(
        Value(Value::Object{{"key", membership_key(m)}, {"name", membership_name(m)}}));
  }

  Value page = context.frame(kOrganizationsPage.path, kOrganizationsPage.title, "organizations",
                             kOrganizationsPage.description);
  return Value(Value::Object{
      {"page", page},
      {"count", site.organizations.size()},
      {"taking_part", taking_part},
      {"cross", Value(Value::Object{{"head", Value(std::move(head))},
                                    {"rows", Value(std::move(rows))},
                                    {"totals", Value(std::move(totals))},
                                    {"total", site.organizations.size()}})},
      {"region_options", Value(std::move(region_options))},
      {"membership_options", Value(std::move(membership_options))},
      {"regions", groups(by_region, region_key, region_name, "region-")},
      {"memberships", groups(by_membership, membership_key, membership_name, "membership-")},
  });
}

namespace {

// One meeting on an organization's timeline with every role it had there.
struct TimelineEntry {
  bool took_part = false, hosted = false, supported = false;
  std::vector<int> proposed;  // topic indexes
};

}  // namespace

Value organization_view(const ViewContext& context, int index) {
  const Site& site = context.site();
  const Organization& org = site.organizations[index];
  const OrganizationRoles& roles = context.indexes().organizations[index];

  // Merged from the per-role lists the indexes hold, so the cost is the
  // organization's own references.
  std::map<int, TimelineEntry> timeline;
  for (int m : roles.attended) timeline[m].took_part = true;
  for (int m : roles.hosted) timeline[m].hosted = true;
  for (int m : roles.supported) timeline[m].supported = true;
  for (const Mention& mention : roles.proposed) {
    const AgendaItem& item = site.meetings[mention.meeting].topics[mention.item];
    if (item.topic.index >= 0) timeline[mention.meeting].proposed.push_back(item.topic.index);
  }
  for (int m : roles.planned) {
    // A planned or cancelled meeting: its roles are on the agenda only.
    const Meeting& meeting = site.meetings[m];
    TimelineEntry& entry = timeline[m];
    auto named = [&](const std::vector<Reference>& refs) {
      return std::any_of(refs.begin(), refs.end(),
                         [&](const Reference& r) { return r.index == index; });
    };
    entry.took_part = named(meeting.participants);
    entry.hosted = named(meeting.hosts);
    entry.supported = named(meeting.supporters);
    for (const auto& item : meeting.topics) {
      if (named(item.proposed_by) && item.topic.index >= 0)
        entry.proposed.push_back(item.topic.index);
    }
  }

  Value::List years;
  int current_year = -1;
  Value::List entries;
  auto close_year = [&] {
    if (current_year >= 0) {
      years.push_back(
          Value(Value::Object{{"year", current_year}, {"entries", Value(std::move(entries))}}));
      entries = {};
    }
  };
  for (const auto& [m, entry] : timeline) {
    const Meeting& meeting = site.meetings[m];
    if (meeting.date.year != current_year) {
      close_year();
      current_year = meeting.date.year;
    }
    Value::List role_list;
    auto role = [&](bool has, const char* key, const char* text) {
      if (!has) return;
      role_list.push_back(Value(Value::Object{
          {"key", key}, {"label", text}, {"separator", role_list.empty() ? "" : " \u00b7 "}}));
    };
    const bool held = meeting.held();
    role(entry.took_part, "participant", held ? "Took part" : "Listed to take part");
    role(entry.hosted, "host", held ? "Host" : "To host");
    role(entry.supported, "supporter", held ? "Supporter" : "To support");
    Value::List topics;
    for (std::size_t i = 0; i < entry.proposed.size(); ++i) {
      topics.push_back(
          Value(Value::Object{{"topic", context.topic_ref(entry.proposed[i])},
                              {"separator", i + 1 < entry.proposed.size() ? ", " : ""}}));
    }
    entries.push_back(Value(Value::Object{{"meeting", context.meeting_ref(m)},
                                          {"has_roles", !role_list.empty()},
                                          {"roles", Value(std::move(role_list))},
                                          {"has_proposed", !topics.empty()},
                                          {"proposed", Value(std::move(topics))}}));
  }
  close_year();

  std::string aliases;
  for (const auto& alias : org.aliases) {
    if (!aliases.empty()) aliases += "; ";
    aliases += alias;
  }
  std::size_t topics_proposed = roles.proposed.size();
  Value::Object view{
      {"page", context.frame(organization_path(org), org.display_name(), "organizations",
                             org.name + " at the CTO and CxO meetings")},
      {"organization", context.organization_ref(index)},
      {"name", org.name},
      {"aliases", aliases},
      {"country", org.country},
      {"url", markdown::page_link(org.url, organization_folder(org))},
      {"attended_count", roles.attended.size()},
      {"has_timeline", !years.empty()},
      // Links to each year atop the timeline, once there is more than one.
      {"has_year_links", years.size() > 1},
      {"timeline", Value(std::move(years))},
  };
  // Counts of the other roles appear only where there are some (a zero
  // would be truthy in the template).
  if (!roles.hosted.empty()) view.emplace_back("hosted_count", roles.hosted.size());
  if (!roles.supported.empty()) view.emplace_back("supported_count", roles.supported.size());
  if (topics_proposed) view.emplace_back("proposed_count", topics_proposed);
  view.emplace_back("region", org.region ? label(*org.region) : "");
  view.emplace_back("membership", org.membership ? label(*org.membership) : "");
  if (!roles.attended.empty()) {
    view.emplace_back("first_meeting", context.meeting_ref(roles.attended.front()));
    view.emplace_back("last_meeting", context.meeting_ref(roles.attended.back()));
  }
  return Value(std::move(view));
}

}  // namespace cxo::views

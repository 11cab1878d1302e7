#include <map>

#include "views/views.h"

namespace cxo::views {

Value organizations_index_view(const ViewContext& context) {
  const Site& site = context.site();
  const Indexes& indexes = context.indexes();
  // Grouped by ITU region, in the order regions are listed; organizations
  // without a region last.
  std::map<int, Value::List> by_region;
  for (std::size_t o = 0; o < site.organizations.size(); ++o) {
    const Organization& org = site.organizations[o];
    int region = org.region ? static_cast<int>(*org.region) : 99;
    Value::Object entry{{"organization", context.organization_ref(static_cast<int>(o))},
                        {"country", org.country},
                        {"meeting_count", indexes.organizations[o].attended.size()},
                        {"meetings_label", count_label(indexes.organizations[o].attended.size(),
                                                       "meeting", "meetings")}};
    if (org.membership) entry.emplace_back("membership", label(*org.membership));
    by_region[region].push_back(Value(std::move(entry)));
  }
  Value::List regions;
  for (auto& [region, organizations] : by_region) {
    std::string name = region == 99 ? "Region not recorded" : label(static_cast<Region>(region));
    regions.push_back(Value(Value::Object{{"region", name},
                                          {"count", organizations.size()},
                                          {"organizations", Value(std::move(organizations))}}));
  }
  Value page = context.frame("organizations/index.html", "Organizations", "organizations",
                             "Every organization that took part, by ITU region");
  return Value(Value::Object{{"page", page},
                             {"count", site.organizations.size()},
                             {"regions", Value(std::move(regions))}});
}

Value organization_view(const ViewContext& context, int index) {
  const Site& site = context.site();
  const Organization& org = site.organizations[index];
  const OrganizationRoles& roles = context.indexes().organizations[index];
  Value::List proposed;
  for (const Mention& mention : roles.proposed) {
    const Meeting& meeting = site.meetings[mention.meeting];
    const AgendaItem& item = meeting.topics[mention.item];
    if (item.topic.index < 0) continue;
    proposed.push_back(Value(Value::Object{{"meeting", context.meeting_ref(mention.meeting)},
                                           {"topic", context.topic_ref(item.topic.index)}}));
  }
  Value::List aliases;
  for (const auto& alias : org.aliases) aliases.push_back(Value(alias));
  Value::Object view{
      {"page", context.frame(organization_path(org), org.display_name(), "organizations",
                             org.name + " at the CTO and CxO meetings")},
      {"organization", context.organization_ref(index)},
      {"name", org.name},
      {"aliases", Value(std::move(aliases))},
      {"country", org.country},
      {"url", org.url},
      {"attended", context.meeting_list(roles.attended)},
      {"attended_count", roles.attended.size()},
      {"hosted", context.meeting_list(roles.hosted)},
      {"supported", context.meeting_list(roles.supported)},
      {"proposed", Value(std::move(proposed))},
      {"planned", context.meeting_list(roles.planned)},
  };
  if (org.region) view.emplace_back("region", label(*org.region));
  if (org.membership) view.emplace_back("membership", label(*org.membership));
  if (!roles.attended.empty()) {
    view.emplace_back("first_meeting", context.meeting_ref(roles.attended.front()));
    view.emplace_back("last_meeting", context.meeting_ref(roles.attended.back()));
  }
  return Value(std::move(view));
}

}  // namespace cxo::views

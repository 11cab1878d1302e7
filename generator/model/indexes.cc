#include "model/indexes.h"

#include <algorithm>
#include <set>

namespace cxo {

namespace {

void add_unique(std::vector<int>& list, int value) {
  if (list.empty() || list.back() != value) list.push_back(value);
}

}  // namespace

Indexes build_indexes(const Site& site) {
  Indexes indexes;
  indexes.topic_mentions.resize(site.topics.size());
  indexes.topic_agendas.resize(site.topics.size());
  indexes.related.resize(site.topics.size());
  indexes.organizations.resize(site.organizations.size());

  for (std::size_t t = 0; t < site.topics.size(); ++t) {
    for (const auto& ref : site.topics[t].related) {
      if (ref.index < 0) continue;
      indexes.related[t].push_back(ref.index);
      indexes.related[ref.index].push_back(static_cast<int>(t));
    }
  }
  for (auto& list : indexes.related) {
    std::sort(list.begin(), list.end(), [&](int a, int b) {
      return std::tie(site.topics[a].title, a) < std::tie(site.topics[b].title, b);
    });
    list.erase(std::unique(list.begin(), list.end()), list.end());
  }

  for (std::size_t m = 0; m < site.meetings.size(); ++m) {
    const Meeting& meeting = site.meetings[m];
    const int mi = static_cast<int>(m);
    indexes.recorded_before.push_back(static_cast<int>(indexes.recorded.size()));
    if (meeting.held())
      (meeting.topics.empty() ? indexes.unrecorded : indexes.recorded).push_back(mi);
    for (std::size_t i = 0; i < meeting.topics.size(); ++i) {
      const AgendaItem& item = meeting.topics[i];
      Mention mention{mi, static_cast<int>(i)};
      if (item.topic.index >= 0) {
        (meeting.held() ? indexes.topic_mentions : indexes.topic_agendas)[item.topic.index]
            .push_back(mention);
      }
      for (const auto& org : item.proposed_by) {
        if (org.index < 0) continue;
        if (meeting.held()) {
          indexes.organizations[org.index].proposed.push_back(mention);
        } else {
          add_unique(indexes.organizations[org.index].planned, mi);
        }
      }
    }
    auto roles = [&](const std::vector<Reference>& refs, std::vector<int> OrganizationRoles::*list,
                     bool attends) {
      for (const auto& org : refs) {
        if (org.index < 0) continue;
        auto& entry = indexes.organizations[org.index];
        if (!meeting.held()) {
          add_unique(entry.planned, mi);
          continue;
        }
        if (list) add_unique(entry.*list, mi);
        if (attends) add_unique(entry.attended, mi);
      }
    };
    roles(meeting.participants, nullptr, true);
    roles(meeting.hosts, &OrganizationRoles::hosted, true);
    roles(meeting.supporters, &OrganizationRoles::supported, false);
  }
  for (auto& entry : indexes.organizations) {
    std::sort(entry.planned.begin(), entry.planned.end());
    entry.planned.erase(std::unique(entry.planned.begin(), entry.planned.end()),
                        entry.planned.end());
  }
  return indexes;
}

}  // namespace cxo

#include "model/statistics.h"

#include <algorithm>

#include "model/follow_up.h"

namespace cxo {

int region_slot(const Organization& organization) {
  return organization.region ? static_cast<int>(*organization.region) : kNoRegion;
}

int membership_slot(const Organization& organization) {
  return organization.membership ? static_cast<int>(*organization.membership) : kNoMembership;
}

std::vector<int> organizations_taking_part(const Meeting& meeting) {
  std::vector<int> list;
  list.reserve(meeting.participants.size() + meeting.hosts.size());
  for (const auto* refs : {&meeting.participants, &meeting.hosts}) {
    for (const auto& ref : *refs) {
      if (ref.index >= 0) list.push_back(ref.index);
    }
  }
  std::sort(list.begin(), list.end());
  list.erase(std::unique(list.begin(), list.end()), list.end());
  return list;
}

namespace {

// Both lists ascending, so one merge walk counts the organizations in both.
int common_count(const std::vector<int>& a, const std::vector<int>& b) {
  int count = 0;
  auto i = a.begin(), j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      ++count, ++i, ++j;
    }
  }
  return count;
}

}  // namespace

Statistics compute_statistics(const Site& site) {
  Statistics stats;
  stats.attendance.assign(site.organizations.size(), 0);
  // Per topic, the stage at the latest held meeting so far that discussed it.
  std::vector<std::optional<Stage>> stage_so_far(site.topics.size());
  std::vector<bool> discussed(site.topics.size(), false);

  for (std::size_t m = 0; m < site.meetings.size(); ++m) {
    const Meeting& meeting = site.meetings[m];
    if (!meeting.held()) continue;
    MeetingParticipation entry;
    entry.meeting = static_cast<int>(m);
    entry.taking_part = organizations_taking_part(meeting);
    entry.has_participant_list = !meeting.participants.empty();
    for (int org : entry.taking_part) {
      (stats.attendance[org]++ == 0 ? entry.new_count : entry.returning_count)++;
      entry.by_region[region_slot(site.organizations[org])]++;
    }
    entry.topic_count = static_cast<int>(meeting.topics.size());
    for (const auto& item : meeting.topics) {
      if (item.topic.index >= 0) {
        auto& before = stage_so_far[item.topic.index];
        if (item.stage && before && *item.stage > *before) entry.stages_advanced++;
        before = item.stage;
        discussed[item.topic.index] = true;
      }
      for (const auto& conclusion : item.conclusions) {
        stats.conclusions_by_status[static_cast<int>(latest_status(conclusion))]++;
        entry.conclusion_count++;
        stats.conclusions++;
      }
    }

    if (stats.years.empty() || stats.years.back().year != meeting.date.year) {
      // Meetings are in date order, so years only grow; fill the gaps.
      int year = stats.years.empty() ? meeting.date.year : stats.years.back().year + 1;
      for (; year <= meeting.date.year; ++year) stats.years.push_back({year, 0, 0});
    }
    (meeting.kind == Kind::Cto ? stats.years.back().cto : stats.years.back().cxo)++;

    stats.meetings.push_back(std::move(entry));
  }

  // Came back: walk backwards remembering the nearest later meeting with a
  // participant list, so each meeting is compared once.
  const MeetingParticipation* next_with_list = nullptr;
  for (auto it = stats.meetings.rbegin(); it != stats.meetings.rend(); ++it) {
    if (it->has_participant_list && next_with_list) {
      it->compared_with = next_with_list->meeting;
      it->came_back = common_count(it->taking_part, next_with_list->taking_part);
    }
    if (it->has_participant_list) next_with_list = &*it;
  }

  for (std::size_t t = 0; t < site.topics.size(); ++t) {
    if (!discussed[t]) continue;
    stats.topics_discussed++;
    stats.topics_by_stage[stage_so_far[t] ? static_cast<int>(*stage_so_far[t]) : kStageCount]++;
  }

  int most = 0;
  for (int count : stats.attendance) most = std::max(most, count);
  stats.attendance_histogram.assign(most + 1, 0);
  for (std::size_t o = 0; o < site.organizations.size(); ++o) {
    int count = stats.attendance[o];
    stats.attendance_histogram[count]++;
    if (count == 0) continue;
    RegionTotals& region = stats.regions[region_slot(site.organizations[o])];
    region.organizations++;
    stats.organizations_taking_part++;
    if (count >= 2) {
      region.two_or_more++;
      stats.attended_two_or_more++;
    }
  }
  return stats;
}

}  // namespace cxo

#pragma once
// The figures the statistics page, the organizations index and the open data
// share, derived in one pass over the held meetings. Only held meetings
// count: planned and cancelled ones are agendas, not participation.
//
// Rules (CONTENT-MODEL.md, "Organizations and participation"):
// - an organization takes part in a held meeting when the meeting lists it
//   in `participants` or `hosts`;
// - it is new at its first such meeting and returning at every later one;
// - "came back" compares a meeting's organizations with those of the next
//   held meeting that has a participant list (a non-empty `participants`);
//   where no such meeting follows, the figure is unknown, not zero. A meeting
//   without a participant list of its own has no came-back figure either:
//   its hosts alone say nothing about who attended.
#include <array>
#include <optional>
#include <vector>

#include "model/site.h"

namespace cxo {

inline constexpr int kRegionCount = 6;
inline constexpr int kNoRegion = kRegionCount;  // slot for organizations without a region
inline constexpr int kMembershipCount = 4;
inline constexpr int kNoMembership = kMembershipCount;
inline constexpr int kFollowUpStatusCount = 4;

struct MeetingParticipation {
  int meeting = -1;                   // into Site::meetings
  std::vector<int> taking_part;       // organization indexes, ascending, each once
  bool has_participant_list = false;  // `participants` is not empty
  int new_count = 0;
  int returning_count = 0;
  // The next held meeting with a participant list, and how many of this
  // meeting's organizations took part in it. Both empty when unknown or
  // when this meeting has no participant list.
  std::optional<int> compared_with;
  std::optional<int> came_back;
  std::array<int, kRegionCount + 1> by_region{};  // [kNoRegion]: no region recorded
  int topic_count = 0;
  int conclusion_count = 0;
  // Topics whose stage here is later in the lifecycle than at the last held
  // meeting that discussed them before: what the meeting moved forward.
  int stages_advanced = 0;
};

struct YearOfMeetings {
  int year = 0;
  int cto = 0;
  int cxo = 0;
};

struct RegionTotals {
  int organizations = 0;  // took part in at least one held meeting
  int two_or_more = 0;    // took part in two or more
};

struct Statistics {
  std::vector<MeetingParticipation> meetings;  // held meetings, in date order
  // Per organization (index into Site::organizations): held meetings taken
  // part in.
  std::vector<int> attendance;
  int organizations_taking_part = 0;  // attended at least one held meeting
  int attended_two_or_more = 0;
  // [n]: organizations that took part in exactly n held meetings; [0] counts
  // the organizations of the register that took part in none.
  std::vector<int> attendance_histogram;
  std::array<RegionTotals, kRegionCount + 1> regions{};
  // Every year from the first held meeting to the last, gaps included, so a
  // chart shows the years without a meeting.
  std::vector<YearOfMeetings> years;
  std::array<int, kFollowUpStatusCount> conclusions_by_status{};  // by latest status
  // Topics discussed at a held meeting, by their current stage (at the
  // latest held meeting that discussed them); [kStageCount]: none recorded.
  std::array<int, kStageCount + 1> topics_by_stage{};
  int topics_discussed = 0;
  int conclusions = 0;
};

Statistics compute_statistics(const Site& site);

// The organizations taking part in a meeting: its participants and hosts,
// as organization indexes, ascending, each once.
std::vector<int> organizations_taking_part(const Meeting& meeting);

// Index of an organization's region slot: its region, or kNoRegion.
int region_slot(const Organization& organization);
int membership_slot(const Organization& organization);

}  // namespace cxo

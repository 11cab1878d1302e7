#pragma once
// What Resolution 68 asks TSB to report, derived from the content alone:
// each topic's progression through the lifecycle across held meetings, the
// latest status of each conclusion, and the outcomes of a study period.
// Editors never type any of this.
#include <optional>
#include <string>
#include <vector>

#include "model/indexes.h"
#include "model/site.h"

namespace cxo {

struct Gap {
  int after = -1;       // index into TopicHistory::mentions: the run follows it
  int first_held = -1;  // index into Indexes::recorded of the run's first meeting
  int count = 0;        // held meetings in the run
};

struct TopicHistory {
  std::vector<Mention> mentions;  // held meetings that discussed it, oldest first
  int first_meeting = -1;         // -1: never discussed at a held meeting
  int last_meeting = -1;
  // The stage at the latest held meeting that discussed it (stages may go
  // backwards); none when never discussed.
  std::optional<Stage> current_stage;
  // Held meetings between the first and the last that did not discuss it,
  // as runs between two that did (one per pair at most, so the history stays
  // linear in its mentions however many meetings fall in between).
  std::vector<Gap> gaps;
  int gap_count = 0;  // held meetings in all the runs
  // Held meetings between the first and the last whose topics are not
  // recorded: neither discussed nor not discussed, as far as the archive
  // knows.
  std::vector<int> unrecorded;
};

TopicHistory topic_history(const Site& site, const Indexes& indexes, int topic);

// The stage a topic had reached by the end of `meeting` (inclusive): its
// stage at the latest held meeting up to then that discussed it.
std::optional<Stage> stage_as_of(const Site& site, const TopicHistory& history, int meeting);

struct ConclusionRef {
  int meeting = -1;
  int item = -1;
  int conclusion = -1;  // index into the agenda item's conclusions
};

// Every conclusion of every held meeting, in meeting order, then agenda order.
std::vector<ConclusionRef> all_conclusions(const Site& site);

struct StudyPeriod {
  int first_year;
  int last_year;
  std::string slug() const { return std::to_string(first_year) + "-" + std::to_string(last_year); }
  // As a reader sees it: a range of years takes an en dash ("2022–2024").
  std::string label() const {
    return std::to_string(first_year) + "\u2013" + std::to_string(last_year);
  }
  bool contains(int year) const { return year >= first_year && year <= last_year; }
};

// ITU-T study periods, oldest first.
const std::vector<StudyPeriod>& study_periods();

struct PeriodAssessment {
  StudyPeriod period;
  std::vector<int> meetings;                 // held meetings in the period
  std::vector<int> new_organizations;        // took part for the first time ever
  std::vector<int> returning_organizations;  // had taken part before the period
  // Who took part is known only where a meeting lists its participants; the
  // published counts are summed over the meetings that published one.
  int meetings_with_participant_list = 0;
  int executives = 0, meetings_with_executives = 0;
  int companies = 0, meetings_with_companies = 0;
  std::vector<int> topics_discussed;  // by topic index
  std::vector<int> topics_raised;     // first discussed in this period
  struct Advance {
    int topic;
    Stage from;  // at the last meeting before the period, else its first in the period
    Stage to;    // at its last meeting in the period
  };
  std::vector<Advance> stages_advanced;
  std::vector<ConclusionRef> conclusions;                // adopted at meetings in the period
  int done = 0, open = 0, in_progress = 0, dropped = 0;  // by latest status
};

// Assessments of the periods holding at least one held meeting.
std::vector<PeriodAssessment> assess_periods(const Site& site, const Indexes& indexes);

}  // namespace cxo

#include "model/history.h"

#include <algorithm>
#include <set>

#include "model/follow_up.h"

namespace cxo {

TopicHistory topic_history(const Site& site, const Indexes& indexes, int topic) {
  TopicHistory history;
  history.mentions = indexes.topic_mentions[topic];
  if (history.mentions.empty()) return history;
  history.first_meeting = history.mentions.front().meeting;
  history.last_meeting = history.mentions.back().meeting;
  const Mention& last = history.mentions.back();
  history.current_stage = site.meetings[last.meeting].topics[last.item].stage;
  // Mentions are held meetings with topics, so the run between two of them
  // is every such meeting strictly between them in Indexes::recorded.
  for (std::size_t i = 0; i + 1 < history.mentions.size(); ++i) {
    int first = indexes.recorded_before[history.mentions[i].meeting] + 1;
    int end = indexes.recorded_before[history.mentions[i + 1].meeting];
    if (end > first) {
      history.gaps.push_back({static_cast<int>(i), first, end - first});
      history.gap_count += end - first;
    }
  }
  // Meetings are in date order, so those in between form one run of
  // Indexes::unrecorded, found by binary search.
  const auto& unrecorded = indexes.unrecorded;
  auto from = std::upper_bound(unrecorded.begin(), unrecorded.end(), history.first_meeting);
  auto to = std::lower_bound(from, unrecorded.end(), history.last_meeting);
  history.unrecorded.assign(from, to);
  return history;
}

std::optional<Stage> stage_as_of(const Site& site, const TopicHistory& history, int meeting) {
  std::optional<Stage> stage;
  for (const Mention& mention : history.mentions) {
    if (mention.meeting > meeting) break;
    stage = site.meetings[mention.meeting].topics[mention.item].stage;
  }
  return stage;
}

std::vector<ConclusionRef> all_conclusions(const Site& site) {
  std::vector<ConclusionRef> refs;
  for (std::size_t m = 0; m < site.meetings.size(); ++m) {
    if (!site.meetings[m].held()) continue;
    const auto& topics = site.meetings[m].topics;
    for (std::size_t i = 0; i < topics.size(); ++i) {
      for (std::size_t c = 0; c < topics[i].conclusions.size(); ++c) {
        refs.push_back({static_cast<int>(m), static_cast<int>(i), static_cast<int>(c)});
      }
    }
  }
  return refs;
}

const std::vector<StudyPeriod>& study_periods() {
  static const std::vector<StudyPeriod> periods = {
      {2009, 2012}, {2013, 2016}, {2017, 2021}, {2022, 2024}, {2025, 2028}};
  return periods;
}

namespace {

// Organizations taking part in a held meeting: participants and hosts.
template <typename Each>
void for_each_taking_part(const Meeting& meeting, Each each) {
  for (const auto& ref : meeting.participants) {
    if (ref.index >= 0) each(ref.index);
  }
  for (const auto& ref : meeting.hosts) {
    if (ref.index >= 0) each(ref.index);
  }
}

}  // namespace

std::vector<PeriodAssessment> assess_periods(const Site& site, const Indexes& indexes) {
  std::vector<PeriodAssessment> assessments;
  std::vector<ConclusionRef> conclusions = all_conclusions(site);
  std::vector<TopicHistory> histories;
  for (std::size_t t = 0; t < site.topics.size(); ++t) {
    histories.push_back(topic_history(site, indexes, static_cast<int>(t)));
  }
  for (const StudyPeriod& period : study_periods()) {
    PeriodAssessment assessment{};
    assessment.period = period;
    std::set<int> before, during;
    for (std::size_t m = 0; m < site.meetings.size(); ++m) {
      const Meeting& meeting = site.meetings[m];
      if (!meeting.held() || meeting.date.year > period.last_year) continue;
      if (meeting.date.year < period.first_year) {
        for_each_taking_part(meeting, [&](int org) { before.insert(org); });
        continue;
      }
      assessment.meetings.push_back(static_cast<int>(m));
      for_each_taking_part(meeting, [&](int org) { during.insert(org); });
      if (!meeting.participants.empty()) ++assessment.meetings_with_participant_list;
      if (meeting.counts.executives) {
        assessment.executives += *meeting.counts.executives;
        ++assessment.meetings_with_executives;
      }
      if (meeting.counts.companies) {
        assessment.companies += *meeting.counts.companies;
        ++assessment.meetings_with_companies;
      }
    }
    if (assessment.meetings.empty()) continue;
    for (int org : during) {
      (before.count(org) ? assessment.returning_organizations : assessment.new_organizations)
          .push_back(org);
    }
    const int first = assessment.meetings.front(), last = assessment.meetings.back();
    for (std::size_t t = 0; t < site.topics.size(); ++t) {
      const TopicHistory& history = histories[t];
      std::optional<Stage> from, to;
      bool discussed = false;
      for (const Mention& mention : history.mentions) {
        const auto& stage = site.meetings[mention.meeting].topics[mention.item].stage;
        if (mention.meeting < first) {
          from = stage;
        } else if (mention.meeting <= last) {
          if (!discussed && !from) from = stage;
          discussed = true;
          to = stage;
        }
      }
      if (!discussed) continue;
      int topic = static_cast<int>(t);
      assessment.topics_discussed.push_back(topic);
      if (history.first_meeting >= first) assessment.topics_raised.push_back(topic);
      if (from && to && *to > *from) assessment.stages_advanced.push_back({topic, *from, *to});
    }
    for (const ConclusionRef& ref : conclusions) {
      if (ref.meeting < first || ref.meeting > last) continue;
      assessment.conclusions.push_back(ref);
      const Conclusion& conclusion =
          site.meetings[ref.meeting].topics[ref.item].conclusions[ref.conclusion];
      switch (latest_status(conclusion)) {
        case FollowUpStatus::Done:
          ++assessment.done;
          break;
        case FollowUpStatus::Open:
          ++assessment.open;
          break;
        case FollowUpStatus::InProgress:
          ++assessment.in_progress;
          break;
        case FollowUpStatus::Dropped:
          ++assessment.dropped;
          break;
      }
    }
    assessments.push_back(std::move(assessment));
  }
  return assessments;
}

}  // namespace cxo

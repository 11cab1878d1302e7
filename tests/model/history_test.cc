#include "model/history.h"

#include <gtest/gtest.h>

#include "model/follow_up.h"
#include "support/memory_site.h"

namespace cxo {
namespace {

using testing::add_meeting;
using testing::meeting_index;
using testing::topic_index;

// Seven meetings: two on the "same" day (a month-only date sorts as the 1st),
// a gap, a held meeting whose topics are not recorded, a planned and a
// cancelled meeting, and a stage going backwards.
testing::MemorySite history_site() {
  MemoryFileSystem files;
  files.add("content/organizations.yaml",
            "- {id: kt, name: KT}\n- {id: ntt, name: NTT}\n- {id: du, name: du}\n");
  files.add("content/topics.yaml",
            "- {id: five-g, title: 5G}\n- {id: iot, title: IoT}\n- {id: ai, title: AI}\n"
            "- {id: never, title: Never discussed}\n");
  add_meeting(files, "2015-04-seoul",
              "kind: CTO\ndate: 2015-04\ncity: Seoul\ncountry: Korea\nhosts: [kt]\n"
              "topics:\n  - {topic: five-g, stage: emerging}\n",
              "# 5G\n");
  add_meeting(files, "2015-04-01-tokyo",
              "kind: CTO\ndate: 2015-04-01\ncity: Tokyo\ncountry: Japan\nparticipants: [ntt]\n"
              "topics:\n  - {topic: iot, stage: prioritized}\n",
              "# IoT\n");
  add_meeting(files, "2016-03-21-seoul",
              "kind: CTO\ndate: 2016-03-21\ncity: Seoul\ncountry: Korea\nparticipants: [kt, ntt]\n"
              "topics:\n  - {topic: iot, stage: in-study}\n",
              "# IoT\n");
  // No topics: the sources do not say what was discussed, so it is no gap.
  add_meeting(files, "2016-10-01-paris",
              "kind: CTO\ndate: 2016-10-01\ncity: Paris\ncountry: France\n",
              "CTOs met in Paris.\n");
  add_meeting(files, "2017-05-01-geneva",
              "kind: CxO\ndate: 2017-05-01\ncity: Geneva\ncountry: Switzerland\n"
              "topics:\n  - {topic: five-g}\n");
  add_meeting(files, "2018-05-01-geneva",
              "kind: CxO\ndate: 2018-05-01\ncity: Geneva\ncountry: Switzerland\n"
              "status: cancelled\ntopics:\n  - {topic: five-g}\n");
  add_meeting(files, "2019-12-dubai",
              "kind: CxO\ndate: 2019-12\ncity: Dubai\ncountry: UAE\nparticipants: [du, kt]\n"
              "topics:\n  - {topic: five-g, stage: in-standardization}\n"
              "  - {topic: iot, stage: emerging}\n  - {topic: ai, stage: emerging}\n",
              "# Topics\n");
  return testing::load_memory_site(std::move(files));
}

// The meetings of every gap, in order.
std::vector<int> gap_meetings(const Indexes& indexes, const TopicHistory& history) {
  std::vector<int> meetings;
  for (const Gap& gap : history.gaps) {
    for (int h = gap.first_held; h < gap.first_held + gap.count; ++h) {
      meetings.push_back(indexes.recorded[h]);
    }
  }
  return meetings;
}

TEST(TopicHistory, FollowsHeldMeetingsInDateOrder) {
  auto s = history_site();
  ASSERT_TRUE(s.diagnostics.empty()) << s.diagnostics.front();
  // Equal sort dates order by id: 2015-04-01-tokyo before 2015-04-seoul.
  EXPECT_EQ(s.site.meetings[0].id, "2015-04-01-tokyo");
  EXPECT_EQ(s.site.meetings[1].id, "2015-04-seoul");

  TopicHistory five_g = topic_history(s.site, s.indexes, topic_index(s.site, "five-g"));
  ASSERT_EQ(five_g.mentions.size(), 2u);  // planned and cancelled meetings don't count
  EXPECT_EQ(five_g.first_meeting, meeting_index(s.site, "2015-04-seoul"));
  EXPECT_EQ(five_g.last_meeting, meeting_index(s.site, "2019-12-dubai"));
  EXPECT_EQ(five_g.current_stage, Stage::InStandardization);
  // Only the held meeting in between is a gap.
  EXPECT_EQ(gap_meetings(s.indexes, five_g),
            std::vector<int>{meeting_index(s.site, "2016-03-21-seoul")});
  ASSERT_EQ(five_g.gaps.size(), 1u);
  EXPECT_EQ(five_g.gaps[0].after, 0);
  EXPECT_EQ(five_g.gap_count, 1);
  // The meeting without topics is named apart: not recorded.
  EXPECT_EQ(five_g.unrecorded, std::vector<int>{meeting_index(s.site, "2016-10-01-paris")});
  TopicHistory ai = topic_history(s.site, s.indexes, topic_index(s.site, "ai"));
  EXPECT_TRUE(ai.unrecorded.empty());
}

TEST(TopicHistory, CurrentStageIsTheLatestEvenWhenItWentBackwards) {
  auto s = history_site();
  TopicHistory iot = topic_history(s.site, s.indexes, topic_index(s.site, "iot"));
  EXPECT_EQ(iot.mentions.size(), 3u);
  EXPECT_EQ(iot.current_stage, Stage::Emerging);
  // Seoul 2015 (same sort date as Tokyo, later by id) discussed only 5G.
  EXPECT_EQ(gap_meetings(s.indexes, iot), std::vector<int>{meeting_index(s.site, "2015-04-seoul")});
  EXPECT_EQ(stage_as_of(s.site, iot, meeting_index(s.site, "2017-05-01-geneva")), Stage::InStudy);
  EXPECT_EQ(stage_as_of(s.site, iot, meeting_index(s.site, "2015-04-01-tokyo")),
            Stage::Prioritized);
}

TEST(TopicHistory, ATopicDiscussedOnceOrNever) {
  auto s = history_site();
  TopicHistory ai = topic_history(s.site, s.indexes, topic_index(s.site, "ai"));
  EXPECT_EQ(ai.first_meeting, ai.last_meeting);
  EXPECT_EQ(ai.current_stage, Stage::Emerging);
  EXPECT_TRUE(ai.gaps.empty());
  TopicHistory never = topic_history(s.site, s.indexes, topic_index(s.site, "never"));
  EXPECT_EQ(never.first_meeting, -1);
  EXPECT_FALSE(never.current_stage);
  EXPECT_FALSE(stage_as_of(s.site, never, 5));
}

TEST(FollowUp, LatestDateWinsAndTiesGoToTheLaterEntry) {
  Conclusion conclusion;
  EXPECT_EQ(latest_status(conclusion), FollowUpStatus::Open);
  auto entry = [](const char* date, FollowUpStatus status) {
    FollowUp f;
    f.date = *parse_date(date, true);
    f.status = status;
    return f;
  };
  conclusion.follow_up = {entry("2021-06-01", FollowUpStatus::Done),
                          entry("2020-01-15", FollowUpStatus::InProgress)};
  EXPECT_EQ(latest_status(conclusion), FollowUpStatus::Done);
  // 2022-03 sorts as 2022-03-01: a tie, so the later entry in the list wins.
  conclusion.follow_up.push_back(entry("2022-03-01", FollowUpStatus::InProgress));
  conclusion.follow_up.push_back(entry("2022-03", FollowUpStatus::Dropped));
  EXPECT_EQ(latest_status(conclusion), FollowUpStatus::Dropped);
}

TEST(PeriodAssessment, CountsOnlyHeldMeetingsOfPeriodsThatHaveThem) {
  auto s = history_site();
  auto periods = assess_periods(s.site, s.indexes);
  ASSERT_EQ(periods.size(), 2u);
  const PeriodAssessment& first = periods[0];
  EXPECT_EQ(first.period.slug(), "2013-2016");
  EXPECT_EQ(first.meetings.size(), 4u);  // Paris 2016, without topics, was held
  EXPECT_EQ(first.new_organizations.size(), 2u);  // kt (host) and ntt
  EXPECT_TRUE(first.returning_organizations.empty());
  EXPECT_EQ(first.topics_raised.size(), 2u);
  // IoT went from prioritized to in-study within the period.
  ASSERT_EQ(first.stages_advanced.size(), 1u);
  EXPECT_EQ(first.stages_advanced[0].topic, topic_index(s.site, "iot"));
  EXPECT_EQ(first.stages_advanced[0].from, Stage::Prioritized);
  EXPECT_EQ(first.stages_advanced[0].to, Stage::InStudy);

  const PeriodAssessment& second = periods[1];
  EXPECT_EQ(second.period.slug(), "2017-2021");
  EXPECT_EQ(second.meetings.size(), 1u);  // the planned and cancelled ones don't count
  EXPECT_EQ(second.new_organizations, std::vector<int>{testing::organization_index(s.site, "du")});
  EXPECT_EQ(second.returning_organizations,
            std::vector<int>{testing::organization_index(s.site, "kt")});
  // 5G advanced from its stage before the period (emerging) to in-standardization;
  // IoT went backwards, which is no advance; AI was raised.
  ASSERT_EQ(second.stages_advanced.size(), 1u);
  EXPECT_EQ(second.stages_advanced[0].from, Stage::Emerging);
  EXPECT_EQ(second.stages_advanced[0].to, Stage::InStandardization);
  EXPECT_EQ(second.topics_raised, std::vector<int>{topic_index(s.site, "ai")});
}

}  // namespace
}  // namespace cxo

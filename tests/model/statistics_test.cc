// The statistics derivations on a small archive whose figures are worked
// out by hand below.
#include "model/statistics.h"

#include <gtest/gtest.h>

namespace cxo {
namespace {

Reference ref(const std::string& id, int index) {
  return Reference{id, {}, index};
}

Meeting meeting(const std::string& id, const std::string& date, Kind kind, Status status,
                std::vector<Reference> participants, std::vector<Reference> hosts = {}) {
  Meeting m;
  m.id = id;
  m.date = *parse_date(date, true);
  m.kind = kind;
  m.status = status;
  m.participants = std::move(participants);
  m.hosts = std::move(hosts);
  return m;
}

Organization organization(const std::string& id, std::optional<Region> region) {
  Organization org;
  org.id = id;
  org.name = id;
  org.region = region;
  return org;
}

// Organizations: a (Europe), b (Asia-Pacific), c (no region), d (Africa),
// e (Europe, never takes part).
//
// meeting  status     participants  hosts  taking part  new  returning
// m0 2010  held       a b           -      a b          a b  -
// m1 2011  planned    a c d         -      (not counted)
// m2 2012  held       -             c      c            c    -
// m3 2013  held       a             d      a d          d    a
// m4 2014  cancelled  a b           -      (not counted)
// m5 2015  held       a b d         a      a b d        -    a b d
//
// Came back (next held meeting with a participant list):
//   m0 -> m3: {a b} ∩ {a d} = 1; m2 has no list of its own: none;
//   m3 -> m5: {a d} ∩ {a b d} = 2; m5: nothing follows, unknown.
// Attendance: a 3, b 2, c 1, d 2, e 0.
Site sample_site() {
  Site site;
  site.organizations = {organization("a", Region::Europe), organization("b", Region::AsiaPacific),
                        organization("c", std::nullopt), organization("d", Region::Africa),
                        organization("e", Region::Europe)};
  auto a = ref("a", 0), b = ref("b", 1), c = ref("c", 2), d = ref("d", 3);
  site.meetings = {
      meeting("m0", "2010-03-01", Kind::Cto, Status::Held, {a, b}),
      meeting("m1", "2011-05", Kind::Cto, Status::Planned, {a, c, d}),
      meeting("m2", "2012-10", Kind::Cxo, Status::Held, {}, {c}),
      meeting("m3", "2013-04-02", Kind::Cto, Status::Held, {a}, {d}),
      meeting("m4", "2014-06-01", Kind::Cxo, Status::Cancelled, {a, b}),
      meeting("m5", "2015-11-20", Kind::Cto, Status::Held, {a, b, d}, {a}),
  };
  return site;
}

TEST(Statistics, OnlyHeldMeetingsCount) {
  Statistics stats = compute_statistics(sample_site());
  ASSERT_EQ(stats.meetings.size(), 4u);
  EXPECT_EQ(stats.meetings[0].meeting, 0);
  EXPECT_EQ(stats.meetings[1].meeting, 2);
  EXPECT_EQ(stats.meetings[2].meeting, 3);
  EXPECT_EQ(stats.meetings[3].meeting, 5);
  // c is listed by the planned m1 before it took part in m2: still new at m2.
  EXPECT_EQ(stats.meetings[1].new_count, 1);
}

TEST(Statistics, NewAndReturningPerMeeting) {
  Statistics stats = compute_statistics(sample_site());
  std::vector<std::pair<int, int>> expected = {{2, 0}, {1, 0}, {1, 1}, {0, 3}};
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(stats.meetings[i].new_count, expected[i].first) << i;
    EXPECT_EQ(stats.meetings[i].returning_count, expected[i].second) << i;
  }
  // A host that is also a participant takes part once.
  EXPECT_EQ(stats.meetings[3].taking_part, (std::vector<int>{0, 1, 3}));
}

TEST(Statistics, CameBackComparesWithTheNextMeetingWithAParticipantList) {
  Statistics stats = compute_statistics(sample_site());
  // m0 skips m2, which lists only a host, and compares with m3.
  ASSERT_TRUE(stats.meetings[0].came_back);
  EXPECT_EQ(*stats.meetings[0].came_back, 1);
  EXPECT_EQ(*stats.meetings[0].compared_with, 3);
  // m2 has no participant list of its own: no figure.
  EXPECT_FALSE(stats.meetings[1].has_participant_list);
  EXPECT_FALSE(stats.meetings[1].came_back);
  EXPECT_EQ(*stats.meetings[2].came_back, 2);
  EXPECT_EQ(*stats.meetings[2].compared_with, 5);
  // Nothing follows m5: unknown, not zero.
  EXPECT_TRUE(stats.meetings[3].has_participant_list);
  EXPECT_FALSE(stats.meetings[3].came_back);
  EXPECT_FALSE(stats.meetings[3].compared_with);
}

TEST(Statistics, CameBackIsUnknownWhenOnlyMeetingsWithoutListsFollow) {
  Site site = sample_site();
  // Turn m5 into a meeting with hosts only: m3 then has nothing to compare with.
  site.meetings[5].participants.clear();
  Statistics stats = compute_statistics(site);
  EXPECT_TRUE(stats.meetings[0].came_back);
  EXPECT_FALSE(stats.meetings[2].came_back);
  EXPECT_FALSE(stats.meetings[3].came_back);
}

TEST(Statistics, SharesAttendingTwoOrMore) {
  Statistics stats = compute_statistics(sample_site());
  EXPECT_EQ(stats.attendance, (std::vector<int>{3, 2, 1, 2, 0}));
  EXPECT_EQ(stats.organizations_taking_part, 4);
  EXPECT_EQ(stats.attended_two_or_more, 3);
  EXPECT_EQ(stats.attendance_histogram, (std::vector<int>{1, 1, 2, 1}));
}

TEST(Statistics, RegionsPerMeetingCountOrganizationsWithoutARegion) {
  Statistics stats = compute_statistics(sample_site());
  auto region = [](Region r) { return static_cast<int>(r); };
  const auto& m0 = stats.meetings[0].by_region;
  EXPECT_EQ(m0[region(Region::Europe)], 1);
  EXPECT_EQ(m0[region(Region::AsiaPacific)], 1);
  EXPECT_EQ(m0[kNoRegion], 0);
  const auto& m2 = stats.meetings[1].by_region;
  EXPECT_EQ(m2[kNoRegion], 1);
  int sum = 0;
  for (int n : m2) sum += n;
  EXPECT_EQ(sum, 1);
  const auto& m5 = stats.meetings[3].by_region;
  EXPECT_EQ(m5[region(Region::Europe)], 1);
  EXPECT_EQ(m5[region(Region::AsiaPacific)], 1);
  EXPECT_EQ(m5[region(Region::Africa)], 1);
  EXPECT_EQ(m5[kNoRegion], 0);
}

TEST(Statistics, RegionTotalsCountOnlyOrganizationsThatTookPart) {
  Statistics stats = compute_statistics(sample_site());
  auto totals = [&](int slot) {
    return std::make_pair(stats.regions[slot].organizations, stats.regions[slot].two_or_more);
  };
  // e (Europe) never took part.
  EXPECT_EQ(totals(static_cast<int>(Region::Europe)), std::make_pair(1, 1));
  EXPECT_EQ(totals(static_cast<int>(Region::AsiaPacific)), std::make_pair(1, 1));
  EXPECT_EQ(totals(static_cast<int>(Region::Africa)), std::make_pair(1, 1));
  EXPECT_EQ(totals(kNoRegion), std::make_pair(1, 0));
  EXPECT_EQ(totals(static_cast<int>(Region::Americas)), std::make_pair(0, 0));
}

TEST(Statistics, MeetingsPerYearIncludeTheYearsWithoutOne) {
  Statistics stats = compute_statistics(sample_site());
  ASSERT_EQ(stats.years.size(), 6u);
  std::vector<std::tuple<int, int, int>> expected = {{2010, 1, 0}, {2011, 0, 0}, {2012, 0, 1},
                                                     {2013, 1, 0}, {2014, 0, 0}, {2015, 1, 0}};
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(std::make_tuple(stats.years[i].year, stats.years[i].cto, stats.years[i].cxo),
              expected[i]);
  }
}

TEST(Statistics, ConclusionsByLatestStatusFromHeldMeetingsOnly) {
  Site site = sample_site();
  auto conclusion = [](const std::string& id,
                       std::vector<std::pair<std::string, FollowUpStatus>> steps) {
    Conclusion c;
    c.id = id;
    for (auto& [date, status] : steps)
      c.follow_up.push_back({*parse_date(date, true), status, "", "", {}, {}});
    return c;
  };
  AgendaItem item;
  item.conclusions = {conclusion("x", {}), conclusion("y", {{"2011-01", FollowUpStatus::InProgress},
                                                            {"2012-05-01", FollowUpStatus::Done}})};
  site.meetings[0].topics.push_back(item);
  AgendaItem later;
  // The later date wins whatever the order of the entries.
  later.conclusions = {conclusion(
      "z", {{"2017-02-01", FollowUpStatus::InProgress}, {"2016-01-01", FollowUpStatus::Dropped}})};
  site.meetings[5].topics.push_back(later);
  AgendaItem agenda;
  agenda.conclusions = {conclusion("w", {})};
  site.meetings[1].topics.push_back(agenda);  // planned: not counted

  Statistics stats = compute_statistics(site);
  EXPECT_EQ(stats.conclusions, 3);
  EXPECT_EQ(stats.conclusions_by_status[static_cast<int>(FollowUpStatus::Open)], 1);
  EXPECT_EQ(stats.conclusions_by_status[static_cast<int>(FollowUpStatus::InProgress)], 1);
  EXPECT_EQ(stats.conclusions_by_status[static_cast<int>(FollowUpStatus::Done)], 1);
  EXPECT_EQ(stats.conclusions_by_status[static_cast<int>(FollowUpStatus::Dropped)], 0);
  EXPECT_EQ(stats.meetings[0].topic_count, 1);
  EXPECT_EQ(stats.meetings[0].conclusion_count, 2);
  EXPECT_EQ(stats.meetings[3].conclusion_count, 1);
}

TEST(Statistics, CurrentStagesAndTheStagesEachMeetingAdvanced) {
  Site site = sample_site();
  site.topics.resize(3);  // 0 and 1 discussed at held meetings, 2 only on an agenda
  auto item = [](int topic, std::optional<Stage> stage) {
    AgendaItem agenda;
    agenda.topic.index = topic;
    agenda.stage = stage;
    return agenda;
  };
  site.meetings[0].topics = {item(0, Stage::Emerging), item(1, Stage::Prioritized)};
  site.meetings[1].topics = {item(2, Stage::Concluded)};  // planned: not counted
  site.meetings[2].topics = {item(0, Stage::InStudy), item(1, std::nullopt)};
  // Stages may go backwards: no advance, and the latest one is current.
  site.meetings[3].topics = {item(0, Stage::Prioritized)};
  site.meetings[5].topics = {item(1, Stage::Standardized)};

  Statistics stats = compute_statistics(site);
  EXPECT_EQ(stats.topics_discussed, 2);
  EXPECT_EQ(stats.topics_by_stage[static_cast<int>(Stage::Prioritized)], 1);
  EXPECT_EQ(stats.topics_by_stage[static_cast<int>(Stage::Standardized)], 1);
  EXPECT_EQ(stats.topics_by_stage[static_cast<int>(Stage::Concluded)], 0);
  EXPECT_EQ(stats.topics_by_stage[kStageCount], 0);
  // Held meetings m0, m2, m3, m5: topic 0 advanced at m2; topic 1 has no
  // stage at m2, so m5's is not compared with anything.
  ASSERT_EQ(stats.meetings.size(), 4u);
  EXPECT_EQ(stats.meetings[0].stages_advanced, 0);
  EXPECT_EQ(stats.meetings[1].stages_advanced, 1);
  EXPECT_EQ(stats.meetings[2].stages_advanced, 0);
  EXPECT_EQ(stats.meetings[3].stages_advanced, 0);
}

TEST(Statistics, AnEmptyArchiveHasNoFigures) {
  Statistics stats = compute_statistics(Site{});
  EXPECT_TRUE(stats.meetings.empty());
  EXPECT_TRUE(stats.years.empty());
  EXPECT_EQ(stats.organizations_taking_part, 0);
  EXPECT_EQ(stats.attendance_histogram, (std::vector<int>{0}));
}

}  // namespace
}  // namespace cxo

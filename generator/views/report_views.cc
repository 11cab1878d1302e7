// The reports as HTML pages: each prints on A4 with a page break between
// topics, and links its Markdown twin (report.md) for pasting into a TSAG
// document.
#include <algorithm>
#include <map>

#include "model/archive_pages.h"
#include "model/follow_up.h"
#include "model/statistics.h"
#include "views/reports.h"
#include "views/views.h"

namespace cxo::views {

std::string tsag_report_path(const Meeting& meeting) {
  return "reports/tsag/" + meeting.id + "/index.html";
}

TsagReport tsag_report(const Site& site, const Indexes& indexes, int meeting) {
  TsagReport report;
  report.meeting = meeting;
  const auto& items = site.meetings[meeting].topics;
  std::map<int, int> part_quoting;  // section -> the part that quotes it
  for (std::size_t i = 0; i < items.size(); ++i) {
    TsagReport::TopicPart part;
    part.item = static_cast<int>(i);
    if (items[i].section_index >= 0) {
      auto [it, first] =
          part_quoting.emplace(items[i].section_index, static_cast<int>(report.topics.size()));
      if (!first) part.quoted_under = it->second;
    }
    if (items[i].topic.index >= 0) {
      const auto& mentions = indexes.topic_mentions[items[i].topic.index];
      // Mentions are in meeting order: find this meeting's place by bisection.
      auto end = std::lower_bound(mentions.begin(), mentions.end(), meeting,
                                  [](const Mention& m, int value) { return m.meeting < value; });
      part.earlier_total = static_cast<std::size_t>(end - mentions.begin());
      auto begin = end - static_cast<std::ptrdiff_t>(
                             std::min(part.earlier_total, TsagReport::kEarlierShown));
      part.earlier.assign(begin, end);
    }
    report.topics.push_back(std::move(part));
  }
  return report;
}

std::vector<ConclusionRef> follow_up_conclusions(const Site& site) {
  std::vector<ConclusionRef> refs;
  for (const ConclusionRef& ref : all_conclusions(site)) {
    FollowUpStatus status = latest_status(conclusion_at(site, ref));
    if (status == FollowUpStatus::Open || status == FollowUpStatus::InProgress) {
      refs.push_back(ref);
    }
  }
  return refs;
}

namespace {

// One earlier meeting's treatment of a topic, for "how it was addressed".
Value earlier_view(const ViewContext& context, const Mention& mention) {
  const Meeting& meeting = context.site().meetings[mention.meeting];
  const AgendaItem& item = meeting.topics[mention.item];
  const Value& item_view = context.agenda_item(mention.meeting, mention.item);
  Value::Object view{{"meeting", context.meeting_ref(mention.meeting)},
                     {"item", item_view},
                     {"has_conclusions", !item.conclusions.empty()},
                     {"conclusions", *item_view.find("conclusions")}};
  if (item.stage) view.emplace_back("stage_label", label(*item.stage));
  return Value(std::move(view));
}

Value report_frame(const ViewContext& context, const std::string& path, const std::string& title,
                   const std::string& description) {
  return context.frame(path, title, "reports", description);
}

}  // namespace

Value tsag_report_view(const ViewContext& context, const TsagReport& report) {
  const Site& site = context.site();
  const Meeting& meeting = site.meetings[report.meeting];
  Value::List topics;
  std::size_t conclusion_count = 0;
  for (const auto& part : report.topics) {
    const AgendaItem& item = meeting.topics[part.item];
    conclusion_count += item.conclusions.size();
    Value::List earlier;
    for (const Mention& mention : part.earlier) earlier.push_back(earlier_view(context, mention));
    Value::Object topic{{"item", context.agenda_item(report.meeting, part.item)},
                        {"stage", stage_view(item.stage)},
                        {"earlier", Value(std::move(earlier))},
                        {"first_time", part.earlier.empty()}};
    if (part.earlier_total > part.earlier.size()) {
      topic.emplace_back("earlier_omitted", part.earlier_total - part.earlier.size());
    }
    if (item.topic.index >= 0) topic.emplace_back("topic", context.topic_ref(item.topic.index));
    if (part.quoted_under >= 0) {
      const AgendaItem& first = meeting.topics[report.topics[part.quoted_under].item];
      if (first.topic.index >= 0) {
        topic.emplace_back("quoted_under", context.topic_ref(first.topic.index));
      }
    } else if (item.section_index >= 0 && meeting.communique) {
      topic.emplace_back(
          "section_html",
          Value::borrowed(meeting.communique->body.section_html(item.section_index)));
    }
    topics.push_back(Value(std::move(topic)));
  }
  const std::string title = "Report to TSAG: " + meeting.title;
  return Value(Value::Object{
      {"page", report_frame(context, tsag_report_path(meeting), title,
                            "The conclusions of the " + meeting.title +
                                " and how each topic progressed across the meetings")},
      {"meeting", context.meeting_ref(report.meeting)},
      {"has_hosts", !meeting.hosts.empty()},
      {"hosts", context.organization_list(meeting.hosts)},
      {"taking_part", taking_part_text(meeting)},
      {"counts", published_counts(meeting)},
      {"conclusion_count", conclusion_count},
      {"summary", meeting.communique && meeting.communique->summary},
      {"has_topics", !topics.empty()},
      {"topics", Value(std::move(topics))}});
}

std::string taking_part_text(const Meeting& meeting) {
  const std::size_t count = organizations_taking_part(meeting).size();
  if (!meeting.participants.empty()) return std::to_string(count);
  if (count) return std::to_string(count) + " (hosts only)";
  return "not recorded";
}

std::string period_taking_part_text(const PeriodAssessment& assessment) {
  const int listed = assessment.meetings_with_participant_list;
  if (listed == 0) return "not recorded";
  const std::size_t fresh = assessment.new_organizations.size();
  const std::size_t returning = assessment.returning_organizations.size();
  std::string text = std::to_string(fresh + returning) + " (" + std::to_string(fresh) + " new, " +
                     std::to_string(returning) + " returning";
  const std::size_t held = assessment.meetings.size();
  if (static_cast<std::size_t>(listed) < held) {
    text += "; participant lists for " + std::to_string(listed) + " of " + std::to_string(held) +
            (held == 1 ? " meeting" : " meetings");
  }
  return text + ")";
}

std::string period_published_text(int total, int meetings_with,
                                  const PeriodAssessment& assessment) {
  if (meetings_with == 0) return {};
  const std::size_t held = assessment.meetings.size();
  std::string text = std::to_string(total);
  if (static_cast<std::size_t>(meetings_with) < held) {
    text += ", published for " + std::to_string(meetings_with) + " of " + std::to_string(held) +
            (held == 1 ? " meeting" : " meetings");
  }
  return text;
}

// "as recorded in the archive up to 9 December 2024"
std::string as_of_text(const Site& site) {
  auto date = record_date(site);
  return date ? "as recorded in the archive up to " + date->display()
              : std::string("as recorded in the archive");
}

Value follow_up_report_view(const ViewContext& context) {
  const Site& site = context.site();
  // Grouped by the meeting that made them, as in its Markdown twin (on a
  // long archive one flat list ran to hundreds of screens), and within a
  // meeting by topic, so a topic with several conclusions is named once.
  Value::List meetings;
  Value::List topics;
  Value::List entries;
  std::size_t count = 0, meeting_count = 0;
  int current = -1, current_item = -1;
  auto close_topic = [&] {
    if (current_item < 0) return;
    const AgendaItem& item = site.meetings[current].topics[current_item];
    Value::Object topic{{"conclusions", Value(std::move(entries))}};
    if (item.topic.index >= 0) topic.emplace_back("topic", context.topic_ref(item.topic.index));
    topics.push_back(Value(std::move(topic)));
    entries = {};
    current_item = -1;
  };
  auto close_meeting = [&] {
    close_topic();
    if (current < 0) return;
    meetings.push_back(Value(Value::Object{{"meeting", context.meeting_ref(current)},
                                           {"anchor", "m-" + site.meetings[current].id},
                                           {"count", meeting_count},
                                           {"topics", Value(std::move(topics))}}));
    topics = {};
    meeting_count = 0;
  };
  for (const ConclusionRef& ref : follow_up_conclusions(site)) {
    if (ref.meeting != current) {
      close_meeting();
      current = ref.meeting;
    }
    if (ref.item != current_item) {
      close_topic();
      current_item = ref.item;
    }
    entries.push_back(conclusion_view(conclusion_at(site, ref), site.meetings[ref.meeting]));
    ++meeting_count;
    ++count;
  }
  close_meeting();
  return Value(Value::Object{{"page", report_frame(context, kFollowUpPage.path, kFollowUpPage.title,
                                                   kFollowUpPage.description)},
                             {"count", count},
                             {"as_of", as_of_text(site)},
                             {"has_contents", meetings.size() > 1},
                             {"meetings", Value(std::move(meetings))}});
}

Value period_report_view(const ViewContext& context, const PeriodAssessment& assessment) {
  const Site& site = context.site();
  auto organizations = [&](const std::vector<int>& list) {
    Value::List values;
    for (int o : sorted_by_name(site, list, NameShown::Short)) {
      values.push_back(context.organization_ref(o));
    }
    return Value(std::move(values));
  };
  auto topics = [&](const std::vector<int>& list) {
    Value::List values;
    for (int t : list) values.push_back(context.topic_ref(t));
    return Value(std::move(values));
  };
  Value::List advanced;
  for (const auto& advance : assessment.stages_advanced) {
    advanced.push_back(Value(Value::Object{{"topic", context.topic_ref(advance.topic)},
                                           {"from", label(advance.from)},
                                           {"to", label(advance.to)}}));
  }
  Value::List conclusions;
  for (const ConclusionRef& ref : assessment.conclusions) {
    Value::Object entry =
        conclusion_view(conclusion_at(site, ref), site.meetings[ref.meeting]).as_object();
    entry.emplace_back("meeting", context.meeting_ref(ref.meeting));
    conclusions.push_back(Value(std::move(entry)));
  }
  return Value(Value::Object{
      {"page", report_frame(context, period_report_path(assessment.period),
                            period_report_title(assessment.period),
                            period_report_description(assessment.period))},
      {"period", assessment.period.label()},
      {"meetings", context.meeting_list(assessment.meetings)},
      {"meeting_count", assessment.meetings.size()},
      {"has_new_organizations", !assessment.new_organizations.empty()},
      {"new_organizations", organizations(assessment.new_organizations)},
      {"taking_part", period_taking_part_text(assessment)},
      {"executives", period_published_text(assessment.executives,
                                           assessment.meetings_with_executives, assessment)},
      {"companies",
       period_published_text(assessment.companies, assessment.meetings_with_companies, assessment)},
      {"has_returning_organizations", !assessment.returning_organizations.empty()},
      {"returning_organizations", organizations(assessment.returning_organizations)},
      {"topics_discussed", topics(assessment.topics_discussed)},
      {"topics_discussed_count", assessment.topics_discussed.size()},
      {"has_topics_raised", !assessment.topics_raised.empty()},
      {"topics_raised", topics(assessment.topics_raised)},
      {"topics_raised_count", assessment.topics_raised.size()},
      {"has_advanced", !assessment.stages_advanced.empty()},
      {"advanced", Value(std::move(advanced))},
      {"advanced_count", assessment.stages_advanced.size()},
      {"has_conclusions", !assessment.conclusions.empty()},
      {"conclusions", Value(std::move(conclusions))},
      {"conclusion_count", assessment.conclusions.size()},
      {"done", assessment.done},
      {"open", assessment.open},
      {"in_progress", assessment.in_progress},
      {"dropped", assessment.dropped}});
}

Value reports_index_view(const ViewContext& context, const std::vector<PeriodAssessment>& periods) {
  const Site& site = context.site();
  Value::List tsag;
  for (int m = static_cast<int>(site.meetings.size()) - 1; m >= 0; --m) {
    if (!site.meetings[m].held()) continue;
    tsag.push_back(Value(Value::Object{{"meeting", context.meeting_ref(m)},
                                       {"path", tsag_report_path(site.meetings[m])}}));
  }
  Value::List period_list;
  for (const auto& assessment : periods) {
    period_list.push_back(Value(Value::Object{{"period", assessment.period.label()},
                                              {"path", period_report_path(assessment.period)},
                                              {"meeting_count", assessment.meetings.size()}}));
  }
  return Value(Value::Object{{"page", report_frame(context, kReportsPage.path, kReportsPage.title,
                                                   kReportsPage.description)},
                             {"follow_up_count", follow_up_conclusions(site).size()},
                             {"tsag", Value(std::move(tsag))},
                             {"periods", Value(std::move(period_list))}});
}

}  // namespace cxo::views

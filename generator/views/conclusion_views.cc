// The conclusions tracker: every conclusion with its meeting, topic and
// latest follow-up, grouped by status.
#include "model/archive_pages.h"
#include "model/follow_up.h"
#include "views/reports.h"
#include "views/views.h"

namespace cxo::views {

const Conclusion& conclusion_at(const Site& site, const ConclusionRef& ref) {
  return site.meetings[ref.meeting].topics[ref.item].conclusions[ref.conclusion];
}

namespace {

Value tracked_conclusion(const ViewContext& context, const ConclusionRef& ref) {
  const Site& site = context.site();
  const AgendaItem& item = site.meetings[ref.meeting].topics[ref.item];
  const Conclusion& conclusion = conclusion_at(site, ref);
  Value::Object entry = conclusion_view(conclusion, site.meetings[ref.meeting]).as_object();
  entry.emplace_back("meeting", context.meeting_ref(ref.meeting));
  if (item.topic.index >= 0) entry.emplace_back("topic", context.topic_ref(item.topic.index));
  if (const FollowUp* latest = latest_follow_up(conclusion)) {
    entry.emplace_back("latest_date", latest->date.display());
    entry.emplace_back("latest_date_iso", latest->date.iso());
  }
  return Value(std::move(entry));
}

}  // namespace

Value conclusions_view(const ViewContext& context) {
  const Site& site = context.site();
  std::vector<Value::List> by_status(4);
  std::size_t total = 0;
  for (const ConclusionRef& ref : all_conclusions(site)) {
    by_status[static_cast<int>(latest_status(conclusion_at(site, ref)))].push_back(
        tracked_conclusion(context, ref));
    ++total;
  }
  Value::List groups;
  for (int s = 0; s < 4; ++s) {
    auto status = static_cast<FollowUpStatus>(s);
    std::size_t count = by_status[s].size();
    groups.push_back(Value(Value::Object{{"status", to_string(status)},
                                         {"status_label", label(status)},
                                         {"count", count},
                                         {"conclusions", Value(std::move(by_status[s]))}}));
  }
  return Value(Value::Object{{"page", context.frame(kConclusionsPage.path, kConclusionsPage.title,
                                                    "conclusions", kConclusionsPage.description)},
                             {"total", total},
                             {"groups", Value(std::move(groups))}});
}

}  // namespace cxo::views

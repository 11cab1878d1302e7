// A topic's page is its history; the topics index is the overview a TSAG
// delegate reads first: every topic with its current stage, and a topics ×
// years matrix of when each was discussed and at what stage.
#include <algorithm>
#include <map>

#include "model/archive_pages.h"
#include "model/history.h"
#include "views/views.h"

namespace cxo::views {

namespace {

// "Fibre optics; Optical transport": lists of names read as one line.
std::string joined(const std::vector<std::string>& texts) {
  std::string text;
  for (const auto& item : texts) text += (text.empty() ? "" : "; ") + item;
  return text;
}

}  // namespace

namespace {

Value make_stage_view(Stage stage) {
  const int reached = static_cast<int>(stage);
  Value::List steps;
  for (int s = 0; s < kStageCount; ++s) {
    // Text marks, not colour alone: "reached" and "current" are read out.
    steps.push_back(Value(Value::Object{{"label", label(static_cast<Stage>(s))},
                                        {"number", s + 1},
                                        {"passed", s < reached},
                                        {"current", s == reached}}));
  }
  return Value(Value::Object{{"id", to_string(stage)},
                             {"label", label(stage)},
                             {"number", reached + 1},
                             {"of", kStageCount},
                             {"steps", Value(std::move(steps))}});
}

}  // namespace

Value stage_view(std::optional<Stage> stage) {
  if (!stage) return Value();
  // Six possible views, shared by every page (a Value copy shares its data).
  static const std::vector<Value> views = [] {
    std::vector<Value> all;
    for (int s = 0; s < kStageCount; ++s) all.push_back(make_stage_view(static_cast<Stage>(s)));
    return all;
  }();
  return views[static_cast<int>(*stage)];
}

Value topic_view(const ViewContext& context, int index) {
  const Site& site = context.site();
  const Topic& topic = site.topics[index];
  const Indexes& indexes = context.indexes();
  TopicHistory history = topic_history(site, indexes, index);

  // Held meetings that did not discuss the topic: all named above the
  // history while they are few, and each run named (or, when long, bounded)
  // where it falls in the history.
  constexpr int kGapsNamedAbove = 30;
  constexpr int kGapNamedInFull = 5;
  // Meeting references as a list read in one line: "a; b; c".
  auto separated = [](std::vector<Value> refs) {
    Value::List list;
    for (Value& ref : refs) {
      list.push_back(Value(Value::Object{{"meeting", std::move(ref)}, {"separator", "; "}}));
    }
    if (!list.empty()) list.back().set("separator", "");
    return Value(std::move(list));
  };
  auto gap_refs = [&](const Gap& gap, std::vector<Value>& refs) {
    for (int h = gap.first_held; h < gap.first_held + gap.count; ++h) {
      refs.push_back(context.meeting_ref(indexes.recorded[h]));
    }
  };
  Value gaps_above = Value::list();
  std::string gaps_label;
  if (history.gap_count <= kGapsNamedAbove) {
    std::vector<Value> all;
    for (const Gap& gap : history.gaps) gap_refs(gap, all);
    gaps_above = separated(std::move(all));
  } else {
    gaps_label =
        count_label(static_cast<std::size_t>(history.gap_count), "held meeting", "held meetings");
  }
  std::vector<Value> gap_after(history.mentions.size());
  for (const Gap& gap : history.gaps) {
    // "the next held meeting", "the next 3 held meetings"
    Value::Object view{{"label", gap.count == 1 ? std::string("held meeting")
                                                : count_label(static_cast<std::size_t>(gap.count),
                                                              "held meeting", "held meetings")}};
    if (gap.count <= kGapNamedInFull) {
      std::vector<Value> listed;
      gap_refs(gap, listed);
      view.emplace_back("has_listed", !listed.empty());
      view.emplace_back("listed", separated(std::move(listed)));
    } else {
      view.emplace_back("run_first", context.meeting_ref(indexes.recorded[gap.first_held]));
      view.emplace_back("run_last",
                        context.meeting_ref(indexes.recorded[gap.first_held + gap.count - 1]));
    }
    gap_after[gap.after] = Value(std::move(view));
  }

  // Held meetings in between whose topics the archive does not know: named
  // while they are few, else counted.
  Value unrecorded = Value::list();
  std::string unrecorded_label;
  if (history.unrecorded.size() <= static_cast<std::size_t>(kGapsNamedAbove)) {
    std::vector<Value> refs;
    for (int m : history.unrecorded) refs.push_back(context.meeting_ref(m));
    unrecorded = separated(std::move(refs));
  } else {
    unrecorded_label = count_label(history.unrecorded.size(), "held meeting", "held meetings");
  }

  Value::List entries;
  for (std::size_t i = 0; i < history.mentions.size(); ++i) {
    const Mention& mention = history.mentions[i];
    const Meeting& meeting = site.meetings[mention.meeting];
    const AgendaItem& item = meeting.topics[mention.item];
    Value::Object entry{{"meeting", context.meeting_ref(mention.meeting)},
                        {"item", context.agenda_item(mention.meeting, mention.item)},
                        {"stage", stage_view(item.stage)}};
    if (item.section_index >= 0 && meeting.communique) {
      entry.emplace_back(
          "section_html",
          Value::borrowed(meeting.communique->body.section_html(item.section_index)));
      entry.emplace_back("summary", meeting.communique->summary);
    }
    entry.emplace_back("gap_after", std::move(gap_after[i]));
    entries.push_back(Value(std::move(entry)));
  }
  Value::List agenda;
  for (const Mention& mention : indexes.topic_agendas[index]) {
    agenda.push_back(context.meeting_ref(mention.meeting));
  }
  Value::List related;
  for (int r : indexes.related[index]) related.push_back(context.topic_ref(r));
  Value::Object view{
      {"page", context.frame(topic_path(topic), topic.title, "topics",
                             "History of " + topic.title + " across the CTO and CxO meetings")},
      {"topic", context.topic_ref(index)},
      {"aliases", joined(topic.aliases)},
      {"summary_html", topic.summary.html},
      {"groups", joined(topic.groups)},
      {"has_related", !related.empty()},
      {"related", Value(std::move(related))},
      {"meeting_count", history.mentions.size()},
      {"meetings_label", count_label(history.mentions.size(), "meeting", "meetings")},
      {"current_stage", stage_view(history.current_stage)},
      {"has_gaps", gaps_above.size() > 0},
      {"gaps", std::move(gaps_above)},
      {"gaps_label", gaps_label},
      {"has_unrecorded", !history.unrecorded.empty()},
      {"unrecorded", std::move(unrecorded)},
      {"unrecorded_label", unrecorded_label},
      {"has_history", !entries.empty()},
      {"history", Value(std::move(entries))},
      {"has_agenda", !agenda.empty()},
      {"agenda", Value(std::move(agenda))}};
  if (history.first_meeting >= 0) {
    view.emplace_back("first", context.meeting_ref(history.first_meeting));
    view.emplace_back("last", context.meeting_ref(history.last_meeting));
  }
  return Value(std::move(view));
}

Value topics_index_view(const ViewContext& context) {
  const Site& site = context.site();
  std::vector<TopicHistory> histories;
  std::vector<int> order;
  for (std::size_t t = 0; t < site.topics.size(); ++t) {
    histories.push_back(topic_history(site, context.indexes(), static_cast<int>(t)));
    order.push_back(static_cast<int>(t));
  }
  // Most recently discussed first; never-discussed topics last; then by title.
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    if (histories[a].last_meeting != histories[b].last_meeting) {
      return histories[a].last_meeting > histories[b].last_meeting;
    }
    return site.topics[a].title < site.topics[b].title;
  });

  std::vector<int> years;
  for (const auto& meeting : site.meetings) {
    if (meeting.held() && (years.empty() || years.back() != meeting.date.year)) {
      years.push_back(meeting.date.year);
    }
  }
  Value::List year_values;
  for (int year : years) year_values.push_back(Value(year));

  Value::List topics;
  for (int t : order) {
    const TopicHistory& history = histories[t];
    Value::Object entry{{"topic", context.topic_ref(t)},
                        {"aliases", joined(site.topics[t].aliases)},
                        {"meeting_count", history.mentions.size()},
                        {"stage", stage_view(history.current_stage)}};
    if (history.first_meeting >= 0) {
      entry.emplace_back("first_year", site.meetings[history.first_meeting].date.year);
      entry.emplace_back("last_year", site.meetings[history.last_meeting].date.year);
    }
    // One cell a year: the stage at the year's last meeting that discussed it.
    std::map<int, std::optional<Stage>> by_year;
    for (const Mention& mention : history.mentions) {
      const Meeting& meeting = site.meetings[mention.meeting];
      by_year[meeting.date.year] = meeting.topics[mention.item].stage;
    }
    Value::List cells;
    for (int year : years) {
      auto it = by_year.find(year);
      if (it == by_year.end()) {
        cells.push_back(Value(Value::Object{{"year", year}}));
      } else {
        Value::Object cell;
        cell.reserve(5);
        cell.emplace_back("year", year);
        cell.emplace_back("discussed", true);
        if (it->second) {
          cell.emplace_back("number", static_cast<int>(*it->second) + 1);
          cell.emplace_back("label", label(*it->second));
          cell.emplace_back("stage", to_string(*it->second));
        }
        cells.push_back(Value(std::move(cell)));
      }
    }
    entry.emplace_back("cells", Value(std::move(cells)));
    topics.push_back(Value(std::move(entry)));
  }
  Value::List legend;
  for (int s = 0; s < kStageCount; ++s) {
    legend.push_back(Value(Value::Object{{"number", s + 1},
                                         {"label", label(static_cast<Stage>(s))},
                                         {"stage", to_string(static_cast<Stage>(s))},
                                         {"last", s + 1 == kStageCount}}));
  }
  Value page =
      context.frame(kTopicsPage.path, kTopicsPage.title, "topics", kTopicsPage.description);
  return Value(Value::Object{{"page", page},
                             {"topics", Value(std::move(topics))},
                             {"years", Value(std::move(year_values))},
                             {"legend", Value(std::move(legend))}});
}

}  // namespace cxo::views

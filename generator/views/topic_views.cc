#include <algorithm>

#include "views/views.h"

namespace cxo::views {

namespace {

Value text_list(const std::vector<std::string>& texts) {
  Value::List list;
  for (const auto& text : texts) list.push_back(Value(text));
  return Value(std::move(list));
}

}  // namespace

Value topics_index_view(const ViewContext& context) {
  const Site& site = context.site();
  const Indexes& indexes = context.indexes();
  Value::List topics;
  for (std::size_t t = 0; t < site.topics.size(); ++t) {
    const auto& mentions = indexes.topic_mentions[t];
    Value::Object entry{{"topic", context.topic_ref(static_cast<int>(t))},
                        {"aliases", text_list(site.topics[t].aliases)},
                        {"meeting_count", mentions.size()}};
    if (!mentions.empty()) {
      const Meeting& first = site.meetings[mentions.front().meeting];
      const Meeting& last = site.meetings[mentions.back().meeting];
      entry.emplace_back("first_year", first.date.year);
      entry.emplace_back("last_year", last.date.year);
      const auto& stage = last.topics[mentions.back().item].stage;
      if (stage) entry.emplace_back("stage_label", label(*stage));
    }
    topics.push_back(Value(std::move(entry)));
  }
  Value page = context.frame("topics/index.html", "Topics", "topics",
                             "Every topic the executives discussed, with its history");
  return Value(Value::Object{{"page", page}, {"topics", Value(std::move(topics))}});
}

Value topic_view(const ViewContext& context, int index) {
  const Site& site = context.site();
  const Topic& topic = site.topics[index];
  const Indexes& indexes = context.indexes();
  Value::List history;
  for (const Mention& mention : indexes.topic_mentions[index]) {
    const Meeting& meeting = site.meetings[mention.meeting];
    const AgendaItem& item = meeting.topics[mention.item];
    Value::Object entry{{"meeting", context.meeting_ref(mention.meeting)},
                        {"item", agenda_item_view(context, meeting, item)}};
    if (item.section_index >= 0 && meeting.communique) {
      entry.emplace_back("section_html",
                         meeting.communique->body.sections[item.section_index].body_html);
      entry.emplace_back("summary", meeting.communique->summary);
    }
    history.push_back(Value(std::move(entry)));
  }
  Value::List agenda;
  for (const Mention& mention : indexes.topic_agendas[index]) {
    agenda.push_back(context.meeting_ref(mention.meeting));
  }
  Value::List related;
  for (int r : indexes.related[index]) related.push_back(context.topic_ref(r));
  Value page = context.frame(topic_path(topic), topic.title, "topics",
                             "History of the topic " + topic.title +
                                 " across the CTO and CxO meetings");
  return Value(Value::Object{{"page", page},
                             {"topic", context.topic_ref(index)},
                             {"aliases", text_list(topic.aliases)},
                             {"summary_html", topic.summary.html},
                             {"groups", text_list(topic.groups)},
                             {"related", Value(std::move(related))},
                             {"meeting_count", indexes.topic_mentions[index].size()},
                             {"history", Value(std::move(history))},
                             {"agenda", Value(std::move(agenda))}});
}

}  // namespace cxo::views

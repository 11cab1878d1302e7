#include <map>

#include "markdown/links.h"
#include "model/archive_pages.h"
#include "model/follow_up.h"
#include "views/views.h"

namespace cxo::views {

Value source_view(const std::string& source) {
  if (source.empty()) return Value();
  // Sources read like "TSAG-TD55 (May 2025), https://…; https://…": every
  // URL in them becomes a link, the rest stays text.
  Value::List parts;
  std::size_t at = 0;
  while (at < source.size()) {
    std::size_t http = source.find("http://", at), https = source.find("https://", at);
    std::size_t url_start = std::min(http, https);
    if (url_start == std::string::npos) {
      parts.push_back(Value(Value::Object{{"text", source.substr(at)}}));
      break;
    }
    if (url_start > at) {
      parts.push_back(Value(Value::Object{{"text", source.substr(at, url_start - at)}}));
    }
    std::size_t url_end = source.find_first_of(" \t;", url_start);
    if (url_end == std::string::npos) url_end = source.size();
    while (url_end > url_start &&
           std::string_view(",.)").find(source[url_end - 1]) != std::string_view::npos) {
      --url_end;
    }
    parts.push_back(Value(Value::Object{{"url", source.substr(url_start, url_end - url_start)}}));
    at = url_end;
  }
  return Value(Value::Object{{"parts", Value(std::move(parts))}});
}

std::string meeting_page_link(std::string_view url, const Meeting& meeting) {
  if (!markdown::is_relative_link(url)) return std::string(url);
  return markdown::page_link(url, meeting_folder(meeting));
}

Value conclusion_view(const Conclusion& conclusion, const Meeting& meeting) {
  Value::List trail;
  for (const auto& entry : conclusion.follow_up) {
    trail.push_back(Value(Value::Object{{"date", entry.date.display()},
                                        {"date_iso", entry.date.iso()},
                                        {"status", to_string(entry.status)},
                                        {"status_label", label(entry.status)},
                                        {"note", entry.note},
                                        {"url", meeting_page_link(entry.url, meeting)}}));
  }
  FollowUpStatus status = latest_status(conclusion);
  return Value(Value::Object{{"id", conclusion.id},
                             {"text", conclusion.text},
                             {"status", to_string(status)},
                             {"status_label", label(status)},
                             {"has_follow_up", !trail.empty()},
                             {"follow_up", Value(std::move(trail))}});
}

Value agenda_item_view(const ViewContext& context, const Meeting& meeting, const AgendaItem& item) {
  Value::Object view;
  if (item.topic.index >= 0) view.emplace_back("topic", context.topic_ref(item.topic.index));
  if (item.stage) {
    view.emplace_back("stage", to_string(*item.stage));
    view.emplace_back("stage_label", label(*item.stage));
  }
  if (item.section_index >= 0 && meeting.communique) {
    const auto& heading = meeting.communique->body.headings[item.section_index];
    view.emplace_back("section_title", heading.text);
    view.emplace_back("section_anchor", heading.anchor);
  }
  Value proposed_by = context.organization_list(item.proposed_by);
  view.emplace_back("has_proposed_by", proposed_by.size() > 0);
  view.emplace_back("proposed_by", std::move(proposed_by));
  Value::List conclusions;
  for (const auto& conclusion : item.conclusions)
    conclusions.push_back(conclusion_view(conclusion, meeting));
  view.emplace_back("has_conclusions", !conclusions.empty());
  view.emplace_back("conclusions", Value(std::move(conclusions)));
  return Value(std::move(view));
}

Value meetings_index_view(const ViewContext& context) {
  const Site& site = context.site();
  // Most recent first, as the page says: the years, and the meetings in each.
  std::map<int, Value::List, std::greater<>> by_year;
  int cto = 0, cxo = 0;
  for (std::size_t m = site.meetings.size(); m-- > 0;) {
    by_year[site.meetings[m].date.year].push_back(context.meeting_ref(static_cast<int>(m)));
    if (site.meetings[m].held()) (site.meetings[m].kind == Kind::Cxo ? cxo : cto)++;
  }
  Value::List years;
  for (auto& [year, meetings] : by_year) {
    years.push_back(Value(Value::Object{{"year", year}, {"meetings", Value(std::move(meetings))}}));
  }
  Value page =
      context.frame(kMeetingsPage.path, kMeetingsPage.title, "meetings", kMeetingsPage.description);
  return Value(Value::Object{
      {"page", page}, {"years", Value(std::move(years))}, {"held_cto", cto}, {"held_cxo", cxo}});
}

Value published_counts(const Meeting& meeting) {
  if (!meeting.counts.companies && !meeting.counts.executives) return Value(false);
  Value::Object counts;
  if (meeting.counts.companies) counts.emplace_back("companies", *meeting.counts.companies);
  if (meeting.counts.executives) counts.emplace_back("executives", *meeting.counts.executives);
  return Value(std::move(counts));
}

Value meeting_view(const ViewContext& context, int index) {
  const Site& site = context.site();
  const Meeting& meeting = site.meetings[index];
  const std::string path = meeting_path(meeting);
  Value hosts = context.organization_list(meeting.hosts);
  Value supporters = context.organization_list(meeting.supporters);
  Value participants = context.organization_list(meeting.participants);
  Value::Object view{{"page", context.frame(path, meeting.title, "meetings",
                                            meeting.title + ": communiqué, participants and "
                                                            "topics")},
                     {"meeting", context.meeting_ref(index)},
                     {"chair", meeting.chair},
                     {"has_hosts", hosts.size() > 0},
                     {"hosts", std::move(hosts)},
                     {"has_supporters", supporters.size() > 0},
                     {"supporters", std::move(supporters)},
                     {"has_participants", participants.size() > 0},
                     {"participants", std::move(participants)},
                     {"participant_count", meeting.participants.size()},
                     {"json_ld", meeting_json_ld(context, index)}};
  view.emplace_back("counts", published_counts(meeting));
  Value::List documents;
  for (const auto& document : meeting.documents) {
    documents.push_back(Value(Value::Object{{"label", document.label},
                                            {"url", meeting_page_link(document.url, meeting)}}));
  }
  view.emplace_back("has_documents", !documents.empty());
  view.emplace_back("documents", Value(std::move(documents)));
  Value::List topics;
  for (std::size_t i = 0; i < meeting.topics.size(); ++i) {
    topics.push_back(context.agenda_item(index, static_cast<int>(i)));
  }
  view.emplace_back("has_topics", !topics.empty());
  view.emplace_back("topics", Value(std::move(topics)));
  if (meeting.communique) {
    view.emplace_back("communique",
                      Value(Value::Object{{"html", Value::borrowed(meeting.communique->body.html)},
                                          {"summary", meeting.communique->summary},
                                          {"source", source_view(meeting.communique->source)}}));
  }
  // Neighbours in date order, for reading the archive meeting by meeting.
  if (index > 0) view.emplace_back("previous", context.meeting_ref(index - 1));
  if (index + 1 < static_cast<int>(site.meetings.size())) {
    view.emplace_back("next", context.meeting_ref(index + 1));
  }
  return Value(std::move(view));
}

}  // namespace cxo::views

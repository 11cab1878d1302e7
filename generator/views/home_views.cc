#include <set>

#include "views/statistics_views.h"
#include "views/views.h"

namespace cxo::views {

Value home_view(const ViewContext& context) {
  const Site& site = context.site();
  const Indexes& indexes = context.indexes();
  Value::Object view{{"page", context.frame("index.html", site.config.title, "home")}};

  int latest = -1, next = -1, held = 0, cto = 0, cxo = 0, first_year = 0, last_year = 0;
  for (std::size_t m = 0; m < site.meetings.size(); ++m) {
    const Meeting& meeting = site.meetings[m];
    if (meeting.held()) {
      latest = static_cast<int>(m);
      ++held;
      (meeting.kind == Kind::Cxo ? cxo : cto)++;
      if (!first_year) first_year = meeting.date.year;
      last_year = meeting.date.year;
    } else if (meeting.status == Status::Planned && next < 0) {
      // No clock is read, so output depends on content alone: the next
      // meeting is the earliest one still planned.
      next = static_cast<int>(m);
    }
  }
  if (latest >= 0 && site.meetings[latest].communique) {
    const Meeting& meeting = site.meetings[latest];
    view.emplace_back("latest",
                      Value(Value::Object{{"meeting", context.meeting_ref(latest)},
                                          {"html", meeting.communique->body.html},
                                          {"summary", meeting.communique->summary},
                                          {"source", source_view(meeting.communique->source)}}));
  }
  if (next >= 0) view.emplace_back("next", context.meeting_ref(next));

  std::size_t organizations = 0, conclusions = 0;
  for (const auto& roles : indexes.organizations) organizations += roles.attended.empty() ? 0 : 1;
  std::size_t topics = 0;
  for (const auto& mentions : indexes.topic_mentions) topics += mentions.empty() ? 0 : 1;
  std::size_t naming = 0;
  for (const auto& meeting : site.meetings) {
    if (!meeting.held()) continue;
    naming += !meeting.participants.empty() || !meeting.hosts.empty();
    for (const auto& item : meeting.topics) conclusions += item.conclusions.size();
  }
  view.emplace_back("figures", Value(Value::Object{{"meetings", held},
                                                   {"cto", cto},
                                                   {"cxo", cxo},
                                                   {"first_year", first_year},
                                                   {"last_year", last_year},
                                                   {"organizations", organizations},
                                                   {"coverage", naming_coverage(naming, held)},
                                                   {"topics", topics},
                                                   {"conclusions", conclusions}}));
  return Value(std::move(view));
}

Value free_page_view(const ViewContext& context, int index) {
  const FreePage& page = context.site().pages[index];
  return Value(Value::Object{
      {"page", context.frame(page.name + "/index.html", page.title, "page:" + page.name)},
      {"html", page.body.html}});
}

Value not_found_view(const ViewContext& context) {
  return Value(Value::Object{{"page", context.frame("404.html", "Page not found", "")}});
}

}  // namespace cxo::views

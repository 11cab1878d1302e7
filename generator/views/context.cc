#include "views/context.h"

#include <algorithm>

#include "model/archive_pages.h"
#include "model/link.h"
#include "util/ascii_case.h"
#include "views/views.h"

namespace cxo::views {

std::string meeting_path(const Meeting& meeting) {
  return "meetings/" + meeting.id + "/index.html";
}
std::string topic_path(const Topic& topic) {
  return "topics/" + topic.id + "/index.html";
}
std::string organization_path(const Organization& organization) {
  return "organizations/" + organization.id + "/index.html";
}
std::string meeting_folder(const Meeting& meeting) {
  return "meetings/" + meeting.id + "/";
}
std::string organization_folder(const Organization& organization) {
  return "organizations/" + organization.id + "/";
}

namespace {

// OpenGraph wants "en_GB", BCP 47 writes "en-GB"; a bare language passes.
std::string og_locale(const std::string& language) {
  std::string locale = language;
  for (char& c : locale) {
    if (c == '-') c = '_';
  }
  return locale;
}

}  // namespace

std::string count_label(std::size_t count, const char* one, const char* many) {
  return std::to_string(count) + " " + (count == 1 ? one : many);
}

std::string page_root(const SiteConfig& config, const std::string& path) {
  if (path == "404.html") {
    const std::string& url = config.base_url;
    std::size_t host_end = url.find('/', url.find("//") + 2);
    return host_end == std::string::npos ? "/" : url.substr(host_end);
  }
  std::string prefix;
  for (char c : path) {
    if (c == '/') prefix += "../";
  }
  return prefix;
}

namespace {

struct NavEntry {
  const char* key;
  const char* label;
  const char* path;
};
constexpr NavEntry kNav[] = {{"home", "Home", "index.html"},
                             {"meetings", kMeetingsPage.title, kMeetingsPage.path},
                             {"topics", kTopicsPage.title, kTopicsPage.path},
                             {"organizations", kOrganizationsPage.title, kOrganizationsPage.path},
                             {"statistics", kStatisticsPage.title, kStatisticsPage.path},
                             {"data", kOpenDataPage.title, kOpenDataPage.path},
                             {"conclusions", kConclusionsPage.title, kConclusionsPage.path},
                             {"reports", kReportsPage.title, kReportsPage.path}};

Value make_nav(const Site& site, const std::string& section) {
  Value::List nav;
  for (const auto& entry : kNav) {
    nav.push_back(Value(Value::Object{
        {"label", entry.label}, {"path", entry.path}, {"current", section == entry.key}}));
  }
  for (const auto& page : site.pages) {
    nav.push_back(Value(Value::Object{{"label", page.title},
                                      {"path", page.name + "/index.html"},
                                      {"current", section == "page:" + page.name}}));
  }
  return Value(std::move(nav));
}

Value make_meeting_ref(const Meeting& meeting) {
  Value::Object ref{
      {"id", meeting.id},
      {"title", meeting.title},
      // The default title already gives the date and city; lists then
      // leave them out rather than say them twice.
      {"title_says_when", meeting.title == default_title(meeting)},
      // "CxO meeting, 9 December 2024, Dubai" needs no "CxO" chip before it.
      {"title_says_kind", meeting.title.starts_with(std::string(to_string(meeting.kind)) + " ")},
      {"path", meeting_path(meeting)},
      {"date", display_date_range(meeting.date, meeting.end_date)},
      {"date_iso", meeting.date.iso()},
      {"year", meeting.date.year},
      {"kind", to_string(meeting.kind)},
      {"is_cxo", meeting.kind == Kind::Cxo},
      {"city", meeting.city},
      {"country", meeting.country},
      {"series", meeting.series},
      {"held", meeting.held()},
      {"status", to_string(meeting.status)},
  };
  if (!meeting.held()) {
    ref.emplace_back("status_label", meeting.status == Status::Planned ? "Planned" : "Cancelled");
  }
  return Value(std::move(ref));
}

}  // namespace

ViewContext::ViewContext(const Site& site, const Indexes& indexes)
    : site_(site),
      indexes_(indexes),
      agenda_views_(std::make_unique<AgendaViews[]>(site.meetings.size())) {
  navs_.emplace("", make_nav(site, ""));
  for (const auto& entry : kNav) navs_.emplace(entry.key, make_nav(site, entry.key));
  for (const auto& page : site.pages) {
    navs_.emplace("page:" + page.name, make_nav(site, "page:" + page.name));
  }
  for (const auto& meeting : site.meetings) meeting_refs_.push_back(make_meeting_ref(meeting));
  for (const auto& topic : site.topics) {
    topic_refs_.push_back(Value(
        Value::Object{{"id", topic.id}, {"title", topic.title}, {"path", topic_path(topic)}}));
  }
  for (const auto& org : site.organizations) {
    organization_refs_.push_back(Value(Value::Object{{"id", org.id},
                                                     {"name", org.display_name()},
                                                     {"full_name", org.name},
                                                     {"path", organization_path(org)}}));
  }
}

std::vector<int> sorted_by_name(const Site& site, std::vector<int> organizations, NameShown shown) {
  auto key = [&](int o) {
    const Organization& org = site.organizations[o];
    return ascii_lower(shown == NameShown::Short ? org.display_name() : org.name);
  };
  std::vector<std::pair<std::string, int>> keyed;
  keyed.reserve(organizations.size());
  for (int o : organizations) keyed.emplace_back(key(o), o);
  std::sort(keyed.begin(), keyed.end());
  for (std::size_t i = 0; i < keyed.size(); ++i) organizations[i] = keyed[i].second;
  return organizations;
}

Value ViewContext::organization_list(const std::vector<Reference>& refs) const {
  Value::List list;
  for (const auto& ref : refs) {
    if (ref.index >= 0) list.push_back(organization_refs_[ref.index]);
  }
  return Value(std::move(list));
}

const Value& ViewContext::agenda_item(int meeting, int item) const {
  AgendaViews& views = agenda_views_[meeting];
  std::lock_guard lock(views.mutex);
  if (!views.built) {
    const Meeting& m = site_.meetings[meeting];
    for (const auto& agenda_item : m.topics) {
      views.items.push_back(agenda_item_view(*this, m, agenda_item));
    }
    views.built = true;
  }
  return views.items[item];
}

void ViewContext::forget_meeting(int meeting) {
  AgendaViews& views = agenda_views_[meeting];
  views.items.clear();
  views.built = false;
}

Value ViewContext::meeting_list(const std::vector<int>& meetings) const {
  Value::List list;
  for (int m : meetings) list.push_back(meeting_refs_[m]);
  return Value(std::move(list));
}

Value ViewContext::frame(const std::string& path, const std::string& title,
                         const std::string& section, const std::string& description) const {
  const SiteConfig& config = site_.config;
  std::string pretty = path;
  if (pretty.ends_with("index.html")) pretty.resize(pretty.size() - 10);
  auto nav = navs_.find(section);
  return Value(Value::Object{
      {"title", title},
      {"full_title", title == config.title ? title : title + " \u00b7 " + config.title},
      {"description", description.empty() ? config.description : description},
      {"root", page_root(config, path)},
      {"canonical", config.base_url + pretty},
      {"site_title", config.title},
      {"site_description", config.description},
      {"lang", config.language},
      {"og_type", path == "index.html" ? "website" : "article"},
      {"og_locale", og_locale(config.language)},
      {"nav", nav == navs_.end() ? make_nav(site_, section) : nav->second},
  });
}

}  // namespace cxo::views

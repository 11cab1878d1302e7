#include "search/documents.h"

#include <array>
#include <map>

#include "model/archive_pages.h"

namespace cxo::search {

namespace {

const char* kind_label(Kind kind) {
  return kind == Kind::Cxo ? "CxO" : "CTO";
}

std::string_view keep(DocumentSet& set, std::string text) {
  return set.text.emplace_back(std::move(text));
}

// The communiqué's opening, before its first heading: the meeting's own
// text (each section is a document of its own).
std::string_view introduction(const markdown::Document& body) {
  std::string_view text = body.text;
  if (body.headings.empty()) return text;
  const std::string& first = body.headings.front().text;
  if (text.starts_with(first + "\n")) return {};
  std::size_t at = text.find("\n" + first + "\n");
  return at == std::string_view::npos ? std::string_view{} : text.substr(0, at + 1);
}

// Headings (`full_names`): a line per organization, each its own phrase.
// Body: one line, names apart, as a snippet shows them.
void add_names(const Site& site, const std::vector<Reference>& refs, std::string& out,
               bool full_names) {
  bool any = false;
  for (const auto& ref : refs) {
    if (ref.index < 0) continue;
    const Organization& org = site.organizations[ref.index];
    if (!full_names && any) out += "; ";
    out += org.display_name();
    if (full_names && org.name != org.display_name()) out += "; " + org.name;
    if (full_names) out += "\n";
    any = true;
  }
  if (!full_names && any) out += ".\n";
}

void add_meeting(const Site& site, int m, int region, DocumentSet& set) {
  const Meeting& meeting = site.meetings[m];
  std::string date = display_date_range(meeting.date, meeting.end_date);
  std::string status = meeting.status == Status::Planned     ? "Planned "
                       : meeting.status == Status::Cancelled ? "Cancelled "
                                                             : "";
  std::string where = meeting.city + ", " + meeting.country;

  SearchDocument doc;
  doc.type = DocType::Meeting;
  doc.title = meeting.title;
  std::string headings = meeting.series + "\n" + where + "\n";
  add_names(site, meeting.hosts, headings, true);
  for (const auto& item : meeting.topics) {
    if (item.topic.index >= 0) headings += site.topics[item.topic.index].title + "\n";
  }
  doc.headings = keep(set, std::move(headings));
  std::string body;
  if (meeting.communique) body += introduction(meeting.communique->body);
  if (!meeting.chair.empty()) body += "Chaired by " + meeting.chair + ".\n";
  add_names(site, meeting.supporters, body, false);
  add_names(site, meeting.participants, body, false);
  doc.body = keep(set, std::move(body));
  doc.path = "meetings/" + meeting.id + "/index.html";
  doc.date = date;
  doc.context = status + kind_label(meeting.kind) + " meeting · " + where;
  doc.meeting = m;
  for (const auto& item : meeting.topics) {
    if (item.topic.index >= 0) doc.topics.push_back(item.topic.index);
  }
  doc.region = region;
  set.documents.push_back(std::move(doc));

  int sections = 0;
  if (meeting.communique) {
    const markdown::Document& body_doc = meeting.communique->body;
    for (std::size_t s = 0; s < body_doc.sections.size(); ++s) {
      const auto& section = body_doc.sections[s];
      if (section.heading < 0) continue;
      const auto& heading = body_doc.headings[section.heading];
      SearchDocument part;
      part.type = DocType::Section;
      part.title = heading.text;
      std::string topic_titles;
      for (const auto& item : meeting.topics) {
        if (item.section_index == static_cast<int>(s) && item.topic.index >= 0) {
          topic_titles += site.topics[item.topic.index].title + "\n";
          part.topics.push_back(item.topic.index);
        }
      }
      part.headings = keep(set, std::move(topic_titles));
      part.body = body_doc.section_text(s);
      part.path = doc_path_with_anchor(meeting, heading.anchor);
      part.date = date;
      part.context = "Communiqué of the " + meeting.title;
      part.meeting = m;
      part.region = region;
      set.documents.push_back(std::move(part));
      ++sections;
    }
  }
  set.sections_per_meeting.push_back(sections);

  int conclusions = 0;
  for (const auto& item : meeting.topics) {
    for (const auto& conclusion : item.conclusions) {
      SearchDocument entry;
      entry.type = DocType::Conclusion;
      entry.title = conclusion.text;
      std::string topic_title = item.topic.index >= 0 ? site.topics[item.topic.index].title : "";
      entry.headings = keep(set, topic_title);
      std::string notes;
      for (const auto& follow_up : conclusion.follow_up) notes += follow_up.note + "\n";
      entry.body = keep(set, std::move(notes));
      entry.path = doc_path_with_anchor(meeting, "conclusion-" + conclusion.id);
      entry.date = date;
      entry.context = meeting.title + (topic_title.empty() ? "" : " · " + topic_title);
      entry.meeting = m;
      if (item.topic.index >= 0) entry.topics.push_back(item.topic.index);
      entry.region = region;
      set.documents.push_back(std::move(entry));
      ++conclusions;
    }
  }
  set.conclusions_per_meeting.push_back(conclusions);
}

}  // namespace

std::string doc_path_with_anchor(const Meeting& meeting, const std::string& anchor) {
  return "meetings/" + meeting.id + "/index.html#" + anchor;
}

const char* to_string(DocType type) {
  static const char* const names[] = {"meeting",      "section",    "topic",
                                      "organization", "conclusion", "page"};
  return names[static_cast<int>(type)];
}

const char* label(DocType type) {
  static const char* const names[] = {"Meeting",      "Communiqué section", "Topic",
                                      "Organization", "Conclusion",         "Page"};
  return names[static_cast<int>(type)];
}

std::vector<int> meeting_regions(const Site& site) {
  // Votes per country, counted once over the organizations.
  std::map<std::string, std::array<int, 6>> votes;
  for (const auto& org : site.organizations) {
    if (org.country.empty() || !org.region) continue;
    auto [it, added] = votes.try_emplace(org.country);
    if (added) it->second.fill(0);
    ++it->second[static_cast<int>(*org.region)];
  }
  std::vector<int> regions;
  regions.reserve(site.meetings.size());
  for (const auto& meeting : site.meetings) {
    int region = -1;
    if (auto it = votes.find(meeting.country); it != votes.end()) {
      int best = 0;
      for (int r = 0; r < 6; ++r) {
        if (it->second[r] > best) best = it->second[r], region = r;
      }
    }
    for (const auto& host : meeting.hosts) {
      if (region >= 0) break;
      if (host.index >= 0 && site.organizations[host.index].region) {
        region = static_cast<int>(*site.organizations[host.index].region);
      }
    }
    regions.push_back(region);
  }
  return regions;
}

DocumentSet collect_documents(const Site& site) {
  DocumentSet set;
  set.meeting_region = meeting_regions(site);
  std::vector<int> held_mentions(site.topics.size(), 0);
  for (std::size_t m = 0; m < site.meetings.size(); ++m) {
    add_meeting(site, static_cast<int>(m), set.meeting_region[m], set);
    if (!site.meetings[m].held()) continue;
    for (const auto& item : site.meetings[m].topics) {
      if (item.topic.index >= 0) ++held_mentions[item.topic.index];
    }
  }

  set.first_topic = static_cast<int>(set.documents.size());
  for (std::size_t t = 0; t < site.topics.size(); ++t) {
    const Topic& topic = site.topics[t];
    SearchDocument doc;
    doc.type = DocType::Topic;
    // A topic's other names are names of it: "AI" finds the topic
    // "Artificial intelligence and machine learning" as it would by its
    // title, ahead of the sections that only mention AI.
    std::string names = topic.title;
    for (const auto& alias : topic.aliases) names += "\n" + alias;
    doc.title = keep(set, std::move(names));
    doc.shown_title = topic.title;
    std::string headings;
    for (const auto& group : topic.groups) headings += group + "\n";
    doc.headings = keep(set, std::move(headings));
    doc.body = topic.summary.text;
    doc.path = "topics/" + topic.id + "/index.html";
    int count = held_mentions[t];
    doc.context =
        "Topic discussed at " + std::to_string(count) + (count == 1 ? " meeting" : " meetings");
    doc.topics.push_back(static_cast<int>(t));
    set.documents.push_back(std::move(doc));
  }

  set.first_organization = static_cast<int>(set.documents.size());
  for (const auto& org : site.organizations) {
    SearchDocument doc;
    doc.type = DocType::Organization;
    doc.title = org.display_name();
    std::string headings = org.name == org.display_name() ? "" : org.name + "\n";
    for (const auto& alias : org.aliases) headings += alias + "\n";
    doc.headings = keep(set, std::move(headings));
    std::string context = org.country;
    if (org.region) context += (context.empty() ? "" : " · ") + std::string(label(*org.region));
    doc.body = keep(set, context);
    doc.path = "organizations/" + org.id + "/index.html";
    doc.context = context.empty() ? "Organization" : context;
    doc.region = org.region ? static_cast<int>(*org.region) : -1;
    set.documents.push_back(std::move(doc));
  }

  set.first_page = static_cast<int>(set.documents.size());
  for (const auto& page : site.pages) {
    SearchDocument doc;
    doc.type = DocType::Page;
    doc.title = page.title;
    std::string headings;
    for (const auto& heading : page.body.headings) headings += heading.text + "\n";
    doc.headings = keep(set, std::move(headings));
    doc.body = page.body.text;
    doc.path = page.name + "/index.html";
    doc.context = "Page";
    set.documents.push_back(std::move(doc));
  }
  // The archive's own pages that gather the rest: a reader looking for
  // "statistics" or "the follow-up report" is looking for them.
  auto add_archive_page = [&](std::string path, std::string_view title,
                              std::string_view description) {
    SearchDocument doc;
    doc.type = DocType::Page;
    doc.title = keep(set, std::string(title));
    doc.body = keep(set, std::string(description));
    doc.path = std::move(path);
    doc.context = "Page of the archive";
    set.documents.push_back(std::move(doc));
  };
  for (const ArchivePage& page : kArchivePages) {
    add_archive_page(page.path, page.title, page.description);
  }
  for (const StudyPeriod& period : study_periods()) {
    add_archive_page(period_report_path(period), period_report_title(period),
                     period_report_description(period));
  }
  return set;
}

}  // namespace cxo::search

#include <algorithm>

#include "data/feeds.h"
#include "data/urls.h"
#include "markdown/links.h"

namespace cxo::data {

namespace {

// RFC 3339 as Atom wants it; a month-only date stands for its first day.
std::string timestamp(const Date& date) {
  return date.iso_day() + "T00:00:00Z";
}

std::string content_html(const Site& site, const Meeting& meeting) {
  const Communique& communique = *meeting.communique;
  std::string html;
  if (communique.summary) {
    html +=
        "<p><em>This text is a summary written for the archive, not the communiqué's own "
        "words.</em></p>\n";
  }
  std::string body = communique.body.html;
  // Links inside the text point at pages of the site; a feed reader needs
  // them absolute.
  markdown::relink_page(body, site.config.base_url);
  html += body;
  if (!communique.source.empty()) {
    html += "<p>Source: " + xml_escape(communique.source) + "</p>\n";
  }
  return html;
}

}  // namespace

std::string atom_feed(const Site& site, std::size_t limit) {
  const SiteConfig& config = site.config;
  std::vector<const Meeting*> entries;
  for (auto it = site.meetings.rbegin(); it != site.meetings.rend() && entries.size() < limit;
       ++it) {
    if (it->held() && it->communique) entries.push_back(&*it);
  }
  // The feed changed when its newest entry did; with no entry, when the
  // archive's latest meeting is dated.
  std::string updated = "1970-01-01T00:00:00Z";
  if (!entries.empty()) {
    updated = timestamp(entries.front()->date);
  } else if (!site.meetings.empty()) {
    updated = timestamp(site.meetings.back().date);
  }

  std::string xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
  xml += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"" + xml_escape(config.language) +
         "\">\n";
  xml += "<id>" + xml_escape(config.base_url) + "</id>\n";
  xml += "<title>" + xml_escape(config.title) + "</title>\n";
  if (!config.description.empty()) {
    xml += "<subtitle>" + xml_escape(config.description) + "</subtitle>\n";
  }
  xml += "<updated>" + updated + "</updated>\n";
  xml += "<author><name>" + xml_escape(config.title) + "</name><uri>" +
         xml_escape(config.base_url) + "</uri></author>\n";
  xml += "<link rel=\"self\" type=\"application/atom+xml\" href=\"" +
         xml_escape(config.base_url + "feed.xml") + "\"/>\n";
  xml +=
      "<link rel=\"alternate\" type=\"text/html\" href=\"" + xml_escape(config.base_url) + "\"/>\n";
  xml += "<generator>cxo</generator>\n";
  for (const Meeting* meeting : entries) {
    const std::string url = meeting_url(config, *meeting);
    const std::string date = timestamp(meeting->date);
    xml += "<entry>\n";
    xml += "<id>" + xml_escape(url) + "</id>\n";
    xml += "<title>" + xml_escape(meeting->title) + "</title>\n";
    xml += "<published>" + date + "</published>\n";
    xml += "<updated>" + date + "</updated>\n";
    xml += "<link rel=\"alternate\" type=\"text/html\" href=\"" + xml_escape(url) + "\"/>\n";
    xml += "<category term=\"" + std::string(to_string(meeting->kind)) + "\"/>\n";
    xml += "<summary>" +
           xml_escape(std::string(to_string(meeting->kind)) + " meeting, " +
                      display_date_range(meeting->date, meeting->end_date) + ", " + meeting->city +
                      ", " + meeting->country) +
           "</summary>\n";
    // In-page links (#section) resolve against xml:base, the meeting's page.
    xml += "<content type=\"html\" xml:base=\"" + xml_escape(url) + "\">" +
           xml_escape(content_html(site, *meeting)) + "</content>\n";
    xml += "</entry>\n";
  }
  xml += "</feed>\n";
  return xml;
}

}  // namespace cxo::data

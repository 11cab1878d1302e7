// schema.org data for search engines and other readers of the pages (issue 4).
#include <nlohmann/json.hpp>

#include "data/urls.h"
#include "views/views.h"

namespace cxo::views {

namespace {

using Json = nlohmann::ordered_json;

Json organization(const Organization& org) {
  Json json;
  json["@type"] = "Organization";
  json["name"] = org.name;
  if (!org.url.empty()) json["url"] = org.url;
  return json;
}

Json organizations(const Site& site, const std::vector<Reference>& refs) {
  Json list = Json::array();
  for (const auto& ref : refs) {
    if (ref.index >= 0) list.push_back(organization(site.organizations[ref.index]));
  }
  return list;
}

// The JSON goes inside <script>, where "</script" or "<!--" in a name would
// end or confuse the element. '<', '>' and '&' only occur inside JSON
// strings, so writing them as \u escapes keeps the data and the element
// intact.
std::string script_safe(const std::string& json) {
  std::string out;
  out.reserve(json.size());
  for (char c : json) {
    switch (c) {
      case '<':
        out += "\\u003c";
        break;
      case '>':
        out += "\\u003e";
        break;
      case '&':
        out += "\\u0026";
        break;
      default:
        out += c;
    }
  }
  return out;
}

}  // namespace

std::string meeting_json_ld(const ViewContext& context, int index) {
  const Site& site = context.site();
  const Meeting& meeting = site.meetings[index];
  Json event;
  event["@context"] = "https://schema.org";
  event["@type"] = "Event";
  event["name"] = meeting.title;
  event["url"] = data::meeting_url(site.config, meeting);
  // schema.org takes ISO 8601, where "2019-12" is a month.
  event["startDate"] = meeting.date.iso();
  event["endDate"] = (meeting.end_date ? *meeting.end_date : meeting.date).iso();
  event["eventStatus"] = meeting.status == Status::Cancelled ? "https://schema.org/EventCancelled"
                                                             : "https://schema.org/EventScheduled";
  event["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode";
  Json place;
  place["@type"] = "Place";
  place["name"] = meeting.city + ", " + meeting.country;
  Json address;
  address["@type"] = "PostalAddress";
  address["addressLocality"] = meeting.city;
  address["addressCountry"] = meeting.country;
  place["address"] = address;
  event["location"] = place;
  std::string description =
      std::string(to_string(meeting.kind)) + " meeting of industry " +
      (meeting.kind == Kind::Cxo ? "executives" : "chief technology officers");
  if (!meeting.series.empty()) description += " (" + meeting.series + ")";
  event["description"] = description + " in " + meeting.city + ", " + meeting.country + ".";
  if (!meeting.hosts.empty()) event["organizer"] = organizations(site, meeting.hosts);
  if (!meeting.supporters.empty()) event["sponsor"] = organizations(site, meeting.supporters);
  if (meeting.held() && !meeting.participants.empty()) {
    event["attendee"] = organizations(site, meeting.participants);
  }
  Json topics = Json::array();
  for (const auto& item : meeting.topics) {
    if (item.topic.index >= 0) topics.push_back(site.topics[item.topic.index].title);
  }
  if (!topics.empty()) event["keywords"] = topics;
  return script_safe(event.dump(-1, ' ', false, Json::error_handler_t::replace));
}

}  // namespace cxo::views

// schema.org data for search engines and other readers of the pages (issue 4).
#include "data/urls.h"
#include "util/byte_scan.h"
#include "util/json_writer.h"
#include "views/views.h"

namespace cxo::views {

namespace {

void organizations(JsonWriter& json, const Site& site, const std::vector<Reference>& refs) {
  json.begin_array();
  for (const auto& ref : refs) {
    if (ref.index < 0) continue;
    const Organization& org = site.organizations[ref.index];
    json.begin_object();
    json.key("@type").string("Organization");
    json.key("name").string(org.name);
    if (!org.url.empty()) {
      json.key("url").string(data::absolute_link(site.config, org.url, organization_folder(org)));
    }
    json.end_object();
  }
  json.end_array();
}

// The JSON goes inside <script>, where "</script" or "<!--" in a name would
// end or confuse the element. '<', '>' and '&' only occur inside JSON
// strings, so writing them as \u escapes keeps the data and the element
// intact.
std::string script_safe(const std::string& json) {
  std::string out;
  out.reserve(json.size() + 64);
  static constexpr bytes::ByteSet kUnsafe("<>&");
  std::size_t copied = 0;
  for (std::size_t at = kUnsafe.find_in(json); at != std::string::npos;
       at = kUnsafe.find_in(json, copied)) {
    out.append(json, copied, at - copied);
    out += json[at] == '<' ? "\\u003c" : json[at] == '>' ? "\\u003e" : "\\u0026";
    copied = at + 1;
  }
  out.append(json, copied, std::string::npos);
  return out;
}

}  // namespace

std::string meeting_json_ld(const ViewContext& context, int index) {
  const Site& site = context.site();
  const Meeting& meeting = site.meetings[index];
  std::string out;
  JsonWriter json(out, JsonWriter::Layout::Compact);
  json.begin_object();
  json.key("@context").string("https://schema.org");
  json.key("@type").string("Event");
  json.key("name").string(meeting.title);
  json.key("url").string(data::meeting_url(site.config, meeting));
  // schema.org takes ISO 8601, where "2019-12" is a month.
  json.key("startDate").string(meeting.date.iso());
  json.key("endDate").string((meeting.end_date ? *meeting.end_date : meeting.date).iso());
  json.key("eventStatus")
      .string(meeting.status == Status::Cancelled ? "https://schema.org/EventCancelled"
                                                  : "https://schema.org/EventScheduled");
  json.key("eventAttendanceMode").string("https://schema.org/OfflineEventAttendanceMode");
  json.key("location").begin_object();
  json.key("@type").string("Place");
  json.key("name").string(meeting.city + ", " + meeting.country);
  json.key("address").begin_object();
  json.key("@type").string("PostalAddress");
  json.key("addressLocality").string(meeting.city);
  json.key("addressCountry").string(meeting.country);
  json.end_object();
  json.end_object();
  std::string description =
      std::string(to_string(meeting.kind)) + " meeting of industry " +
      (meeting.kind == Kind::Cxo ? "executives" : "chief technology officers");
  if (!meeting.series.empty()) description += " (" + meeting.series + ")";
  json.key("description")
      .string(description + " in " + meeting.city + ", " + meeting.country + ".");
  if (!meeting.hosts.empty()) organizations(json.key("organizer"), site, meeting.hosts);
  if (!meeting.supporters.empty()) organizations(json.key("sponsor"), site, meeting.supporters);
  if (meeting.held() && !meeting.participants.empty()) {
    organizations(json.key("attendee"), site, meeting.participants);
  }
  bool any_topic = false;
  for (const auto& item : meeting.topics) {
    if (item.topic.index < 0) continue;
    if (!any_topic) json.key("keywords").begin_array();
    any_topic = true;
    json.string(site.topics[item.topic.index].title);
  }
  if (any_topic) json.end_array();
  json.end_object();
  return script_safe(out);
}

}  // namespace cxo::views

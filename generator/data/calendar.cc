#include <cstdio>

#include "data/feeds.h"
#include "data/urls.h"

namespace cxo::data {

namespace {

bool is_leap(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : days[month - 1];
}

std::string basic(int year, int month, int day) {
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, "%04d%02d%02d", year, month, day);
  return buffer;
}

// DTEND of an all-day event is the day after its last day; a month-only
// date spans its whole month.
std::string day_after(const Date& last) {
  int year = last.year, month = last.month, day = last.month_only() ? 0 : last.day;
  if (day == 0 || day == days_in_month(year, month)) {
    day = 1;
    if (++month > 12) month = 1, ++year;
  } else {
    ++day;
  }
  return basic(year, month, day);
}

std::string host_of(const std::string& url) {
  std::size_t start = url.find("://");
  start = start == std::string::npos ? 0 : start + 3;
  std::size_t end = url.find_first_of("/:?#", start);
  return url.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

}  // namespace

std::string ics_text(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case ';':
        out += "\\;";
        break;
      case ',':
        out += "\\,";
        break;
      case '\r':
        if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        out += "\\n";
        break;
      case '\n':
        out += "\\n";
        break;
      default:
        if (static_cast<unsigned char>(c) >= 0x20 || c == '\t') out += c;
    }
  }
  return out;
}

std::string ics_fold(std::string_view line) {
  std::string out;
  std::size_t room = 75;  // octets on this physical line; continuations start with a space
  while (line.size() > room) {
    std::size_t cut = room;
    // Back up to the start of a UTF-8 character.
    while (cut > 1 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
    out.append(line.substr(0, cut));
    out += "\r\n ";
    line.remove_prefix(cut);
    room = 74;
  }
  out.append(line);
  out += "\r\n";
  return out;
}

std::string ics_calendar(const Site& site) {
  const SiteConfig& config = site.config;
  const std::string host = host_of(config.base_url);
  std::string ics;
  auto property = [&ics](const std::string& line) { ics += ics_fold(line); };
  property("BEGIN:VCALENDAR");
  property("VERSION:2.0");
  property("PRODID:-//cxo//" + ics_text(config.title) + "//EN");
  property("CALSCALE:GREGORIAN");
  property("METHOD:PUBLISH");
  property("X-WR-CALNAME:" + ics_text(config.title));
  for (const Meeting& meeting : site.meetings) {
    const Date& first = meeting.date;
    const Date& last = meeting.end_date ? *meeting.end_date : meeting.date;
    std::string description = to_string(meeting.kind) + std::string(" meeting");
    if (!meeting.series.empty()) description += " (" + meeting.series + ")";
    description += ", " + display_date_range(meeting.date, meeting.end_date) + ", " + meeting.city +
                   ", " + meeting.country + ".";
    if (first.month_only()) description += "\nOnly the month is known.";
    if (meeting.status == Status::Cancelled) description += "\nThis meeting was cancelled.";
    description += '\n';
    description += meeting_url(config, meeting);

    property("BEGIN:VEVENT");
    property("UID:" + meeting.id + "@" + host);
    // DTSTAMP must be a UTC date-time; it comes from the content (the
    // meeting's date), not the clock, so rebuilds give the same bytes.
    property("DTSTAMP:" + basic(first.year, first.month, first.month_only() ? 1 : first.day) +
             "T000000Z");
    property("DTSTART;VALUE=DATE:" +
             basic(first.year, first.month, first.month_only() ? 1 : first.day));
    property("DTEND;VALUE=DATE:" + day_after(last));
    property("SUMMARY:" + ics_text(meeting.title));
    property("LOCATION:" + ics_text(meeting.city + ", " + meeting.country));
    property("DESCRIPTION:" + ics_text(description));
    property("URL:" + meeting_url(config, meeting));
    property("CATEGORIES:" + ics_text(to_string(meeting.kind)));
    // A planned meeting known only by its month is not fixed yet.
    const char* status = meeting.status == Status::Cancelled     ? "CANCELLED"
                         : !meeting.held() && first.month_only() ? "TENTATIVE"
                                                                 : "CONFIRMED";
    property(std::string("STATUS:") + status);
    property("TRANSP:TRANSPARENT");
    property("END:VEVENT");
  }
  property("END:VCALENDAR");
  return ics;
}

}  // namespace cxo::data

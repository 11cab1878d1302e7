#pragma once
// Meeting and follow-up dates: a full day, or a month where only the month is
// known ("December 2019"). A month-only date sorts as the first of its month.
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace cxo {

struct Date {
  int year = 0;
  int month = 0;
  int day = 0;  // 0 when only the month is known

  bool month_only() const { return day == 0; }
  int sort_key() const { return year * 10000 + month * 100 + (day == 0 ? 1 : day); }
  std::string iso() const;      // "2024-12-09" or "2019-12"
  std::string display() const;  // "9 December 2024" or "December 2019"
  std::string iso_day() const;  // always a full day: month-only gives the 1st
};

// Parses "YYYY-MM-DD" (a real calendar day) or, when allowed, "YYYY-MM".
std::optional<Date> parse_date(std::string_view text, bool allow_month_only);

// "9 December 2024", "7–8 December 2026", "30 November – 2 December 2026".
std::string display_date_range(const Date& start, const std::optional<Date>& end);

const char* month_name(int month);

// Today in the local time zone.
Date local_today();

}  // namespace cxo

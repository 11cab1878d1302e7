#include "model/date.h"

#include <cstdio>
#include <ctime>

namespace cxo {

namespace {

bool is_leap(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : days[month - 1];
}

bool parse_digits(std::string_view text, std::size_t from, std::size_t count, int& value) {
  value = 0;
  for (std::size_t i = from; i < from + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    value = value * 10 + (text[i] - '0');
  }
  return true;
}

}  // namespace

const char* month_name(int month) {
  static const char* names[] = {"January",   "February", "March",    "April",
                                "May",       "June",     "July",     "August",
                                "September", "October",  "November", "December"};
  return month >= 1 && month <= 12 ? names[month - 1] : "";
}

std::optional<Date> parse_date(std::string_view text, bool allow_month_only) {
  Date date;
  if (text.size() != 10 && !(allow_month_only && text.size() == 7)) return std::nullopt;
  if (!parse_digits(text, 0, 4, date.year) || text[4] != '-' ||
      !parse_digits(text, 5, 2, date.month)) {
    return std::nullopt;
  }
  if (date.month < 1 || date.month > 12) return std::nullopt;
  if (text.size() == 10) {
    if (text[7] != '-' || !parse_digits(text, 8, 2, date.day)) return std::nullopt;
    if (date.day < 1 || date.day > days_in_month(date.year, date.month)) return std::nullopt;
  }
  return date;
}

std::string Date::iso() const {
  char buffer[16];
  if (month_only()) {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
  } else {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  }
  return buffer;
}

std::string Date::iso_day() const {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, month_only() ? 1 : day);
  return buffer;
}

std::string Date::display() const {
  std::string month_year = std::string(month_name(month)) + " " + std::to_string(year);
  return month_only() ? month_year : std::to_string(day) + " " + month_year;
}

std::string display_date_range(const Date& start, const std::optional<Date>& end) {
  if (!end || start.month_only() || end->sort_key() == start.sort_key()) return start.display();
  const std::string dash = "\u2013";
  if (end->year != start.year) return start.display() + " " + dash + " " + end->display();
  if (end->month != start.month) {
    return std::to_string(start.day) + " " + month_name(start.month) + " " + dash + " " +
           end->display();
  }
  return std::to_string(start.day) + dash + end->display();
}

Date local_today() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return {local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

}  // namespace cxo

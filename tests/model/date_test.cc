#include "model/date.h"

#include <gtest/gtest.h>

namespace cxo {

TEST(Date, ParsesFullAndMonthOnlyDates) {
  auto day = parse_date("2024-12-09", true);
  ASSERT_TRUE(day);
  EXPECT_EQ(day->display(), "9 December 2024");
  auto month = parse_date("2019-12", true);
  ASSERT_TRUE(month);
  EXPECT_TRUE(month->month_only());
  EXPECT_EQ(month->display(), "December 2019");
  EXPECT_FALSE(parse_date("2019-12", false));
}

TEST(Date, RejectsDaysThatDoNotExist) {
  EXPECT_FALSE(parse_date("2023-02-29", true));
  EXPECT_TRUE(parse_date("2024-02-29", true));
  EXPECT_FALSE(parse_date("2024-13-01", true));
  EXPECT_FALSE(parse_date("2024-1-01", true));
  EXPECT_FALSE(parse_date("9 Dec 2024", true));
}

TEST(Date, MonthOnlySortsAsTheFirstOfTheMonth) {
  EXPECT_EQ(parse_date("2019-12", true)->sort_key(), parse_date("2019-12-01", true)->sort_key());
  EXPECT_LT(parse_date("2019-12", true)->sort_key(), parse_date("2019-12-02", true)->sort_key());
}

TEST(Date, DisplaysRanges) {
  auto start = *parse_date("2026-12-07", true);
  EXPECT_EQ(display_date_range(start, parse_date("2026-12-08", true)), "7\u20138 December 2026");
  EXPECT_EQ(display_date_range(*parse_date("2026-11-30", true), parse_date("2026-12-02", true)),
            "30 November \u2013 2 December 2026");
  EXPECT_EQ(display_date_range(start, std::nullopt), "7 December 2026");
}

}  // namespace cxo

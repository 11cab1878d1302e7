#pragma once
// Charts drawn at build time as inline SVG, so pages need no chart library,
// work without JavaScript and print. Each chart names itself (<title>),
// describes what it shows (<desc>) and is role="img" labelled by both; every
// series has its own fill pattern as well as its own colour, and each mark
// carries its value as text, so nothing relies on colour alone. The page puts
// a table with the same numbers beside it.
#include <optional>
#include <string>
#include <vector>

namespace cxo::render {

struct ChartSeries {
  std::string key;                          // stable id, written as data-series on each mark
  std::string name;                         // legend text
  std::vector<std::optional<long>> values;  // one per category; empty: unknown, no mark
};

struct ChartCategory {
  std::string key;    // stable id, written as data-category on each mark
  std::string label;  // axis text; keep it short
};

enum class ChartType {
  Bars,         // one bar per series, side by side
  StackedBars,  // the series stacked in one bar per category, total on top
  Lines,        // one line per series; an unknown value breaks the line
};

struct Chart {
  std::string id;  // unique on the page; prefixes every id inside the SVG
  std::string title;
  std::string description;  // what the chart shows, in words
  ChartType type = ChartType::Bars;
  std::vector<ChartCategory> categories;
  std::vector<ChartSeries> series;
  std::string category_title;  // under the category axis, e.g. "Held meetings taken part in"
  std::string value_title;     // what the value axis counts, e.g. "Organizations"
  std::string unit;            // appended to value labels, e.g. "%"
  std::optional<long> max;     // fixed top of the scale (100 for shares); else from the data
};

// The <svg> element, ready to place inside a <figure>.
std::string svg_chart(const Chart& chart);

// "12" or "42%": a value as the chart labels it and the table shows it.
std::string format_chart_value(long value, const std::string& unit);

}  // namespace cxo::render

#include "render/svg_chart.h"

#include "util/xml_escape.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <tuple>

namespace cxo::render {

namespace {

// Colours that stay apart for the common colour-vision deficiencies and keep
// 3:1 against white; patterns tell the series apart where colours do not.
constexpr const char* kColours[] = {"#0b4f8a", "#c25e00", "#1a7f4b", "#8e3b8e",
                                    "#8a6d00", "#4a5561", "#b0303a"};
constexpr int kColourCount = sizeof kColours / sizeof kColours[0];

constexpr double kWidth = 720;
constexpr double kLeft = 48, kRight = 12;
constexpr double kPlotHeight = 220;
constexpr double kFontSize = 12;
constexpr double kCharWidth = 6.6;  // average advance at 12px, for layout only

std::string num(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", value);
  std::string text = buffer;
  if (text.ends_with(".0")) text.resize(text.size() - 2);
  if (text == "-0") text = "0";
  return text;
}

// Characters, not bytes, for estimating how wide a label is.
double text_width(const std::string& text, double char_width = kCharWidth) {
  std::size_t chars = 0;
  for (unsigned char c : text) chars += (c & 0xC0) != 0x80;
  return static_cast<double>(chars) * char_width;
}

const char* colour(std::size_t series) {
  return kColours[series % kColourCount];
}

// A fill pattern per series: the colour with its own texture on top.
std::string pattern(const std::string& id, std::size_t series) {
  static const char* textures[] = {
      "",  // solid
      "<path d=\"M-2 2l4-4M0 8l8-8M6 10l4-4\" stroke=\"#fff\" stroke-width=\"1.5\"/>",
      "<circle cx=\"4\" cy=\"4\" r=\"1.6\" fill=\"#fff\"/>",
      "<path d=\"M0 0l8 8M8 0l-8 8\" stroke=\"#fff\" stroke-width=\"1.2\"/>",
      "<path d=\"M0 4h8\" stroke=\"#fff\" stroke-width=\"2\"/>",
      "<path d=\"M4 0v8\" stroke=\"#fff\" stroke-width=\"2\"/>",
      "<path d=\"M-2 6l4 4M0 0l8 8M6 -2l4 4\" stroke=\"#fff\" stroke-width=\"1.5\"/>",
  };
  std::string out = "<pattern id=\"" + id + "-p" + std::to_string(series) +
                    "\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\">"
                    "<rect width=\"8\" height=\"8\" fill=\"" +
                    colour(series) + "\"/>";
  out += textures[series % (sizeof textures / sizeof textures[0])];
  out += "</pattern>";
  return out;
}

std::string fill(const Chart& chart, std::size_t series) {
  return "url(#" + chart.id + "-p" + std::to_string(series) + ")";
}

// Marker shapes for line charts, centred on (x, y).
std::string marker(std::size_t series, double x, double y, const std::string& attributes) {
  const std::string c = colour(series);
  switch (series % 4) {
    case 0:
      return "<circle cx=\"" + num(x) + "\" cy=\"" + num(y) + "\" r=\"4.5\" fill=\"" + c + "\"" +
             attributes + ">";
    case 1:
      return "<rect x=\"" + num(x - 4) + "\" y=\"" + num(y - 4) +
             "\" width=\"8\" height=\"8\" fill=\"" + c + "\"" + attributes + ">";
    case 2:
      return "<path d=\"M" + num(x) + " " + num(y - 5.5) + "l5 9h-10z\" fill=\"" + c + "\"" +
             attributes + ">";
    default:
      return "<path d=\"M" + num(x) + " " + num(y - 5.5) + "l5.5 5.5-5.5 5.5-5.5-5.5z\" fill=\"" +
             c + "\"" + attributes + ">";
  }
}

const char* marker_close(std::size_t series) {
  switch (series % 4) {
    case 0:
      return "</circle>";
    case 1:
      return "</rect>";
    default:
      return "</path>";
  }
}

const char* dash(std::size_t series) {
  static const char* dashes[] = {"", " stroke-dasharray=\"6 3\"", " stroke-dasharray=\"2 3\"",
                                 " stroke-dasharray=\"8 3 2 3\""};
  return dashes[series % 4];
}

// A scale top and tick step of 1, 2 or 5 times a power of ten, about five
// ticks, whole numbers only.
std::pair<long, long> nice_scale(long max) {
  if (max <= 0) return {1, 1};
  double raw = static_cast<double>(max) / 5;
  double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
  long step = 1;
  for (double factor : {1.0, 2.0, 5.0, 10.0}) {
    step = std::max(1L, static_cast<long>(std::llround(factor * magnitude)));
    if (static_cast<double>(step) >= raw) break;
  }
  long top = (max + step - 1) / step * step;
  return {top, step};
}

}  // namespace

std::string format_chart_value(long value, const std::string& unit) {
  return std::to_string(value) + unit;
}

std::string svg_chart(const Chart& chart) {
  const std::size_t n_categories = std::max<std::size_t>(chart.categories.size(), 1);
  const std::size_t n_series = chart.series.size();
  const bool stacked = chart.type == ChartType::StackedBars;
  const bool lines = chart.type == ChartType::Lines;

  // Scale.
  long max = 0;
  for (std::size_t c = 0; c < chart.categories.size(); ++c) {
    long total = 0;
    for (const auto& series : chart.series) {
      if (c >= series.values.size() || !series.values[c]) continue;
      total = stacked ? total + *series.values[c] : std::max(total, *series.values[c]);
    }
    max = std::max(max, total);
  }
  // A fixed top (100 for shares) keeps charts of shares comparable.
  long top = 0, step = 0;
  if (chart.max && *chart.max >= max) {
    top = *chart.max;
    step = nice_scale(top).second;
  } else {
    std::tie(top, step) = nice_scale(max);
  }

  // Legend rows above the plot.
  struct LegendItem {
    double x, y;
  };
  std::vector<LegendItem> legend;
  double legend_height = 0;
  if (n_series > 1 || lines) {
    double x = 8, y = 6;
    for (const auto& series : chart.series) {
      double width = 22 + text_width(series.name) + 18;
      if (x + width > kWidth - kRight && x > 8) {
        x = 8;
        y += 22;
      }
      legend.push_back({x, y});
      x += width;
    }
    legend_height = y + 22;
  }

  // Category labels: level when they fit their band, else turned by 45°,
  // which takes room below the plot and, for the first label, to its left.
  double longest = 0;
  for (const auto& category : chart.categories) {
    longest = std::max(longest, text_width(category.label));
  }
  const double plot_right = kWidth - kRight;
  double plot_left = kLeft;
  double band = (plot_right - plot_left) / static_cast<double>(n_categories);
  const bool turned = longest > band - 4;
  if (turned) {
    const double reach = std::min(longest, 160.0) * 0.71;
    plot_left = std::max(kLeft, reach - band / 2 + 4);
    band = (plot_right - plot_left) / static_cast<double>(n_categories);
  }
  double bottom = turned ? std::min(longest, 160.0) * 0.71 + 22 : 26;
  if (!chart.category_title.empty()) bottom += 22;

  // The value axis's title sits above it, between the legend and the plot.
  const double plot_top = legend_height + (chart.value_title.empty() ? 18 : 30);
  const double plot_bottom = plot_top + kPlotHeight;
  const double height = plot_bottom + bottom;
  auto y_of = [&](double value) {
    return plot_bottom - value / static_cast<double>(top) * kPlotHeight;
  };

  std::string svg;
  svg.reserve(4096 + chart.categories.size() * n_series * 200);
  svg += "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 " + num(kWidth) +
         " " + num(height) + "\" role=\"img\" aria-labelledby=\"" + chart.id + "-title " +
         chart.id + "-desc\" font-size=\"" + num(kFontSize) + "\">";
  svg += "<title id=\"" + chart.id + "-title\">" + xml_escape(chart.title) + "</title>";
  svg += "<desc id=\"" + chart.id + "-desc\">" + xml_escape(chart.description) + "</desc>";
  if (!lines) {
    svg += "<defs>";
    for (std::size_t s = 0; s < n_series; ++s) svg += pattern(chart.id, s);
    svg += "</defs>";
  }

  // Grid and value axis.
  svg += "<g class=\"axis\">";
  for (long tick = 0; tick <= top; tick += step) {
    double y = y_of(static_cast<double>(tick));
    svg += "<line x1=\"" + num(plot_left) + "\" x2=\"" + num(plot_right) + "\" y1=\"" + num(y) +
           "\" y2=\"" + num(y) + "\" stroke=\"" + (tick == 0 ? "#1b1f24" : "#d0d7de") + "\"/>";
    svg += "<text x=\"" + num(plot_left - 6) + "\" y=\"" + num(y + 4) +
           "\" text-anchor=\"end\" fill=\"#1b1f24\">" +
           xml_escape(format_chart_value(tick, chart.unit)) + "</text>";
  }
  if (!chart.value_title.empty()) {
    svg += "<text x=\"" + num(plot_left - 6) + "\" y=\"" + num(plot_top - 12) +
           "\" text-anchor=\"start\" fill=\"#1b1f24\" font-weight=\"bold\">" +
           xml_escape(chart.value_title) + "</text>";
  }
  svg += "</g>";

  // Marks.
  auto mark_attributes = [&](const ChartSeries& series, std::size_t c, long value) {
    return " class=\"mark\" data-series=\"" + xml_escape(series.key) + "\" data-category=\"" +
           xml_escape(chart.categories[c].key) + "\" data-value=\"" + std::to_string(value) + "\"";
  };
  auto mark_title = [&](const ChartSeries& series, std::size_t c, long value) {
    std::string text = chart.categories[c].label;
    if (n_series > 1 || lines) text += ", " + series.name;
    return "<title>" + xml_escape(text + ": " + format_chart_value(value, chart.unit)) + "</title>";
  };
  auto value_label = [&](double x, double y, long value, double room) {
    std::string text = format_chart_value(value, chart.unit);
    if (text_width(text, 6.2) > room) return std::string();
    return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" text-anchor=\"middle\" fill=\"" +
           "#1b1f24\" font-size=\"11\">" + xml_escape(text) + "</text>";
  };

  svg += "<g class=\"marks\">";
  std::string labels;
  for (std::size_t c = 0; c < chart.categories.size(); ++c) {
    const double band_left = plot_left + band * static_cast<double>(c);
    const double centre = band_left + band / 2;
    if (stacked) {
      const double width = std::min(band * 0.62, 56.0);
      double base = 0;
      bool any = false;
      for (std::size_t s = 0; s < n_series; ++s) {
        const auto& series = chart.series[s];
        if (c >= series.values.size() || !series.values[c]) continue;
        long value = *series.values[c];
        any = true;
        double y0 = y_of(base), y1 = y_of(base + static_cast<double>(value));
        svg += "<rect x=\"" + num(centre - width / 2) + "\" y=\"" + num(y1) + "\" width=\"" +
               num(width) + "\" height=\"" + num(y0 - y1) + "\" fill=\"" + fill(chart, s) +
               "\" stroke=\"#fff\" stroke-width=\"1\"" + mark_attributes(series, c, value) + ">" +
               mark_title(series, c, value) + "</rect>";
        base += static_cast<double>(value);
      }
      if (any) labels += value_label(centre, y_of(base) - 4, static_cast<long>(base), band);
    } else if (!lines) {
      // Bars no wider than 56 units, however few the categories.
      const double group =
          std::min(band * 0.76, 56.0 * static_cast<double>(std::max<std::size_t>(n_series, 1)));
      const double width = group / static_cast<double>(std::max<std::size_t>(n_series, 1));
      for (std::size_t s = 0; s < n_series; ++s) {
        const auto& series = chart.series[s];
        if (c >= series.values.size() || !series.values[c]) continue;
        long value = *series.values[c];
        double x = band_left + (band - group) / 2 + width * static_cast<double>(s);
        double y = y_of(static_cast<double>(value));
        svg += "<rect x=\"" + num(x + 0.5) + "\" y=\"" + num(y) + "\" width=\"" +
               num(std::max(width - 1, 1.0)) + "\" height=\"" + num(plot_bottom - y) +
               "\" fill=\"" + fill(chart, s) + "\"" + mark_attributes(series, c, value) + ">" +
               mark_title(series, c, value) + "</rect>";
        labels += value_label(x + width / 2, y - 4, value, width + 2);
      }
    }
  }
  if (lines) {
    for (std::size_t s = 0; s < n_series; ++s) {
      const auto& series = chart.series[s];
      // One polyline per run of known values: an unknown value is a gap,
      // never a zero.
      std::string points;
      auto flush = [&] {
        if (points.find(' ') != std::string::npos) {
          svg += "<polyline fill=\"none\" stroke=\"" + std::string(colour(s)) +
                 "\" stroke-width=\"2\"" + dash(s) + " points=\"" + points + "\"/>";
        }
        points.clear();
      };
      for (std::size_t c = 0; c < chart.categories.size(); ++c) {
        if (c >= series.values.size() || !series.values[c]) {
          flush();
          continue;
        }
        double x = plot_left + band * (static_cast<double>(c) + 0.5);
        double y = y_of(static_cast<double>(*series.values[c]));
        if (!points.empty()) points += ' ';
        points += num(x) + "," + num(y);
      }
      flush();
      for (std::size_t c = 0; c < chart.categories.size(); ++c) {
        if (c >= series.values.size() || !series.values[c]) continue;
        long value = *series.values[c];
        double x = plot_left + band * (static_cast<double>(c) + 0.5);
        double y = y_of(static_cast<double>(value));
        svg += marker(s, x, y, mark_attributes(series, c, value)) + mark_title(series, c, value) +
               marker_close(s);
        if (n_series == 1) labels += value_label(x, y - 9, value, band);
      }
    }
  }
  svg += "</g>";
  if (!labels.empty()) svg += "<g class=\"values\" aria-hidden=\"true\">" + labels + "</g>";

  // Category axis.
  svg += "<g class=\"categories\">";
  for (std::size_t c = 0; c < chart.categories.size(); ++c) {
    double x = plot_left + band * (static_cast<double>(c) + 0.5);
    double y = plot_bottom + 16;
    if (turned) {
      svg += "<text transform=\"translate(" + num(x + 4) + " " + num(plot_bottom + 10) +
             ") rotate(-45)\" text-anchor=\"end\" fill=\"#1b1f24\">" +
             xml_escape(chart.categories[c].label) + "</text>";
    } else {
      svg += "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" text-anchor=\"middle\" fill=\"" +
             "#1b1f24\">" + xml_escape(chart.categories[c].label) + "</text>";
    }
  }
  if (!chart.category_title.empty()) {
    svg += "<text x=\"" + num((plot_left + plot_right) / 2) + "\" y=\"" + num(height - 8) +
           "\" text-anchor=\"middle\" fill=\"#1b1f24\" font-weight=\"bold\">" +
           xml_escape(chart.category_title) + "</text>";
  }
  svg += "</g>";

  // Legend.
  if (!legend.empty()) {
    svg += "<g class=\"legend\">";
    for (std::size_t s = 0; s < n_series; ++s) {
      const auto [x, y] = legend[s];
      if (lines) {
        svg += "<line x1=\"" + num(x) + "\" x2=\"" + num(x + 16) + "\" y1=\"" + num(y + 7) +
               "\" y2=\"" + num(y + 7) + "\" stroke=\"" + colour(s) + "\" stroke-width=\"2\"" +
               dash(s) + "/>";
        svg += marker(s, x + 8, y + 7, "") + marker_close(s);
      } else {
        svg += "<rect x=\"" + num(x) + "\" y=\"" + num(y) +
               "\" width=\"16\" height=\"14\" fill=\"" + fill(chart, s) + "\"/>";
      }
      svg += "<text x=\"" + num(x + 22) + "\" y=\"" + num(y + 11) + "\" fill=\"#1b1f24\">" +
             xml_escape(chart.series[s].name) + "</text>";
    }
    svg += "</g>";
  }
  svg += "</svg>";
  return svg;
}

}  // namespace cxo::render

// Charts drawn at build time: accessible names, a mark per known value and
// none for an unknown one.
#include "render/svg_chart.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <regex>

namespace cxo::render {
namespace {

Chart sample(ChartType type) {
  Chart chart;
  chart.id = "c1";
  chart.title = "Meetings <per> year";
  chart.description = "Bars & more";
  chart.type = type;
  chart.categories = {{"2010", "2010"}, {"2011", "2011"}, {"2012", "2012"}};
  chart.series = {{"cto", "CTO", {1, std::nullopt, 3}}, {"cxo", "CxO", {0, 2, 1}}};
  return chart;
}

std::vector<std::string> marks(const std::string& svg) {
  std::vector<std::string> out;
  std::regex mark(R"re(data-series="([^"]*)" data-category="([^"]*)" data-value="([^"]*)")re");
  for (std::sregex_iterator it(svg.begin(), svg.end(), mark), end; it != end; ++it) {
    out.push_back((*it)[1].str() + "/" + (*it)[2].str() + "=" + (*it)[3].str());
  }
  return out;
}

TEST(SvgChart, IsAnImageNamedByItsTitleAndDescription) {
  std::string svg = svg_chart(sample(ChartType::Bars));
  EXPECT_TRUE(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
  EXPECT_NE(svg.find("role=\"img\" aria-labelledby=\"c1-title c1-desc\""), std::string::npos);
  EXPECT_NE(svg.find("<title id=\"c1-title\">Meetings &lt;per&gt; year</title>"),
            std::string::npos);
  EXPECT_NE(svg.find("<desc id=\"c1-desc\">Bars &amp; more</desc>"), std::string::npos);
  EXPECT_TRUE(svg.ends_with("</svg>"));
}

TEST(SvgChart, TitlesTheValueAxisAboveThePlot) {
  Chart chart = sample(ChartType::Bars);
  EXPECT_EQ(svg_chart(chart).find("font-weight=\"bold\""), std::string::npos);
  chart.value_title = "Meetings & more";
  const std::string svg = svg_chart(chart);
  const std::size_t title = svg.find(">Meetings &amp; more</text>");
  ASSERT_NE(title, std::string::npos);
  // Drawn with the axis, before any mark.
  EXPECT_LT(title, svg.find("class=\"mark\""));
  EXPECT_LT(svg.find("<g class=\"axis\">"), title);
}

TEST(SvgChart, DrawsAMarkPerKnownValueAndNoneForUnknown) {
  for (ChartType type : {ChartType::Bars, ChartType::StackedBars, ChartType::Lines}) {
    std::vector<std::string> found = marks(svg_chart(sample(type)));
    std::sort(found.begin(), found.end());
    EXPECT_EQ(found, (std::vector<std::string>{"cto/2010=1", "cto/2012=3", "cxo/2010=0",
                                               "cxo/2011=2", "cxo/2012=1"}))
        << static_cast<int>(type);
  }
}

TEST(SvgChart, EachSeriesHasItsOwnPatternAndLegendEntry) {
  std::string svg = svg_chart(sample(ChartType::StackedBars));
  EXPECT_NE(svg.find("<pattern id=\"c1-p0\""), std::string::npos);
  EXPECT_NE(svg.find("<pattern id=\"c1-p1\""), std::string::npos);
  EXPECT_NE(svg.find(">CTO</text>"), std::string::npos);
  EXPECT_NE(svg.find(">CxO</text>"), std::string::npos);
  // Each mark names itself for a pointer or a screen reader exploring it.
  EXPECT_NE(svg.find("<title>2012, CTO: 3</title>"), std::string::npos);
}

TEST(SvgChart, AnUnknownValueBreaksALine) {
  Chart chart = sample(ChartType::Lines);
  std::string svg = svg_chart(chart);
  // cto is known in 2010 and 2012 only: two runs of one point, no line
  // drawn across the gap; cxo is one run of three points.
  std::regex polyline("<polyline[^>]*points=\"([^\"]*)\"");
  std::vector<std::size_t> points;
  for (std::sregex_iterator it(svg.begin(), svg.end(), polyline), end; it != end; ++it) {
    std::string list = (*it)[1];
    points.push_back(std::count(list.begin(), list.end(), ' ') + 1);
  }
  EXPECT_EQ(points, (std::vector<std::size_t>{3}));
}

TEST(SvgChart, IsTheSameEveryTime) {
  EXPECT_EQ(svg_chart(sample(ChartType::Bars)), svg_chart(sample(ChartType::Bars)));
}

TEST(SvgChart, FormatsValuesWithTheirUnit) {
  EXPECT_EQ(format_chart_value(42, "%"), "42%");
  EXPECT_EQ(format_chart_value(7, ""), "7");
}

}  // namespace
}  // namespace cxo::render

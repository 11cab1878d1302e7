// The escaping and line rules of the file formats, one function at a time.
#include <gtest/gtest.h>

#include "data/feeds.h"
#include "data/open_data.h"
#include "data/urls.h"

namespace cxo::data {
namespace {

TEST(IcsFold, LeavesShortLinesAndEndsThemWithCrlf) {
  EXPECT_EQ(ics_fold("SUMMARY:Short"), "SUMMARY:Short\r\n");
  std::string exactly(75, 'x');
  EXPECT_EQ(ics_fold(exactly), exactly + "\r\n");
}

TEST(IcsFold, FoldsAt75OctetsWithALeadingSpace) {
  std::string line(200, 'a');
  std::string folded = ics_fold(line);
  // 75 + 74 + 51 octets of content.
  EXPECT_EQ(folded, std::string(75, 'a') + "\r\n " + std::string(74, 'a') + "\r\n " +
                        std::string(51, 'a') + "\r\n");
}

TEST(IcsFold, NeverSplitsAUtf8Character) {
  // 74 ASCII octets, then "é" (2 octets) would straddle the 75th octet.
  std::string line = std::string(74, 'a') + "\xC3\xA9" + "b";
  std::string folded = ics_fold(line);
  EXPECT_EQ(folded, std::string(74, 'a') + "\r\n \xC3\xA9" + "b\r\n");
  for (std::size_t start = 0, end; (end = folded.find("\r\n", start)) != std::string::npos;
       start = end + 2) {
    EXPECT_LE(end - start, 75u);
  }
}

TEST(IcsText, EscapesBackslashSemicolonCommaAndNewlines) {
  EXPECT_EQ(ics_text("a\\b;c,d\ne\r\nf"), "a\\\\b\\;c\\,d\\ne\\nf");
}

TEST(CsvField, QuotesOnlyWhenNeeded) {
  EXPECT_EQ(csv_field("plain"), "plain");
  EXPECT_EQ(csv_field("a, b"), "\"a, b\"");
  EXPECT_EQ(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csv_field("two\r\nlines"), "\"two\r\nlines\"");
  EXPECT_EQ(csv_field("Réseaux"), "Réseaux");
  EXPECT_EQ(csv_field(""), "");
}

TEST(XmlEscape, EscapesMarkupAndDropsControlCharacters) {
  EXPECT_EQ(xml_escape("<a href=\"x\">&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;");
  EXPECT_EQ(xml_escape(std::string("a\x01"
                                   "b\tc")),
            "ab\tc");
}

TEST(Urls, PrettyFolderAddressesAndEncodedFragments) {
  SiteConfig config;
  config.base_url = "https://example.org/cxo/";
  EXPECT_EQ(absolute_url(config, "index.html"), "https://example.org/cxo/");
  EXPECT_EQ(absolute_url(config, "meetings/x/index.html"), "https://example.org/cxo/meetings/x/");
  EXPECT_EQ(absolute_url(config, "data/meetings.json"),
            "https://example.org/cxo/data/meetings.json");
  EXPECT_EQ(encode_fragment("réseaux-5g"), "r%C3%A9seaux-5g");
}

TEST(Robots, PointsAtTheSitemap) {
  SiteConfig config;
  config.base_url = "https://example.org/";
  EXPECT_EQ(robots_txt(config),
            "User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n");
}

}  // namespace
}  // namespace cxo::data

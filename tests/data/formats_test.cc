// The escaping and line rules of the file formats, one function at a time.
#include <gtest/gtest.h>

#include "data/csv_tables.h"
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

std::size_t count_of(const std::string& text, const std::string& what) {
  std::size_t count = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) {
    ++count;
  }
  return count;
}

std::vector<std::string> page_paths(std::size_t count) {
  std::vector<std::string> paths;
  for (std::size_t i = 0; i < count; ++i) paths.push_back("p/" + std::to_string(i) + "/index.html");
  return paths;
}

TEST(Sitemap, UpTo50000PagesIsOneFile) {
  SiteConfig config;
  config.base_url = "https://example.org/cxo/";
  EXPECT_EQ(sitemap_file_count(kSitemapLimit), 1u);
  std::string xml = sitemap_xml(config, page_paths(2));
  EXPECT_EQ(xml,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
            "<url><loc>https://example.org/cxo/p/0/</loc></url>\n"
            "<url><loc>https://example.org/cxo/p/1/</loc></url>\n"
            "</urlset>\n");
}

// The protocol's limit: search engines ignore a sitemap of more URLs.
TEST(Sitemap, MoreThan50000PagesGoInFilesOf50000ThatSitemapXmlLists) {
  SiteConfig config;
  config.base_url = "https://example.org/cxo/";
  auto paths = page_paths(kSitemapLimit + 1);
  ASSERT_EQ(sitemap_file_count(paths.size()), 3u);
  EXPECT_EQ(sitemap_path(0), "sitemap.xml");
  EXPECT_EQ(sitemap_path(2), "sitemap-2.xml");
  EXPECT_EQ(sitemap_xml(config, paths, 0),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
            "<sitemap><loc>https://example.org/cxo/sitemap-1.xml</loc></sitemap>\n"
            "<sitemap><loc>https://example.org/cxo/sitemap-2.xml</loc></sitemap>\n"
            "</sitemapindex>\n");
  std::string first = sitemap_xml(config, paths, 1);
  EXPECT_EQ(count_of(first, "<url>"), kSitemapLimit);
  EXPECT_NE(first.find("<loc>https://example.org/cxo/p/0/</loc>"), std::string::npos);
  EXPECT_NE(first.find("<loc>https://example.org/cxo/p/49999/</loc>"), std::string::npos);
  std::string second = sitemap_xml(config, paths, 2);
  EXPECT_EQ(count_of(second, "<url>"), 1u);
  EXPECT_NE(second.find("<loc>https://example.org/cxo/p/50000/</loc>"), std::string::npos);
}

}  // namespace
}  // namespace cxo::data

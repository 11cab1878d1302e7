#include "markdown/render.h"

#include <gtest/gtest.h>

#include "markdown/front_matter.h"
#include "markdown/links.h"

namespace cxo::markdown {

TEST(MarkdownRender, GivesHeadingsIdsAndSplitsSections) {
  Document doc = render(
      "Intro\n\n## First *topic*\n\nOne.\n\n### Detail\n\nTwo.\n\n## Second\n\nThree.\n", {});
  ASSERT_EQ(doc.headings.size(), 3u);
  EXPECT_EQ(doc.headings[0].text, "First topic");
  EXPECT_EQ(doc.headings[0].anchor, "first-topic");
  EXPECT_EQ(doc.headings[0].line, 3);
  EXPECT_NE(doc.html.find("<h2 id=\"first-topic\">First <em>topic</em></h2>"), std::string::npos);
  ASSERT_EQ(doc.sections.size(), 3u);
  // A section runs to the next heading of the same or a higher level.
  EXPECT_EQ(doc.section_html(0), "<p>One.</p>\n<h3>Detail</h3>\n<p>Two.</p>\n");
  EXPECT_EQ(doc.section_html(1), "<p>Two.</p>\n");
  EXPECT_EQ(doc.section_html(2), "<p>Three.</p>\n");
  EXPECT_EQ(doc.section_text(2), "Three.\n");
}

// A meeting page also holds its conclusions' ids: a heading does not take
// one of them, as it would not take another heading's.
TEST(MarkdownRender, HeadingsSkipTheIdsThePageGivesOtherElements) {
  RenderOptions options;
  options.taken_anchors = {"conclusion-fraud-lists"};
  Document doc = render("## Conclusion: fraud lists\n\nText.\n", options);
  ASSERT_EQ(doc.headings.size(), 1u);
  EXPECT_EQ(doc.headings[0].anchor, "conclusion-fraud-lists-2");
  EXPECT_NE(doc.html.find("<h2 id=\"conclusion-fraud-lists-2\">"), std::string::npos) << doc.html;
}

TEST(MarkdownRender, LinesInCodeBlocksAreNotHeadings) {
  Document doc = render("```\n# not a heading\n```\n\n# Real\n", {});
  ASSERT_EQ(doc.headings.size(), 1u);
  EXPECT_EQ(doc.headings[0].anchor, "real");
}

TEST(MarkdownRender, EscapesRawHtmlUnlessUnsafe) {
  Document safe = render("<script>alert(1)</script>\n\nHello <b>world</b>\n", {});
  EXPECT_EQ(safe.html.find("<script>"), std::string::npos);
  EXPECT_EQ(safe.html.find("<b>"), std::string::npos);
  EXPECT_NE(safe.html.find("&lt;b&gt;world&lt;/b&gt;"), std::string::npos);
  RenderOptions unsafe;
  unsafe.unsafe_html = true;
  Document raw = render("Hello <b>world</b>\n", unsafe);
  EXPECT_NE(raw.html.find("<b>world</b>"), std::string::npos);
}

// With raw HTML allowed, a tag is markup: a heading's text, as a reader
// sees it, and its anchor leave it out, as the search text does.
TEST(MarkdownRender, RawHtmlTagsAreNotPartOfAHeadingsText) {
  RenderOptions unsafe;
  unsafe.unsafe_html = true;
  Document doc = render("## Voice traffic fraud <em>EMH</em>\n\nText.\n", unsafe);
  ASSERT_EQ(doc.headings.size(), 1u);
  EXPECT_EQ(doc.headings[0].text, "Voice traffic fraud EMH");
  EXPECT_EQ(doc.headings[0].anchor, "voice-traffic-fraud-emh");
  EXPECT_EQ(doc.text.find("<em>"), std::string::npos) << doc.text;
  // Shown as text when raw HTML is not allowed, so part of the heading.
  Document safe = render("## Voice traffic fraud <em>EMH</em>\n", {});
  EXPECT_EQ(safe.headings[0].text, "Voice traffic fraud <em>EMH</em>");
}

TEST(MarkdownRender, SupportsGfmExtensions) {
  Document doc = render("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~ https://www.itu.int\n", {});
  EXPECT_NE(doc.html.find("<table>"), std::string::npos);
  EXPECT_NE(doc.html.find("<del>old</del>"), std::string::npos);
  EXPECT_NE(doc.html.find("<a href=\"https://www.itu.int\">"), std::string::npos);
}

TEST(MarkdownRender, ReportsLinksWithTheirFilePosition) {
  RenderOptions options;
  options.path = "content/pages/about.md";
  options.first_line = 4;
  Document doc = render("Text\n\nSee [the report](https://example.org/r) now.\n", options);
  ASSERT_EQ(doc.links.size(), 1u);
  EXPECT_EQ(doc.links[0].url, "https://example.org/r");
  EXPECT_EQ(doc.links[0].pos.path, "content/pages/about.md");
  EXPECT_EQ(doc.links[0].pos.line, 6);
  EXPECT_EQ(doc.links[0].pos.column, 5);
}

TEST(FrontMatter, SplitsYamlFromBodyWithLineNumbers) {
  auto split = split_front_matter("---\nsource: TD55\nsummary: true\n---\n# Title\n");
  EXPECT_TRUE(split.has_front_matter);
  EXPECT_EQ(split.yaml, "source: TD55\nsummary: true\n");
  EXPECT_EQ(split.yaml_first_line, 2);
  EXPECT_EQ(split.body, "# Title\n");
  EXPECT_EQ(split.body_first_line, 5);
}

TEST(FrontMatter, NoFenceMeansNoFrontMatter) {
  auto split = split_front_matter("# Title\n---\n");
  EXPECT_FALSE(split.has_front_matter);
  EXPECT_EQ(split.body, "# Title\n---\n");
  EXPECT_TRUE(split_front_matter("---\nsource: x\n").unterminated);
}

}  // namespace cxo::markdown

namespace cxo::markdown {

TEST(MarkdownLinks, ResolvesRelativeLinksFromTheSiteRoot) {
  EXPECT_EQ(resolve_link("../sources/", "about/"), "\x02sources/index.html");
  EXPECT_EQ(resolve_link("../2023-12-05-dubai/#quantum", "meetings/2024-12-09-dubai/"),
            "\x02meetings/2023-12-05-dubai/index.html#quantum");
  EXPECT_EQ(resolve_link("#quantum", "meetings/x/"), "\x02meetings/x/index.html#quantum");
  EXPECT_EQ(resolve_link("../../data/meetings.json", "meetings/x/"),
            "\x02"
            "data/meetings.json");
  EXPECT_EQ(resolve_link("..", "about/"), "\x02index.html");
}

TEST(MarkdownLinks, LeavesOtherUrlsAlone) {
  EXPECT_EQ(resolve_link("https://www.itu.int/", "about/"), "https://www.itu.int/");
  EXPECT_EQ(resolve_link("mailto:tsbdir@itu.int", "about/"), "mailto:tsbdir@itu.int");
  EXPECT_EQ(resolve_link("/absolute/", "about/"), "/absolute/");
  EXPECT_EQ(resolve_link("../../../outside/", "about/"), "../../../outside/");
}

TEST(MarkdownLinks, EachPageGetsItsOwnWayBackToTheRoot) {
  RenderOptions options;
  options.page_folder = "about/";
  Document doc = render("See [sources](../sources/) and [top](#top).\n", options);
  std::string on_home = doc.html, on_topic = doc.html;
  relink_page(on_home, "");
  relink_page(on_topic, "../../");
  EXPECT_NE(on_home.find("href=\"sources/index.html\""), std::string::npos) << on_home;
  EXPECT_NE(on_topic.find("href=\"../../sources/index.html\""), std::string::npos);
  EXPECT_NE(on_topic.find("href=\"../../about/index.html#top\""), std::string::npos);
}

TEST(MarkdownLinks, OnlyMarksInsideAnAttributeAreReplaced) {
  // Text may say "%02" too; only an attribute value that starts with the
  // mark is a resolved link.
  std::string html =
      "<p>Growth of %02 this year</p><a href=\"%02sources/index.html\">s</a>"
      "<img src=\"%02a.png\" alt=\"x%02\">%02";
  relink_page(html, "../");
  EXPECT_EQ(html,
            "<p>Growth of %02 this year</p><a href=\"../sources/index.html\">s</a>"
            "<img src=\"../a.png\" alt=\"x%02\">%02");
}

}  // namespace cxo::markdown

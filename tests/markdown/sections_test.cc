#include <gtest/gtest.h>

#include <vector>

#include "markdown/render.h"

namespace cxo::markdown {

namespace {

RenderOptions options_at(int first_line) {
  RenderOptions options;
  options.path = "content/meetings/x/communique.md";
  options.first_line = first_line;
  options.page_folder = "meetings/x/";
  return options;
}

}  // namespace

TEST(MarkdownSections, NestSubSectionsAndQuoteThemWithoutIds) {
  Document doc = render(
      "Intro\n\n# Top\n\nA.\n\n## Sub   *one*\n\nB.\n\n### Deep\n\nC.\n\n## Sub two\n\nD.\n\n"
      "# Next\n\nE.\n",
      options_at(3));
  EXPECT_EQ(doc.html,
            "<p>Intro</p>\n<h1 id=\"top\">Top</h1>\n<p>A.</p>\n"
            "<h2 id=\"sub-one\">Sub   <em>one</em></h2>\n<p>B.</p>\n<h3 id=\"deep\">Deep</h3>\n"
            "<p>C.</p>\n<h2 id=\"sub-two\">Sub two</h2>\n<p>D.</p>\n<h1 id=\"next\">Next</h1>\n"
            "<p>E.</p>\n");
  ASSERT_EQ(doc.headings.size(), 5u);
  EXPECT_EQ(doc.headings[1].text, "Sub one");
  EXPECT_EQ(doc.headings[1].line, 9);
  ASSERT_EQ(doc.sections.size(), 5u);
  for (int s = 0; s < 5; ++s) EXPECT_EQ(doc.sections[s].heading, s);
  EXPECT_EQ(doc.section_html(0),
            "<p>A.</p>\n<h2>Sub   <em>one</em></h2>\n<p>B.</p>\n<h3>Deep</h3>\n<p>C.</p>\n"
            "<h2>Sub two</h2>\n<p>D.</p>\n");
  // A sub-heading's line in a section's text is the heading as a reader sees it.
  EXPECT_EQ(doc.section_text(0), "A.\nSub one\nB.\nDeep\nC.\nSub two\nD.\n");
  EXPECT_EQ(doc.section_html(1), "<p>B.</p>\n<h3>Deep</h3>\n<p>C.</p>\n");
  EXPECT_EQ(doc.section_text(1), "B.\nDeep\nC.\n");
  EXPECT_EQ(doc.section_html(2), "<p>C.</p>\n");
  EXPECT_EQ(doc.section_html(3), "<p>D.</p>\n");
  EXPECT_EQ(doc.section_html(4), "<p>E.</p>\n");
  EXPECT_EQ(doc.section_text(4), "E.\n");
}

// Section bodies are kept as places in the document, so they must still
// read right after the document has been moved and its original destroyed
// (a short body's text lives inside the string object itself).
TEST(MarkdownSections, BodiesSurviveMovingTheDocument) {
  std::vector<Document> docs;
  docs.push_back(render("# A\n\nx\n\n## B\n\ny\n", options_at(1)));
  docs.push_back(render("# C\n\nz\n", options_at(1)));
  docs.reserve(docs.capacity() + 8);  // moves both documents
  std::vector<Document> moved = std::move(docs);
  EXPECT_EQ(moved[0].section_html(0), "<p>x</p>\n<h2>B</h2>\n<p>y</p>\n");
  EXPECT_EQ(moved[0].section_text(0), "x\nB\ny\n");
  EXPECT_EQ(moved[0].section_html(1), "<p>y</p>\n");
  EXPECT_EQ(moved[1].section_html(0), "<p>z</p>\n");
  EXPECT_EQ(moved[1].section_text(0), "z\n");
}

// Headings inside a quote or a list get anchors in document order and keep
// their ids in a section body, but open no section of their own.
TEST(MarkdownSections, HeadingsInQuotesAndListsKeepTheirIds) {
  Document doc =
      render("# Notes\n\n> ## Quoted\n> text\n\n- ### Listed\n\n## Later\n\nEnd.\n", options_at(1));
  EXPECT_EQ(doc.html,
            "<h1 id=\"notes\">Notes</h1>\n<blockquote>\n<h2 id=\"quoted\">Quoted</h2>\n"
            "<p>text</p>\n</blockquote>\n<ul>\n<li>\n<h3 id=\"listed\">Listed</h3>\n</li>\n</ul>\n"
            "<h2 id=\"later\">Later</h2>\n<p>End.</p>\n");
  ASSERT_EQ(doc.headings.size(), 4u);
  EXPECT_EQ(doc.headings[1].anchor, "quoted");
  EXPECT_EQ(doc.headings[2].anchor, "listed");
  EXPECT_EQ(doc.headings[2].line, 6);
  ASSERT_EQ(doc.sections.size(), 2u);
  EXPECT_EQ(doc.sections[0].heading, 0);
  EXPECT_EQ(doc.section_html(0),
            "<blockquote>\n<h2 id=\"quoted\">Quoted</h2>\n<p>text</p>\n</blockquote>\n"
            "<ul>\n<li>\n<h3 id=\"listed\">Listed</h3>\n</li>\n</ul>\n<h2>Later</h2>\n"
            "<p>End.</p>\n");
  EXPECT_EQ(doc.section_text(0), "Quoted\ntext\nListed\nLater\nEnd.\n");
  EXPECT_EQ(doc.sections[1].heading, 3);
  EXPECT_EQ(doc.section_html(1), "<p>End.</p>\n");
}

TEST(MarkdownSections, RepeatedAndEmptyHeadingsStillOpenSections) {
  Document doc = render("# Same\n\n# Same\n\n#\n\nafter\n", options_at(1));
  EXPECT_EQ(doc.html,
            "<h1 id=\"same\">Same</h1>\n<h1 id=\"same-2\">Same</h1>\n<h1 id=\"section\"></h1>\n"
            "<p>after</p>\n");
  EXPECT_EQ(doc.text, "Same\nSame\nafter\n");
  ASSERT_EQ(doc.sections.size(), 3u);
  EXPECT_EQ(doc.section_html(0), "");
  EXPECT_EQ(doc.section_text(0), "");
  EXPECT_EQ(doc.section_html(2), "<p>after</p>\n");
  EXPECT_EQ(doc.section_text(2), "after\n");
}

TEST(MarkdownSections, BodiesHoldTablesAndResolvedLinks) {
  Document doc = render(
      "## Figures\n\n| Item | Note |\n|---|---|\n| a | [l](../y/) |\n\n"
      "## See\n\nRead [the report](../../sources/) and ![chart](chart.png).\n",
      options_at(3));
  const std::string table =
      "<table>\n<thead>\n<tr>\n<th>Item</th>\n<th>Note</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n"
      "<td>a</td>\n<td><a href=\"%02meetings/y/index.html\">l</a></td>\n</tr>\n</tbody>\n"
      "</table>\n";
  const std::string paragraph =
      "<p>Read <a href=\"%02sources/index.html\">the report</a> and "
      "<img src=\"%02meetings/x/chart.png\" alt=\"chart\" />.</p>\n";
  ASSERT_EQ(doc.sections.size(), 2u);
  EXPECT_EQ(doc.section_html(0), table);
  EXPECT_EQ(doc.section_html(1), paragraph);
  EXPECT_EQ(doc.html,
            "<h2 id=\"figures\">Figures</h2>\n" + table + "<h2 id=\"see\">See</h2>\n" + paragraph);
  EXPECT_EQ(doc.section_text(0), "Item\nNote\na\nl\n ");
  EXPECT_EQ(doc.section_text(1), "Read the report and chart.\n");
  ASSERT_EQ(doc.links.size(), 3u);
  EXPECT_EQ(doc.links[0].url, "../y/");
  EXPECT_EQ(doc.links[0].pos.line, 7);
  EXPECT_EQ(doc.links[0].pos.column, 7);
  EXPECT_EQ(doc.links[1].url, "../../sources/");
  EXPECT_EQ(doc.links[1].pos.line, 11);
  EXPECT_EQ(doc.links[1].pos.column, 6);
  EXPECT_EQ(doc.links[2].url, "chart.png");
  EXPECT_EQ(doc.links[2].pos.column, 39);
}

}  // namespace cxo::markdown

#include <gtest/gtest.h>

#include "markdown/render.h"

namespace cxo::markdown {

TEST(MarkdownPlainText, ReducesInlinesToWordsAndKeepsBlocksOnLines) {
  Document doc = render(
      "Line *one*\nline `two`  \nthree [link](https://example.org/)\n\n```\ncode  here\n```\n\n"
      "- item\n- ![alt](a.png)\n\n> quoted\n\n#  Spaced\t  title  \n\n---\n",
      {});
  // Document::text keeps a heading's spacing; Heading::text collapses it.
  EXPECT_EQ(doc.text,
            "Line one line two three link\ncode  here\n\nitem\nalt\nquoted\nSpaced\t  title\n");
  ASSERT_EQ(doc.headings.size(), 1u);
  EXPECT_EQ(doc.headings[0].text, "Spaced title");
  EXPECT_EQ(doc.headings[0].anchor, "spaced-title");
}

TEST(MarkdownPlainText, TableCellsThatStartWithTextEndTheirLine) {
  Document doc = render("| a | b |\n|---|---|\n| 1 | 2 |\n", {});
  EXPECT_EQ(doc.text, "a\nb\n1\n2\n");
}

TEST(MarkdownPlainText, RawHtmlIsTextUnlessUnsafe) {
  const char* markdown = "## Raw\n\n<div>\nkept\n</div>\n\nText <em>inline</em>.\n";
  Document safe = render(markdown, {});
  EXPECT_EQ(safe.html,
            "<h2 id=\"raw\">Raw</h2>\n<p>&lt;div&gt;\nkept\n&lt;/div&gt;</p>\n"
            "<p>Text &lt;em&gt;inline&lt;/em&gt;.</p>\n");
  EXPECT_EQ(safe.text, "Raw\n<div>\nkept\n</div>\nText <em>inline</em>.\n");
  ASSERT_EQ(safe.sections.size(), 1u);
  EXPECT_EQ(safe.section_text(0), "<div>\nkept\n</div>\nText <em>inline</em>.\n");

  RenderOptions unsafe;
  unsafe.unsafe_html = true;
  Document raw = render(markdown, unsafe);
  EXPECT_EQ(raw.html,
            "<h2 id=\"raw\">Raw</h2>\n<div>\nkept\n</div>\n<p>Text <em>inline</em>.</p>\n");
  // A raw block's text keeps its own final newline; inline tags are markup,
  // which a reader does not see.
  EXPECT_EQ(raw.text, "Raw\n<div>\nkept\n</div>\n\nText inline.\n");
  ASSERT_EQ(raw.sections.size(), 1u);
  EXPECT_EQ(raw.section_html(0), "<div>\nkept\n</div>\n<p>Text <em>inline</em>.</p>\n");
}

}  // namespace cxo::markdown

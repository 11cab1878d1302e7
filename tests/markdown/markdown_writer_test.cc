#include "markdown/markdown_writer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "markdown/render.h"
#include "support/site_runner.h"

namespace cxo::markdown {

namespace {

namespace fs = std::filesystem;

RenderOptions options(bool unsafe_html) {
  RenderOptions options;
  options.unsafe_html = unsafe_html;
  options.path = "content/meetings/x/communique.md";
  return options;
}

// The Markdown written for `source` (which starts with a heading, so that
// all of it is written), read again: the same HTML, whatever it holds.
// Relative links carry the site-root mark in both; the written text gets
// it back when read, as the original did.
void expect_same_html_when_read_again(const std::string& source, bool unsafe_html = false) {
  Document doc = render(source, options(unsafe_html));
  std::string written = doc.markdown;
  std::erase(written, '\x02');
  Document again = render(written, options(unsafe_html));
  EXPECT_EQ(again.html, doc.html) << "source:\n" << source << "\nwritten:\n" << doc.markdown;
}

}  // namespace

TEST(MarkdownWriter, WritesBlocksAsMarkdown) {
  Document doc = render(
      "Before the first section, not written.\n\n# One\n\nSome *text* with a "
      "[link](https://x.org/).\n\n- a\n- b\n\n| A | B |\n|:--|--:|\n| 1 | 2 |\n\n## Sub\n\n> "
      "quoted\n\n```c\nint x;\n```\n",
      options(false));
  EXPECT_EQ(doc.markdown,
            "# One\n\nSome *text* with a [link](https://x.org/).\n\n- a\n- b\n\n"
            "| A | B |\n| :-- | --: |\n| 1 | 2 |\n\n## Sub\n\n> quoted\n\n```c\nint x;\n```\n");
}

TEST(MarkdownWriter, SectionsAreSlicesUpToTheNextHeadingOfTheirLevel) {
  Document doc = render("# A\n\nOne.\n\n## A.1\n\n- x\n\n# B\n\nTwo.\n", options(false));
  ASSERT_EQ(doc.sections.size(), 3u);
  EXPECT_EQ(doc.section_markdown(0), "\nOne.\n\n## A.1\n\n- x\n\n");
  EXPECT_EQ(doc.section_markdown(1), "\n- x\n\n");
  EXPECT_EQ(doc.section_markdown(2), "\nTwo.\n");
}

TEST(MarkdownWriter, DocumentWithoutHeadingsWritesNothing) {
  Document doc = render("Just a paragraph.\n\n- and a list\n", options(false));
  EXPECT_EQ(doc.markdown, "");
}

TEST(MarkdownWriter, RelativeLinksKeepTheSiteRootMark) {
  RenderOptions at_meeting = options(false);
  at_meeting.page_folder = "meetings/x/";
  Document doc = render("# S\n\nSee [the sources](../../sources/).\n", at_meeting);
  EXPECT_EQ(doc.section_markdown(0), "\nSee [the sources](\x02sources/index.html).\n");
}

TEST(MarkdownWriter, EscapesWhatWouldReadAsMarkup) {
  Document doc = render(
      "# S\n\n\\*not\\* \\_emphasis\\_, \\[not a link\\], a \\| b, C\\#, \\~x\\~, "
      "\\`code\\`, \\<b\\>, &amp;copy; AT&T\n\\- not a list\n12\\. not a list\n",
      options(false));
  EXPECT_EQ(doc.section_markdown(0),
            "\n\\*not\\* \\_emphasis\\_, \\[not a link\\], a \\| b, C\\#, \\~x\\~, \\`code\\`, "
            "\\<b\\>, \\&copy; AT&T\n\\- not a list\n12\\. not a list\n");
}

TEST(MarkdownWriter, RawHtmlIsTextUnlessAllowed) {
  std::string source = "# S\n\n<div class=\"x\">\n*kept*\n</div>\n\nAn <b>inline</b> tag.\n";
  EXPECT_EQ(render(source, options(false)).section_markdown(0),
            "\n\\<div class=\"x\"\\>\n\\*kept\\*\n\\</div\\>\n\nAn \\<b\\>inline\\</b\\> tag.\n");
  EXPECT_EQ(render(source, options(true)).section_markdown(0),
            "\n<div class=\"x\">\n*kept*\n</div>\n\nAn <b>inline</b> tag.\n");
}

TEST(MarkdownWriter, ReadsBackAsTheSameDocument) {
  const std::vector<std::string> bodies = {
      // Inline markup and what only looks like it.
      "Plain *em* **strong** ***both*** _u_ __uu__ ~~gone~~ ~one~ a*b*c snake_case_name",
      "\\\\ \\` \\* \\_ \\[ \\] \\< \\> \\| \\# \\~ \\& &amp; &copy; &#169; AT&T 5 * 3 = 15",
      "R&D &x; &copy &#x41; &#169 & && &amp;#169;",
      "In\n2024\\. we met\n1\\) again\n\\- dash\n\\+ plus\n\\= equals\n\\# hash\n\\> quote",
      "`a` ``a`b`` ` `` ` `  a  ` `|` ` `` `",
      "Wow!\\[not link\\] wow\\![link](http://x.org) ![img](i.png \"T\")",
      "Line  \nbreak\\\nand back\\\\slash",
      // Links of every form.
      "[a](http://x.org/a_(b)) [b](<x y> \"t \\\"q\\\"\") [c][r] [d] <http://auto.org/a_b> "
      "www.example.com foo@bar.com [rel](../x/) [anchor](#s) [](http://empty.org) [e](<>)\n\n"
      "[r]: http://ref.org/r\n[d]: /abs 'D'",
      "[*em* `code` ![i](i.png)](http://x.org/p?q=1&r=2#f)",
      // Lists.
      "- a\n- b\n  - c\n  - d\n- e",
      "1. one\n2. two\n\n   second paragraph\n3. three",
      "3) three\n4) four",
      "- a\n- b\n\n* c\n* d\n\n+ e",
      "1. a\n\n1) b\n\n1. c",
      "-\n- b\n-",
      "- a\n\n  ```\n  code\n\n  more\n  ```\n- > quoted\n  > still",
      "- - nested first\n  - second\n- 1. ordered in bullet",
      "10. ten\n11. eleven\n    - deep\n\n      loose deep",
      // Quotes and code.
      "> a\n> - b\n>\n>     indented code\n>\n> > nested\n> > > deeper",
      "```python title\nprint('```')\n\n\n```\n\n~~~\n~~~~\nx\n~~~\n\n    indented\n\n    still",
      "````\n```\n````\n\n``` a`b\n```",
      // Tables.
      "| A | B | C | D |\n|:--|:-:|--:|---|\n| *1* | `a\\|b` | \\| | |\n| x | y |",
      "Before\n\n| one |\n|---|\n| [l](http://x.org) **b** |",
      // Headings and breaks.
      "## Sub *em*\n\n### C\\# and `code` ##\n\nSetext\n------\n\n***\n\n---\n\n#\n\nEnd",
      // Raw HTML.
      "<div>\n*x*\n</div>\n\nAn <span class=\"a\">inline</span> tag<br/>\n\n<!-- c -->",
  };
  for (const auto& body : bodies) {
    expect_same_html_when_read_again("# S\n\n" + body + "\n", false);
    expect_same_html_when_read_again("# S\n\n" + body + "\n", true);
  }
}

// Every communiqué of the shipped archive and of the fixture sites.
TEST(MarkdownWriter, ReadsBackEveryCommuniqueAsTheSameDocument) {
  int communiques = 0;
  for (const char* folder : {"content", "tests/fixtures"}) {
    fs::path root = fs::path(CXO_SOURCE_DIR) / folder;
    for (auto it = fs::recursive_directory_iterator(root); it != fs::end(it); ++it) {
      if (it->path().filename() != "communique.md") continue;
      std::string text = testing::read_file(it->path());
      // From the first heading: the front matter and the text before it are
      // not written.
      std::size_t heading = text.find("\n#");
      if (heading == std::string::npos) continue;
      expect_same_html_when_read_again(text.substr(heading + 1));
      ++communiques;
    }
  }
  EXPECT_GT(communiques, 17);
}

}  // namespace cxo::markdown

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

#include "markdown/render.h"

namespace cxo::markdown {

namespace {

// The whole text through cmark-gfm in one call, as its own tool renders it.
std::string cmark_html(const std::string& markdown, int options) {
  cmark_gfm_core_extensions_ensure_registered();
  cmark_parser* parser = cmark_parser_new(CMARK_OPT_DEFAULT);
  for (const char* name : {"table", "strikethrough", "autolink", "tagfilter"}) {
    cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension(name));
  }
  cmark_parser_feed(parser, markdown.data(), markdown.size());
  cmark_node* document = cmark_parser_finish(parser);
  char* html = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser));
  std::string result(html);
  std::free(html);
  cmark_node_free(document);
  cmark_parser_free(parser);
  return result;
}

std::string without_heading_ids(std::string html) {
  for (std::size_t at = html.find(" id=\""); at != std::string::npos;
       at = html.find(" id=\"", at)) {
    bool heading_tag = at >= 3 && html.compare(at - 3, 2, "<h") == 0;
    if (heading_tag) {
      html.erase(at, html.find('"', at + 5) + 1 - at);
    } else {
      ++at;
    }
  }
  return html;
}

const char* const kEveryKindOfBlock =
    "Intro with *emphasis*, `code`, ~~strike~~ and www.itu.int\nand a soft break.\n\n"
    "# First\n\n"
    "- tight\n- list\n\n"
    "1. loose\n\n2. list\n\n"
    "> quote with a [link](https://example.org/)\n\n"
    "```cpp\nint x = 1;\n```\n\n"
    "    indented code\n\n"
    "---\n\n"
    "## Table\n\n"
    "| a | b |\n|:--|--:|\n| *1* | 2 |\n\n"
    "<div>\nraw <script>x</script>\n</div>\n\n"
    "Hard  \nbreak and ![image](https://example.org/a.png \"title\") and <span>inline</span>.\n\n"
    "Setext\n======\n\n"
    "> ## Quoted heading\n> - ### Listed heading\n\n"
    "Last paragraph.\n";

}  // namespace

// Blocks rendered in runs, headings on their own: the result, ids aside,
// must be what cmark-gfm writes for the whole text at once.
TEST(MarkdownHtml, IsCmarkGfmOutputWithHeadingIds) {
  RenderOptions options;
  options.unsafe_html = true;
  Document doc = render(kEveryKindOfBlock, options);
  EXPECT_EQ(without_heading_ids(doc.html), cmark_html(kEveryKindOfBlock, CMARK_OPT_UNSAFE));
  EXPECT_NE(doc.html.find("<h2 id=\"quoted-heading\">"), std::string::npos);
  EXPECT_NE(doc.html.find("<h3 id=\"listed-heading\">"), std::string::npos);
  EXPECT_NE(doc.html.find("<h1 id=\"setext\">"), std::string::npos);
  EXPECT_EQ(doc.headings.size(), 5u);
  EXPECT_EQ(doc.sections.size(), 3u);
}

TEST(MarkdownHtml, SectionBodiesAreCutFromTheDocumentHtml) {
  RenderOptions options;
  options.unsafe_html = true;
  Document doc = render(kEveryKindOfBlock, options);
  ASSERT_EQ(doc.sections.size(), 3u);
  const std::string first_tag = "<h1 id=\"first\">First</h1>\n";
  const std::string table_tag = "<h2 id=\"table\">";
  const std::string setext_tag = "<h1 id=\"setext\">Setext</h1>\n";
  std::size_t first = doc.html.find(first_tag);
  std::size_t setext = doc.html.find(setext_tag);
  ASSERT_NE(first, std::string::npos);
  ASSERT_NE(setext, std::string::npos);
  std::string expected =
      doc.html.substr(first + first_tag.size(), setext - first - first_tag.size());
  expected.replace(expected.find(table_tag), table_tag.size(), "<h2>");
  EXPECT_EQ(doc.section_html(0), expected);
  // Headings in a quote keep their ids in a body.
  EXPECT_EQ(doc.section_html(2), doc.html.substr(setext + setext_tag.size()));
}

}  // namespace cxo::markdown

#include "markdown/render.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <array>

#include "markdown/cmark_arena.h"
#include "markdown/html_render.h"
#include "markdown/markdown_writer.h"
#include "markdown/sections.h"
#include "markdown/tree_walk.h"

namespace cxo::markdown {

namespace {

// Looked up once: the registry is a list searched by name, and render runs
// for every Markdown text of the site, from several threads.
const std::array<cmark_syntax_extension*, 4>& syntax_extensions() {
  static const std::array<cmark_syntax_extension*, 4> extensions = [] {
    cmark_gfm_core_extensions_ensure_registered();
    return std::array<cmark_syntax_extension*, 4>{
        cmark_find_syntax_extension("table"), cmark_find_syntax_extension("strikethrough"),
        cmark_find_syntax_extension("autolink"), cmark_find_syntax_extension("tagfilter")};
  }();
  return extensions;
}

}  // namespace

Document render(std::string_view text, const RenderOptions& options) {
  // The parser, the tree and every buffer cmark writes live in the arena
  // and go with it at the end: nothing of theirs is freed one by one.
  CmarkArenaScope arena;
  cmark_mem* mem = cmark_arena();
  cmark_parser* parser = cmark_parser_new_with_mem(CMARK_OPT_DEFAULT, mem);
  for (cmark_syntax_extension* extension : syntax_extensions()) {
    if (extension) cmark_parser_attach_syntax_extension(parser, extension);
  }
  cmark_parser_feed(parser, text.data(), text.size());
  cmark_node* document = cmark_parser_finish(parser);

  Document result;
  // Room for the usual case, so that neither string is copied as it grows:
  // the plain text is shorter than the Markdown, the HTML a little longer.
  result.text.reserve(text.size());
  result.html.reserve(text.size() + text.size() / 4 + 64);
  Outline outline = walk_tree(document, mem, options, result);
  if (!outline.headings.empty()) result.markdown.reserve(text.size() + text.size() / 8);
  write_markdown(document, outline, result);
  render_html(document, mem, options.unsafe_html ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT,
              cmark_parser_get_syntax_extensions(parser), outline, result);
  cut_sections(outline, result);
  return result;
}

}  // namespace cxo::markdown

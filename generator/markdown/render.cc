#include "markdown/render.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <array>
#include <memory>

#include "markdown/html_render.h"
#include "markdown/sections.h"
#include "markdown/tree_walk.h"

namespace cxo::markdown {

namespace {

struct NodeDeleter {
  void operator()(cmark_node* node) const { cmark_node_free(node); }
};
struct ParserDeleter {
  void operator()(cmark_parser* parser) const { cmark_parser_free(parser); }
};

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
  std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(CMARK_OPT_DEFAULT));
  for (cmark_syntax_extension* extension : syntax_extensions()) {
    if (extension) cmark_parser_attach_syntax_extension(parser.get(), extension);
  }
  cmark_parser_feed(parser.get(), text.data(), text.size());
  std::unique_ptr<cmark_node, NodeDeleter> document(cmark_parser_finish(parser.get()));

  Document result;
  // Room for the usual case, so that neither string is copied as it grows:
  // the plain text is shorter than the Markdown, the HTML a little longer.
  result.text.reserve(text.size());
  result.html.reserve(text.size() + text.size() / 4 + 64);
  Outline outline = walk_tree(document.get(), options, result);
  render_html(document.get(), options.unsafe_html ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT,
              cmark_parser_get_syntax_extensions(parser.get()), outline, result);
  cut_sections(outline, result);
  return result;
}

}  // namespace cxo::markdown

#pragma once
// Markdown to HTML through cmark-gfm (tables, strikethrough, autolinks,
// tagfilter), in one pass that also yields the headings with their anchors,
// the sections, the links and the plain text (markdown/document.h).
#include <string_view>
#include <vector>

#include "markdown/document.h"

namespace cxo::markdown {

struct RenderOptions {
  bool unsafe_html = false;  // false: raw HTML is shown as text, never as HTML
  std::string path;          // source file, for link positions
  int first_line = 1;        // line of the text's first line in that file
  // The address of the page that holds the text ("meetings/<id>/"), which
  // its relative links are written against (markdown/links.h).
  std::string page_folder;
  // Ids the page that holds the text gives other elements (a meeting page's
  // "conclusion-<id>"), which the headings' anchors skip. The theme's fixed
  // ids contain '_', which no anchor does.
  std::vector<std::string> taken_anchors;
};

Document render(std::string_view text, const RenderOptions& options);

}  // namespace cxo::markdown

#pragma once
// The one walk over a parsed document, before it is rendered. It fills
// Document::headings (with their anchors), Document::links and
// Document::text, resolves relative link URLs in the tree, turns raw HTML
// into text when unsafe HTML is off (markdown/render.h), and returns the
// outline the renderer and the section cutter work from.
#include <cmark-gfm.h>

#include "markdown/document.h"
#include "markdown/outline.h"
#include "markdown/render.h"

namespace cxo::markdown {

// mem: the allocator the document was parsed with, for the nodes that
// replace raw HTML.
Outline walk_tree(cmark_node* document, cmark_mem* mem, const RenderOptions& options,
                  Document& result);

}  // namespace cxo::markdown

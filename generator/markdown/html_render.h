#pragma once
// Renders a walked document (markdown/tree_walk.h) into Document::html,
// giving every heading its anchor as id, and records in the outline where
// each top-level heading landed, for the section cutter.
#include <cmark-gfm.h>

#include "markdown/document.h"
#include "markdown/outline.h"

namespace cxo::markdown {

// Takes the document's top-level blocks apart (they move into the
// renderer's own nodes and are freed): call it last on a tree. mem: the
// allocator the document was parsed with.
void render_html(cmark_node* document, cmark_mem* mem, int options, cmark_llist* extensions,
                 Outline& outline, Document& result);

}  // namespace cxo::markdown

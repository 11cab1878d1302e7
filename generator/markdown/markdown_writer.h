#pragma once
// Writes a walked document (markdown/tree_walk.h) back out as Markdown, from
// its first top-level heading on, into Document::markdown, and records in
// the outline where each top-level heading's lines are, for the section
// cutter. The TSAG report's Markdown twin quotes sections from it, so that
// lists, tables, emphasis and links survive the copy into a TSAG document.
//
// Not cmark's own CommonMark renderer: it decides escaping a character at
// a time and costs three times the parse (15 times the HTML) on the
// benchmark's communiqués. This one escapes runs of text sixteen bytes at a
// time (util/byte_scan.h) and writes a parse-equivalent text, not the
// shortest one: every character that could be read as markup is escaped.
//
// Relative links keep the mark tree_walk gave them (markdown/links.h): the
// report puts its base_url there.
#include <cmark-gfm.h>

#include "markdown/document.h"
#include "markdown/outline.h"

namespace cxo::markdown {

// Call before render_html, which takes the tree apart.
void write_markdown(cmark_node* document, Outline& outline, Document& result);

}  // namespace cxo::markdown

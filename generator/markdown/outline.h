#pragma once
// What the tree walk (markdown/tree_walk.h) learns about a document's
// top-level blocks and hands on: the HTML renderer (markdown/html_render.h)
// needs to know which blocks hold headings, the section cutter
// (markdown/sections.h) where each top-level heading sits in the text and
// the HTML, so that it copies section bodies out of them instead of
// rendering and walking every block a second time.
#include <cmark-gfm.h>

#include <cstddef>
#include <vector>

namespace cxo::markdown {

// A heading directly in the document: it opens a section.
struct TopHeading {
  cmark_node* node = nullptr;
  int heading = -1;  // index into Document::headings
  // Its line in Document::text, "\n" included; empty for an empty heading.
  std::size_t text_begin = 0;
  std::size_t text_end = 0;
  // In Document::html: where "<hN id=…>" starts, where its content starts,
  // and just after its "</hN>\n". Set by the HTML renderer.
  std::size_t html_begin = 0;
  std::size_t html_inner = 0;
  std::size_t html_end = 0;
  // Its line in Document::markdown. Set by the Markdown writer.
  std::size_t markdown_begin = 0;
  std::size_t markdown_end = 0;
};

// A top-level quote or list with headings inside: they get ids too, but
// open no section.
struct HeadingContainer {
  cmark_node* node = nullptr;
  int first_heading = 0;  // its headings: [first_heading, end_heading) in
  int end_heading = 0;    // Document::headings
};

struct Outline {
  std::vector<TopHeading> headings;          // in document order
  std::vector<HeadingContainer> containers;  // in document order
};

}  // namespace cxo::markdown

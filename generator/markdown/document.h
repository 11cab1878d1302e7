#pragma once
// A Markdown text rendered once: its HTML, its headings with their anchors,
// the sections topic histories quote, the links the checker follows and the
// plain text the search index reads.
#include <string>
#include <vector>

#include "util/diagnostics.h"

namespace cxo::markdown {

struct Heading {
  int level = 1;
  std::string text;    // as a reader sees it
  std::string anchor;  // unique on the page
  int line = 0;        // in the source file
};

// A heading and everything up to the next heading of the same or a higher
// level.
struct Section {
  int heading = -1;       // index into Document::headings
  std::string body_html;  // without the heading; sub-headings carry no id
  std::string text;       // plain text of the body, for search and snippets
};

struct Link {
  std::string url;
  SourcePos pos;
};

struct Document {
  std::string html;  // headings carry their anchors as ids
  std::vector<Heading> headings;
  std::vector<Section> sections;  // one per heading, same order
  std::vector<Link> links;        // links and images, in source order
  std::string text;               // plain text of the whole document
};

}  // namespace cxo::markdown

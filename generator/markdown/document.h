#pragma once
// A Markdown text rendered once: its HTML, its headings with their anchors,
// the sections topic histories quote, the links the checker follows and the
// plain text the search index reads.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "util/diagnostics.h"

namespace cxo::markdown {

struct Heading {
  int level = 1;
  std::string text;    // as a reader sees it
  std::string anchor;  // unique on the page
  int line = 0;        // in the source file
};

// Where a section's body lies: a run of Document::html or Document::text
// when the body is a plain slice of it, which is most sections; a run of
// Document::section_store when it had to be rewritten (sub-headings). Kept
// as offsets, not views, so that a Document can be moved.
struct TextRun {
  bool in_store = false;
  std::size_t begin = 0;
  std::size_t size = 0;
};

// A heading and everything up to the next heading of the same or a higher
// level.
struct Section {
  int heading = -1;  // index into Document::headings
  TextRun html;      // without the heading; sub-headings carry no id
  TextRun text;      // plain text of the body, for search and snippets
  TextRun markdown;  // the body written back as Markdown, for report.md
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
  // The document from its first section on, written back as Markdown, with
  // relative links marked as in html (markdown/markdown_writer.h).
  std::string markdown;
  // Section bodies that are not plain slices of html or text.
  std::string section_store;

  // Section s's body as HTML and as plain text. Sections are read on every
  // page that quotes them; slicing instead of copying keeps one copy of a
  // communiqué in memory rather than three.
  std::string_view section_html(std::size_t s) const { return slice(sections[s].html, html); }
  std::string_view section_text(std::size_t s) const { return slice(sections[s].text, text); }
  std::string_view section_markdown(std::size_t s) const {
    return slice(sections[s].markdown, markdown);
  }

 private:
  std::string_view slice(const TextRun& run, const std::string& whole) const {
    return std::string_view(run.in_store ? section_store : whole).substr(run.begin, run.size);
  }
};

}  // namespace cxo::markdown

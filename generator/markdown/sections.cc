#include "markdown/sections.h"

#include <string>

namespace cxo::markdown {

namespace {

// Which of the outline's top-level headings a section runs over, and where
// its body ends in the document's HTML and text.
struct Span {
  std::size_t first;  // the first sub-heading
  std::size_t end;    // the heading that closes the section, or the count
  std::size_t html_end;
  std::size_t text_end;
  std::size_t markdown_end;
};

Span span_of(const Outline& outline, std::size_t opening, const Document& doc) {
  const auto& tops = outline.headings;
  int level = doc.headings[tops[opening].heading].level;
  std::size_t end = opening + 1;
  while (end < tops.size() && doc.headings[tops[end].heading].level > level) ++end;
  bool last = end == tops.size();
  return {opening + 1, end, last ? doc.html.size() : tops[end].html_begin,
          last ? doc.text.size() : tops[end].text_begin,
          last ? doc.markdown.size() : tops[end].markdown_begin};
}

// Sub-headings lose their ids in a body: the body is quoted on other pages,
// where the ids would clash. In the text, a sub-heading's line is the
// heading as a reader sees it. A body without sub-headings is a plain slice.
TextRun body_html(const Outline& outline, std::size_t opening, const Span& span, Document& doc) {
  const auto& tops = outline.headings;
  if (span.first == span.end) {
    return {false, tops[opening].html_end, span.html_end - tops[opening].html_end};
  }
  std::string& store = doc.section_store;
  TextRun run{true, store.size(), 0};
  std::size_t copied = tops[opening].html_end;
  for (std::size_t s = span.first; s < span.end; ++s) {
    const TopHeading& sub = tops[s];
    store.append(doc.html, copied, sub.html_begin - copied);
    store.append(doc.html, sub.html_begin, 3);  // "<hN"
    store += '>';
    store.append(doc.html, sub.html_inner, sub.html_end - sub.html_inner);
    copied = sub.html_end;
  }
  store.append(doc.html, copied, span.html_end - copied);
  run.size = store.size() - run.begin;
  return run;
}

TextRun body_text(const Outline& outline, std::size_t opening, const Span& span, Document& doc) {
  const auto& tops = outline.headings;
  if (span.first == span.end) {
    return {false, tops[opening].text_end, span.text_end - tops[opening].text_end};
  }
  std::string& store = doc.section_store;
  TextRun run{true, store.size(), 0};
  std::size_t copied = tops[opening].text_end;
  for (std::size_t s = span.first; s < span.end; ++s) {
    const TopHeading& sub = tops[s];
    store.append(doc.text, copied, sub.text_begin - copied);
    store += doc.headings[sub.heading].text;
    store += '\n';
    copied = sub.text_end;
  }
  store.append(doc.text, copied, span.text_end - copied);
  run.size = store.size() - run.begin;
  return run;
}

}  // namespace

void cut_sections(const Outline& outline, Document& result) {
  result.sections.reserve(outline.headings.size());
  for (std::size_t opening = 0; opening < outline.headings.size(); ++opening) {
    Span span = span_of(outline, opening, result);
    Section section{outline.headings[opening].heading, {}, {}, {}};
    section.html = body_html(outline, opening, span, result);
    section.text = body_text(outline, opening, span, result);
    // Sub-headings stay headings in Markdown, which has no ids to clash.
    std::size_t markdown_begin = outline.headings[opening].markdown_end;
    section.markdown = {false, markdown_begin, span.markdown_end - markdown_begin};
    result.sections.push_back(section);
  }
}

}  // namespace cxo::markdown

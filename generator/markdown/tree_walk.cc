#include "markdown/tree_walk.h"

#include <string>
#include <string_view>

#include "markdown/anchor.h"
#include "markdown/links.h"
#include "markdown/node_type.h"

namespace cxo::markdown {

namespace {

std::string collapse_whitespace(std::string_view text) {
  std::string result;
  result.reserve(text.size());
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !result.empty();
      continue;
    }
    if (space) result += ' ';
    space = false;
    result += c;
  }
  return result;
}

void append_literal(cmark_node* node, std::string& out) {
  if (const char* literal = cmark_node_get_literal(node)) out += literal;
}

// The plain text (which the search index and its snippets read) follows
// these rules: a code or raw HTML block is its text verbatim and a newline;
// a paragraph, a heading or any node whose first child is text is its
// inline text (emphasis, links and code reduced to their words, line breaks
// to spaces) and a newline; any other node is the text of its children,
// and a table cell adds a space. They are applied as cmark's iterator
// passes each node, so that the text, the headings and the links all come
// out of one walk.
class TreeWalk {
 public:
  TreeWalk(cmark_node* document, cmark_mem* mem, const RenderOptions& options, Document& result)
      : document_(document), mem_(mem), options_(options), result_(result) {
    for (const auto& anchor : options.taken_anchors) anchors_.reserve(anchor);
  }

  Outline run() {
    cmark_iter* iter = cmark_iter_new(document_);
    for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
      cmark_node* node = cmark_iter_get_node(iter);
      if (event == CMARK_EVENT_ENTER) {
        enter(node);
      } else {
        exit(node);
      }
    }
    cmark_iter_free(iter);
    return std::move(outline_);
  }

 private:
  // Leaves (text, code, raw HTML, breaks) are only entered, never exited;
  // replacing one there is safe, as the iterator has already moved past it.
  void enter(cmark_node* node) {
    cmark_node_type type = cmark_node_get_type(node);
    if (cmark_node_parent(node) == document_) top_ = node;
    if (type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE) add_link(node);
    std::string& text = result_.text;
    if (inline_root_) {
      switch (type) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
          append_literal(node, text);
          break;
        case CMARK_NODE_HTML_INLINE:
          // Shown as text unless raw HTML is allowed; then it is a tag, which
          // a reader does not see (a heading's text and anchor leave it out).
          if (!options_.unsafe_html) {
            append_literal(node, text);
            escape_html_inline(node);
          }
          break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
          text += ' ';
          break;
        default:
          break;
      }
      return;
    }
    switch (type) {
      case CMARK_NODE_CODE_BLOCK:
        append_literal(node, text);
        text += '\n';
        return;
      case CMARK_NODE_HTML_BLOCK:
        if (options_.unsafe_html) {
          append_literal(node, text);
        } else {
          escape_html_block(node, text);
        }
        text += '\n';
        return;
      case CMARK_NODE_HTML_INLINE:
        if (!options_.unsafe_html) escape_html_inline(node);
        return;
      case CMARK_NODE_HEADING:
        if (top_ != node) note_nested_heading();
        break;
      default:
        break;
    }
    cmark_node* first = cmark_node_first_child(node);
    if (!first) return;
    cmark_node_type first_type = cmark_node_get_type(first);
    // Raw inline HTML is about to become text (escape_html_inline), and
    // counts as such.
    bool starts_with_text = first_type == CMARK_NODE_TEXT ||
                            (first_type == CMARK_NODE_HTML_INLINE && !options_.unsafe_html);
    if (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING || starts_with_text) {
      inline_root_ = node;
      inline_begin_ = text.size();
    }
  }

  void exit(cmark_node* node) {
    std::string& text = result_.text;
    bool heading = cmark_node_get_type(node) == CMARK_NODE_HEADING;
    if (node == inline_root_) {
      inline_root_ = nullptr;
      if (heading) {
        add_heading(node, std::string_view(text).substr(inline_begin_), inline_begin_);
      }
      text += '\n';
      if (heading && node == top_) outline_.headings.back().text_end = text.size();
      return;
    }
    if (inline_root_) return;
    if (heading) {  // with no content at all
      add_heading(node, {}, text.size());
    } else if (has_type_name(node, "table_cell")) {
      text += ' ';
    }
  }

  void add_heading(cmark_node* node, std::string_view text, std::size_t text_begin) {
    Heading heading;
    heading.level = cmark_node_get_heading_level(node);
    heading.text = collapse_whitespace(text);
    heading.anchor = anchors_.claim(heading.text);
    heading.line = cmark_node_get_start_line(node) + options_.first_line - 1;
    result_.headings.push_back(std::move(heading));
    int index = static_cast<int>(result_.headings.size()) - 1;
    if (node == top_) {
      TopHeading top;
      top.node = node;
      top.heading = index;
      top.text_begin = text_begin;
      top.text_end = text_begin;
      outline_.headings.push_back(top);
    } else {
      outline_.containers.back().end_heading = index + 1;
    }
  }

  void note_nested_heading() {
    auto& containers = outline_.containers;
    if (containers.empty() || containers.back().node != top_) {
      int next = static_cast<int>(result_.headings.size());
      containers.push_back(HeadingContainer{top_, next, next});
    }
  }

  void add_link(cmark_node* node) {
    Link link;
    const char* url = cmark_node_get_url(node);
    link.url = url ? url : "";
    std::string resolved = resolve_link(link.url, options_.page_folder);
    if (resolved != link.url) cmark_node_set_url(node, resolved.c_str());
    link.pos.path = options_.path;
    link.pos.line = cmark_node_get_start_line(node) + options_.first_line - 1;
    link.pos.column = cmark_node_get_start_column(node);
    result_.links.push_back(std::move(link));
  }

  // With unsafe HTML off, raw HTML becomes visible text: a reader sees what
  // the editor typed, and no markup from the content reaches the page.
  void escape_html_inline(cmark_node* node) {
    cmark_node* text = cmark_node_new_with_mem(CMARK_NODE_TEXT, mem_);
    cmark_node_set_literal(text, cmark_node_get_literal(node));
    cmark_node_replace(node, text);
    cmark_node_free(node);
  }

  void escape_html_block(cmark_node* node, std::string& out) {
    std::string literal = cmark_node_get_literal(node);
    while (!literal.empty() && literal.back() == '\n') literal.pop_back();
    out += literal;
    cmark_node* paragraph = cmark_node_new_with_mem(CMARK_NODE_PARAGRAPH, mem_);
    cmark_node* text = cmark_node_new_with_mem(CMARK_NODE_TEXT, mem_);
    cmark_node_set_literal(text, literal.c_str());
    cmark_node_append_child(paragraph, text);
    cmark_node_replace(node, paragraph);
    if (top_ == node) top_ = paragraph;
    cmark_node_free(node);
  }

  cmark_node* document_;
  cmark_mem* mem_;
  const RenderOptions& options_;
  Document& result_;
  AnchorSet anchors_;
  Outline outline_;
  cmark_node* top_ = nullptr;          // the top-level block being walked
  cmark_node* inline_root_ = nullptr;  // set while its inline text is collected
  std::size_t inline_begin_ = 0;       // where that text starts in Document::text
};

}  // namespace

Outline walk_tree(cmark_node* document, cmark_mem* mem, const RenderOptions& options,
                  Document& result) {
  return TreeWalk(document, mem, options, result).run();
}

}  // namespace cxo::markdown

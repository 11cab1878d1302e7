#include "markdown/render.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <cstdlib>
#include <memory>
#include <mutex>

#include "markdown/anchor.h"
#include "markdown/links.h"

namespace cxo::markdown {

namespace {

struct NodeDeleter {
  void operator()(cmark_node* node) const { cmark_node_free(node); }
};
struct ParserDeleter {
  void operator()(cmark_parser* parser) const { cmark_parser_free(parser); }
};

void register_extensions() {
  static std::once_flag once;
  std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

std::string render_node(cmark_node* node, int options, cmark_llist* extensions) {
  char* html = cmark_render_html(node, options, extensions);
  std::string result(html);
  std::free(html);
  return result;
}

// The text of inline content as a reader sees it: emphasis, links and code
// reduced to their words, line breaks to spaces.
void append_inline_text(cmark_node* node, std::string& out) {
  for (cmark_node* child = cmark_node_first_child(node); child; child = cmark_node_next(child)) {
    switch (cmark_node_get_type(child)) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
      case CMARK_NODE_HTML_INLINE:
        out += cmark_node_get_literal(child);
        break;
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
        out += ' ';
        break;
      default:
        append_inline_text(child, out);
    }
  }
}

std::string collapse_whitespace(const std::string& text) {
  std::string result;
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

// Plain text of a block and everything in it, blocks separated by newlines.
void append_block_text(cmark_node* node, std::string& out) {
  cmark_node_type type = cmark_node_get_type(node);
  if (type == CMARK_NODE_CODE_BLOCK || type == CMARK_NODE_HTML_BLOCK) {
    out += cmark_node_get_literal(node);
    out += '\n';
    return;
  }
  if (cmark_node_first_child(node) &&
      (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING ||
       cmark_node_get_type(cmark_node_first_child(node)) == CMARK_NODE_TEXT)) {
    std::string text;
    append_inline_text(node, text);
    out += text;
    out += '\n';
    return;
  }
  for (cmark_node* child = cmark_node_first_child(node); child; child = cmark_node_next(child)) {
    append_block_text(child, out);
  }
  const char* type_name = cmark_node_get_type_string(node);
  if (type_name && std::string_view(type_name) == "table_cell") out += ' ';
}

// With unsafe HTML off, raw HTML becomes visible text: a reader sees what the
// editor typed, and no markup from the content reaches the page.
void escape_raw_html(cmark_node* root) {
  std::vector<cmark_node*> raw;
  cmark_iter* iter = cmark_iter_new(root);
  for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(iter);
    cmark_node_type type = cmark_node_get_type(node);
    if (event == CMARK_EVENT_ENTER &&
        (type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE)) {
      raw.push_back(node);
    }
  }
  cmark_iter_free(iter);
  for (cmark_node* node : raw) {
    std::string literal = cmark_node_get_literal(node);
    cmark_node* text = cmark_node_new(CMARK_NODE_TEXT);
    if (cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK) {
      while (!literal.empty() && literal.back() == '\n') literal.pop_back();
      cmark_node* paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH);
      cmark_node_set_literal(text, literal.c_str());
      cmark_node_append_child(paragraph, text);
      cmark_node_replace(node, paragraph);
    } else {
      cmark_node_set_literal(text, literal.c_str());
      cmark_node_replace(node, text);
    }
    cmark_node_free(node);
  }
}

class Renderer {
 public:
  Renderer(const RenderOptions& options, cmark_llist* extensions)
      : options_(options),
        extensions_(extensions),
        html_options_(options.unsafe_html ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT) {}

  Document run(cmark_node* document) {
    collect_links(document);
    append_block_text(document, result_.text);
    struct Open {
      int level;
      int section;
    };
    std::vector<Open> open;  // sections whose body is still being collected
    for (cmark_node* block = cmark_node_first_child(document); block;
         block = cmark_node_next(block)) {
      if (cmark_node_get_type(block) == CMARK_NODE_HEADING) {
        int level = cmark_node_get_heading_level(block);
        while (!open.empty() && open.back().level >= level) open.pop_back();
        int heading = add_heading(block, level);
        std::string inner = render_inline(block);
        std::string tag = "h" + std::to_string(level);
        result_.html += "<" + tag + " id=\"" + result_.headings[heading].anchor + "\">" + inner +
                        "</" + tag + ">\n";
        // Inside a section body, sub-headings are plain: the body is quoted
        // on other pages, where the ids would clash.
        for (const Open& o : open) {
          auto& body = result_.sections[o.section].body_html;
          body += "<" + tag + ">" + inner + "</" + tag + ">\n";
          std::string text;
          append_inline_text(block, text);
          result_.sections[o.section].text += collapse_whitespace(text) + "\n";
        }
        result_.sections.push_back(Section{heading, {}, {}});
        open.push_back({level, static_cast<int>(result_.sections.size()) - 1});
        continue;
      }
      std::string html = render_block(block);
      result_.html += html;
      std::string text;
      append_block_text(block, text);
      for (const Open& o : open) {
        result_.sections[o.section].body_html += html;
        result_.sections[o.section].text += text;
      }
    }
    return std::move(result_);
  }

 private:
  int add_heading(cmark_node* node, int level) {
    std::string text;
    append_inline_text(node, text);
    Heading heading;
    heading.level = level;
    heading.text = collapse_whitespace(text);
    heading.anchor = anchors_.claim(heading.text);
    heading.line = cmark_node_get_start_line(node) + options_.first_line - 1;
    result_.headings.push_back(std::move(heading));
    return static_cast<int>(result_.headings.size()) - 1;
  }

  std::string render_inline(cmark_node* heading) {
    std::string html;
    for (cmark_node* child = cmark_node_first_child(heading); child;
         child = cmark_node_next(child)) {
      html += render_node(child, html_options_, extensions_);
    }
    return html;
  }

  // A container block (quote, list) may hold headings too; they get anchors
  // in document order like top-level ones.
  std::string render_block(cmark_node* block) {
    std::string html = render_node(block, html_options_, extensions_);
    if (cmark_node_get_type(block) == CMARK_NODE_CODE_BLOCK) return html;
    std::vector<cmark_node*> nested;
    cmark_iter* iter = cmark_iter_new(block);
    for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
      cmark_node* node = cmark_iter_get_node(iter);
      if (event == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_HEADING) {
        nested.push_back(node);
      }
    }
    cmark_iter_free(iter);
    std::size_t search_from = 0;
    for (cmark_node* node : nested) {
      int level = cmark_node_get_heading_level(node);
      int heading = add_heading(node, level);
      std::string open_tag = "<h" + std::to_string(level) + ">";
      std::size_t at = html.find(open_tag, search_from);
      if (at == std::string::npos) continue;
      std::string with_id =
          "<h" + std::to_string(level) + " id=\"" + result_.headings[heading].anchor + "\">";
      html.replace(at, open_tag.size(), with_id);
      search_from = at + with_id.size();
    }
    return html;
  }

  void collect_links(cmark_node* document) {
    cmark_iter* iter = cmark_iter_new(document);
    for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
      cmark_node* node = cmark_iter_get_node(iter);
      cmark_node_type type = cmark_node_get_type(node);
      if (event != CMARK_EVENT_ENTER || (type != CMARK_NODE_LINK && type != CMARK_NODE_IMAGE)) {
        continue;
      }
      Link link;
      link.url = cmark_node_get_url(node) ? cmark_node_get_url(node) : "";
      std::string resolved = resolve_link(link.url, options_.page_folder);
      if (resolved != link.url) cmark_node_set_url(node, resolved.c_str());
      link.pos.path = options_.path;
      link.pos.line = cmark_node_get_start_line(node) + options_.first_line - 1;
      link.pos.column = cmark_node_get_start_column(node);
      result_.links.push_back(std::move(link));
    }
    cmark_iter_free(iter);
  }

  const RenderOptions& options_;
  cmark_llist* extensions_;
  int html_options_;
  AnchorSet anchors_;
  Document result_;
};

}  // namespace

Document render(std::string_view text, const RenderOptions& options) {
  register_extensions();
  std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(CMARK_OPT_DEFAULT));
  for (const char* name : {"table", "strikethrough", "autolink", "tagfilter"}) {
    cmark_syntax_extension* extension = cmark_find_syntax_extension(name);
    if (extension) cmark_parser_attach_syntax_extension(parser.get(), extension);
  }
  cmark_parser_feed(parser.get(), text.data(), text.size());
  std::unique_ptr<cmark_node, NodeDeleter> document(cmark_parser_finish(parser.get()));
  if (!options.unsafe_html) escape_raw_html(document.get());
  Renderer renderer(options, cmark_parser_get_syntax_extensions(parser.get()));
  return renderer.run(document.get());
}

}  // namespace cxo::markdown

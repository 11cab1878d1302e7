#include "markdown/html_render.h"

#include <memory>
#include <string>
#include <string_view>

namespace cxo::markdown {

namespace {

// cmark writes its result with the allocator of the nodes it renders.
struct CmarkFree {
  cmark_mem* mem;
  void operator()(char* html) const { mem->free(html); }
};

// cmark renders a node with all it holds, not a run of siblings, and each
// call costs an iterator and a buffer grown from nothing. So the blocks
// between two headings move under a document node of their own and are
// rendered in one call. A top-level heading is rendered on its own, which
// puts its tag at a known place, where the id goes in and where the
// section cutter finds it again; a quote or list with headings inside is
// rendered on its own too, and its headings' tags are looked for in its
// HTML. Every block's HTML ends with a newline, so the HTML of a run is
// the same as that of its blocks rendered one by one.
class HtmlRender {
 public:
  HtmlRender(cmark_mem* mem, int options, cmark_llist* extensions, Outline& outline,
             Document& result)
      : mem_(mem), options_(options), extensions_(extensions), outline_(outline), result_(result) {}
  HtmlRender(const HtmlRender&) = delete;
  HtmlRender& operator=(const HtmlRender&) = delete;
  ~HtmlRender() {
    if (run_) cmark_node_free(run_);
  }

  void run(cmark_node* document) {
    std::size_t next_heading = 0;
    std::size_t next_container = 0;
    cmark_node* next = nullptr;
    for (cmark_node* block = cmark_node_first_child(document); block; block = next) {
      next = cmark_node_next(block);
      if (next_heading < outline_.headings.size() &&
          outline_.headings[next_heading].node == block) {
        flush_run();
        add_heading(outline_.headings[next_heading++]);
      } else if (next_container < outline_.containers.size() &&
                 outline_.containers[next_container].node == block) {
        flush_run();
        add_container(outline_.containers[next_container++]);
      } else {
        add_to_run(block);
      }
    }
    flush_run();
  }

 private:
  using Html = std::unique_ptr<char, CmarkFree>;

  Html render(cmark_node* node) const {
    return Html(cmark_render_html(node, options_, extensions_), CmarkFree{mem_});
  }

  void add_to_run(cmark_node* block) {
    if (!run_) run_ = cmark_node_new_with_mem(CMARK_NODE_DOCUMENT, mem_);
    if (cmark_node_append_child(run_, block)) return;
    flush_run();
    result_.html += render(block).get();
  }

  void flush_run() {
    if (!run_) return;
    result_.html += render(run_).get();
    cmark_node_free(run_);
    run_ = nullptr;
  }

  // cmark writes "<hN>…</hN>\n"; the id goes in after "<hN".
  void add_heading(TopHeading& top) {
    Html rendered = render(top.node);
    std::string_view tag_and_rest(rendered.get());
    std::string& html = result_.html;
    top.html_begin = html.size();
    html.append(tag_and_rest.substr(0, 3));
    append_id(result_.headings[top.heading].anchor);
    top.html_inner = html.size();
    html.append(tag_and_rest.substr(4));
    top.html_end = html.size();
  }

  void add_container(const HeadingContainer& container) {
    Html rendered = render(container.node);
    std::string_view block(rendered.get());
    std::string& html = result_.html;
    std::size_t copied = 0;
    for (int h = container.first_heading; h < container.end_heading; ++h) {
      const Heading& heading = result_.headings[h];
      const char open_tag[] = {'<', 'h', static_cast<char>('0' + heading.level), '>', '\0'};
      std::size_t at = block.find(open_tag, copied);
      if (at == std::string_view::npos) continue;
      html.append(block.substr(copied, at + 3 - copied));
      append_id(heading.anchor);
      copied = at + 4;
    }
    html.append(block.substr(copied));
  }

  void append_id(const std::string& anchor) {
    std::string& html = result_.html;
    html += " id=\"";
    html += anchor;
    html += "\">";
  }

  cmark_mem* mem_;
  int options_;
  cmark_llist* extensions_;
  Outline& outline_;
  Document& result_;
  cmark_node* run_ = nullptr;  // blocks waiting to be rendered together
};

}  // namespace

void render_html(cmark_node* document, cmark_mem* mem, int options, cmark_llist* extensions,
                 Outline& outline, Document& result) {
  HtmlRender(mem, options, extensions, outline, result).run(document);
}

}  // namespace cxo::markdown

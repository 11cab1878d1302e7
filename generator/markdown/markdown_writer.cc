#include "markdown/markdown_writer.h"

#include <cmark-gfm-core-extensions.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "markdown/escape.h"
#include "markdown/node_type.h"

namespace cxo::markdown {

namespace {

std::string_view literal_of(cmark_node* node) {
  const char* literal = cmark_node_get_literal(node);
  return literal ? std::string_view(literal) : std::string_view();
}

std::size_t longest_run(std::string_view text, char c) {
  std::size_t longest = 0;
  std::size_t run = 0;
  for (char x : text) {
    run = x == c ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  return longest;
}

// Whether this list takes the other marker: two lists of the same kind in a
// row, written with the same marker, would read as one list, so markers
// alternate along a run of them.
bool follows_same_kind_of_list(cmark_node* list) {
  bool flip = false;
  for (cmark_node* before = cmark_node_previous(list);
       before && cmark_node_get_type(before) == CMARK_NODE_LIST &&
       cmark_node_get_list_type(before) == cmark_node_get_list_type(list);
       before = cmark_node_previous(before)) {
    flip = !flip;
  }
  return flip;
}

class MarkdownWriter {
 public:
  explicit MarkdownWriter(std::string& out) : out_(out) {}

  void block(cmark_node* node) {
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_PARAGRAPH:
        start_line();
        inlines(node);
        end_line();
        return;
      case CMARK_NODE_HEADING:
        start_line();
        out_.append(static_cast<std::size_t>(cmark_node_get_heading_level(node)), '#');
        if (cmark_node_first_child(node)) {
          out_ += ' ';
          line_start_ = false;
          inlines(node);
        }
        end_line();
        return;
      case CMARK_NODE_THEMATIC_BREAK:
        start_line();
        out_ += "***";
        end_line();
        return;
      case CMARK_NODE_CODE_BLOCK:
        code_block(node);
        return;
      case CMARK_NODE_HTML_BLOCK:  // only with unsafe HTML on; tree_walk made it text otherwise
        literal_lines(literal_of(node));
        return;
      case CMARK_NODE_BLOCK_QUOTE:
        open_container("> ", "> ");
        blocks(node, false);
        close_container();
        return;
      case CMARK_NODE_LIST:
        list(node);
        return;
      default:
        if (has_type_name(node, "table")) table(node);
        return;
    }
  }

 private:
  // Lines ------------------------------------------------------------------

  void start_line() {
    out_ += first_pending_ ? first_prefix_ : prefix_;
    first_pending_ = false;
    line_start_ = true;
  }

  void end_line() { out_ += '\n'; }

  // A blank line keeps the containers' markers, without trailing spaces.
  void blank_line() {
    std::string_view prefix = prefix_;
    while (!prefix.empty() && prefix.back() == ' ') prefix.remove_suffix(1);
    out_ += prefix;
    out_ += '\n';
  }

  void literal_lines(std::string_view literal) {
    while (!literal.empty()) {
      std::size_t end = literal.find('\n');
      std::string_view line = literal.substr(0, end);
      if (line.empty()) {
        blank_line();
      } else {
        start_line();
        out_ += line;
        end_line();
      }
      if (end == std::string_view::npos) break;
      literal.remove_prefix(end + 1);
    }
  }

  // A quote or list item: its first line starts with `marker` (after the
  // markers of the containers it is in, or of one that opened on the same
  // line), the lines after it with `continuation`.
  void open_container(std::string_view marker, std::string_view continuation) {
    prefix_sizes_.push_back(prefix_.size());
    if (!first_pending_) first_prefix_ = prefix_;
    first_prefix_ += marker;
    first_pending_ = true;
    prefix_ += continuation;
  }

  void close_container() {
    if (first_pending_) {  // an empty quote or list item: its marker alone
      std::string_view marker = first_prefix_;
      while (!marker.empty() && marker.back() == ' ') marker.remove_suffix(1);
      out_ += marker;
      out_ += '\n';
      first_pending_ = false;
    }
    prefix_.resize(prefix_sizes_.back());
    prefix_sizes_.pop_back();
  }

  // Blocks -----------------------------------------------------------------

  void blocks(cmark_node* parent, bool tight) {
    bool first = true;
    for (cmark_node* child = cmark_node_first_child(parent); child;
         child = cmark_node_next(child)) {
      if (!first && !tight) blank_line();
      block(child);
      first = false;
    }
  }

  void list(cmark_node* node) {
    bool ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
    bool tight = cmark_node_get_list_tight(node);
    bool flip = follows_same_kind_of_list(node);
    char bullet = flip ? '*' : '-';
    char delimiter = flip ? ')' : '.';
    int number = cmark_node_get_list_start(node);
    bool first = true;
    for (cmark_node* item = cmark_node_first_child(node); item; item = cmark_node_next(item)) {
      if (!first && !tight) blank_line();
      first = false;
      std::string marker;
      if (ordered) {
        marker = std::to_string(number++);
        marker += delimiter;
      } else {
        marker = bullet;
      }
      marker += ' ';
      open_container(marker, std::string(marker.size(), ' '));
      blocks(item, tight);
      close_container();
    }
  }

  void code_block(cmark_node* node) {
    std::string_view literal = literal_of(node);
    const char* info_text = cmark_node_get_fence_info(node);
    std::string_view info = info_text ? info_text : "";
    char fence_char = info.find('`') == std::string_view::npos ? '`' : '~';
    std::string fence(std::max<std::size_t>(3, longest_run(literal, fence_char) + 1), fence_char);
    start_line();
    out_ += fence;
    out_ += info;
    end_line();
    literal_lines(literal);
    start_line();
    out_ += fence;
    end_line();
  }

  void table(cmark_node* node) {
    std::size_t columns = cmark_gfm_extensions_get_table_columns(node);
    const uint8_t* alignments = cmark_gfm_extensions_get_table_alignments(node);
    bool header = true;
    for (cmark_node* row = cmark_node_first_child(node); row; row = cmark_node_next(row)) {
      start_line();
      out_ += '|';
      in_cell_ = true;
      for (cmark_node* cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell)) {
        out_ += ' ';
        line_start_ = false;
        inlines(cell);
        out_ += " |";
      }
      in_cell_ = false;
      end_line();
      if (!header) continue;
      header = false;
      start_line();
      out_ += '|';
      for (std::size_t c = 0; c < columns; ++c) {
        switch (alignments ? alignments[c] : 0) {
          case 'l':
            out_ += " :-- |";
            break;
          case 'c':
            out_ += " :-: |";
            break;
          case 'r':
            out_ += " --: |";
            break;
          default:
            out_ += " --- |";
        }
      }
      end_line();
    }
  }

  // Inlines ----------------------------------------------------------------

  void inlines(cmark_node* parent) {
    for (cmark_node* child = cmark_node_first_child(parent); child;
         child = cmark_node_next(child)) {
      inline_node(child);
    }
  }

  void inline_node(cmark_node* node) {
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_TEXT:
        text(literal_of(node), node);
        return;
      case CMARK_NODE_SOFTBREAK:
        end_line();
        start_line();
        return;
      case CMARK_NODE_LINEBREAK:
        out_ += '\\';
        end_line();
        start_line();
        return;
      case CMARK_NODE_CODE:
        code_span(literal_of(node));
        return;
      case CMARK_NODE_HTML_INLINE:  // only with unsafe HTML on
        raw_inline(literal_of(node));
        return;
      case CMARK_NODE_EMPH:
        wrapped(node, "*");
        return;
      case CMARK_NODE_STRONG:
        wrapped(node, "**");
        return;
      case CMARK_NODE_LINK:
      case CMARK_NODE_IMAGE:
        link(node);
        return;
      default:
        if (has_type_name(node, "strikethrough")) {
          wrapped(node, "~~");
        } else {
          inlines(node);
        }
        return;
    }
  }

  void wrapped(cmark_node* node, std::string_view delimiter) {
    out_ += delimiter;
    line_start_ = false;
    inlines(node);
    out_ += delimiter;
  }

  // Text lines: the converted raw HTML of tree_walk may hold several.
  void text(std::string_view literal, cmark_node* node) {
    bool first = true;
    while (first || !literal.empty()) {
      if (!first) {
        end_line();
        start_line();
      }
      first = false;
      std::size_t end = literal.find('\n');
      std::string_view line = literal.substr(0, end);
      literal.remove_prefix(end == std::string_view::npos ? literal.size() : end + 1);
      if (line_start_) line = escape_line_start(line);
      line_start_ = false;
      bool bang_before_link = end == std::string_view::npos && line.ends_with('!') &&
                              cmark_node_next(node) &&
                              cmark_node_get_type(cmark_node_next(node)) == CMARK_NODE_LINK;
      if (bang_before_link) line.remove_suffix(1);
      append_escaped(out_, line);
      if (bang_before_link) out_ += "\\!";
      if (end == std::string_view::npos) break;
    }
  }

  // What only the start of a line makes markup: a list item ("-", "+",
  // "12." or "12)"), a setext underline ("=" or "-"). Writes the escaped
  // start and returns the rest.
  std::string_view escape_line_start(std::string_view line) {
    if (line.empty()) return line;
    if (line[0] == '-' || line[0] == '+' || line[0] == '=') {
      out_ += '\\';
      out_ += line[0];
      return line.substr(1);
    }
    std::size_t digits = 0;
    while (digits < line.size() && digits < 10 && line[digits] >= '0' && line[digits] <= '9') {
      ++digits;
    }
    if (digits > 0 && digits < line.size() && (line[digits] == '.' || line[digits] == ')')) {
      out_.append(line.substr(0, digits));
      out_ += '\\';
      out_ += line[digits];
      return line.substr(digits + 1);
    }
    return line;
  }

  void code_span(std::string_view code) {
    std::string fence(longest_run(code, '`') + 1, '`');
    bool all_spaces = code.find_first_not_of(' ') == std::string_view::npos;
    bool pad = code.starts_with('`') || code.ends_with('`') ||
               (code.starts_with(' ') && code.ends_with(' ') && !all_spaces);
    out_ += fence;
    if (pad) out_ += ' ';
    for (char c : code) {
      // A table's rows are split at | before code spans are read.
      if (c == '|' && in_cell_) out_ += '\\';
      out_ += c;
    }
    if (pad) out_ += ' ';
    out_ += fence;
    line_start_ = false;
  }

  void raw_inline(std::string_view html) {
    line_start_ = false;
    for (std::size_t end; (end = html.find('\n')) != std::string_view::npos;) {
      out_ += html.substr(0, end);
      end_line();
      start_line();
      line_start_ = false;
      html.remove_prefix(end + 1);
    }
    out_ += html;
  }

  void link(cmark_node* node) {
    if (cmark_node_get_type(node) == CMARK_NODE_IMAGE) out_ += '!';
    out_ += '[';
    line_start_ = false;
    inlines(node);
    out_ += "](";
    const char* url_text = cmark_node_get_url(node);
    std::string_view url = url_text ? url_text : "";
    // The angle-bracket form takes spaces; the plain one, the rest.
    bool angle = url.find_first_of(" <>\t") != std::string_view::npos;
    if (angle) out_ += '<';
    for (char c : url) {
      if (c == '\\' || (angle ? (c == '<' || c == '>') : (c == '(' || c == ')'))) out_ += '\\';
      out_ += c;
    }
    if (angle) out_ += '>';
    const char* title_text = cmark_node_get_title(node);
    if (title_text && *title_text) {
      out_ += " \"";
      for (const char* c = title_text; *c; ++c) {
        if (*c == '"' || *c == '\\') out_ += '\\';
        out_ += *c;
      }
      out_ += '"';
    }
    out_ += ')';
  }

  std::string& out_;
  std::string prefix_;        // the containers' markers, at the start of every line
  std::string first_prefix_;  // the next line's, when a quote or list item just opened
  bool first_pending_ = false;
  bool line_start_ = false;  // nothing but the prefix on this line so far
  bool in_cell_ = false;
  std::vector<std::size_t> prefix_sizes_;  // prefix_ outside each open container
};

}  // namespace

void write_markdown(cmark_node* document, Outline& outline, Document& result) {
  if (outline.headings.empty()) return;  // no section to quote
  std::string& out = result.markdown;
  MarkdownWriter writer(out);
  std::size_t next_heading = 0;
  for (cmark_node* block = cmark_node_first_child(document); block;
       block = cmark_node_next(block)) {
    bool heading =
        next_heading < outline.headings.size() && outline.headings[next_heading].node == block;
    if (!heading && next_heading == 0) continue;  // before the first section
    if (!out.empty()) out += '\n';
    if (!heading) {
      writer.block(block);
      continue;
    }
    TopHeading& top = outline.headings[next_heading++];
    top.markdown_begin = out.size();
    writer.block(block);
    top.markdown_end = out.size();
  }
}

}  // namespace cxo::markdown

#include "render/mustache_compile.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// Compilation runs in four passes over the source:
//  1. lex: split into text and tags, following delimiter changes;
//  2. match: pair opening and closing tags, and mark what a parent tag ignores
//     (anything inside it but outside its argument blocks);
//  3. mark_standalone: decide which tags stand alone on their line and cut
//     those lines out of the neighbouring text;
//  4. build: make the node tree, removing an argument block's intrinsic
//     indentation from its content lines as the text is copied.
// Standalone rules need to see both ends of an element (a block whose opening
// tag starts a line and whose closing tag ends one), which is why they are a
// pass of their own rather than part of a one-pass parser.

namespace cxo::render::mustache {
namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

enum class TokenKind : std::uint8_t {
  kText,
  kVariable,    // {{name}}
  kUnescaped,   // {{{name}}} or {{&name}}
  kComment,     // {{! … }}
  kDelimiters,  // {{=<% %>=}}
  kSection,     // {{#name}}
  kInverted,    // {{^name}}
  kClose,       // {{/name}}
  kPartial,     // {{>name}}
  kParent,      // {{<name}}
  kBlock,       // {{$name}}
};

bool opens_element(TokenKind kind) {
  return kind == TokenKind::kSection || kind == TokenKind::kInverted ||
         kind == TokenKind::kParent || kind == TokenKind::kBlock;
}

const char* element_name(TokenKind kind) {
  switch (kind) {
    case TokenKind::kSection:
      return "section";
    case TokenKind::kInverted:
      return "inverted section";
    case TokenKind::kParent:
      return "parent";
    case TokenKind::kBlock:
      return "block";
    default:
      return "tag";
  }
}

struct Token {
  TokenKind kind = TokenKind::kText;
  // Raw source range: the text, or the whole tag including its delimiters.
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string_view name;        // tag content without sigil, `*` or padding
  bool dynamic = false;         // the name was written `*name`
  std::size_t partner = kNone;  // opening tag <-> closing tag of an element
  std::size_t owner = kNone;    // opening tag of the innermost enclosing element
  bool ignored = false;         // inside a parent element, outside its arguments

  // Text: the part left once standalone tags have taken their lines.
  std::size_t text_begin = 0;
  std::size_t text_end = 0;

  // Partials, parents and blocks.
  bool standalone = false;
  std::size_t indent_line = kNone;  // start of the line whose leading blanks indent
  bool strip_indent = false;        // argument: its content lines lose that indentation
  bool indent_cut = false;          // parameter: those blanks were cut from before its tag
};

// The name as written in the tag, `*` included.
std::string shown_name(const Token& token) {
  std::string shown = token.dynamic ? "*" : "";
  shown += token.name;
  return shown;
}

bool is_blank(char c) {
  return c == ' ' || c == '\t';
}

bool is_space(char c) {
  return is_blank(c) || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

bool valid_path(std::string_view name) {
  if (name == ".") return true;
  return name.front() != '.' && name.back() != '.' && name.find("..") == std::string_view::npos;
}

Path split_path(std::string_view name) {
  Path path;
  if (name == ".") return path;
  std::size_t start = 0;
  while (true) {
    std::size_t dot = name.find('.', start);
    path.parts.emplace_back(name.substr(start, dot - start));
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  return path;
}

struct Location {
  int line = 1;
  int column = 1;
};

Location locate(std::string_view source, std::size_t offset) {
  Location location;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset && i < source.size(); ++i) {
    if (source[i] == '\n') {
      ++location.line;
      line_start = i + 1;
    }
  }
  for (std::size_t i = line_start; i < offset && i < source.size(); ++i) {
    // Count characters, not bytes: skip UTF-8 continuation bytes.
    if ((static_cast<unsigned char>(source[i]) & 0xC0) != 0x80) ++location.column;
  }
  return location;
}

class Compiler {
 public:
  explicit Compiler(std::string_view source) : source_(source) {}

  bool run(Nodes& nodes) {
    if (!lex() || !match()) return false;
    mark_standalone();
    build(0, tokens_.size(), nodes);
    return true;
  }

  std::size_t error_offset() const { return error_offset_; }
  const std::string& error_message() const { return error_message_; }

 private:
  bool fail(std::size_t offset, std::string message) {
    error_offset_ = offset;
    error_message_ = std::move(message);
    return false;
  }

  std::string where(std::size_t offset) const {
    Location location = locate(source_, offset);
    return "line " + std::to_string(location.line) + ", column " + std::to_string(location.column);
  }

  // ---- Pass 1: lex --------------------------------------------------------

  bool lex() {
    std::string open = "{{";
    std::string close = "}}";
    std::size_t pos = 0;
    while (pos < source_.size()) {
      std::size_t tag = source_.find(open, pos);
      if (tag == std::string_view::npos) tag = source_.size();
      if (tag > pos) {
        Token text;
        text.begin = text.text_begin = pos;
        text.end = text.text_end = tag;
        tokens_.push_back(text);
      }
      if (tag == source_.size()) break;

      Token token;
      token.begin = tag;
      std::size_t content = tag + open.size();
      std::string terminator = close;
      char sigil = content < source_.size() ? source_[content] : '\0';
      token.kind = TokenKind::kVariable;
      switch (sigil) {
        case '{':
          token.kind = TokenKind::kUnescaped;
          terminator = "}" + close;
          break;
        case '&':
          token.kind = TokenKind::kUnescaped;
          break;
        case '!':
          token.kind = TokenKind::kComment;
          break;
        case '=':
          token.kind = TokenKind::kDelimiters;
          terminator = "=" + close;
          break;
        case '#':
          token.kind = TokenKind::kSection;
          break;
        case '^':
          token.kind = TokenKind::kInverted;
          break;
        case '/':
          token.kind = TokenKind::kClose;
          break;
        case '>':
          token.kind = TokenKind::kPartial;
          break;
        case '<':
          token.kind = TokenKind::kParent;
          break;
        case '$':
          token.kind = TokenKind::kBlock;
          break;
        default:
          break;
      }
      if (token.kind != TokenKind::kVariable) ++content;

      std::size_t content_end = source_.find(terminator, content);
      if (content_end == std::string_view::npos) {
        return fail(tag, "unclosed tag: no '" + terminator + "' after '" + open + "'");
      }
      token.end = content_end + terminator.size();
      std::string_view text = trim(source_.substr(content, content_end - content));

      if (token.kind == TokenKind::kDelimiters) {
        if (!change_delimiters(text, open, close)) {
          return fail(tag, "bad delimiter change '" + std::string(text) +
                               "': expected two delimiters without whitespace or '=', "
                               "separated by whitespace, as in {{=<% %>=}}");
        }
      } else if (token.kind != TokenKind::kComment) {
        if (!set_name(token, text)) return false;
      }
      tokens_.push_back(token);
      pos = token.end;
    }
    return true;
  }

  static bool change_delimiters(std::string_view text, std::string& open, std::string& close) {
    std::size_t gap = 0;
    while (gap < text.size() && !is_space(text[gap])) ++gap;
    std::string_view first = text.substr(0, gap);
    std::string_view second = trim(text.substr(gap));
    auto usable = [](std::string_view delimiter) {
      return !delimiter.empty() && delimiter.find('=') == std::string_view::npos &&
             std::none_of(delimiter.begin(), delimiter.end(), is_space);
    };
    if (!usable(first) || !usable(second)) return false;
    open = first;
    close = second;
    return true;
  }

  bool set_name(Token& token, std::string_view text) {
    bool may_be_dynamic = token.kind == TokenKind::kPartial || token.kind == TokenKind::kParent ||
                          token.kind == TokenKind::kClose;
    if (may_be_dynamic && !text.empty() && text.front() == '*') {
      token.dynamic = true;
      text = trim(text.substr(1));
    }
    if (text.empty()) return fail(token.begin, "empty tag: a name is missing");
    if (std::any_of(text.begin(), text.end(), is_space)) {
      return fail(token.begin, "tag name '" + std::string(text) + "' contains whitespace");
    }
    bool is_path = token.kind == TokenKind::kVariable || token.kind == TokenKind::kUnescaped ||
                   token.kind == TokenKind::kSection || token.kind == TokenKind::kInverted ||
                   token.dynamic;
    if (is_path && !valid_path(text)) {
      return fail(token.begin, "bad dotted name '" + std::string(text) + "'");
    }
    token.name = text;
    return true;
  }

  // ---- Pass 2: match ------------------------------------------------------

  bool match() {
    std::vector<std::size_t> open_elements;
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      Token& token = tokens_[i];
      token.owner = open_elements.empty() ? kNone : open_elements.back();
      if (token.kind == TokenKind::kClose) {
        if (open_elements.empty()) {
          return fail(token.begin, "closing tag '/" + shown_name(token) + "' has nothing to close");
        }
        Token& opener = tokens_[open_elements.back()];
        if (opener.name != token.name || opener.dynamic != token.dynamic) {
          return fail(token.begin, "closing tag '/" + shown_name(token) + "' does not match " +
                                       element_name(opener.kind) + " '" + shown_name(opener) +
                                       "' opened at " + where(opener.begin));
        }
        opener.partner = i;
        token.partner = open_elements.back();
        token.owner = opener.owner;
        open_elements.pop_back();
      } else if (opens_element(token.kind)) {
        open_elements.push_back(i);
      }

      if (token.owner != kNone) {
        const Token& owner = tokens_[token.owner];
        if (owner.kind == TokenKind::kParent) {
          // Only blocks directly inside a parent mean something: its arguments.
          bool argument =
              token.kind == TokenKind::kBlock ||
              (token.kind == TokenKind::kClose && tokens_[token.partner].kind == TokenKind::kBlock);
          token.ignored = !argument;
        } else {
          token.ignored = owner.ignored;
        }
      }
    }
    if (!open_elements.empty()) {
      const Token& opener = tokens_[open_elements.back()];
      return fail(opener.begin, std::string(element_name(opener.kind)) + " '" + shown_name(opener) +
                                    "' is never closed");
    }
    return true;
  }

  // ---- Pass 3: standalone lines -------------------------------------------

  // Start of the line holding `pos` if only blanks precede `pos` on it.
  std::size_t clear_line_start(std::size_t pos) const {
    while (pos > 0 && is_blank(source_[pos - 1])) --pos;
    if (pos == 0 || source_[pos - 1] == '\n') return pos;
    return kNone;
  }

  // Just past the end of the line holding `pos` (its newline included) if
  // only blanks follow `pos` on it.
  std::size_t clear_line_end(std::size_t pos) const {
    while (pos < source_.size() && is_blank(source_[pos])) ++pos;
    if (pos == source_.size()) return pos;
    if (source_[pos] == '\n') return pos + 1;
    if (source_[pos] == '\r' && pos + 1 < source_.size() && source_[pos + 1] == '\n') {
      return pos + 2;
    }
    return kNone;
  }

  // Drops the blanks between `line_start` and tag `index` from the text before it.
  void cut_before(std::size_t index, std::size_t line_start) {
    if (index == 0 || tokens_[index - 1].kind != TokenKind::kText) return;
    Token& text = tokens_[index - 1];
    text.text_end = std::max(text.text_begin, std::min(text.text_end, line_start));
  }

  // Drops the rest of the line, up to `line_end`, from the text after tag `index`.
  void cut_after(std::size_t index, std::size_t line_end) {
    if (index + 1 >= tokens_.size() || tokens_[index + 1].kind != TokenKind::kText) return;
    Token& text = tokens_[index + 1];
    text.text_begin = std::min(text.text_end, std::max(text.text_begin, line_end));
  }

  void mark_standalone() {
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      const Token& token = tokens_[i];
      if (token.ignored) continue;
      switch (token.kind) {
        case TokenKind::kComment:
        case TokenKind::kDelimiters:
        case TokenKind::kSection:
        case TokenKind::kInverted:
        case TokenKind::kPartial:
          mark_single_tag(i);
          break;
        case TokenKind::kClose: {
          // Parents and blocks decide for their closing tags.
          TokenKind opener = tokens_[token.partner].kind;
          if (opener == TokenKind::kSection || opener == TokenKind::kInverted) mark_single_tag(i);
          break;
        }
        case TokenKind::kParent:
          mark_parent(i);
          break;
        case TokenKind::kBlock:
          if (token.owner != kNone && tokens_[token.owner].kind == TokenKind::kParent) {
            mark_argument(i);
          } else {
            mark_parameter(i);
          }
          break;
        case TokenKind::kText:
        case TokenKind::kVariable:
        case TokenKind::kUnescaped:
          break;
      }
    }
  }

  void mark_single_tag(std::size_t index) {
    Token& tag = tokens_[index];
    std::size_t line_start = clear_line_start(tag.begin);
    std::size_t line_end = clear_line_end(tag.end);
    if (line_start == kNone || line_end == kNone) return;
    cut_before(index, line_start);
    cut_after(index, line_end);
    if (tag.kind == TokenKind::kPartial) {
      tag.standalone = true;
      tag.indent_line = line_start;
    }
  }

  // A parent element stands alone when its opening tag starts a line and its
  // closing tag ends one, whatever lies between (that is ignored anyway).
  void mark_parent(std::size_t index) {
    Token& open = tokens_[index];
    std::size_t line_start = clear_line_start(open.begin);
    std::size_t line_end = clear_line_end(tokens_[open.partner].end);
    if (line_start == kNone || line_end == kNone) return;
    cut_before(index, line_start);
    cut_after(open.partner, line_end);
    open.standalone = true;
    open.indent_line = line_start;
  }

  // An argument block's surroundings are ignored parent content, so only its
  // inner side counts: a newline right after the opening tag belongs to the
  // tag, and blanks right before the closing tag belong to the tag.
  void mark_argument(std::size_t index) {
    Token& open = tokens_[index];
    std::size_t content_start = clear_line_end(open.end);
    if (content_start != kNone) {
      cut_after(index, content_start);
      open.indent_line = content_start;
      open.strip_indent = true;
    }
    std::size_t last_line = clear_line_start(tokens_[open.partner].begin);
    if (last_line != kNone) cut_before(open.partner, last_line);
  }

  // A block outside a parent (a parameter) treats each of its tags like a
  // section tag, and on top of that is a standalone site when its opening tag
  // starts a line and its closing tag ends one. Then an argument passed for
  // it is indented: by the blanks before the opening tag, or, when that tag
  // ends its line, by the intrinsic indentation of the line after it. Its
  // default content is not an argument and renders as written.
  void mark_parameter(std::size_t index) {
    Token& open = tokens_[index];
    const Token& close = tokens_[open.partner];
    std::size_t open_start = clear_line_start(open.begin);
    std::size_t open_end = clear_line_end(open.end);
    std::size_t close_start = clear_line_start(close.begin);
    std::size_t close_end = clear_line_end(close.end);
    bool pair_standalone = open_start != kNone && close_end != kNone;

    if (open_start != kNone && open_end != kNone) {
      cut_before(index, open_start);
      cut_after(index, open_end);
    } else if (pair_standalone) {
      // The blanks become the argument's indentation; build() puts them back
      // in front of the default content.
      cut_before(index, open_start);
      open.indent_cut = true;
    }
    if (close_start != kNone && close_end != kNone) {
      cut_before(open.partner, close_start);
      cut_after(open.partner, close_end);
    }
    if (!pair_standalone) return;
    open.standalone = true;
    open.indent_line = open_end != kNone ? open_end : open_start;
  }

  // ---- Pass 4: build ------------------------------------------------------

  // Skips the intrinsic indentation of the enclosing blocks, outermost first,
  // at the line starting at `pos`.
  std::size_t skip_stripped(std::size_t pos, std::size_t limit) const {
    for (std::string_view strip : strips_) {
      if (limit - pos >= strip.size() && source_.compare(pos, strip.size(), strip) == 0) {
        pos += strip.size();
      }
    }
    return pos;
  }

  std::string_view leading_blanks(std::size_t line) const {
    std::size_t start = skip_stripped(line, source_.size());
    std::size_t end = start;
    while (end < source_.size() && is_blank(source_[end])) ++end;
    return source_.substr(start, end - start);
  }

  static void append_text(Nodes& nodes, std::string_view text) {
    if (text.empty()) return;
    if (!nodes.empty() && nodes.back().kind == Node::Kind::kText) {
      nodes.back().text += text;
      return;
    }
    Node node;
    node.kind = Node::Kind::kText;
    node.text = text;
    nodes.push_back(std::move(node));
  }

  void add_text(Nodes& nodes, std::size_t begin, std::size_t end) {
    if (strips_.empty()) {
      append_text(nodes, source_.substr(begin, end - begin));
      return;
    }
    std::size_t pos = begin;
    while (pos < end) {
      if (pos > 0 && source_[pos - 1] == '\n') pos = skip_stripped(pos, end);
      std::size_t newline = source_.find('\n', pos);
      std::size_t line_end =
          newline == std::string_view::npos || newline >= end ? end : newline + 1;
      append_text(nodes, source_.substr(pos, line_end - pos));
      pos = line_end;
    }
  }

  // Builds tokens [first, last), which hold whole elements only.
  void build(std::size_t first, std::size_t last, Nodes& nodes) {
    for (std::size_t i = first; i < last; ++i) {
      const Token& token = tokens_[i];
      Node node;
      switch (token.kind) {
        case TokenKind::kText:
          add_text(nodes, token.text_begin, token.text_end);
          continue;
        case TokenKind::kComment:
        case TokenKind::kDelimiters:
        case TokenKind::kClose:  // consumed with its opening tag
          continue;
        case TokenKind::kVariable:
        case TokenKind::kUnescaped:
          node.kind = Node::Kind::kVariable;
          node.escaped = token.kind == TokenKind::kVariable;
          node.path = split_path(token.name);
          break;
        case TokenKind::kSection:
        case TokenKind::kInverted:
          node.kind =
              token.kind == TokenKind::kSection ? Node::Kind::kSection : Node::Kind::kInverted;
          node.path = split_path(token.name);
          build(i + 1, token.partner, node.children);
          i = token.partner;
          break;
        case TokenKind::kPartial:
          node.kind = Node::Kind::kPartial;
          set_template_name(token, node);
          break;
        case TokenKind::kParent:
          node.kind = Node::Kind::kParent;
          set_template_name(token, node);
          for (std::size_t j = i + 1; j < token.partner; ++j) {
            if (tokens_[j].kind == TokenKind::kBlock) node.children.push_back(build_block(j));
            if (opens_element(tokens_[j].kind)) j = tokens_[j].partner;
          }
          i = token.partner;
          break;
        case TokenKind::kBlock:
          node = build_block(i);
          i = token.partner;
          break;
      }
      nodes.push_back(std::move(node));
    }
  }

  void set_template_name(const Token& token, Node& node) const {
    node.dynamic = token.dynamic;
    if (token.dynamic) {
      node.path = split_path(token.name);
    } else {
      node.text = token.name;
    }
    node.standalone = token.standalone;
    if (token.standalone) node.indent = leading_blanks(token.indent_line);
  }

  Node build_block(std::size_t index) {
    const Token& token = tokens_[index];
    Node node;
    node.kind = Node::Kind::kBlock;
    node.text = token.name;
    node.standalone = token.standalone;
    std::string_view indent;
    if (token.indent_line != kNone) indent = leading_blanks(token.indent_line);
    if (token.standalone) node.indent = indent;
    if (token.indent_cut) append_text(node.children, indent);
    bool strip = token.strip_indent && !indent.empty();
    if (strip) strips_.push_back(indent);
    build(index + 1, token.partner, node.children);
    if (strip) strips_.pop_back();
    return node;
  }

  std::string_view source_;
  std::vector<Token> tokens_;
  std::vector<std::string_view> strips_;  // intrinsic indentation of enclosing blocks
  std::size_t error_offset_ = 0;
  std::string error_message_;
};

}  // namespace

bool compile(std::string_view template_name, std::string_view source, Nodes& nodes,
             std::vector<TemplateError>& errors) {
  Compiler compiler(source);
  if (compiler.run(nodes)) return true;
  Location location = locate(source, compiler.error_offset());
  errors.push_back(TemplateError{std::string(template_name), location.line, location.column,
                                 compiler.error_message()});
  nodes.clear();
  return false;
}

}  // namespace cxo::render::mustache

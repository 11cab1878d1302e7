#include "load/yaml_tree.h"

#include <yaml.h>

#include <algorithm>

#include "load/yaml_common.h"

namespace cxo::load {

namespace {

bool is_null_text(std::string_view text) {
  return text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL";
}

// libyaml's marks count characters; our messages count bytes, as the UTF-8
// check's do. Marks come in nearly increasing order, so a cursor walks the
// text rather than counting from its start each time.
class ByteOffsets {
 public:
  explicit ByteOffsets(std::string_view text)
      : text_(text),
        ascii_(std::none_of(text.begin(), text.end(), [](char c) { return c & 0x80; })) {
    // libyaml skips a byte order mark without counting it.
    if (text.starts_with("\xEF\xBB\xBF")) first_ = byte_ = 3;
  }

  // The offset of `mark`, and in `column` its 1-based column in bytes.
  std::size_t of(const yaml_mark_t& mark, int& column) {
    // The start of the line is kept: a list of a hundred entries on one line
    // would otherwise walk it back and forth a hundred times.
    if (mark.line != line_) {
      line_ = mark.line;
      line_start_ = of(mark.index - mark.column);
    }
    std::size_t offset = of(mark.index);
    column = static_cast<int>(offset - line_start_) + 1;
    return offset;
  }

 private:
  std::size_t of(std::size_t index) {
    if (ascii_) return index;
    while (index_ < index && byte_ < text_.size()) {
      ++byte_;
      while (byte_ < text_.size() && is_continuation(text_[byte_])) ++byte_;
      ++index_;
    }
    while (index_ > index && byte_ > first_) {
      --byte_;
      while (byte_ > first_ && is_continuation(text_[byte_])) --byte_;
      --index_;
    }
    return byte_;
  }

  static bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

  std::string_view text_;
  bool ascii_;
  std::size_t first_ = 0;
  std::size_t byte_ = 0;
  std::size_t index_ = 0;
  std::size_t line_ = static_cast<std::size_t>(-1);
  std::size_t line_start_ = 0;
};

class TreeBuilder {
 public:
  static constexpr std::size_t kMaxDepth = 1000;

  TreeBuilder(std::string_view text, YamlNode& root, YamlError& error)
      : offsets_(text), root_(root), error_(error) {}

  // False, with error_ set, on an undefined alias or nesting too deep.
  bool add(const yaml_event_t& event) {
    switch (event.type) {
      case YAML_SCALAR_EVENT: {
        const auto& scalar = event.data.scalar;
        YamlNode& node = next(event.start_mark);
        node.scalar.assign(reinterpret_cast<const char*>(scalar.value), scalar.length);
        // Only a plain scalar with no tag can be null: "~" in quotes is a text.
        bool plain = scalar.style == YAML_PLAIN_SCALAR_STYLE && !scalar.tag;
        node.kind =
            plain && is_null_text(node.scalar) ? YamlNode::Kind::Null : YamlNode::Kind::Scalar;
        if (node.is_null()) node.scalar.clear();
        remember(scalar.anchor, node);
        return true;
      }
      case YAML_SEQUENCE_START_EVENT:
        return open(event.start_mark, YamlNode::Kind::List, event.data.sequence_start.anchor);
      case YAML_MAPPING_START_EVENT:
        return open(event.start_mark, YamlNode::Kind::Map, event.data.mapping_start.anchor);
      case YAML_SEQUENCE_END_EVENT:
      case YAML_MAPPING_END_EVENT: {
        Open done = std::move(open_.back());
        open_.pop_back();
        if (!done.anchor.empty()) anchors_.emplace_back(std::move(done.anchor), *done.node);
        return true;
      }
      case YAML_ALIAS_EVENT: {
        const char* name = reinterpret_cast<const char*>(event.data.alias.anchor);
        // A later anchor of the same name replaces the earlier one.
        for (auto it = anchors_.rbegin(); it != anchors_.rend(); ++it) {
          if (it->first == name) {
            YamlNode& node = next(event.start_mark);
            node = it->second;
            return true;
          }
        }
        error_.problem = "found undefined alias";
        place(error_.line, error_.column, error_.offset, event.start_mark);
        return false;
      }
      default:
        return true;
    }
  }

  void place(int& line, int& column, std::size_t& offset, const yaml_mark_t& mark) {
    offset = offsets_.of(mark, column);
    line = static_cast<int>(mark.line) + 1;
  }

 private:
  struct Open {
    YamlNode* node;
    std::string anchor;
    bool has_key = false;  // a map's last entry is waiting for its value
  };

  // Where the next node goes: the root, the end of a list, a map's next key
  // or the value of its last key. Only the innermost open collection grows,
  // so the pointers to the open ones stay valid.
  YamlNode& next(const yaml_mark_t& mark) {
    YamlNode* node = &root_;
    if (!open_.empty()) {
      Open& parent = open_.back();
      if (parent.node->is_list()) {
        node = &parent.node->items.emplace_back();
      } else if (!parent.has_key) {
        node = &parent.node->entries.emplace_back().first;
        parent.has_key = true;
      } else {
        node = &parent.node->entries.back().second;
        parent.has_key = false;
      }
    }
    std::size_t offset = 0;
    place(node->line, node->column, offset, mark);
    return *node;
  }

  bool open(const yaml_mark_t& mark, YamlNode::Kind kind, const yaml_char_t* anchor) {
    // The tree is copied and freed recursively: a file of a million '['
    // must not overflow the stack.
    if (open_.size() == kMaxDepth) {
      error_.problem = "lists and maps are nested too deeply";
      place(error_.line, error_.column, error_.offset, mark);
      return false;
    }
    YamlNode& node = next(mark);
    node.kind = kind;
    open_.push_back({&node, anchor ? reinterpret_cast<const char*>(anchor) : ""});
    return true;
  }

  void remember(const yaml_char_t* anchor, const YamlNode& node) {
    if (anchor) anchors_.emplace_back(reinterpret_cast<const char*>(anchor), node);
  }

  ByteOffsets offsets_;
  YamlNode& root_;
  YamlError& error_;
  std::vector<Open> open_;
  // Copies, since an alias copies its node; the anchor is known once the node
  // is complete, so a node cannot hold an alias to itself.
  std::vector<std::pair<std::string, YamlNode>> anchors_;
};

// YAML 1.1, which libyaml reads, takes U+0085, U+2028 and U+2029 for line
// breaks; YAML 1.2 and text editors take them for ordinary characters, and
// text pasted from the web may hold them unseen. libyaml is given, in their
// place, characters of the same length that the text does not hold, so that
// positions stay right, and the scalars get them back (as would an escape
// such as "\uF8FF" in a file that also holds a separator: a rare price).
struct Swap {
  std::string separator;
  std::string stand_in;
};

std::string utf8(char32_t c) {
  if (c < 0x800) return {static_cast<char>(0xC0 | (c >> 6)), static_cast<char>(0x80 | (c & 0x3F))};
  return {static_cast<char>(0xE0 | (c >> 12)), static_cast<char>(0x80 | ((c >> 6) & 0x3F)),
          static_cast<char>(0x80 | (c & 0x3F))};
}

std::vector<Swap> separator_swaps(std::string_view text) {
  std::vector<Swap> swaps;
  // Stand-ins count down from the end of NKo (two bytes, as U+0085 is) and of
  // the private use area (three bytes).
  char32_t two_bytes = 0x7FF, three_bytes = 0xF8FF;
  for (char32_t separator : {0x85, 0x2028, 0x2029}) {
    std::string from = utf8(separator);
    if (text.find(from) == std::string_view::npos) continue;
    char32_t& next = separator < 0x800 ? two_bytes : three_bytes;
    std::string to = utf8(next--);
    while (text.find(to) != std::string_view::npos) to = utf8(next--);
    swaps.push_back({from, to});
  }
  return swaps;
}

void replace_all(std::string& text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + 1)) {
    text.replace(at, from.size(), to);
  }
}

void restore(YamlNode& node, const std::vector<Swap>& swaps) {
  for (const Swap& swap : swaps) replace_all(node.scalar, swap.stand_in, swap.separator);
  for (YamlNode& item : node.items) restore(item, swaps);
  for (auto& [key, value] : node.entries) {
    restore(key, swaps);
    restore(value, swaps);
  }
}

// libyaml reports a reader error (a character YAML does not allow) at a byte
// offset without a line.
void place_offset(std::string_view text, std::size_t offset, YamlError& error) {
  offset = std::min(offset, text.size());
  error.offset = offset;
  error.line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++error.line;
      line_start = i + 1;
    }
  }
  error.column = static_cast<int>(offset - line_start) + 1;
}

// libyaml refuses a tab that starts a line, as YAML forbids tabs in
// indentation, even on a line that is blank or holds only a comment: there an
// editor cannot see it, and it means nothing. libyaml stumbles on such a tab
// between tokens or in the blank lines of a plain scalar, where spaces in its
// place change nothing else (in a block scalar, they would). Returns the end
// of the tabs and spaces that open the line, or 0 when the error is another.
std::size_t blank_line_tabs(std::string_view text, const YamlError& error,
                            std::size_t& line_start) {
  bool between_tokens = error.problem == "found character that cannot start any token";
  bool in_plain_scalar = error.problem == "found a tab character that violates indentation";
  if (!(between_tokens || in_plain_scalar) || error.offset >= text.size() ||
      text[error.offset] != '\t') {
    return 0;
  }
  auto blank = [](char c) { return c == ' ' || c == '\t'; };
  line_start = error.offset;
  while (line_start > 0 && blank(text[line_start - 1])) --line_start;
  if (line_start > 0 && text[line_start - 1] != '\n' && text[line_start - 1] != '\r') return 0;
  std::size_t end = error.offset;
  while (end < text.size() && blank(text[end])) ++end;
  if (end < text.size() && text[end] != '\n' && text[end] != '\r' && text[end] != '#') return 0;
  return end;
}

// True when `text` from `offset` to its end holds only blank lines and
// comments.
bool only_comments_after(std::string_view text, std::size_t offset) {
  bool in_comment = false;
  for (std::size_t i = offset; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\n' || c == '\r') {
      in_comment = false;
    } else if (c == '#') {
      in_comment = true;
    } else if (!in_comment && c != ' ' && c != '\t') {
      return false;
    }
  }
  return true;
}

bool parse(std::string_view text, YamlNode& root, YamlError& error) {
  root = YamlNode();
  error = YamlError();
  yaml_parser_t parser;
  if (!yaml_parser_initialize(&parser)) {
    error.problem = "out of memory";
    return false;
  }
  yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(text.data()),
                               text.size());
  TreeBuilder builder(text, root, error);
  bool ok = true;
  bool document_ended = false;
  for (bool done = false; ok && !done;) {
    yaml_event_t event;
    if (!yaml_parser_parse(&parser, &event)) {
      ok = false;
      error.problem = parser.problem ? parser.problem : "unknown error";
      if (parser.error == YAML_READER_ERROR) {
        place_offset(text, parser.problem_offset, error);
      } else {
        builder.place(error.line, error.column, error.offset, parser.problem_mark);
        if (parser.context) {
          error.context = parser.context;
          builder.place(error.context_line, error.context_column, error.context_offset,
                        parser.context_mark);
        }
      }
      break;
    }
    // Only the first document is read, but libyaml is asked for one event
    // more: it ends a document at a line indented less than the first, and
    // what follows must then be an error, not text silently left unread. So
    // is a second document (a '---' line with more below it): cxo would
    // ignore it.
    if (event.type == YAML_DOCUMENT_END_EVENT) {
      document_ended = true;
    } else if (document_ended && event.type == YAML_DOCUMENT_START_EVENT) {
      std::size_t start = event.start_mark.index;
      std::size_t line_end = text.find('\n', start);
      if (line_end != std::string_view::npos && !only_comments_after(text, line_end)) {
        error.problem =
            "a second document starts here with '---'; a file holds one, so what follows "
            "would be ignored: delete this line";
        builder.place(error.line, error.column, error.offset, event.start_mark);
        yaml_event_delete(&event);
        ok = false;
        break;
      }
      done = true;
    } else if (document_ended || event.type == YAML_STREAM_END_EVENT) {
      done = true;
    }
    ok = builder.add(event);
    yaml_event_delete(&event);
  }
  yaml_parser_delete(&parser);
  return ok;
}

}  // namespace

bool parse_yaml_tree(std::string_view text, YamlNode& root, YamlError& error) {
  error = YamlError();
  if (read_common_yaml(text, root)) return true;
  return parse_yaml_tree_with_libyaml(text, root, error);
}

bool parse_yaml_tree_with_libyaml(std::string_view text, YamlNode& root, YamlError& error) {
  std::vector<Swap> swaps = separator_swaps(text);
  std::string changed;  // what libyaml reads when it cannot read `text` as it is
  if (!swaps.empty()) {
    changed = text;
    for (const Swap& swap : swaps) replace_all(changed, swap.separator, swap.stand_in);
  }
  std::string_view input = swaps.empty() ? text : changed;
  while (!parse(input, root, error)) {
    std::size_t line_start = 0;
    std::size_t end = blank_line_tabs(input, error, line_start);
    if (end == 0) return false;
    if (input.data() != changed.data()) changed = text;
    for (std::size_t i = line_start; i < end; ++i) changed[i] = ' ';
    input = changed;
  }
  if (!swaps.empty()) restore(root, swaps);
  return true;
}

}  // namespace cxo::load

#include "load/yaml_common.h"

#include <cstdint>
#include <string>
#include <vector>

#include "util/utf8.h"

namespace cxo::load {

namespace {

bool is_null_text(std::string_view text) {
  return text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL";
}

// Characters libyaml refuses or reads as line breaks (YAML 1.1 takes U+0085,
// U+2028 and U+2029 for breaks), the byte order mark, tabs and carriage
// returns: a file holding any goes to libyaml.
bool only_common_characters(std::string_view text) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  for (std::size_t i = 0; i < size; ++i) {
    unsigned char c = bytes[i];
    if (c >= 0x20 && c < 0x7F) continue;
    if (c == '\n') continue;
    if (c < 0x80) return false;
    if (c == 0xC2 && i + 1 < size && bytes[i + 1] < 0xA0) return false;
    if (c == 0xE2 && i + 2 < size && bytes[i + 1] == 0x80 &&
        (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9)) {
      return false;
    }
    if (c == 0xEF && i + 2 < size &&
        ((bytes[i + 1] == 0xBB && bytes[i + 2] == 0xBF) ||
         (bytes[i + 1] == 0xBF && bytes[i + 2] >= 0xBE))) {
      return false;
    }
  }
  return !find_invalid_utf8(text);
}

bool is_key_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-';
}

class Reader {
 public:
  explicit Reader(std::string_view text) : text_(text) {}

  bool read(YamlNode& root) {
    if (!only_common_characters(text_) || !split_lines()) return false;
    std::size_t first = next_content(0);
    if (first == lines_.size() || lines_[first].indent != 0) return false;
    if (!collection(first, 0, root)) return false;
    return next_ == lines_.size();
  }

 private:
  struct Line {
    std::size_t begin = 0;  // offset of the line's first byte
    std::size_t end = 0;    // offset of its '\n', or of the end of the text
    int indent = 0;         // leading spaces
    bool blank = false;     // nothing but spaces, or spaces and a comment
  };

  static constexpr int kMaxDepth = 64;

  bool split_lines() {
    std::size_t begin = 0;
    while (begin < text_.size()) {
      std::size_t end = text_.find('\n', begin);
      if (end == std::string_view::npos) end = text_.size();
      Line line{begin, end, 0, false};
      std::string_view content = text_.substr(begin, end - begin);
      // Document markers and directives.
      if (content.starts_with("---") || content.starts_with("...") || content.starts_with("%")) {
        return false;
      }
      while (static_cast<std::size_t>(line.indent) < content.size() &&
             content[line.indent] == ' ') {
        ++line.indent;
      }
      line.blank =
          static_cast<std::size_t>(line.indent) == content.size() || content[line.indent] == '#';
      lines_.push_back(line);
      begin = end + 1;
    }
    return true;
  }

  std::size_t next_content(std::size_t from) const {
    while (from < lines_.size() && lines_[from].blank) ++from;
    return from;
  }

  // The byte at `column` of line `l`, or '\n' past its end.
  char at(std::size_t l, std::size_t column) const {
    const Line& line = lines_[l];
    return line.begin + column < line.end ? text_[line.begin + column] : '\n';
  }

  std::size_t length(std::size_t l) const { return lines_[l].end - lines_[l].begin; }

  std::string_view slice(std::size_t l, std::size_t from, std::size_t to) const {
    return text_.substr(lines_[l].begin + from, to - from);
  }

  static void place(YamlNode& node, std::size_t l, std::size_t column) {
    node.line = static_cast<int>(l) + 1;
    node.column = static_cast<int>(column) + 1;
  }

  bool is_entry(std::size_t l, std::size_t column) const {
    char after = at(l, column + 1);
    return at(l, column) == '-' && (after == ' ' || after == '\n');
  }

  // The end of a "key:" at `column`, just past the colon; 0 when none is.
  std::size_t key_end(std::size_t l, std::size_t column) const {
    std::size_t end = column;
    while (is_key_char(at(l, end))) ++end;
    if (end == column || at(l, end) != ':') return 0;
    char after = at(l, end + 1);
    return after == ' ' || after == '\n' ? end + 1 : 0;
  }

  // Past spaces; then only the end of the line or a comment may follow.
  bool rest_is_blank(std::size_t l, std::size_t column) const {
    std::size_t start = column;
    while (at(l, column) == ' ') ++column;
    char c = at(l, column);
    return c == '\n' || (c == '#' && column > start);
  }

  // A map or a list starting at `column` of line `l`; sets next_ to the
  // first content line after it.
  bool collection(std::size_t l, std::size_t column, YamlNode& node) {
    if (++depth_ > kMaxDepth) return false;
    bool ok = is_entry(l, column) ? list(l, column, node, false) : map(l, column, node);
    --depth_;
    return ok;
  }

  bool map(std::size_t l, std::size_t indent, YamlNode& node) {
    node.kind = YamlNode::Kind::Map;
    place(node, l, indent);
    while (true) {
      std::size_t colon_end = key_end(l, indent);
      if (colon_end == 0) return false;
      auto& [key, value] = node.entries.emplace_back();
      key.kind = YamlNode::Kind::Scalar;
      key.scalar = slice(l, indent, colon_end - 1);
      if (is_null_text(key.scalar)) return false;
      place(key, l, indent);
      if (!map_value(l, colon_end, indent, value)) return false;
      if (next_ == lines_.size() || lines_[next_].indent < static_cast<int>(indent)) return true;
      if (lines_[next_].indent > static_cast<int>(indent)) return false;
      l = next_;
    }
  }

  bool map_value(std::size_t l, std::size_t colon_end, std::size_t indent, YamlNode& value) {
    if (rest_is_blank(l, colon_end)) {
      std::size_t n = next_content(l + 1);
      if (n < lines_.size()) {
        int child = lines_[n].indent;
        if (child > static_cast<int>(indent)) {
          if (!is_entry(n, child) && key_end(n, child) == 0) return false;
          return collection(n, child, value);
        }
        if (child == static_cast<int>(indent) && is_entry(n, child)) {
          if (++depth_ > kMaxDepth) return false;
          bool ok = list(n, child, value, true);
          --depth_;
          return ok;
        }
      }
      value.kind = YamlNode::Kind::Null;
      place(value, l, colon_end);
      next_ = n;
      return true;
    }
    std::size_t column = colon_end;
    while (at(l, column) == ' ') ++column;
    return inline_value(l, column, indent, value);
  }

  // A list of entries "- …" at `indent`. An indentless list (a map's value
  // at the map's own indentation) ends at the map's next key.
  bool list(std::size_t l, std::size_t indent, YamlNode& node, bool indentless) {
    node.kind = YamlNode::Kind::List;
    place(node, l, indent);
    while (true) {
      YamlNode& item = node.items.emplace_back();
      if (rest_is_blank(l, indent + 1)) {
        std::size_t n = next_content(l + 1);
        if (n < lines_.size() && lines_[n].indent > static_cast<int>(indent)) {
          int child = lines_[n].indent;
          if (!is_entry(n, child) && key_end(n, child) == 0) return false;
          if (!collection(n, child, item)) return false;
        } else {
          item.kind = YamlNode::Kind::Null;
          place(item, l, indent + 1);
          next_ = n;
        }
      } else {
        std::size_t column = indent + 1;
        while (at(l, column) == ' ') ++column;
        if (is_entry(l, column)) return false;  // "- - a"
        if (key_end(l, column) != 0) {
          if (!collection(l, column, item)) return false;
        } else if (!inline_value(l, column, indent, item)) {
          return false;
        }
      }
      if (next_ == lines_.size() || lines_[next_].indent < static_cast<int>(indent)) return true;
      if (lines_[next_].indent > static_cast<int>(indent)) return false;
      if (!is_entry(next_, indent)) return indentless;
      l = next_;
    }
  }

  // A value that starts on its key's or entry's line, at `column`. `owner`
  // is the indentation of that key or entry: no later line may be deeper
  // unless the value is a block text.
  bool inline_value(std::size_t l, std::size_t column, std::size_t owner, YamlNode& value) {
    place(value, l, column);
    char c = at(l, column);
    bool ok = false;
    switch (c) {
      case '|':
      case '>':
        return block_text(l, column, owner, value);
      case '[':
        ok = flow_list(l, column, value);
        break;
      case '\'':
      case '"':
        ok = quoted_line(l, column, value);
        break;
      default:
        ok = plain_line(l, column, value);
        break;
    }
    if (!ok) return false;
    next_ = next_content(l + 1);
    return next_ == lines_.size() || lines_[next_].indent <= static_cast<int>(owner);
  }

  // Characters that cannot start a plain text, or start one only in forms
  // this reader leaves to libyaml.
  static bool is_indicator(char c) {
    switch (c) {
      case '-':
      case '?':
      case ':':
      case ',':
      case '[':
      case ']':
      case '{':
      case '}':
      case '#':
      case '&':
      case '*':
      case '!':
      case '|':
      case '>':
      case '\'':
      case '"':
      case '%':
      case '@':
      case '`':
        return true;
      default:
        return false;
    }
  }

  bool plain_line(std::size_t l, std::size_t column, YamlNode& value) {
    char first = at(l, column);
    if (is_indicator(first)) {
      // "-5" and "-x" are plain texts; "- x" was an entry.
      char second = at(l, column + 1);
      if (first != '-' || second == ' ' || second == '\n') return false;
    }
    std::size_t end = column, line_end = length(l);
    while (end < line_end) {
      char c = at(l, end);
      if (c == ' ' && at(l, end + 1) == '#') break;
      if (c == ':') {
        char after = at(l, end + 1);
        if (after == ' ' || after == '\n') return false;  // "a: b: c"
      }
      ++end;
    }
    while (end > column && at(l, end - 1) == ' ') --end;
    std::string_view text = slice(l, column, end);
    if (is_null_text(text)) {
      value.kind = YamlNode::Kind::Null;
      return true;
    }
    value.kind = YamlNode::Kind::Scalar;
    value.scalar = text;
    return true;
  }

  // 'text' or "text" closing on this line; sets `end` past the closing
  // quote. Escapes in double quotes are left to libyaml.
  bool quoted(std::size_t l, std::size_t column, std::string& out, std::size_t& end) const {
    char quote = at(l, column);
    std::size_t i = column + 1, line_end = length(l);
    out.clear();
    while (true) {
      if (i >= line_end) return false;
      char c = at(l, i);
      if (quote == '"' && c == '\\') return false;
      if (c == quote) {
        if (quote == '\'' && at(l, i + 1) == '\'') {
          out += '\'';
          i += 2;
          continue;
        }
        end = i + 1;
        return true;
      }
      out += c;
      ++i;
    }
  }

  bool quoted_line(std::size_t l, std::size_t column, YamlNode& value) {
    std::size_t end = 0;
    if (!quoted(l, column, value.scalar, end) || !rest_is_blank(l, end)) return false;
    if (at(l, end) == '#') return false;  // "'a'#b" is an error for libyaml
    value.kind = YamlNode::Kind::Scalar;
    return true;
  }

  // [a, "b", c] on one line, of texts only.
  bool flow_list(std::size_t l, std::size_t column, YamlNode& value) {
    value.kind = YamlNode::Kind::List;
    std::size_t i = column + 1;
    while (at(l, i) == ' ') ++i;
    if (at(l, i) == ']') return rest_is_blank(l, i + 1) && at(l, i + 1) != '#';
    while (true) {
      YamlNode& item = value.items.emplace_back();
      place(item, l, i);
      char c = at(l, i);
      if (c == '\'' || c == '"') {
        std::size_t end = 0;
        if (!quoted(l, i, item.scalar, end)) return false;
        item.kind = YamlNode::Kind::Scalar;
        i = end;
      } else {
        if (is_indicator(c) || c == '\n' || c == ' ') return false;
        std::size_t end = i;
        while (true) {
          char d = at(l, end);
          if (d == ',' || d == ']' || d == '\n') break;
          if (d == '[' || d == '{' || d == '}' || d == '#' || d == ':') return false;
          ++end;
        }
        std::size_t text_end = end;
        while (text_end > i && at(l, text_end - 1) == ' ') --text_end;
        std::string_view text = slice(l, i, text_end);
        if (is_null_text(text)) {
          item.kind = YamlNode::Kind::Null;
        } else {
          item.kind = YamlNode::Kind::Scalar;
          item.scalar = text;
        }
        i = end;
      }
      while (at(l, i) == ' ') ++i;
      if (at(l, i) == ']') return rest_is_blank(l, i + 1) && at(l, i + 1) != '#';
      if (at(l, i) != ',') return false;
      ++i;
      while (at(l, i) == ' ') ++i;
      if (at(l, i) == ']' || at(l, i) == '\n') return false;  // "[a, ]", or the list goes on
    }
  }

  // | or > with an optional '-', then the lines deeper than `owner`.
  bool block_text(std::size_t l, std::size_t column, std::size_t owner, YamlNode& value) {
    bool folded = at(l, column) == '>';
    std::size_t i = column + 1;
    bool strip = false;
    if (at(l, i) == '-') {
      strip = true;
      ++i;
    }
    if (!rest_is_blank(l, i)) return false;
    std::size_t first = l + 1;
    if (first >= lines_.size()) return false;
    const Line& first_line = lines_[first];
    // A text opening with empty lines, or with none, is left to libyaml.
    if (static_cast<std::size_t>(first_line.indent) == length(first) ||
        first_line.indent <= static_cast<int>(owner)) {
      return false;
    }
    const std::size_t indent = static_cast<std::size_t>(first_line.indent);
    std::size_t last = first;  // the last line holding text
    std::size_t l2 = first;
    for (; l2 < lines_.size(); ++l2) {
      const Line& line = lines_[l2];
      bool empty = static_cast<std::size_t>(line.indent) == length(l2);
      if (empty) {
        if (length(l2) > indent) return false;  // spaces that would be text
        continue;
      }
      if (static_cast<std::size_t>(line.indent) < indent) break;
      if (folded && line.indent > static_cast<int>(indent)) return false;
      last = l2;
    }
    std::string& text = value.scalar;
    std::size_t empties = 0;
    for (std::size_t k = first; k <= last; ++k) {
      if (static_cast<std::size_t>(lines_[k].indent) == length(k)) {
        ++empties;
        continue;
      }
      if (k != first) {
        if (!folded) {
          text.append(empties + 1, '\n');
        } else if (empties == 0) {
          text += ' ';
        } else {
          text.append(empties, '\n');
        }
      }
      empties = 0;
      text += slice(k, indent, length(k));
    }
    if (!strip) text += '\n';
    value.kind = YamlNode::Kind::Scalar;
    next_ = next_content(l2);
    return next_ == lines_.size() || lines_[next_].indent <= static_cast<int>(owner);
  }

  std::string_view text_;
  std::vector<Line> lines_;
  std::size_t next_ = 0;  // the first content line after the node just read
  int depth_ = 0;
};

}  // namespace

bool read_common_yaml(std::string_view text, YamlNode& root) {
  root = YamlNode();
  return Reader(text).read(root);
}

}  // namespace cxo::load

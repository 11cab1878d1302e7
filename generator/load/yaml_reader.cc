#include "load/yaml_reader.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <tuple>

#include "util/suggest.h"
#include "util/utf8.h"

namespace cxo::load {

namespace {

// The character at `offset`, whole when it takes several bytes.
std::string character_at(std::string_view text, std::size_t offset) {
  if (offset >= text.size()) return {};
  std::size_t end = offset + 1;
  while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
  return std::string(text.substr(offset, end - offset));
}

// "U+000B" for the character at `offset`.
std::string code_point_at(std::string_view text, std::size_t offset) {
  std::string c = character_at(text, offset);
  if (c.empty()) return {};
  unsigned char lead = static_cast<unsigned char>(c[0]);
  char32_t value = c.size() == 1 ? lead : lead & (0xFF >> (c.size() + 1));
  for (std::size_t i = 1; i < c.size(); ++i) value = (value << 6) | (c[i] & 0x3F);
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(value));
  return buffer;
}

bool only_blanks_before(std::string_view text, std::size_t offset) {
  while (offset > 0 && (text[offset - 1] == ' ' || text[offset - 1] == '\t')) --offset;
  return offset == 0 || text[offset - 1] == '\n' || text[offset - 1] == '\r';
}

// The last character before `offset` on its line that is not a space.
char previous_visible(std::string_view text, std::size_t offset) {
  while (offset > 0 && text[offset - 1] == ' ') --offset;
  return offset > 0 ? text[offset - 1] : '\n';
}

struct Hint {
  std::string text;
  // The mistake is where libyaml's context starts (a key without ':', a quote
  // never closed) rather than where libyaml gave up, which may be lines on.
  bool at_context = false;
  // Or it is elsewhere, found in the text: said instead of libyaml's words.
  std::optional<std::size_t> at_offset = {};
  std::string problem = {};
};

// Where a quote that may open a value stands: first on its line (after the
// indentation), or after ': ', '- ', '[', '{', ',' or '? '.
bool may_open_value(std::string_view text, std::size_t offset) {
  while (offset > 0 && (text[offset - 1] == ' ' || text[offset - 1] == '\t')) --offset;
  if (offset == 0) return true;
  char before = text[offset - 1];
  return before == '\n' || before == '\r' || before == ':' || before == '-' || before == '[' ||
         before == '{' || before == ',' || before == '?';
}

// Where the quoted value whose closing quote is at `close` opened. libyaml
// reads a value whose closing quote is missing on to the next quote of its
// kind, which may be many lines on, and fails only after it.
std::optional<std::size_t> quote_opening(std::string_view text, std::size_t close) {
  for (std::size_t i = 0; i < close;) {
    char c = text[i];
    if (c == '#' && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\t' || text[i - 1] == '\n')) {
      i = text.find('\n', i);  // a comment, to the end of its line
      if (i == std::string_view::npos) return std::nullopt;
      continue;
    }
    if ((c == '"' || c == '\'') && may_open_value(text, i)) {
      std::size_t j = i + 1;
      for (; j < text.size(); ++j) {
        if (c == '"' && text[j] == '\\') {
          ++j;
        } else if (text[j] == c) {
          if (c == '\'' && j + 1 < text.size() && text[j + 1] == '\'') {
            ++j;  // '' stands for one '
          } else {
            break;
          }
        }
      }
      if (j == close) return i;
      if (j > close) return std::nullopt;
      i = j + 1;
      continue;
    }
    ++i;
  }
  return std::nullopt;
}

// The line and column (in characters, as messages give them) of the byte at
// `offset`.
std::pair<int, int> line_and_column(std::string_view text, std::size_t offset) {
  std::size_t line_start = offset == 0 ? std::string_view::npos : text.rfind('\n', offset - 1);
  line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
  int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + offset, '\n'));
  int column = 1;
  for (std::size_t i = line_start; i < offset; ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
  }
  return {line, column};
}

// libyaml says what it expected, in its own terms; an editor needs to know
// what to change.
Hint yaml_hint(std::string_view text, const YamlError& e) {
  const std::string& problem = e.problem;
  const std::string& context = e.context;
  // Text pasted from a word processor may be indented with no-break spaces,
  // which look like spaces but are not YAML's.
  for (std::size_t at : {e.offset, e.context_offset}) {
    std::size_t line_start = at == 0 ? std::string_view::npos : text.rfind('\n', at - 1);
    line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
    std::size_t first = text.find_first_not_of(' ', line_start);
    if (first != std::string_view::npos && text.substr(first, 2) == "\xC2\xA0") {
      Hint hint;
      hint.at_offset = first;
      hint.problem =
          "this line is indented with no-break spaces (U+00A0), which look like spaces; YAML "
          "needs ordinary spaces: retype the indentation";
      return hint;
    }
  }
  auto starting_with = [](const std::string& c) {
    return "; a value starting with '" + c + "' must be quoted";
  };
  if (e.offset < text.size() && text[e.offset] == '\t') {
    return {only_blanks_before(text, e.offset)
                ? "; this line is indented with a tab, and YAML needs spaces"
                : "; YAML needs a space here, not a tab"};
  }
  if (problem == "control characters are not allowed") {
    return {"; the line holds an invisible control character (" + code_point_at(text, e.offset) +
            ") here: delete it"};
  }
  if (problem == "found undefined alias") return {starting_with("*")};
  if (context == "while scanning a simple key") {
    return {
        "; this line needs a ':' after its key (or, if it continues the value above it, "
        "more indentation)",
        true};
  }
  if (context == "while scanning a quoted scalar") {
    return {"; the quoted value that starts here is not closed by a matching quote", true};
  }
  if (context == "while scanning an alias" || context == "while scanning an anchor" ||
      context == "while scanning a tag" || context == "while scanning a block scalar" ||
      context == "while scanning a directive" || problem == "found undefined tag handle") {
    return {starting_with(character_at(text, e.context_offset)), true};
  }
  if (problem == "did not find expected ',' or ']'") {
    if (e.context_line != e.line)
      return {"; the list opened here with '[' is not closed by ']'", true};
    return {"; close the list with ']', or quote a value in it that holds ': '"};
  }
  if (problem == "did not find expected ',' or '}'") {
    if (e.context_line != e.line)
      return {"; the map opened here with '{' is not closed by '}'", true};
    return {"; close the map with '}', or quote a value in it that holds ': '"};
  }
  if (context == "while parsing a quoted scalar") {
    return {
        "; between double quotes a '\\' starts an escape such as \\n: write \\\\ for a "
        "backslash, or use single quotes"};
  }
  std::string c = character_at(text, e.offset);
  if (problem == "found character that cannot start any token" ||
      problem == "did not find expected node content") {
    return {starting_with(c)};
  }
  if (problem == "mapping values are not allowed in this context") {
    return {"; check this line's indentation, or quote a value that holds ': '"};
  }
  if (problem == "block sequence entries are not allowed in this context") {
    return {"; check this line's indentation, or quote a value that starts with '- '"};
  }
  if (problem == "mapping keys are not allowed in this context") {
    return {"; check this line's indentation, or quote a value that starts with '? '"};
  }
  if (problem == "did not find expected key" || problem == "did not find expected '-' indicator") {
    if (c == "]" || c == "}") return {"; this '" + c + "' closes nothing"};
    char before = previous_visible(text, e.offset);
    if (!only_blanks_before(text, e.offset) && (before == '\'' || before == '"')) {
      std::size_t close = e.offset;
      while (text[close - 1] == ' ') --close;
      --close;
      auto open = quote_opening(text, close);
      if (open && text.find('\n', *open) < close) {
        Hint hint;
        hint.at_offset = *open;
        auto [line, column] = line_and_column(text, close);
        hint.problem =
            std::string("the quoted value that starts here is not closed on its line, ") +
            "so it runs on to the next " + before + ", at line " + std::to_string(line) +
            ", column " + std::to_string(column) +
            "; close it on this line with a matching quote, or remove this one";
        return hint;
      }
      return {
          "; a quoted value ends at its closing quote: write '' for a ' between single "
          "quotes, \\\" for a \" between double quotes"};
    }
    return {problem == "did not find expected key"
                ? "; check this line's indentation against the keys above it"
                : "; check this line's indentation against the '- ' entries above it"};
  }
  if (problem == "did not find expected <document start>") {
    return {
        "; this line is indented less than the file's first key: every top-level key "
        "starts in column 1"};
  }
  return {};
}

}  // namespace

namespace {

// YAML 1.2's core schema spellings of a boolean.
std::optional<bool> yaml_boolean(std::string_view scalar) {
  if (scalar == "true" || scalar == "True" || scalar == "TRUE") return true;
  if (scalar == "false" || scalar == "False" || scalar == "FALSE") return false;
  return std::nullopt;
}

void to_character_columns(YamlNode& node, const CharacterColumns& columns) {
  if (node.line > 0) node.column = columns.column(node.line, node.column);
  for (auto& item : node.items) to_character_columns(item, columns);
  for (auto& [key, value] : node.entries) {
    to_character_columns(key, columns);
    to_character_columns(value, columns);
  }
}

}  // namespace

std::optional<YamlNode> parse_yaml(std::string_view text, const YamlSource& source,
                                   Diagnostics& diagnostics) {
  YamlNode root;
  YamlError error;
  CharacterColumns columns(text);
  if (parse_yaml_tree(text, root, error)) {
    if (columns.needed()) to_character_columns(root, columns);
    return root;
  }
  Hint hint = yaml_hint(text, error);
  int line = hint.at_context ? error.context_line : error.line;
  int column = columns.column(line, hint.at_context ? error.context_column : error.column);
  if (hint.at_offset) std::tie(line, column) = line_and_column(text, *hint.at_offset);
  // The plain explanation first; libyaml's own words last, for whoever
  // looks them up.
  std::string message = "invalid YAML: ";
  if (!hint.problem.empty()) {
    message += hint.problem + hint.text;
  } else if (hint.text.starts_with("; ")) {
    message += hint.text.substr(2) + " (the YAML parser says: " + error.problem + ")";
  } else {
    message += error.problem + hint.text;
  }
  diagnostics.error({source.path, line + source.first_line - 1, column}, message);
  return std::nullopt;
}

SourcePos position(const YamlNode& node, const YamlSource& source) {
  if (node.line == 0) return {source.path, 0, 0};
  return {source.path, node.line + source.first_line - 1, node.column};
}

std::string describe(const YamlNode& node) {
  switch (node.kind) {
    case YamlNode::Kind::Map:
      return "a map";
    case YamlNode::Kind::List:
      return "a list";
    case YamlNode::Kind::Scalar: {
      // Named as the editor would: "-3" is a number and "true" a yes/no
      // value to them, whatever YAML keeps them as.
      const std::string& scalar = node.scalar;
      double number = 0;
      auto [end, error] = std::from_chars(scalar.data(), scalar.data() + scalar.size(), number);
      if (!scalar.empty() && error == std::errc() && end == scalar.data() + scalar.size()) {
        return "the number " + scalar;
      }
      if (yaml_boolean(scalar)) return "the value " + scalar;
      return "a text ('" + scalar + "')";
    }
    case YamlNode::Kind::Null:
      break;
  }
  return "empty";
}

MapReader::MapReader(const YamlNode& map, const YamlSource& source, std::string what,
                     Diagnostics& diagnostics, bool list_item)
    : map_(&map), source_(source), what_(std::move(what)), diagnostics_(diagnostics) {
  // Once the entry's first key comes again, in line with it, the rest is
  // most likely the next entry, whose '- ' went missing: said once, not
  // once per key it repeats.
  bool merged = false;
  for (const auto& [key, value] : map.entries) {
    if (!key.is_scalar()) {
      diagnostics_.error(position(key, source_),
                         "a key in " + what_ + " must be a text, not " + describe(key));
      continue;
    }
    bool seen = false;
    for (const auto& [name, first] : entries_) {
      if (name != key.scalar) continue;
      seen = true;
      if (merged) break;
      SourcePos at = position(key, source_);
      std::string message = "key '" + name + "' is given twice in this " + what_ +
                            " (first at line " + std::to_string(position(*first, source_).line) +
                            ")";
      const YamlNode& first_key = map.entries.front().first;
      if (list_item && key.scalar == first_key.scalar && key.column == first_key.column) {
        merged = true;
        message += "; if line " + std::to_string(at.line) + " begins another " + what_ +
                   ", it needs '- ' before '" + name + "'";
      }
      diagnostics_.error(at, message);
    }
    if (!seen) entries_.emplace_back(key.scalar, &value);
  }
}

const YamlNode* MapReader::find(const std::string& key) const {
  for (const auto& [name, value] : entries_) {
    if (name == key) return value;
  }
  return nullptr;
}

bool MapReader::has(const std::string& key) const {
  const YamlNode* value = find(key);
  return value && !value->is_null();
}

SourcePos MapReader::position_of(const std::string& key) const {
  const YamlNode* value = find(key);
  if (value && value->line != 0) return position(*value, source_);
  return map_position();
}

void MapReader::report_missing(const std::string& key) {
  if (find(key)) {
    diagnostics_.error(position_of(key), "'" + key + "' is empty; " + what_ + " needs a value");
  } else {
    diagnostics_.error(map_position(), what_ + " is missing the required key '" + key + "'");
  }
}

const YamlNode* MapReader::node(const std::string& key) {
  const YamlNode* value = find(key);
  if (!value || value->is_null()) return nullptr;
  return value;
}

std::optional<std::string> MapReader::text(const std::string& key, bool required) {
  const YamlNode* value = node(key);
  if (!value) {
    if (required) report_missing(key);
    return std::nullopt;
  }
  if (!value->is_scalar()) {
    diagnostics_.error(position(*value, source_),
                       "'" + key + "' must be a text, not " + describe(*value));
    return std::nullopt;
  }
  if (required && value->scalar.empty()) {
    report_missing(key);
    return std::nullopt;
  }
  return value->scalar;
}

std::optional<bool> MapReader::boolean(const std::string& key) {
  const YamlNode* value = node(key);
  if (!value) return std::nullopt;
  const std::string& scalar = value->scalar;  // empty unless a scalar
  if (auto answer = yaml_boolean(scalar)) return answer;
  diagnostics_.error(position(*value, source_),
                     "'" + key + "' must be true or false, not " + describe(*value));
  return std::nullopt;
}

std::optional<int> MapReader::count(const std::string& key) {
  const YamlNode* value = node(key);
  if (!value) return std::nullopt;
  if (value->is_scalar()) {
    const std::string& scalar = value->scalar;
    int number = 0;
    auto [end, error] = std::from_chars(scalar.data(), scalar.data() + scalar.size(), number);
    if (error == std::errc() && end == scalar.data() + scalar.size() && number >= 0) {
      return number;
    }
  }
  diagnostics_.error(position(*value, source_),
                     "'" + key + "' must be a whole number of 0 or more, not " + describe(*value));
  return std::nullopt;
}

std::vector<std::pair<std::string, SourcePos>> MapReader::text_list(const std::string& key) {
  std::vector<std::pair<std::string, SourcePos>> items;
  const YamlNode* value = node(key);
  if (!value) return items;
  if (!value->is_list()) {
    std::string hint = value->is_scalar() ? " (write [" + value->scalar + "])" : "";
    diagnostics_.error(position(*value, source_),
                       "'" + key + "' must be a list, not " + describe(*value) + hint);
    return items;
  }
  for (const YamlNode& item : value->items) {
    if (!item.is_scalar() || item.scalar.empty()) {
      diagnostics_.error(position(item, source_),
                         "each entry of '" + key + "' must be a text, not " + describe(item));
      continue;
    }
    items.emplace_back(item.scalar, position(item, source_));
  }
  return items;
}

void MapReader::finish(const std::vector<std::string>& known_keys) {
  for (const auto& [key_node, value] : map_->entries) {
    if (!key_node.is_scalar()) continue;
    const std::string& key = key_node.scalar;
    bool known = false;
    for (const auto& k : known_keys) known = known || k == key;
    if (!known) {
      diagnostics_.warning(
          position(key_node, source_),
          "unknown key '" + key + "' in " + what_ + " is ignored" + did_you_mean(key, known_keys));
    }
  }
}

std::string unknown_value_message(const std::string& key, const std::string& value,
                                  const std::vector<std::string>& names) {
  std::string expected;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) expected += i + 1 == names.size() ? " or " : ", ";
    expected += names[i];
  }
  return "unknown " + key + " '" + value + "'; expected " + expected + did_you_mean(value, names);
}

}  // namespace cxo::load

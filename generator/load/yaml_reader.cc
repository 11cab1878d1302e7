#include "load/yaml_reader.h"

#include <charconv>

#include "util/suggest.h"

namespace cxo::load {

namespace {

// What yaml-cpp's terse messages usually mean in a hand-written file.
std::string yaml_hint(const std::string& text, const YAML::Mark& mark, const std::string& msg) {
  if (!mark.is_null() && mark.pos >= mark.column) {
    std::size_t line_start = static_cast<std::size_t>(mark.pos - mark.column);
    if (line_start < text.size() && text[line_start] == '\t') {
      return "; this line is indented with a tab, and YAML needs spaces";
    }
  }
  static const std::pair<const char*, const char*> hints[] = {
      {"illegal map value", "; check this line's indentation, or quote a value that holds ': '"},
      {"end of map not found", "; check this line's indentation against the keys above it"},
      {"end of sequence flow not found", "; a list opened with '[' is not closed by ']'"},
      {"end of map flow not found", "; a map opened with '{' is not closed by '}'"},
      {"illegal flow end", "; a ']' or '}' closes nothing"},
      {"unknown token", "; a value starting with this character must be quoted"},
      {"the referenced anchor is not defined", "; a value starting with '*' must be quoted"},
  };
  for (const auto& [message, hint] : hints) {
    if (msg == message) return hint;
  }
  return {};
}

}  // namespace

std::optional<YAML::Node> parse_yaml(const std::string& text, const YamlSource& source,
                                     Diagnostics& diagnostics) {
  try {
    return YAML::Load(text);
  } catch (const YAML::Exception& e) {
    SourcePos pos{source.path, e.mark.line + source.first_line, e.mark.column + 1};
    if (e.mark.is_null()) pos.line = 0;
    diagnostics.error(pos, "invalid YAML: " + e.msg + yaml_hint(text, e.mark, e.msg));
    return std::nullopt;
  }
}

SourcePos position(const YAML::Node& node, const YamlSource& source) {
  YAML::Mark mark = node.Mark();
  if (mark.is_null()) return {source.path, 0, 0};
  return {source.path, mark.line + source.first_line, mark.column + 1};
}

std::string describe(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Map:
      return "a map";
    case YAML::NodeType::Sequence:
      return "a list";
    case YAML::NodeType::Scalar:
      return "a text ('" + node.Scalar() + "')";
    default:
      return "empty";
  }
}

MapReader::MapReader(const YAML::Node& map, const YamlSource& source, std::string what,
                     Diagnostics& diagnostics)
    : map_(map), source_(source), what_(std::move(what)), diagnostics_(diagnostics) {
  for (const auto& entry : map_) {
    const YAML::Node& key = entry.first;
    if (!key.IsScalar()) {
      diagnostics_.error(position(key, source_), "a key in " + what_ + " must be a text, not " +
                                                     describe(key));
      continue;
    }
    bool seen = false;
    for (const auto& [name, value] : entries_) {
      if (name == key.Scalar()) {
        seen = true;
        diagnostics_.error(position(key, source_),
                           "key '" + name + "' is given twice in this " + what_ +
                               " (first at line " +
                               std::to_string(position(value, source_).line) + ")");
      }
    }
    if (!seen) entries_.emplace_back(key.Scalar(), entry.second);
  }
}

const YAML::Node* MapReader::find(const std::string& key) const {
  for (const auto& [name, value] : entries_) {
    if (name == key) return &value;
  }
  return nullptr;
}

bool MapReader::has(const std::string& key) const {
  const YAML::Node* value = find(key);
  return value && !value->IsNull();
}

SourcePos MapReader::position_of(const std::string& key) const {
  const YAML::Node* value = find(key);
  if (value && !value->Mark().is_null()) return position(*value, source_);
  return map_position();
}

void MapReader::report_missing(const std::string& key) {
  const YAML::Node* value = find(key);
  if (value) {
    diagnostics_.error(position_of(key), "'" + key + "' is empty; " + what_ + " needs a value");
  } else {
    diagnostics_.error(map_position(), what_ + " is missing the required key '" + key + "'");
  }
}

std::optional<YAML::Node> MapReader::node(const std::string& key) {
  const YAML::Node* value = find(key);
  if (!value || value->IsNull()) return std::nullopt;
  return *value;
}

std::optional<std::string> MapReader::text(const std::string& key, bool required) {
  auto value = node(key);
  if (!value) {
    if (required) report_missing(key);
    return std::nullopt;
  }
  if (!value->IsScalar()) {
    diagnostics_.error(position(*value, source_),
                       "'" + key + "' must be a text, not " + describe(*value));
    return std::nullopt;
  }
  if (required && value->Scalar().empty()) {
    report_missing(key);
    return std::nullopt;
  }
  return value->Scalar();
}

std::optional<bool> MapReader::boolean(const std::string& key) {
  auto value = node(key);
  if (!value) return std::nullopt;
  const std::string scalar = value->IsScalar() ? value->Scalar() : "";
  // YAML 1.2's core schema spellings.
  if (scalar == "true" || scalar == "True" || scalar == "TRUE") return true;
  if (scalar == "false" || scalar == "False" || scalar == "FALSE") return false;
  diagnostics_.error(position(*value, source_),
                     "'" + key + "' must be true or false, not " + describe(*value));
  return std::nullopt;
}

std::optional<int> MapReader::count(const std::string& key) {
  auto value = node(key);
  if (!value) return std::nullopt;
  if (value->IsScalar()) {
    const std::string& scalar = value->Scalar();
    int number = 0;
    auto [end, error] = std::from_chars(scalar.data(), scalar.data() + scalar.size(), number);
    if (error == std::errc() && end == scalar.data() + scalar.size() && number >= 0) {
      return number;
    }
  }
  diagnostics_.error(position(*value, source_),
                     "'" + key + "' must be a whole number, not " + describe(*value));
  return std::nullopt;
}

std::vector<std::pair<std::string, SourcePos>> MapReader::text_list(const std::string& key) {
  std::vector<std::pair<std::string, SourcePos>> items;
  auto value = node(key);
  if (!value) return items;
  if (!value->IsSequence()) {
    std::string hint = value->IsScalar() ? " (write [" + value->Scalar() + "])" : "";
    diagnostics_.error(position(*value, source_),
                       "'" + key + "' must be a list, not " + describe(*value) + hint);
    return items;
  }
  for (const auto& item : *value) {
    if (!item.IsScalar() || item.Scalar().empty()) {
      diagnostics_.error(position(item, source_),
                         "each entry of '" + key + "' must be a text, not " + describe(item));
      continue;
    }
    items.emplace_back(item.Scalar(), position(item, source_));
  }
  return items;
}

void MapReader::finish(const std::vector<std::string>& known_keys) {
  for (const auto& entry : map_) {
    if (!entry.first.IsScalar()) continue;
    const std::string& key = entry.first.Scalar();
    bool known = false;
    for (const auto& k : known_keys) known = known || k == key;
    if (!known) {
      diagnostics_.warning(position(entry.first, source_),
                           "unknown key '" + key + "' in " + what_ + " is ignored" +
                               did_you_mean(key, known_keys));
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

#pragma once
// Reading YAML maps field by field, with every problem reported at the
// position of the offending value: a wrong type, an empty required value, a
// key given twice, an unknown key (a warning, with the closest known key).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "load/yaml_tree.h"
#include "util/diagnostics.h"

namespace cxo::load {

// Where a YAML file's text sits in its file: front matter starts below line 1.
struct YamlSource {
  std::string path;
  int first_line = 1;
};

// Parses text; on a syntax error reports it and returns nullopt.
std::optional<YamlNode> parse_yaml(std::string_view text, const YamlSource& source,
                                   Diagnostics& diagnostics);

SourcePos position(const YamlNode& node, const YamlSource& source);

// "a map", "a list", "a text", "empty".
std::string describe(const YamlNode& node);

class MapReader {
 public:
  // `what` names the map in messages ("meeting", "organization"). `map` must
  // outlive the reader. `list_item`: the map is an entry of a list, which a
  // lost '- ' merges with the entry before it.
  MapReader(const YamlNode& map, const YamlSource& source, std::string what,
            Diagnostics& diagnostics, bool list_item = false);

  bool has(const std::string& key) const;
  SourcePos position_of(const std::string& key) const;  // the value, or the map
  SourcePos map_position() const { return position(*map_, source_); }

  // A scalar; reports a missing required key at the map, a wrong type at the value.
  std::optional<std::string> text(const std::string& key, bool required = false);
  std::optional<bool> boolean(const std::string& key);
  std::optional<int> count(const std::string& key);  // a whole number >= 0
  // A list of scalars (a lone scalar is an error: it must be a list).
  std::vector<std::pair<std::string, SourcePos>> text_list(const std::string& key);
  // The raw node when present and not null.
  const YamlNode* node(const std::string& key);
  // A list of maps, each passed to `each`; reports non-maps.
  template <typename Each>
  void for_each_map(const std::string& key, const std::string& item_what, Each each);

  // Warns about every key no accessor asked for. Call once, last.
  void finish(const std::vector<std::string>& known_keys);

  Diagnostics& diagnostics() { return diagnostics_; }
  const YamlSource& source() const { return source_; }

 private:
  const YamlNode* find(const std::string& key) const;
  void report_missing(const std::string& key);

  const YamlNode* map_;
  YamlSource source_;
  std::string what_;
  Diagnostics& diagnostics_;
  std::vector<std::pair<std::string, const YamlNode*>> entries_;  // first occurrence of each key
};

template <typename Each>
void MapReader::for_each_map(const std::string& key, const std::string& item_what, Each each) {
  const YamlNode* list = node(key);
  if (!list) return;
  if (!list->is_list()) {
    diagnostics_.error(position(*list, source_), "'" + key + "' must be a list of " + item_what +
                                                     "s, not " + describe(*list));
    return;
  }
  for (const YamlNode& item : list->items) {
    if (!item.is_map()) {
      diagnostics_.error(position(item, source_), "each entry of '" + key + "' must be a map (" +
                                                      item_what + "), not " + describe(item));
      continue;
    }
    MapReader reader(item, source_, item_what, diagnostics_, true);
    each(reader);
  }
}

std::string unknown_value_message(const std::string& key, const std::string& value,
                                  const std::vector<std::string>& names);

// An optional enumeration value: "unknown region 'asia'; expected one of
// africa, americas, …; did you mean 'asia-pacific'?".
template <typename Enum>
std::optional<Enum> read_enum(MapReader& reader, const std::string& key,
                              const std::vector<std::string>& names, bool required = false) {
  auto text = reader.text(key, required);
  if (!text) return std::nullopt;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (names[i] == *text) return static_cast<Enum>(i);
  }
  reader.diagnostics().error(reader.position_of(key), unknown_value_message(key, *text, names));
  return std::nullopt;
}

}  // namespace cxo::load

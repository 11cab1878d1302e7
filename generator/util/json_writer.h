#pragma once
// JSON text written directly, without building a tree first: the open data
// files and the search index are tens of megabytes at 10,000 meetings, and
// a tree (nlohmann::json) cost several times the writing itself.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cxo {

// Appends `text` as a JSON string literal, quotes included. The text is
// UTF-8 (the loaders validated it); only quotes, backslashes and control
// characters are escaped, as nlohmann::json does.
void append_json_string(std::string& out, std::string_view text);

// Writes one JSON value into `out`, laid out as nlohmann::json's dump(1)
// lays it out (one member or element a line, one space of indent per
// level, empty containers as [] and {}), or as its dump() does (Compact:
// no spaces, no line breaks), so files keep their bytes.
//
//   JsonWriter json(out);
//   json.begin_object();
//   json.key("id").string("x");
//   json.key("tags").begin_array().string("a").end_array();
//   json.end_object();
class JsonWriter {
 public:
  enum class Layout { Indented, Compact };
  explicit JsonWriter(std::string& out, Layout layout = Layout::Indented)
      : out_(out), indented_(layout == Layout::Indented) {}

  JsonWriter& begin_object() { return open('{'); }
  JsonWriter& end_object() { return close('}'); }
  JsonWriter& begin_array() { return open('['); }
  JsonWriter& end_array() { return close(']'); }
  // The next value is this member's.
  JsonWriter& key(std::string_view name);

  JsonWriter& string(std::string_view text);
  JsonWriter& integer(std::int64_t number);
  JsonWriter& boolean(bool value);
  JsonWriter& null();
  // A string, or null when it is empty.
  JsonWriter& string_or_null(std::string_view text) { return text.empty() ? null() : string(text); }
  // An array of strings.
  template <typename Range, typename Text>
  JsonWriter& strings(const Range& range, Text text) {
    begin_array();
    for (const auto& item : range) string(text(item));
    return end_array();
  }

 private:
  JsonWriter& open(char bracket);
  JsonWriter& close(char bracket);
  // Before a value: a separator and a new line, unless it follows its key.
  void start_value();
  void new_line();

  std::string& out_;
  bool indented_;
  std::vector<std::size_t> counts_;  // values so far in each open container
  bool after_key_ = false;
};

}  // namespace cxo

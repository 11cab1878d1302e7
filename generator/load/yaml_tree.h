#pragma once
// A YAML document as a plain tree of texts, lists and maps, each node knowing
// where it starts. Every value stays a text: the loaders decide what a text
// means (a date, a number, true).
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cxo::load {

struct YamlNode {
  enum class Kind { Null, Scalar, List, Map };

  Kind kind = Kind::Null;
  std::string scalar;           // the text of a Scalar
  std::vector<YamlNode> items;  // the entries of a List
  // The keys and values of a Map in document order. A key given twice stays
  // twice, so that the loaders can point at the second one.
  std::vector<std::pair<YamlNode, YamlNode>> entries;
  // 1-based, the column in bytes as the parsers count (parse_yaml turns it
  // into characters); 0 for the null that an empty document is, which has
  // no place in the text.
  int line = 0;
  int column = 0;

  bool is_null() const { return kind == Kind::Null; }
  bool is_scalar() const { return kind == Kind::Scalar; }
  bool is_list() const { return kind == Kind::List; }
  bool is_map() const { return kind == Kind::Map; }
};

struct YamlError {
  // libyaml's words, or "found undefined alias", or "lists and maps are
  // nested too deeply" (past 1,000 levels).
  std::string problem;
  int line = 0;  // 1-based, the column in bytes
  int column = 0;
  std::size_t offset = 0;  // in bytes, from the start of the text
  // What the parser was in the middle of ("while parsing a flow sequence")
  // and where that started; empty when libyaml gives none.
  std::string context;
  int context_line = 0;
  int context_column = 0;
  std::size_t context_offset = 0;
};

// Parses the one document of `text`: a second (a "---" line with more than
// comments below it) is an error, since its content would be ignored. A plain scalar that is empty, "~", "null", "Null" or "NULL" is
// null, a quoted or tagged one is a text; tags are otherwise ignored. An
// alias is a copy of the node its anchor names, place included. Returns
// false, with `error` set, on a syntax error, a character YAML does not allow
// or an alias whose anchor is not defined before it.
// Most files are read by read_common_yaml (yaml_common.h), the rest and
// every file with a mistake by libyaml.
bool parse_yaml_tree(std::string_view text, YamlNode& root, YamlError& error);

// libyaml alone: what parse_yaml_tree falls back to, and what the tests
// compare read_common_yaml with.
bool parse_yaml_tree_with_libyaml(std::string_view text, YamlNode& root, YamlError& error);

}  // namespace cxo::load

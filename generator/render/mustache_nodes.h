#pragma once
// The compiled form of a Mustache template: a tree of plain nodes that the
// renderer walks. Everything the renderer needs is settled at compile time:
// standalone lines are already cut out of the text, names are split on dots
// and indentation is stored on the nodes that apply it.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "render/value.h"
#include "util/size_hint.h"

namespace cxo::render::mustache {

// A dotted name split once, so lookups never re-scan the tag text.
// No parts means the implicit iterator `.`.
struct Path {
  std::vector<Key> parts;
};

struct Node;
using Nodes = std::vector<Node>;

struct Node {
  enum class Kind : std::uint8_t {
    kText,      // `text` is output as is
    kVariable,  // `path`'s value, HTML-escaped if `escaped`
    kSection,   // `children` once per list item, or once if `path` is truthy
    kInverted,  // `children` once if `path` is falsey
    kPartial,   // template `text`, or the one named by `path` if `dynamic`
    kParent,    // like kPartial; `children` are the kBlock arguments passed
    kBlock,     // block `text`: an argument passed for it, else `children`
  };

  Kind kind = Kind::kText;
  bool escaped = true;
  bool dynamic = false;
  // A partial, parent or block alone on its line: the renderer starts a new
  // line there and prefixes every line of the expansion with `indent`. For a
  // block that applies to an argument passed for it, not to its default.
  bool standalone = false;
  std::string text;
  Path path;
  std::string indent;
  Nodes children;
};

struct Template {
  Nodes nodes;
  mutable SizeHint output_size;
};

}  // namespace cxo::render::mustache

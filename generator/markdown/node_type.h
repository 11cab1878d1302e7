#pragma once
// cmark-gfm's extensions (tables, strikethrough) register their node types
// when they are loaded, so the numbers are not in its public headers; the
// types' names are.
#include <cmark-gfm.h>

#include <cstring>

namespace cxo::markdown {

// Whether `node` is of the extension type named `name` ("table",
// "table_cell", "strikethrough").
inline bool has_type_name(cmark_node* node, const char* name) {
  const char* type = cmark_node_get_type_string(node);
  return type && std::strcmp(type, name) == 0;
}

}  // namespace cxo::markdown

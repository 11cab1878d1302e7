#pragma once
// Turns Mustache source into the node tree of mustache_nodes.h.
#include <string_view>
#include <vector>

#include "render/mustache.h"
#include "render/mustache_nodes.h"

namespace cxo::render::mustache {

// Compiles `source`; on error returns false and appends one TemplateError
// naming `template_name`, with the line and column of the offending tag.
bool compile(std::string_view template_name, std::string_view source, Nodes& nodes,
             std::vector<TemplateError>& errors);

}  // namespace cxo::render::mustache

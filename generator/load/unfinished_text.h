#pragma once
// `cxo new meeting` writes a communiqué skeleton whose placeholders start
// with "TODO"; a build would publish them as they are, so loading warns
// about any line of a communiqué or free page that still starts that way.
// `cxo build` and `cxo serve` print the warning, and `cxo check --strict`
// fails on it.
#include <string>
#include <string_view>

#include "util/diagnostics.h"

namespace cxo::load {

// `body` is the text after any front matter, whose first line is line
// `first_line` of `path`: front matter is YAML, where the skeleton's
// guidance sits in comments.
void find_unfinished_text(std::string_view body, int first_line, const std::string& path,
                          Diagnostics& diagnostics);

}  // namespace cxo::load

#pragma once
// `cxo new meeting` writes a communiqué skeleton whose placeholders start
// with "TODO"; a build publishes them as they are, so `cxo check` warns
// about any line of a communiqué or free page that still starts that way.
#include <string>

#include "model/site.h"

namespace cxo::check {

void find_unfinished_text(const Site& site, const std::string& source_dir,
                          Diagnostics& diagnostics);

}  // namespace cxo::check

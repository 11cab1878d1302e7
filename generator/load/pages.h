#pragma once
// content/pages/<name>.md: free pages such as "about".
#include <vector>

#include "model/site.h"
#include "util/file_system.h"

namespace cxo::load {

std::vector<FreePage> load_pages(const FileSystem& files, bool unsafe_html,
                                 Diagnostics& diagnostics);

}  // namespace cxo::load

#pragma once
#include <optional>

#include "model/site.h"
#include "util/file_system.h"

namespace cxo::load {

// site.yaml. Returns nullopt when the file is missing or unusable.
std::optional<SiteConfig> load_site_config(const FileSystem& files, Diagnostics& diagnostics);

// A base_url as the site's addresses are built from it (the scheme in lower
// case, a trailing '/'), or nullopt with `problem` set to what is wrong,
// completing "base_url '<url>' …". For site.yaml and for `cxo build
// --base-url`.
std::optional<std::string> normalized_base_url(std::string url, std::string& problem);

}  // namespace cxo::load

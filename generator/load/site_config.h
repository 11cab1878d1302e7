#pragma once
#include <optional>

#include "model/site.h"
#include "util/file_system.h"

namespace cxo::load {

// site.yaml. Returns nullopt when the file is missing or unusable.
std::optional<SiteConfig> load_site_config(const FileSystem& files, Diagnostics& diagnostics);

}  // namespace cxo::load

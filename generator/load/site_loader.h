#pragma once
// Load stage: site.yaml and everything under content/ into a Site, as
// written. Nothing is resolved yet (see model/link.h).
#include <optional>

#include "model/site.h"
#include "util/file_system.h"

namespace cxo::load {

std::optional<Site> load_site(const FileSystem& files, unsigned threads, Diagnostics& diagnostics);

}  // namespace cxo::load

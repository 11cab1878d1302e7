#pragma once
// The part of the internal link check a build can afford, since it needs no
// rendered page: each link an editor wrote that leads to no file of the
// site (a mistyped meeting id, a photo not committed). `cxo build` warns of
// them as soon as it knows every file it wrote; `cxo check` reports them,
// and missing anchors, as errors.
#include <string>
#include <vector>

#include "model/site.h"
#include "util/diagnostics.h"

namespace cxo::check {

// `sorted_paths`: every file of the built site, in order.
void warn_of_missing_targets(const Site& site, const std::string& source_dir,
                             const std::vector<std::string>& sorted_paths,
                             Diagnostics& diagnostics);

}  // namespace cxo::check

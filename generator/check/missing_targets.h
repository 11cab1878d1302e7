#pragma once
// The part of the internal link check a build can afford, since it needs no
// rendered page: each link an editor wrote that leads to no file of the
// site (a mistyped meeting id, a photo not committed). `cxo build` warns of
// them as soon as it knows every file it wrote; `cxo check` reports them,
// and missing anchors, as errors.
#include <functional>
#include <string>
#include <vector>

#include "check/content_links.h"
#include "model/site.h"
#include "util/diagnostics.h"

namespace cxo::check {

// `links`: the whole site's (collect_content_links) for a build, those of
// what an edit changed for the preview. `has_file` says whether the site
// has a path; `all_paths` lists them, in order, and is asked only when a
// link leads nowhere, for its suggestion.
void warn_of_missing_targets(std::vector<ContentLink> links, const SiteConfig& config,
                             const std::string& source_dir,
                             const std::function<bool(const std::string&)>& has_file,
                             const std::function<std::vector<std::string>()>& all_paths,
                             Diagnostics& diagnostics);

}  // namespace cxo::check

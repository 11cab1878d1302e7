#pragma once
// The internal half of `cxo check`: every href and src of every rendered
// page must lead to a file of the site, and every fragment to an anchor of
// that page. Problems are reported where the link was written (see
// check/attribution.h); the external links met on the way are collected
// for check/external_links.h.
#include <map>
#include <set>
#include <string>
#include <vector>

#include "check/attribution.h"
#include "check/html_scan.h"
#include "pipeline/build.h"

namespace cxo::check {

// The rendered site as the check sees it.
struct RenderedIndex {
  std::set<std::string, std::less<>> files;
  std::map<std::string, HtmlScan, std::less<>> pages;  // HTML and XML files, scanned
};

RenderedIndex index_rendered(const RenderedSite& rendered);

// What is wrong with a link to the site path `path` when the site has no
// such file ("leads to meetings/x/, which is not part of the site; did you
// mean …?"); empty when it has.
std::string missing_file_problem(const std::string& path, const RenderedIndex& index);

// "link '<written>' <problem>", or, for a link that names a host without
// "https://" ('www.nokia.com'), the problem with that as its suggestion.
std::string link_message(const std::string& written, const std::string& problem);

// One external URL (without its fragment) and a fragment to find on it, with
// everywhere it is linked from.
struct ExternalUse {
  std::string url;
  std::string fragment;
  bool has_fragment = false;
  std::vector<Origin> origins;
};

struct InternalStats {
  std::size_t files = 0;
  std::size_t links = 0;    // internal links followed
  std::size_t anchors = 0;  // fragments looked up
};

// Checks every internal link; adds each external one to `external`, keyed by
// URL and fragment.
void check_internal_links(const RenderedIndex& index, const SiteConfig& config,
                          const Attribution& attribution, Diagnostics& diagnostics,
                          InternalStats& stats, std::map<std::string, ExternalUse>& external);

}  // namespace cxo::check

#pragma once
// The external half of `cxo check --external`: every http(s) link outside
// the site, fetched once per URL (see check/http_fetch.h), judged (see
// check/verdict.h) and reported where each use of it was written. Prefixes
// in site.yaml's links.skip are not fetched; fresh results come from the
// cache.
#include <chrono>
#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "check/http_fetch.h"
#include "check/internal_links.h"

namespace cxo::check {

struct ExternalOptions {
  FetchOptions fetch;
  std::string cache_file;  // empty: no cache
  std::chrono::seconds cache_max_age{std::chrono::hours(24)};
  // Where to say that fetching starts (it may take a while); null: nowhere.
  std::ostream* progress = nullptr;
};

struct ExternalStats {
  std::size_t links = 0;       // distinct URLs with their fragments
  std::size_t fetched = 0;     // distinct URLs asked for
  std::size_t cached = 0;      // links answered from the cache
  std::size_t skipped = 0;     // links under a links.skip prefix
  std::size_t unanswered = 0;  // URLs fetched that got no HTTP answer (DNS, connection)
};

// `error` is set when the cache could not be written (the check still ran).
void check_external_links(const std::map<std::string, ExternalUse>& uses,
                          const std::vector<std::string>& skip, const ExternalOptions& options,
                          Diagnostics& diagnostics, ExternalStats& stats, std::string& error);

}  // namespace cxo::check

#pragma once
// `cxo check`: everything `cxo build` validates, then every internal link
// and anchor of the site rendered in memory, and with --external every
// external link. Writes nothing to the output folder; --external keeps its
// cache in .cxo-cache/ in the site folder.
#include <iosfwd>
#include <string>

#include "check/external_links.h"

namespace cxo::check {

struct CheckOptions {
  std::string source = ".";
  unsigned threads = 0;  // 0: one per core
  bool external = false;
  // Warnings fail the check too: for the branch that publishes, where a
  // skeleton's TODO line would go out as it is.
  bool strict = false;
  bool json = false;                 // --format json
  ExternalOptions external_options;  // cache_file empty: .cxo-cache/links.json in the site
  bool use_cache = true;
};

// Prints the findings, sorted, then a summary line; returns the exit code
// (1 when there is an error, or with `strict` a warning).
int run_check(const CheckOptions& options, std::ostream& out, std::ostream& err);

}  // namespace cxo::check

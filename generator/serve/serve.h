#pragma once
// `cxo serve`: builds the site into memory, serves it on 127.0.0.1, watches
// site.yaml, content/, static/ and themes/, rebuilds what changed and reloads open
// tabs. Content errors never stop it: they are printed and shown over the
// page while the last good build stays served. Ctrl-C stops it.
#include <iosfwd>
#include <string>

namespace cxo::serve {

struct ServeOptions {
  std::string source = ".";
  int port = 1313;       // 0: any free port, printed at start
  unsigned threads = 0;  // 0: one per core
};

// Returns the process exit code: 0 after Ctrl-C, 1 when it cannot start.
int run_serve(const ServeOptions& options, std::ostream& out, std::ostream& err);

}  // namespace cxo::serve

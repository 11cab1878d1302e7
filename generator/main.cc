// cxo: the static site generator of the ITU-T CTO/CxO meetings archive.
#include <vector>

// Every new and delete goes to mimalloc (and, since the executable links it,
// so does malloc): views build and drop millions of small Values, and a
// 10,000-meeting build took 7-9% less time with it than with glibc's
// allocator (bench/README.md). Included in this one file, as it asks.
#ifdef CXO_MIMALLOC
#include <mimalloc-new-delete.h>
#endif

#include "cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"cxo: builds the archive of the ITU-T CTO/CxO meetings"};
  app.require_subcommand(1);
  // Each command's run function returns -1 when its command was not given.
  std::vector<cxo::cli::Run> commands = {
      cxo::cli::add_build_command(app),
      cxo::cli::add_check_command(app),
      cxo::cli::add_serve_command(app),
      cxo::cli::add_new_command(app),
  };
  CLI11_PARSE(app, argc, argv);
  for (const auto& run : commands) {
    int code = run();
    if (code >= 0) return code;
  }
  return 0;
}

// cxo: the static site generator of the ITU-T CTO/CxO meetings archive.
#include <iostream>
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
  app.set_version_flag("--version", "cxo " CXO_VERSION, "Print cxo's version and exit");
  app.require_subcommand(1);
  // Each command's run function returns -1 when its command was not given.
  std::vector<cxo::cli::Run> commands = {
      cxo::cli::add_build_command(app),
      cxo::cli::add_check_command(app),
      cxo::cli::add_serve_command(app),
      cxo::cli::add_new_command(app),
  };
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help prints its text and succeeds. A mistake on the command line
    // is said as cxo says the others, with the usage exit code 2 rather
    // than CLI11's own (105 to 113).
    if (e.get_exit_code() == 0) return app.exit(e);
    std::cerr << "cxo: error: " << e.what() << "\nRun cxo --help, or cxo <command> --help.\n";
    return 2;
  }
  for (const auto& run : commands) {
    int code = run();
    if (code >= 0) return code;
  }
  return 0;
}

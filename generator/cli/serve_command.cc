#include <iostream>

#include "cli/commands.h"

namespace cxo::cli {

Run add_serve_command(CLI::App& app) {
  auto* command = app.add_subcommand("serve", "Build, serve on 127.0.0.1 and rebuild on every change, with live reload");
  return [=] {
    if (!command->parsed()) return -1;
    std::cerr << "cxo serve: not available in this version yet\n";
    return 2;
  };
}

}  // namespace cxo::cli

#include <iostream>

#include "cli/commands.h"

namespace cxo::cli {

Run add_check_command(CLI::App& app) {
  auto* command = app.add_subcommand("check", "Check the site: everything build checks, plus every link and anchor");
  return [=] {
    if (!command->parsed()) return -1;
    std::cerr << "cxo check: not available in this version yet\n";
    return 2;
  };
}

}  // namespace cxo::cli

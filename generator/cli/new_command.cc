#include <iostream>

#include "cli/commands.h"

namespace cxo::cli {

Run add_new_command(CLI::App& app) {
  auto* command = app.add_subcommand("new", "Create content, e.g. a new meeting folder");
  return [=] {
    if (!command->parsed()) return -1;
    std::cerr << "cxo new: not available in this version yet\n";
    return 2;
  };
}

}  // namespace cxo::cli

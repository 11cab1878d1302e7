#pragma once
// The subcommands of cxo, one file each. Each adds itself to the app and
// returns a function that runs it once the command line is parsed.
#include <CLI/CLI.hpp>

#include <functional>

namespace cxo::cli {

using Run = std::function<int()>;

Run add_build_command(CLI::App& app);
Run add_check_command(CLI::App& app);
Run add_serve_command(CLI::App& app);
Run add_new_command(CLI::App& app);

}  // namespace cxo::cli

#include <iostream>

#include "cli/commands.h"
#include "serve/serve.h"

namespace cxo::cli {

Run add_serve_command(CLI::App& app) {
  auto options = std::make_shared<serve::ServeOptions>();
  auto* command = app.add_subcommand(
      "serve",
      "Build into memory, serve on 127.0.0.1 and rebuild on every change, with live reload "
      "(the output folder is not written)");
  command->add_option("--source,-s", options->source, "Site folder (holds site.yaml)");
  command->add_option("--port,-p", options->port, "Port on 127.0.0.1 (0: any free port)")
      ->capture_default_str()
      ->check(CLI::Range(0, 65535));
  command->add_option("--jobs,-j", options->threads, "Threads (default: one per core)");
  return [=] {
    if (!command->parsed()) return -1;
    return serve::run_serve(*options, std::cout, std::cerr);
  };
}

}  // namespace cxo::cli

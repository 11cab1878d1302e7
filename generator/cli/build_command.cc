#include <iostream>

#include "cli/commands.h"
#include "pipeline/build.h"

namespace cxo::cli {

Run add_build_command(CLI::App& app) {
  auto options = std::make_shared<BuildOptions>();
  auto output = std::make_shared<std::string>();
  auto base_url = std::make_shared<std::string>();
  auto* command = app.add_subcommand("build", "Build the site into its output folder");
  command->add_option("--source,-s", options->source, "Site folder (holds site.yaml)");
  command->add_option("--output,-o", *output, "Output folder (default: output_dir in site.yaml)");
  command->add_option("--base-url,-u", *base_url,
                      "Address the site is served from, instead of base_url in site.yaml "
                      "(a staging copy)");
  command->add_option("--jobs,-j", options->threads, "Threads (default: one per core)");
  command->add_flag("--quiet,-q", options->quiet, "Print only problems");
  command->add_flag("--timings", options->timings,
                    "Print how long each stage and each kind of file took");
  command->add_flag("--force", options->force,
                    "Build even when nothing cxo reads has changed since the last build");
  return [=] {
    if (!command->parsed()) return -1;
    if (!output->empty()) options->output = *output;
    if (!base_url->empty()) options->base_url = *base_url;
    options->process_exits_after = true;
    return run_build(*options, std::cout, std::cerr);
  };
}

}  // namespace cxo::cli

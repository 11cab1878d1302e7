// cxo: the static site generator of the ITU-T CTO/CxO meetings archive.
#include <CLI/CLI.hpp>

#include <iostream>

#include "pipeline/build.h"

int main(int argc, char** argv) {
  CLI::App app{"cxo: builds the archive of the ITU-T CTO/CxO meetings"};
  app.require_subcommand(1);

  cxo::BuildOptions build;
  std::string output;
  auto* build_command = app.add_subcommand("build", "Build the site into its output folder");
  build_command->add_option("--source,-s", build.source, "Site folder (holds site.yaml)");
  build_command->add_option("--output,-o", output, "Output folder (default: output_dir)");
  build_command->add_option("--jobs,-j", build.threads, "Threads (default: one per core)");
  build_command->add_flag("--quiet,-q", build.quiet, "Print only problems");

  CLI11_PARSE(app, argc, argv);

  if (*build_command) {
    if (!output.empty()) build.output = output;
    return cxo::run_build(build, std::cout, std::cerr);
  }
  return 0;
}

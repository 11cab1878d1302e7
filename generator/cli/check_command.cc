#include <iostream>

#include "check/run_check.h"
#include "cli/commands.h"

namespace cxo::cli {

Run add_check_command(CLI::App& app) {
  auto options = std::make_shared<check::CheckOptions>();
  auto format = std::make_shared<std::string>("text");
  auto timeout = std::make_shared<double>(20);
  auto interval = std::make_shared<int>(500);
  auto cache_hours = std::make_shared<double>(24);
  auto* command = app.add_subcommand(
      "check", "Check the site: everything build checks, plus every link and anchor");
  command->add_option("--source,-s", options->source, "Site folder (holds site.yaml)");
  command->add_option("--jobs,-j", options->threads, "Threads (default: one per core)");
  command->add_flag("--external", options->external,
                    "Also fetch every external link (http, https)");
  command->add_flag("--strict", options->strict,
                    "Warnings fail the check too (exit code 1): TODO lines, ignored files");
  command->add_option("--format", *format, "Output: text (default) or json")
      ->check(CLI::IsMember({"text", "json"}));
  auto& fetch = options->external_options.fetch;
  command->add_option("--timeout", *timeout, "Seconds to wait for one answer (default 20)")
      ->check(CLI::PositiveNumber);
  command
      ->add_option("--retries", fetch.retries,
                   "Retries of a link that times out or is rate-limited (default 2)")
      ->check(CLI::Range(0, 10));
  command
      ->add_option("--max-connections", fetch.max_connections,
                   "Requests in flight at once (default 8)")
      ->check(CLI::Range(1, 64));
  command
      ->add_option("--per-host", fetch.max_per_host,
                   "Requests in flight at once to one host (default 2)")
      ->check(CLI::Range(1, 16));
  command
      ->add_option("--host-interval", *interval,
                   "Milliseconds between two requests to one host (default 500)")
      ->check(CLI::Range(0, 60000));
  command
      ->add_option("--cache-hours", *cache_hours,
                   "Reuse external results younger than this (default 24; 0: no cache)")
      ->check(CLI::NonNegativeNumber);
  return [=] {
    if (!command->parsed()) return -1;
    options->json = *format == "json";
    auto& fetch_options = options->external_options.fetch;
    fetch_options.timeout = std::chrono::milliseconds(static_cast<long long>(*timeout * 1000));
    fetch_options.host_interval = std::chrono::milliseconds(*interval);
    options->use_cache = *cache_hours > 0;
    options->external_options.cache_max_age =
        std::chrono::seconds(static_cast<long long>(*cache_hours * 3600));
    return check::run_check(*options, std::cout, std::cerr);
  };
}

}  // namespace cxo::cli

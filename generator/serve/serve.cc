#include "serve/serve.h"

#include <pthread.h>
#include <signal.h>

#include <cstdio>
#include <filesystem>
#include <iomanip>
#include <ostream>
#include <random>
#include <sstream>
#include <thread>

#include "serve/http_server.h"
#include "serve/live_reload.h"
#include "serve/live_site.h"
#include "serve/routes.h"
#include "serve/watcher.h"
#include "util/parallel.h"

namespace cxo::serve {

namespace fs = std::filesystem;

namespace {

// A save is a burst of file events; the build starts once the burst has been
// quiet this long. Short, since it adds to every reload.
constexpr std::chrono::microseconds kQuiet{10'000};
constexpr std::chrono::milliseconds kLongest{300};

std::string random_id() {
  std::random_device random;
  std::ostringstream id;
  id << std::hex << std::setw(8) << std::setfill('0') << random();
  return id.str();
}

std::string milliseconds(std::chrono::microseconds took) {
  std::ostringstream text;
  text << std::fixed << std::setprecision(1) << took.count() / 1000.0 << " ms";
  return text.str();
}

// `was_failing`: the build before this one had errors, which this one, if
// it built, fixed (a failed change is tried again with every later one).
void report(const BuildOutcome& outcome, bool was_failing, std::ostream& out, std::ostream& err) {
  for (const auto& line : outcome.warnings) err << line << '\n';
  for (const auto& line : outcome.errors) err << line << '\n';
  if (outcome.built) {
    out << "Rebuilt " << outcome.what << " in " << milliseconds(outcome.took)
        << (was_failing ? "; no errors left" : "") << std::endl;
  } else {
    std::size_t errors = outcome.errors.size();
    err << errors << (errors == 1 ? " error" : " errors") << " in " << outcome.what
        << "; the browser shows " << (errors == 1 ? "it" : "them") << " over the last good build"
        << std::endl;
  }
}

}  // namespace

int run_serve(const ServeOptions& options, std::ostream& out, std::ostream& err) {
  std::error_code ec;
  if (!fs::is_regular_file(fs::path(options.source) / "site.yaml", ec)) {
    err << "error: " << (fs::path(options.source) / "site.yaml").lexically_normal().string()
        << ": no such file; run cxo serve in a site folder, or give it with --source\n";
    return 1;
  }
  // Ctrl-C is taken by a thread of its own (sigwait), so every other thread,
  // including the build's workers, must block it.
  sigset_t stop_signals, previous;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, &previous);

  HttpServer server;
  Watcher watcher;
  std::string error;
  if (!server.bind(options.port, error) || !watcher.start(options.source, error)) {
    err << "error: " << error << '\n';
    pthread_sigmask(SIG_SETMASK, &previous, nullptr);
    return 1;
  }

  if (std::string failures = watcher.take_failures(); !failures.empty()) {
    err << "warning: " << failures << '\n';
  }
  const std::string server_id = random_id();
  EventHub hub;
  LiveSite site(options.source, options.threads ? options.threads : default_thread_count(),
                [&](const std::string& path, std::uint64_t build, std::string& bytes) {
                  Routes::decorate(path, build_name(server_id, build), bytes);
                });
  Routes routes(site, hub, server_id);

  BuildOutcome first = site.build();
  for (const auto& line : first.warnings) err << line << '\n';
  for (const auto& line : first.errors) err << line << '\n';
  if (first.built) {
    out << "Loaded " << site.meeting_count() << " meetings in " << milliseconds(first.took)
        << "; pages are rendered as they are requested\n";
  } else {
    std::size_t errors = first.errors.size();
    err << errors
        << (errors == 1 ? " error; the browser shows it" : " errors; the browser shows them")
        << " until the site builds\n";
  }
  hub.publish(routes.state(first.errors));
  auto address = [&] {
    std::string base;
    for (const auto& segment : site.base_segments()) base += segment + "/";
    return "http://127.0.0.1:" + std::to_string(server.port()) + "/" + base;
  };
  std::string serving = address();
  out << "Serving " << serving
      << " (watching site.yaml, content/, static/ and themes/; Ctrl-C to stop)" << std::endl;
  bool failing = !first.built;

  std::thread rebuilder([&] {
    while (true) {
      ChangeBatch batch = watcher.next(kQuiet, kLongest);
      if (batch.stopped) return;
      if (std::string failures = watcher.take_failures(); !failures.empty()) {
        err << "warning: " << failures << '\n';
      }
      auto outcome = site.update(batch.paths, batch.overflow);
      if (!outcome) continue;
      report(*outcome, failing, out, err);
      failing = !outcome->built;
      // A new base_url moves the site to another path.
      if (std::string now = address(); now != serving) {
        serving = now;
        out << "Now serving " << serving << std::endl;
      }
      hub.publish(routes.state(outcome->errors));
    }
  });
  std::thread stopper([&] {
    int signal = 0;
    sigwait(&stop_signals, &signal);
    // Streams first, so that the server's connections can all end.
    hub.close();
    watcher.stop();
    server.stop();
  });

  server.run([&](const HttpRequest& request, HttpExchange& exchange) {
    routes.handle(request, exchange);
  });
  rebuilder.join();
  stopper.join();
  out << "Stopped" << std::endl;
  pthread_sigmask(SIG_SETMASK, &previous, nullptr);
  return 0;
}

}  // namespace cxo::serve

#pragma once
// A `cxo serve --port 0` running on a copy of a site in a temporary folder,
// for the preview server's tests: its port, its output, and the copy to edit.
#include <signal.h>

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "support/http_client.h"
#include "support/process.h"
#include "support/site_runner.h"

namespace cxo::testing {

using namespace std::chrono_literals;
using Stream = BackgroundProcess::Stream;

// Generous: the machine may be busy building; a healthy server answers in
// milliseconds.
inline constexpr std::chrono::milliseconds kStartTimeout = 60s;
inline constexpr std::chrono::milliseconds kEventTimeout = 10s;

class Preview {
 public:
  explicit Preview(const fs::path& source = fixture("serve"), bool copy = true) {
    site_ = temp_.path() / "site";
    if (copy) copy_tree(source, site_);
  }

  // Starts the server; false (with a test failure) when it printed no URL.
  bool start(std::vector<std::string> extra = {}) {
    std::vector<std::string> args = {"serve", "--source", site_.string(), "--port", "0"};
    args.insert(args.end(), extra.begin(), extra.end());
    process_ = std::make_unique<BackgroundProcess>(args);
    auto url = process_->wait_for(Stream::Out, R"(Serving http://127\.0\.0\.1:(\d+)(/\S*))",
                                  kStartTimeout);
    if (!url) {
      ADD_FAILURE() << "cxo serve printed no URL\nstdout:\n"
                    << process_->text(Stream::Out) << "\nstderr:\n"
                    << process_->text(Stream::Err);
      return false;
    }
    port_ = std::stoi((*url)[1]);
    path_ = (*url)[2];
    return true;
  }

  ~Preview() {
    if (process_) {
      process_->signal(SIGINT);
      process_->wait_exit(10s);
    }
  }

  const fs::path& site() const { return site_; }
  int port() const { return port_; }
  const std::string& path() const { return path_; }  // the site's path, "/" or "/cxo/"
  BackgroundProcess& process() { return *process_; }

  HttpReply get(const std::string& target) const { return http_get(port_, target); }
  std::unique_ptr<EventStream> events() const {
    return std::make_unique<EventStream>(port_, "/__cxo/events");
  }

  std::string read(const std::string& relative) const { return read_file(site_ / relative); }
  void write(const std::string& relative, const std::string& contents) const {
    write_file(site_ / relative, contents);
  }

 private:
  TempDir temp_;
  fs::path site_;
  std::unique_ptr<BackgroundProcess> process_;
  int port_ = 0;
  std::string path_;
};

// The next event named `name`, skipping others; nullopt after `timeout`.
inline std::optional<ServerEvent> next_event(EventStream& stream, const std::string& name,
                                             std::chrono::milliseconds timeout = kEventTimeout) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  while (true) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) return std::nullopt;
    auto event = stream.next(left);
    if (!event || event->name == name) return event;
  }
}

inline const char* kMeeting = "content/meetings/2024-12-09-dubai/";
inline const char* kMeetingPage = "/meetings/2024-12-09-dubai/index.html";

}  // namespace cxo::testing

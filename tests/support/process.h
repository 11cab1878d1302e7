#pragma once
// A cxo process left running in the background (cxo serve), whose output a
// test reads while it runs. Every wait is bounded; the destructor kills the
// process if the test did not stop it.
#include <sys/types.h>

#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace cxo::testing {

class BackgroundProcess {
 public:
  enum class Stream { Out, Err };

  // Runs build/cxo with `args` (no shell).
  explicit BackgroundProcess(const std::vector<std::string>& args,
                             const std::filesystem::path& working_dir = {});
  ~BackgroundProcess();
  BackgroundProcess(const BackgroundProcess&) = delete;
  BackgroundProcess& operator=(const BackgroundProcess&) = delete;

  // Waits until the output, from byte `from` on, matches `pattern`
  // (ECMAScript); the match and its groups, or nullopt after `timeout`.
  std::optional<std::vector<std::string>> wait_for(Stream stream, const std::string& pattern,
                                                   std::chrono::milliseconds timeout,
                                                   std::size_t from = 0);
  // How much output there is so far, to wait only for what comes next.
  std::size_t size(Stream stream) const;
  std::string text(Stream stream) const;

  pid_t pid() const { return pid_; }
  void signal(int number);
  // The exit code (-1 for a signal), or nullopt if it is still running.
  std::optional<int> wait_exit(std::chrono::milliseconds timeout);

 private:
  void read_output();

  pid_t pid_ = -1;
  int out_fd_ = -1, err_fd_ = -1;
  std::optional<int> exit_code_;
  mutable std::mutex mutex_;
  std::condition_variable grew_;
  std::string out_, err_;
  bool closed_ = false;
  std::thread reader_;
};

}  // namespace cxo::testing

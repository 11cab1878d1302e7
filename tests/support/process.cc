#include "support/process.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <regex>
#include <stdexcept>

extern char** environ;

namespace cxo::testing {

BackgroundProcess::BackgroundProcess(const std::vector<std::string>& args,
                                     const std::filesystem::path& working_dir) {
  int out[2], err[2];
  if (::pipe2(out, O_CLOEXEC) != 0 || ::pipe2(err, O_CLOEXEC) != 0) {
    throw std::runtime_error("cannot make pipes");
  }
  std::vector<std::string> argv_strings = {CXO_BINARY};
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& arg : argv_strings) argv.push_back(arg.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, out[1], 1);
  posix_spawn_file_actions_adddup2(&actions, err[1], 2);
  if (!working_dir.empty()) posix_spawn_file_actions_addchdir_np(&actions, working_dir.c_str());
  // The child must not inherit a blocked SIGINT from the test runner.
  posix_spawnattr_t attributes;
  posix_spawnattr_init(&attributes);
  sigset_t none;
  sigemptyset(&none);
  posix_spawnattr_setsigmask(&attributes, &none);
  posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK);
  int spawned = posix_spawn(&pid_, argv[0], &actions, &attributes, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attributes);
  ::close(out[1]);
  ::close(err[1]);
  out_fd_ = out[0];
  err_fd_ = err[0];
  if (spawned != 0) {
    ::close(out_fd_);
    ::close(err_fd_);
    throw std::runtime_error(std::string("cannot run ") + CXO_BINARY);
  }
  reader_ = std::thread([this] { read_output(); });
}

BackgroundProcess::~BackgroundProcess() {
  if (!wait_exit(std::chrono::milliseconds(0))) {
    ::kill(pid_, SIGKILL);
    wait_exit(std::chrono::seconds(10));
  }
  if (reader_.joinable()) reader_.join();
  ::close(out_fd_);
  ::close(err_fd_);
}

// Drains both pipes as the process writes, so it never blocks on a full one.
void BackgroundProcess::read_output() {
  pollfd fds[2] = {{out_fd_, POLLIN, 0}, {err_fd_, POLLIN, 0}};
  int open = 2;
  char buffer[8192];
  while (open > 0) {
    if (::poll(fds, 2, -1) < 0) break;
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || !fds[i].revents) continue;
      ssize_t got = ::read(fds[i].fd, buffer, sizeof buffer);
      if (got <= 0) {
        fds[i].fd = -1;
        --open;
        continue;
      }
      std::lock_guard lock(mutex_);
      (i == 0 ? out_ : err_).append(buffer, static_cast<std::size_t>(got));
      grew_.notify_all();
    }
  }
  std::lock_guard lock(mutex_);
  closed_ = true;
  grew_.notify_all();
}

std::optional<std::vector<std::string>> BackgroundProcess::wait_for(
    Stream stream, const std::string& pattern, std::chrono::milliseconds timeout,
    std::size_t from) {
  std::regex regex(pattern);
  std::unique_lock lock(mutex_);
  std::optional<std::vector<std::string>> found;
  auto matches = [&] {
    const std::string& text = stream == Stream::Out ? out_ : err_;
    if (from > text.size()) return false;
    std::smatch match;
    std::string tail = text.substr(from);
    if (!std::regex_search(tail, match, regex)) return false;
    found.emplace();
    for (const auto& group : match) found->push_back(group.str());
    return true;
  };
  grew_.wait_for(lock, timeout, [&] { return matches() || closed_; });
  if (!found) matches();
  return found;
}

std::size_t BackgroundProcess::size(Stream stream) const {
  std::lock_guard lock(mutex_);
  return (stream == Stream::Out ? out_ : err_).size();
}

std::string BackgroundProcess::text(Stream stream) const {
  std::lock_guard lock(mutex_);
  return stream == Stream::Out ? out_ : err_;
}

void BackgroundProcess::signal(int number) {
  if (!exit_code_) ::kill(pid_, number);
}

std::optional<int> BackgroundProcess::wait_exit(std::chrono::milliseconds timeout) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  while (!exit_code_) {
    int status = 0;
    pid_t done = ::waitpid(pid_, &status, WNOHANG);
    if (done == pid_) {
      exit_code_ = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
      break;
    }
    if (std::chrono::steady_clock::now() >= deadline) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  return exit_code_;
}

}  // namespace cxo::testing

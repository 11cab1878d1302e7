#include "serve/watcher.h"

#include <poll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>

namespace cxo::serve {

namespace fs = std::filesystem;

namespace {

constexpr std::uint32_t kChanges =
    IN_CLOSE_WRITE | IN_MODIFY | IN_ATTRIB | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO;
// Symbolic links are not followed: the loaders refuse content that leads
// outside the site, so changes out there cannot matter.
constexpr std::uint32_t kFolderMask = kChanges | IN_ONLYDIR | IN_DONT_FOLLOW | IN_EXCL_UNLINK;

bool is_watched_top(const std::string& name) {
  return name == "site.yaml" || name == "content" || name == "static" || name == "themes";
}

std::string child(const std::string& folder, const std::string& name) {
  return folder.empty() ? name : folder + "/" + name;
}

}  // namespace

bool is_scratch_file(const std::string& name) {
  if (name.empty() || name.starts_with('.') || name.ends_with('~') || name == "4913") return true;
  if (name.starts_with('#') && name.ends_with('#')) return true;
  for (const char* suffix : {".swp", ".swx", ".swo", ".tmp", ".part"}) {
    if (name.ends_with(suffix)) return true;
  }
  return false;
}

Watcher::Watcher() = default;

Watcher::~Watcher() {
  if (inotify_fd_ >= 0) ::close(inotify_fd_);
  if (stop_fd_ >= 0) ::close(stop_fd_);
}

bool Watcher::start(const std::string& root, std::string& error) {
  root_ = root;
  inotify_fd_ = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  stop_fd_ = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
  if (inotify_fd_ < 0 || stop_fd_ < 0) {
    error = std::string("cannot watch files: ") + std::strerror(errno);
    return false;
  }
  int wd = ::inotify_add_watch(inotify_fd_, root.c_str(), kFolderMask);
  if (wd < 0) {
    error = "cannot watch " + root + ": " + std::strerror(errno);
    return false;
  }
  folders_[wd] = "";
  watch_tree("content");
  watch_tree("static");
  watch_tree("themes");
  return true;
}

void Watcher::watch_tree(const std::string& folder) {
  std::error_code ec;
  fs::path top = fs::path(root_) / folder;
  if (!fs::is_directory(fs::symlink_status(top, ec))) return;
  auto add = [&](const fs::path& path, const std::string& relative) {
    int wd = ::inotify_add_watch(inotify_fd_, path.c_str(), kFolderMask);
    if (wd >= 0) {
      folders_[wd] = relative;
    } else if (errno != ENOENT && errno != ENOTDIR) {  // gone meanwhile: nothing to see
      if (failures_++ == 0) {
        first_failure_ = relative + ": " + std::strerror(errno);
        if (errno == ENOSPC) first_failure_ += " (raise fs.inotify.max_user_watches)";
      }
    }
  };
  add(top, folder);
  for (fs::recursive_directory_iterator it(top, ec), end; !ec && it != end; it.increment(ec)) {
    if (!it->is_directory(ec) || it->is_symlink(ec)) continue;
    std::string name = it->path().filename().string();
    if (name.starts_with('.')) {
      it.disable_recursion_pending();
      continue;
    }
    add(it->path(), folder + "/" + fs::relative(it->path(), top, ec).generic_string());
  }
}

void Watcher::forget_tree(const std::string& folder) {
  for (auto it = folders_.begin(); it != folders_.end();) {
    if (it->second == folder || it->second.starts_with(folder + "/")) {
      ::inotify_rm_watch(inotify_fd_, it->first);
      it = folders_.erase(it);
    } else {
      ++it;
    }
  }
}

bool Watcher::read_events(ChangeBatch& batch) {
  bool relevant = false;
  alignas(inotify_event) char buffer[64 * 1024];
  while (true) {
    ssize_t got = ::read(inotify_fd_, buffer, sizeof buffer);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) break;
    for (char* p = buffer; p < buffer + got;) {
      const auto* event = reinterpret_cast<const inotify_event*>(p);
      p += sizeof(inotify_event) + event->len;
      if (event->mask & IN_Q_OVERFLOW) {
        // Watches of folders created meanwhile may be missing too.
        batch.overflow = relevant = true;
        watch_tree("content");
        watch_tree("static");
        watch_tree("themes");
        continue;
      }
      if (event->mask & IN_IGNORED) {
        folders_.erase(event->wd);
        continue;
      }
      auto folder = folders_.find(event->wd);
      if (folder == folders_.end() || event->len == 0) continue;
      std::string name = event->name;
      if (folder->second.empty() ? !is_watched_top(name) : is_scratch_file(name)) continue;
      std::string path = child(folder->second, name);
      if (event->mask & IN_ISDIR) {
        if (event->mask & (IN_CREATE | IN_MOVED_TO)) watch_tree(path);
        if (event->mask & (IN_DELETE | IN_MOVED_FROM)) forget_tree(path);
      }
      batch.paths.push_back(std::move(path));
      relevant = true;
    }
  }
  return relevant;
}

ChangeBatch Watcher::next(std::chrono::microseconds quiet, std::chrono::milliseconds longest) {
  using Clock = std::chrono::steady_clock;
  ChangeBatch batch;
  bool changed = false;
  Clock::time_point deadline{};
  while (true) {
    timespec timeout{};
    timespec* wait = nullptr;  // until the first change: no limit
    if (changed) {
      auto left = std::min<Clock::duration>(quiet, deadline - Clock::now());
      if (left <= Clock::duration::zero()) break;
      auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(left).count();
      timeout = {static_cast<time_t>(ns / 1'000'000'000), static_cast<long>(ns % 1'000'000'000)};
      wait = &timeout;
    }
    pollfd fds[2] = {{inotify_fd_, POLLIN, 0}, {stop_fd_, POLLIN, 0}};
    int ready = ::ppoll(fds, 2, wait, nullptr);
    if (ready < 0 && errno != EINTR) break;
    if (fds[1].revents) {
      batch.stopped = true;
      return batch;
    }
    if (ready == 0) break;  // quiet for long enough
    if (read_events(batch) && !changed) {
      changed = true;
      deadline = Clock::now() + longest;
    }
  }
  std::sort(batch.paths.begin(), batch.paths.end());
  batch.paths.erase(std::unique(batch.paths.begin(), batch.paths.end()), batch.paths.end());
  return batch;
}

std::string Watcher::take_failures() {
  if (failures_ == 0) return {};
  std::string message = "cannot watch " + std::to_string(failures_) +
                        (failures_ == 1 ? " folder" : " folders") + ", first " + first_failure_ +
                        "; edits there are not seen until another change rebuilds the site";
  failures_ = 0;
  return message;
}

void Watcher::stop() {
  std::uint64_t one = 1;
  [[maybe_unused]] auto ignored = ::write(stop_fd_, &one, sizeof one);
}

}  // namespace cxo::serve

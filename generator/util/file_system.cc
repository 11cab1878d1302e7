#include "util/file_system.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <set>
#include <system_error>

#include "util/hash.h"

namespace cxo {

namespace fs = std::filesystem;

bool read_exactly(int fd, std::string& buffer) {
  std::size_t done = 0;
  while (done < buffer.size()) {
    ssize_t n = ::read(fd, buffer.data() + done, buffer.size() - done);
    if (n <= 0) return false;
    done += static_cast<std::size_t>(n);
  }
  return true;
}

bool hash_file(const std::string& full_path, std::size_t& size, std::size_t& hash) {
  int fd = ::open(full_path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  std::string buffer(std::size_t{1} << 20, '\0');
  PieceHash pieces;
  size = 0;
  ssize_t n;
  while ((n = ::read(fd, buffer.data(), buffer.size())) > 0) {
    pieces.add({buffer.data(), static_cast<std::size_t>(n)});
    size += static_cast<std::size_t>(n);
  }
  ::close(fd);
  hash = pieces.value();
  return n == 0;
}

std::string join_path(const std::string& folder, const std::string& name) {
  if (folder.empty() || folder == ".") return name;
  return folder + "/" + name;
}

namespace {

FileStamp stamp_from(const struct stat& info) {
  FileStamp stamp;
  stamp.kind = S_ISREG(info.st_mode) ? 'f' : S_ISDIR(info.st_mode) ? 'd' : 'o';
  stamp.size = static_cast<std::int64_t>(info.st_size);
  stamp.mtime_ns =
      static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec;
  return stamp;
}

}  // namespace

FileStamp stamp_of(const std::string& full_path) {
  struct stat info;
  if (::stat(full_path.c_str(), &info) == 0) return stamp_from(info);
  FileStamp stamp;
  if (::lstat(full_path.c_str(), &info) == 0) stamp.kind = 'l';  // a link to nothing
  return stamp;
}

std::string joined_names(const std::vector<std::string>& names) {
  std::string joined;
  for (const auto& name : names) joined += name + '/';
  return joined;
}

std::int64_t now_ns() {
  timespec now;
  ::clock_gettime(CLOCK_REALTIME_COARSE, &now);
  return static_cast<std::int64_t>(now.tv_sec) * 1000000000 + now.tv_nsec;
}

bool DiskFileSystem::is_racy(const FileStamp& stamp) const {
  // Two ticks of a 100 Hz clock.
  constexpr std::int64_t kRacyNs = 20'000'000;
  return stamp.kind != '-' && stamp.mtime_ns + kRacyNs > start_ns_;
}

void DiskFileSystem::remember(const std::string& path, const FileStamp& stamp) const {
  std::lock_guard lock(mutex_);
  auto [it, added] = stamps_.emplace(path, stamp);
  // The first read counts, so that a later change shows.
  if (!added && it->second.mtime_ns == kKindOnly) it->second = stamp;
}

std::map<std::string, FileStamp> DiskFileSystem::stamps() const {
  std::lock_guard lock(mutex_);
  return stamps_;
}

DiskFileSystem::DiskFileSystem(std::string root) : root_(std::move(root)), start_ns_(now_ns()) {
  std::error_code ec;
  real_root_ = fs::weakly_canonical(fs::absolute(root_), ec).string();
}

std::string DiskFileSystem::full(const std::string& path) const {
  // Joined as text: a std::filesystem::path join parses both parts and cost
  // more than the system call it prepares.
  return path.empty() ? root_ : join_path(root_, path);
}

bool DiskFileSystem::escapes_root(const std::string& path) const {
  // Walk the path from the root; only a symbolic link can lead out, so the
  // (slow) canonical path is worked out only when one is met.
  std::size_t end = 0;
  while (end != std::string::npos) {
    end = path.find('/', end + 1);
    std::string prefix = path.substr(0, end);
    {
      std::lock_guard lock(mutex_);
      if (plain_entries_.count(prefix)) continue;
    }
    struct stat info;
    if (::lstat(full(prefix).c_str(), &info) != 0) return false;
    if (S_ISLNK(info.st_mode)) return link_leaves_root(path);
    std::lock_guard lock(mutex_);
    plain_entries_.insert(prefix);
  }
  return false;
}

bool DiskFileSystem::link_leaves_root(const std::string& path) const {
  std::error_code ec;
  fs::path real = fs::canonical(full(path), ec);
  if (ec) return false;
  std::string text = real.string();
  return !(text == real_root_ ||
           (text.size() > real_root_.size() &&
            text.compare(0, real_root_.size(), real_root_) == 0 && text[real_root_.size()] == '/'));
}

EntryType DiskFileSystem::type(const std::string& path) const {
  // lstat first: for anything but a symbolic link it is the whole answer,
  // and it spares escapes_root() a second look at the same entry.
  std::string full_path = full(path);
  struct stat info;
  FileStamp stamp;
  bool link = false;
  if (::lstat(full_path.c_str(), &info) == 0) {
    link = S_ISLNK(info.st_mode);
    stamp = link ? stamp_of(full_path) : stamp_from(info);
  }
  FileStamp kind_only = stamp;
  // type() tells only what the path is, so that is all that must stay.
  kind_only.size = kind_only.mtime_ns = kKindOnly;
  remember(path, kind_only);
  if (stamp.kind == '-') return EntryType::Missing;
  if (stamp.kind == 'l') return EntryType::BrokenLink;
  if (!link) {
    std::lock_guard lock(mutex_);
    plain_entries_.insert(path);
  }
  if (escapes_root(path)) return EntryType::Other;
  if (stamp.kind == 'f') return EntryType::File;
  if (stamp.kind == 'd') return EntryType::Directory;
  return EntryType::Other;
}

int DiskFileSystem::open_file(const std::string& path, FileStamp& stamp, std::string& error) const {
  if (escapes_root(path)) {
    error = kOutsideSiteMessage;
    return -1;
  }
  int fd = ::open(full(path).c_str(), O_RDONLY | O_CLOEXEC);
  int open_error = fd < 0 ? errno : 0;
  struct stat info;
  if (fd >= 0 && ::fstat(fd, &info) == 0 && S_ISREG(info.st_mode)) {
    stamp = stamp_from(info);
    return fd;
  }
  if (fd >= 0) ::close(fd);
  std::error_code ec;
  EntryType found = type(path);
  if (found == EntryType::BrokenLink) {
    error = "symbolic link points to " + fs::read_symlink(full(path), ec).string() +
            ", which does not exist";
  } else if (found == EntryType::Directory) {
    error = "this is a folder; a file of that name belongs here";
  } else if (open_error == EACCES) {
    error = "cannot read file: permission denied";
  } else {
    error = "cannot read file";
  }
  return -1;
}

bool DiskFileSystem::read(const std::string& path, std::string& contents,
                          std::string& error) const {
  FileStamp stamp;
  int fd = open_file(path, stamp, error);
  if (fd < 0) return false;
  contents.resize(static_cast<std::size_t>(stamp.size));
  bool complete = read_exactly(fd, contents);
  ::close(fd);
  if (!complete) {
    error = "cannot read file";
    return false;
  }
  if (is_racy(stamp)) stamp.racy_hash = hash_bytes(contents);
  remember(path, stamp);
  return true;
}

bool FileSystem::read_in_pieces(const std::string& path, const Piece& piece,
                                std::string& error) const {
  std::string contents;
  if (!read(path, contents, error)) return false;
  piece(contents);
  return true;
}

bool DiskFileSystem::read_in_pieces(const std::string& path, const Piece& piece,
                                    std::string& error) const {
  FileStamp stamp;
  int fd = open_file(path, stamp, error);
  if (fd < 0) return false;
  // A piece as large as the cost of a read() call stops mattering, and as
  // small as a cache or two; no larger than the file (most are photos).
  std::string buffer(
      std::clamp<std::size_t>(static_cast<std::size_t>(stamp.size) + 1, 4096, std::size_t{1} << 20),
      '\0');
  // Only a file changed within the build's first clock ticks needs its
  // bytes' hash in the record; the copy hashes them anyway.
  std::optional<PieceHash> hash;
  if (is_racy(stamp)) hash.emplace();
  std::int64_t total = 0;
  bool whole = true;
  for (;;) {
    ssize_t n = ::read(fd, buffer.data(), buffer.size());
    if (n < 0) {
      ::close(fd);
      error = "cannot read file";
      return false;
    }
    if (n == 0) break;
    std::string_view part(buffer.data(), static_cast<std::size_t>(n));
    if (hash) hash->add(part);
    total += n;
    if (!piece(part)) {
      whole = false;
      break;
    }
  }
  ::close(fd);
  // The stamp from before the reading: a file changed meanwhile has a later
  // time now, so the next build reads it again. One read in part published
  // nothing.
  if (whole) {
    if (total == stamp.size && hash) stamp.racy_hash = hash->value();
    remember(path, stamp);
  }
  return true;
}

std::vector<std::string> DiskFileSystem::list(const std::string& path) const {
  // A folder's modification time changes when an entry is added, removed or
  // renamed, so its stamp covers the listing.
  std::string full_path = full(path);
  FileStamp stamp = stamp_of(full_path);
  std::vector<std::string> names;
  // readdir, not std::filesystem::directory_iterator, which builds a path
  // object per entry: every meeting folder is listed, for its other files.
  if (DIR* dir = ::opendir(full_path.c_str())) {
    while (const dirent* entry = ::readdir(dir)) {
      std::string_view name = entry->d_name;
      if (name != "." && name != "..") names.emplace_back(name);
    }
    ::closedir(dir);
  }
  std::sort(names.begin(), names.end());
  if (is_racy(stamp)) stamp.racy_hash = hash_bytes(joined_names(names));
  remember(path, stamp);
  return names;
}

void MemoryFileSystem::add(const std::string& path, std::string contents) {
  files_[path] = std::move(contents);
}

EntryType MemoryFileSystem::type(const std::string& path) const {
  if (files_.count(path)) return EntryType::File;
  std::string prefix = path.empty() ? "" : path + "/";
  auto it = files_.lower_bound(prefix);
  if (it != files_.end() && it->first.compare(0, prefix.size(), prefix) == 0) {
    return EntryType::Directory;
  }
  return EntryType::Missing;
}

bool MemoryFileSystem::read(const std::string& path, std::string& contents,
                            std::string& error) const {
  auto it = files_.find(path);
  if (it == files_.end()) {
    error = "cannot read file";
    return false;
  }
  contents = it->second;
  return true;
}

std::vector<std::string> MemoryFileSystem::list(const std::string& path) const {
  std::set<std::string> names;
  std::string prefix = path.empty() ? "" : path + "/";
  for (auto it = files_.lower_bound(prefix);
       it != files_.end() && it->first.compare(0, prefix.size(), prefix) == 0; ++it) {
    std::string rest = it->first.substr(prefix.size());
    names.insert(rest.substr(0, rest.find('/')));
  }
  return {names.begin(), names.end()};
}

}  // namespace cxo

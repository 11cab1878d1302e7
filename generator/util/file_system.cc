#include "util/file_system.h"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <system_error>

namespace cxo {

namespace fs = std::filesystem;

std::string join_path(const std::string& folder, const std::string& name) {
  if (folder.empty() || folder == ".") return name;
  return folder + "/" + name;
}

DiskFileSystem::DiskFileSystem(std::string root) : root_(std::move(root)) {
  std::error_code ec;
  real_root_ = fs::weakly_canonical(fs::absolute(root_), ec).string();
}

std::string DiskFileSystem::full(const std::string& path) const {
  return path.empty() ? root_ : (fs::path(root_) / path).string();
}

bool DiskFileSystem::escapes_root(const std::string& path) const {
  // Walk the path from the root; only a symbolic link can lead out, so the
  // (slow) canonical path is worked out only when one is met.
  std::size_t end = 0;
  while (end != std::string::npos) {
    end = path.find('/', end + 1);
    std::string prefix = path.substr(0, end);
    if (end != std::string::npos) {
      std::lock_guard lock(mutex_);
      if (plain_folders_.count(prefix)) continue;
    }
    struct stat info;
    if (::lstat(full(prefix).c_str(), &info) != 0) return false;
    if (S_ISLNK(info.st_mode)) return link_leaves_root(path);
    if (S_ISDIR(info.st_mode)) {
      std::lock_guard lock(mutex_);
      plain_folders_.insert(prefix);
    }
  }
  return false;
}

bool DiskFileSystem::link_leaves_root(const std::string& path) const {
  std::error_code ec;
  fs::path real = fs::canonical(full(path), ec);
  if (ec) return false;
  std::string text = real.string();
  return !(text == real_root_ ||
           (text.size() > real_root_.size() && text.compare(0, real_root_.size(), real_root_) == 0 &&
            text[real_root_.size()] == '/'));
}

EntryType DiskFileSystem::type(const std::string& path) const {
  std::error_code ec;
  auto status = fs::status(full(path), ec);
  if (ec || !fs::exists(status)) {
    return fs::is_symlink(fs::symlink_status(full(path), ec)) ? EntryType::BrokenLink
                                                              : EntryType::Missing;
  }
  if (escapes_root(path)) return EntryType::Other;
  if (fs::is_regular_file(status)) return EntryType::File;
  if (fs::is_directory(status)) return EntryType::Directory;
  return EntryType::Other;
}

bool DiskFileSystem::read(const std::string& path, std::string& contents,
                          std::string& error) const {
  if (escapes_root(path)) {
    error = "symbolic link leads outside the site folder; content is read only from inside it";
    return false;
  }
  std::ifstream in(full(path), std::ios::binary);
  if (!in) {
    std::error_code ec;
    error = type(path) == EntryType::BrokenLink
                ? "symbolic link points to " + fs::read_symlink(full(path), ec).string() +
                      ", which does not exist"
                : "cannot read file";
    return false;
  }
  in.seekg(0, std::ios::end);
  contents.resize(static_cast<std::size_t>(in.tellg()));
  in.seekg(0);
  in.read(contents.data(), static_cast<std::streamsize>(contents.size()));
  if (!in) {
    error = "cannot read file";
    return false;
  }
  return true;
}

std::vector<std::string> DiskFileSystem::list(const std::string& path) const {
  std::vector<std::string> names;
  std::error_code ec;
  for (fs::directory_iterator it(full(path), ec), end; !ec && it != end; it.increment(ec)) {
    names.push_back(it->path().filename().string());
  }
  std::sort(names.begin(), names.end());
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

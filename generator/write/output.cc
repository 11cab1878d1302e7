#include "write/output.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <mutex>

namespace cxo {

namespace fs = std::filesystem;

namespace {

bool same_contents(const fs::path& path, std::string_view bytes) {
  struct stat info;
  if (::stat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode) ||
      static_cast<std::size_t>(info.st_size) != bytes.size()) {
    return false;
  }
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  std::string existing(bytes.size(), '\0');
  std::size_t done = 0;
  while (done < existing.size()) {
    ssize_t n = ::read(fd, existing.data() + done, existing.size() - done);
    if (n <= 0) break;
    done += static_cast<std::size_t>(n);
  }
  ::close(fd);
  return done == bytes.size() && existing == bytes;
}

std::size_t hash_bytes(std::string_view bytes) { return std::hash<std::string_view>{}(bytes); }

bool newer(const timespec& a, const timespec& b) {
  return a.tv_sec > b.tv_sec || (a.tv_sec == b.tv_sec && a.tv_nsec > b.tv_nsec);
}

std::string system_error(const std::string& what, const fs::path& path) {
  return what + " " + path.string() + ": " + std::strerror(errno);
}

}  // namespace

OutputWriter::OutputWriter(std::string output_dir) : output_(std::move(output_dir)) {
  while (output_.size() > 1 && output_.back() == '/') output_.pop_back();
}

OutputWriter::~OutputWriter() {
  if (!committed_ && !staging_.empty()) {
    std::error_code ec;
    fs::remove_all(staging_, ec);
  }
}

bool OutputWriter::begin(std::string& error) {
  std::error_code ec;
  fs::path output(output_);
  if (fs::exists(output, ec)) {
    if (!fs::is_directory(output, ec)) {
      error = output_ + " exists and is not a folder; choose another --output";
      return false;
    }
    bool empty = fs::directory_iterator(output, ec) == fs::directory_iterator();
    if (!empty && !fs::exists(output / kOutputMark, ec)) {
      error = output_ + " is not empty and was not made by cxo (no " + kOutputMark +
              " file in it); cxo replaces its output folder, so it refuses to touch this one. "
              "Choose another --output, or empty the folder";
      return false;
    }
  }
  // The previous manifest: "size hash path" lines.
  fs::path mark = output / kOutputMark;
  struct stat mark_info;
  if (::stat(mark.c_str(), &mark_info) == 0) {
    previous_time_ = mark_info.st_mtim;
    std::ifstream in(mark);
    std::string line;
    std::getline(in, line);  // the explanation line
    for (Entry entry; in >> entry.size >> entry.hash && std::getline(in, line);) {
      if (line.size() > 1) previous_[line.substr(1)] = entry;
    }
  }
  fs::path parent = fs::absolute(output).parent_path();
  fs::create_directories(parent, ec);
  std::string staging_name = ".";
  staging_name += output.filename().string();
  staging_name += ".cxo-staging-";
  staging_name += std::to_string(::getpid());
  staging_ = (parent / staging_name).string();
  fs::remove_all(staging_, ec);
  if (!fs::create_directory(staging_, ec)) {
    error = "cannot create " + staging_ + ": " + ec.message();
    staging_.clear();
    return false;
  }
  return true;
}

// True when the previous build wrote the same bytes to `path` and nobody
// changed the file since: its size and hash are in the manifest and it is
// not newer than the manifest. Otherwise the bytes are compared.
bool OutputWriter::known_unchanged(const std::string& path, std::string_view bytes,
                                   std::size_t hash) const {
  fs::path previous = fs::path(output_) / path;
  auto it = previous_.find(path);
  if (it != previous_.end() && it->second.size == bytes.size() && it->second.hash == hash) {
    struct stat info;
    if (::stat(previous.c_str(), &info) == 0 && S_ISREG(info.st_mode) &&
        static_cast<std::size_t>(info.st_size) == bytes.size() &&
        !newer(info.st_mtim, previous_time_)) {
      return true;
    }
  }
  return same_contents(previous, bytes);
}

bool OutputWriter::write(const std::string& path, std::string_view bytes, std::string& error) {
  fs::path target = fs::path(staging_) / path;
  std::error_code ec;
  fs::create_directories(target.parent_path(), ec);
  const std::size_t hash = hash_bytes(bytes);
  {
    std::lock_guard lock(manifest_mutex_);
    manifest_[path] = {bytes.size(), hash};
  }
  fs::path previous = fs::path(output_) / path;
  if (known_unchanged(path, bytes, hash) && ::link(previous.c_str(), target.c_str()) == 0) {
    ++unchanged_;
    return true;
  }
  int fd = ::open(target.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) {
    error = system_error("cannot create", target);
    return false;
  }
  std::size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0) {
      error = system_error("cannot write", target);
      ::close(fd);
      return false;
    }
    done += static_cast<std::size_t>(n);
  }
  ::close(fd);
  ++written_;
  return true;
}

bool OutputWriter::commit(std::string& error) {
  // Written last and always anew, so its time stamp tells the next build
  // which files were changed by hand after this one.
  std::string manifest = "Generated by cxo and replaced on every build: size, hash, path.\n";
  for (const auto& [path, entry] : manifest_) {
    manifest += std::to_string(entry.size) + ' ' + std::to_string(entry.hash) + ' ' + path + '\n';
  }
  {
    std::ofstream out(fs::path(staging_) / kOutputMark, std::ios::binary);
    out << manifest;
    if (!out) {
      error = "cannot write " + (fs::path(staging_) / kOutputMark).string();
      return false;
    }
  }
  std::error_code ec;
  if (fs::exists(output_, ec)) {
    // Exchange the two folders in one step, so the output path always holds
    // a whole site.
    if (::renameat2(AT_FDCWD, staging_.c_str(), AT_FDCWD, output_.c_str(), RENAME_EXCHANGE) != 0) {
      error = system_error("cannot replace", output_);
      return false;
    }
    committed_ = true;
    fs::remove_all(staging_, ec);  // now holds the previous site
  } else {
    if (::rename(staging_.c_str(), output_.c_str()) != 0) {
      error = system_error("cannot create", output_);
      return false;
    }
    committed_ = true;
  }
  return true;
}

}  // namespace cxo

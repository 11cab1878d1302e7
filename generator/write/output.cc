#include "write/output.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "util/file_system.h"
#include "util/hash.h"
#include "util/parallel.h"

namespace cxo {

namespace fs = std::filesystem;

namespace {

bool older(const timespec& a, const timespec& b) {
  return a.tv_sec < b.tv_sec || (a.tv_sec == b.tv_sec && a.tv_nsec < b.tv_nsec);
}

// File times come from a clock that ticks every few milliseconds: a file
// with the manifest's very time may have been changed after it, so only
// strictly older files are taken on trust, and the rest are read.
bool hashes_to(const std::string& path, std::size_t size, std::size_t hash) {
  std::size_t found_size = 0, found_hash = 0;
  return hash_file(path, found_size, found_hash) && found_size == size && found_hash == hash;
}

std::string system_error(const std::string& what, const std::string& path) {
  return what + " " + path + ": " + std::strerror(errno);
}

bool same_contents(const std::string& path, std::string_view bytes) {
  struct stat info;
  if (::stat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode) ||
      static_cast<std::size_t>(info.st_size) != bytes.size()) {
    return false;
  }
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  std::string existing(bytes.size(), '\0');
  bool complete = read_exactly(fd, existing);
  ::close(fd);
  return complete && existing == bytes;
}

// The same for a source read a part at a time.
bool same_contents(const std::string& path, const FileSystem& files, const std::string& source,
                   std::size_t size) {
  struct stat info;
  if (::stat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode) ||
      static_cast<std::size_t>(info.st_size) != size) {
    return false;
  }
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  std::string existing, ignored;
  bool same = true;
  bool read = files.read_in_pieces(
      source,
      [&](std::string_view piece) {
        existing.resize(piece.size());
        same = read_exactly(fd, existing) && existing == piece;
        return same;
      },
      ignored);
  ::close(fd);
  return read && same;
}

// Reads a manifest: an explanation line, then "size hash path" lines.
template <typename Each>
void read_manifest(const fs::path& path, Each each) {
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);
  std::size_t size = 0, hash = 0;
  while (in >> size >> hash && std::getline(in, line)) {
    if (line.size() > 1) each(line.substr(1), size, hash);
  }
}

bool write_all(int fd, std::string_view bytes) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0) return false;
    done += static_cast<std::size_t>(n);
  }
  return true;
}

// Creates `path` and has `fill` write its bytes.
bool create_file(const std::string& path,
                 const std::function<bool(int fd, std::string& error)>& fill, std::string& error) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) {
    error = system_error("cannot create", path);
    return false;
  }
  bool filled = fill(fd, error);
  if (filled && ::close(fd) != 0) {
    error = system_error("cannot write", path);
    return false;
  }
  if (!filled) {
    if (error.empty()) error = system_error("cannot write", path);
    ::close(fd);
  }
  return filled;
}

bool write_file(const std::string& path, std::string_view bytes, std::string& error) {
  return create_file(
      path, [&](int fd, std::string&) { return write_all(fd, bytes); }, error);
}

}  // namespace

std::string output_sibling(const std::string& output_dir, const std::string& suffix) {
  fs::path output = fs::absolute(output_dir).lexically_normal();
  if (!output.has_filename()) output = output.parent_path();
  std::string name = output.filename().string();
  name.insert(0, 1, '.');
  name += suffix;
  return (output.parent_path() / name).string();
}

bool output_is_intact(const std::string& output_dir) {
  const std::string mark = output_dir + '/' + kOutputMark;
  struct stat mark_info;
  if (::stat(mark.c_str(), &mark_info) != 0) return false;
  struct Entry {
    std::string path;
    std::size_t size, hash;
  };
  std::vector<Entry> entries;
  read_manifest(mark, [&](std::string path, std::size_t size, std::size_t hash) {
    entries.push_back({std::move(path), size, hash});
  });
  // One stat() per output file, tens of thousands at 10,000 meetings: spread
  // over the cores.
  return parallel_all(entries.size(), default_thread_count(), [&](std::size_t i) {
    const Entry& entry = entries[i];
    struct stat info;
    std::string file = output_dir + '/' + entry.path;
    return ::stat(file.c_str(), &info) == 0 && S_ISREG(info.st_mode) &&
           static_cast<std::size_t>(info.st_size) == entry.size &&
           (older(info.st_mtim, mark_info.st_mtim) ||
            (!older(mark_info.st_mtim, info.st_mtim) && hashes_to(file, entry.size, entry.hash)));
  });
}

OutputWriter::OutputWriter(std::string output_dir) : output_(std::move(output_dir)) {
  while (output_.size() > 1 && output_.back() == '/') output_.pop_back();
}

OutputWriter::~OutputWriter() {
  if (lock_fd_ >= 0) ::close(lock_fd_);
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
  fs::create_directories(fs::absolute(output).parent_path(), ec);

  // One build at a time per output folder: two would share the staging tree.
  lock_path_ = output_sibling(output_, ".cxo-lock");
  lock_fd_ = ::open(lock_path_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (lock_fd_ < 0 || ::flock(lock_fd_, LOCK_EX | LOCK_NB) != 0) {
    error = "another cxo is building into " + output_ + " right now";
    return false;
  }

  fs::path live_mark = output / kOutputMark;
  struct stat mark_info;
  if (::stat(live_mark.c_str(), &mark_info) == 0) {
    live_time_ = mark_info.st_mtim;
    read_manifest(live_mark, [&](std::string path, std::size_t size, std::size_t hash) {
      live_[std::move(path)] = {size, hash};
    });
  }

  staging_ = output_sibling(output_, ".cxo-previous");
  fs::path staging_mark = fs::path(staging_) / kOutputMark;
  if (fs::is_directory(staging_, ec) && fs::exists(staging_mark, ec)) {
    read_manifest(staging_mark, [&](std::string path, std::size_t, std::size_t) {
      staged_before_.insert(std::move(path));
    });
    // Until commit writes a new one, the staging tree is in an unknown state:
    // a build that dies here makes the next one start it afresh.
    fs::remove(staging_mark, ec);
  } else {
    fs::remove_all(staging_, ec);
    if (!fs::create_directory(staging_, ec)) {
      error = "cannot create " + staging_ + ": " + ec.message();
      return false;
    }
  }
  folders_.insert("");
  return true;
}

bool OutputWriter::ensure_folder(const std::string& folder, std::string& error) {
  {
    std::lock_guard lock(mutex_);
    if (folders_.count(folder)) return true;
  }
  std::size_t slash = folder.rfind('/');
  if (!ensure_folder(slash == std::string::npos ? "" : folder.substr(0, slash), error)) {
    return false;
  }
  // Most folders are new or already there: one mkdir tells which.
  const std::string path = folder.empty() ? staging_ : staging_ + '/' + folder;
  if (::mkdir(path.c_str(), 0755) != 0) {
    struct stat info;
    std::error_code ec;
    if (errno != EEXIST || ::stat(path.c_str(), &info) != 0) {
      error = system_error("cannot create", path);
      return false;
    }
    // A file of the previous site may stand where a folder now belongs.
    if (!S_ISDIR(info.st_mode) && (!fs::remove(path, ec) || ::mkdir(path.c_str(), 0755) != 0)) {
      error = system_error("cannot create", path);
      return false;
    }
  }
  std::lock_guard lock(mutex_);
  folders_.insert(folder);
  return true;
}

// True when the live output already holds these bytes at `path` and nobody
// changed that file since the build that wrote it: its size and hash are in
// the manifest and it is older than the manifest. Otherwise the bytes are
// compared.
bool OutputWriter::live_is_unchanged(const std::string& path, std::string_view bytes,
                                     std::size_t hash) const {
  auto it = live_.find(path);
  if (it == live_.end() || it->second.size != bytes.size() || it->second.hash != hash) return false;
  return live_is_trusted(path, bytes.size(), hash) || same_contents(output_ + '/' + path, bytes);
}

// True when the manifest of the live output lists `path` with this size and
// hash and the file there is older than the manifest, so unchanged since.
bool OutputWriter::live_is_trusted(const std::string& path, std::size_t size,
                                   std::size_t hash) const {
  auto it = live_.find(path);
  if (it == live_.end() || it->second.size != size || it->second.hash != hash) return false;
  const std::string live = output_ + '/' + path;
  struct stat info;
  return ::stat(live.c_str(), &info) == 0 && S_ISREG(info.st_mode) &&
         static_cast<std::size_t>(info.st_size) == size && older(info.st_mtim, live_time_);
}

// Makes the staged entry at `path` the live file itself (a hard link); false
// when that cannot be done, and the bytes must be written.
bool OutputWriter::stage_live(const std::string& path) {
  const std::string live = output_ + '/' + path;
  const std::string staged = staging_ + '/' + path;
  struct stat live_info, staged_info;
  if (::stat(live.c_str(), &live_info) == 0 && ::stat(staged.c_str(), &staged_info) == 0 &&
      live_info.st_ino == staged_info.st_ino && live_info.st_dev == staged_info.st_dev) {
    return true;
  }
  const std::string temporary = staged + ".cxo-tmp";
  ::unlink(temporary.c_str());
  return ::link(live.c_str(), temporary.c_str()) == 0 &&
         ::rename(temporary.c_str(), staged.c_str()) == 0;
}

// Writes the staged entry at `path` anew, with `fill`.
bool OutputWriter::stage(const std::string& path, const Fill& fill, std::string& error) {
  // Paths as strings: std::filesystem::path splits its text into parts on
  // every construction, which cost more than the writing itself here.
  const std::string staged = staging_ + '/' + path;
  // A path the staging tree never held can be written in place; only an
  // existing entry (perhaps a hard link to the live file) needs the rename,
  // since entries are replaced, never written in place. (A folder of the
  // previous site standing there takes the long way.)
  if (!staged_before_.count(path) && create_file(staged, fill, error)) return true;
  error.clear();
  const std::string temporary = staged + ".cxo-tmp";
  if (!create_file(temporary, fill, error)) return false;
  std::error_code ec;
  // A folder of the previous site may stand where a file now belongs.
  if (fs::is_directory(staged, ec)) fs::remove_all(staged, ec);
  if (::rename(temporary.c_str(), staged.c_str()) != 0) {
    error = system_error("cannot write", staged);
    return false;
  }
  return true;
}

bool OutputWriter::has(const std::string& path) const {
  std::lock_guard lock(mutex_);
  return manifest_.contains(path);
}

std::vector<std::string> OutputWriter::paths() const {
  std::lock_guard lock(mutex_);
  std::vector<std::string> paths;
  paths.reserve(manifest_.size());
  for (const auto& [path, entry] : manifest_) paths.push_back(path);
  return paths;
}

void OutputWriter::record(const std::string& path, std::size_t size, std::size_t hash) {
  std::lock_guard lock(mutex_);
  manifest_[path] = {size, hash};
}

bool OutputWriter::write(const std::string& path, std::string_view bytes, std::string& error) {
  const std::size_t hash = hash_bytes(bytes);
  record(path, bytes.size(), hash);
  std::size_t slash = path.rfind('/');
  if (!ensure_folder(slash == std::string::npos ? "" : path.substr(0, slash), error)) return false;
  if (live_is_unchanged(path, bytes, hash) && stage_live(path)) {
    ++unchanged_;
    return true;
  }
  if (!stage(
          path, [&](int fd, std::string&) { return write_all(fd, bytes); }, error)) {
    return false;
  }
  ++written_;
  return true;
}

bool OutputWriter::copy(const std::string& path, const FileSystem& files, const std::string& source,
                        std::string& error) {
  std::size_t slash = path.rfind('/');
  if (!ensure_folder(slash == std::string::npos ? "" : path.substr(0, slash), error)) return false;
  PieceHash hash;
  std::size_t size = 0;
  auto cannot_read = [&](const std::string& why) { return "cannot read " + source + ": " + why; };
  // Most files published as they are stay as they were: when the live
  // output has one at this path, the source is hashed first, and written
  // only if it differs.
  if (live_.count(path)) {
    std::string why;
    if (!files.read_in_pieces(
            source,
            [&](std::string_view piece) {
              hash.add(piece);
              size += piece.size();
              return true;
            },
            why)) {
      error = cannot_read(why);
      return false;
    }
    const Entry& live = live_.at(path);
    if (live.size == size && live.hash == hash.value() &&
        (live_is_trusted(path, size, live.hash) ||
         same_contents(output_ + '/' + path, files, source, size)) &&
        stage_live(path)) {
      record(path, size, hash.value());
      ++unchanged_;
      return true;
    }
  }
  auto fill = [&](int fd, std::string& fill_error) {
    hash.reset();
    size = 0;
    bool written = true;
    std::string why;
    bool read = files.read_in_pieces(
        source,
        [&](std::string_view piece) {
          hash.add(piece);
          size += piece.size();
          written = write_all(fd, piece);
          return written;
        },
        why);
    if (!read) fill_error = cannot_read(why);
    return read && written;
  };
  if (!stage(path, fill, error)) return false;
  record(path, size, hash.value());
  ++written_;
  return true;
}

bool OutputWriter::commit(const std::string& input_record, std::string& error) {
  std::error_code ec;
  // Files the staging tree held that this build does not generate.
  for (const auto& path : staged_before_) {
    if (manifest_.count(path)) continue;
    fs::path stale = fs::path(staging_) / path;
    fs::remove(stale, ec);
    // Remove the folders it leaves empty, up to the staging root.
    for (fs::path folder = stale.parent_path();
         folder.string().size() > staging_.size() && ::rmdir(folder.c_str()) == 0;
         folder = folder.parent_path()) {
    }
  }
  // Written last and always anew, so its time stamp tells the next build
  // which files were changed by hand after this one.
  std::string manifest = "Generated by cxo and replaced on every build: size, hash, path.\n";
  for (const auto& [path, entry] : manifest_) {
    manifest += std::to_string(entry.size) + ' ' + std::to_string(entry.hash) + ' ' + path + '\n';
  }
  fs::path mark = fs::path(staging_) / kOutputMark;
  fs::path mark_temporary = mark;
  mark_temporary += ".cxo-tmp";
  if (!write_file(mark_temporary, manifest, error) ||
      ::rename(mark_temporary.c_str(), mark.c_str()) != 0) {
    if (error.empty()) error = system_error("cannot write", mark);
    return false;
  }
  // Gone while the output changes: a build that dies after the swap leaves
  // no record that could pass the old inputs off as the new output's.
  fs::path record = output_sibling(output_, kInputRecordSuffix);
  fs::remove(record, ec);
  if (fs::exists(output_, ec)) {
    // Exchange the two trees in one step, so the output path always holds a
    // whole site; the previous site becomes the next build's staging tree.
    if (::renameat2(AT_FDCWD, staging_.c_str(), AT_FDCWD, output_.c_str(), RENAME_EXCHANGE) != 0) {
      error = system_error("cannot replace", output_);
      return false;
    }
  } else if (::rename(staging_.c_str(), output_.c_str()) != 0) {
    error = system_error("cannot create", output_);
    return false;
  }
  fs::path record_temporary = record;
  record_temporary += ".cxo-tmp";
  // Without the record the next build just builds in full, so a failure to
  // write it is not the build's.
  std::string ignored;
  if (write_file(record_temporary, input_record, ignored)) {
    ::rename(record_temporary.c_str(), record.c_str());
  }
  return true;
}

}  // namespace cxo

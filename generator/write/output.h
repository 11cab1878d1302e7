#pragma once
// Write stage. A build is staged in a folder beside the output folder and
// swapped in with one rename, so readers never see a half-written site and a
// failed build leaves the previous output exactly as it was.
//
// The staging folder is the tree the previous swap took out
// (".<name>.cxo-previous"), kept and reused: its folders already exist, and
// an unchanged file in it is a hard link to the live file (same inode, same
// modification time, so rsync copies nothing for it). A build therefore
// writes only the files whose bytes changed, creates only new folders and
// removes only files that are no longer generated; on this kind of disk a
// fresh tree per build (a mkdir and an rmdir per folder) cost more than the
// whole rest of the build.
#include <atomic>
#include <ctime>
#include <functional>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "util/file_system.h"

namespace cxo {

// The file that marks a folder as cxo's output, safe to replace. It lists
// every file's size and hash, so the next build can tell an unchanged file
// without reading it back.
inline constexpr const char* kOutputMark = ".cxo-output";

// Beside the output folder "public": ".public<suffix>", for the lock, the
// staging tree and the input record (pipeline/input_record.h), which are
// not part of the site.
std::string output_sibling(const std::string& output_dir, const std::string& suffix);
inline constexpr const char* kInputRecordSuffix = ".cxo-inputs";

// True when every file the output folder's manifest lists is there with its
// size and was not modified after the manifest was written: the output is
// exactly what the last build wrote.
bool output_is_intact(const std::string& output_dir);

class OutputWriter {
 public:
  explicit OutputWriter(std::string output_dir);
  ~OutputWriter();  // releases the lock; a build that did not commit changed nothing live

  // Checks the output folder may be replaced, takes the lock and prepares the
  // staging folder. False with `error` set when the folder is not cxo's, is
  // being built by another cxo, or cannot be written.
  bool begin(std::string& error);
  // Stages one file, path relative to the output ('/'-separated). Safe to
  // call from several threads for different paths.
  bool write(const std::string& path, std::string_view bytes, std::string& error);
  // Stages a copy of `source`, a file of `files`, read a part at a time, so
  // that no file is ever held whole: an archive may hold more photos and
  // PDFs than memory. Thread-safe as write() is.
  bool copy(const std::string& path, const FileSystem& files, const std::string& source,
            std::string& error);
  // Removes what is no longer generated and swaps the staged site in, then
  // writes `input_record` beside it.
  bool commit(const std::string& input_record, std::string& error);

  std::size_t files_written() const { return written_; }
  std::size_t files_unchanged() const { return unchanged_; }
  // Whether `path` was written or copied so far; every such file, in order.
  bool has(const std::string& path) const;
  std::vector<std::string> paths() const;

 private:
  struct Entry {
    std::size_t size = 0;
    std::size_t hash = 0;
  };
  using Fill = std::function<bool(int fd, std::string& error)>;
  bool live_is_unchanged(const std::string& path, std::string_view bytes, std::size_t hash) const;
  bool live_is_trusted(const std::string& path, std::size_t size, std::size_t hash) const;
  bool stage_live(const std::string& path);
  bool stage(const std::string& path, const Fill& fill, std::string& error);
  void record(const std::string& path, std::size_t size, std::size_t hash);
  bool ensure_folder(const std::string& folder, std::string& error);

  std::string output_;
  std::string staging_;
  std::string lock_path_;
  int lock_fd_ = -1;
  std::map<std::string, Entry> live_;    // the live output's manifest
  std::set<std::string> staged_before_;  // files the staging folder held
  timespec live_time_{};                 // when the live manifest was written
  mutable std::mutex mutex_;             // guards manifest_ and folders_
  std::map<std::string, Entry> manifest_;
  std::set<std::string> folders_;  // staging folders known to exist
  std::atomic<std::size_t> written_{0};
  std::atomic<std::size_t> unchanged_{0};
};

}  // namespace cxo

#pragma once
// Write stage. A build is written into a staging folder beside the output
// folder and swapped in at the end with one rename, so readers never see a
// half-written site and a failed build leaves the previous output exactly as
// it was. A file whose bytes did not change is hard-linked from the previous
// output instead of written, keeping its modification time so deploys with
// rsync copy only what changed.
#include <atomic>
#include <ctime>
#include <map>
#include <mutex>
#include <string>
#include <string_view>

namespace cxo {

// The file that marks a folder as cxo's output, safe to replace. It lists
// every file's size and hash, so the next build can tell an unchanged file
// without reading it back.
inline constexpr const char* kOutputMark = ".cxo-output";

class OutputWriter {
 public:
  explicit OutputWriter(std::string output_dir);
  ~OutputWriter();  // removes the staging folder if commit() was not reached

  // Checks the output folder may be replaced and creates the staging folder.
  // False with `error` set when the folder is not cxo's or cannot be written.
  bool begin(std::string& error);
  // Writes one file, path relative to the output ('/'-separated). Safe to
  // call from several threads for different paths.
  bool write(const std::string& path, std::string_view bytes, std::string& error);
  // Swaps the staged site in and removes the previous one.
  bool commit(std::string& error);

  std::size_t files_written() const { return written_; }
  std::size_t files_unchanged() const { return unchanged_; }

 private:
  struct Entry {
    std::size_t size = 0;
    std::size_t hash = 0;
  };
  bool known_unchanged(const std::string& path, std::string_view bytes, std::size_t hash) const;

  std::string output_;
  std::map<std::string, Entry> previous_;  // from the previous build's manifest
  timespec previous_time_{};               // when that manifest was written
  std::mutex manifest_mutex_;
  std::map<std::string, Entry> manifest_;
  std::string staging_;
  bool committed_ = false;
  std::atomic<std::size_t> written_{0};
  std::atomic<std::size_t> unchanged_{0};
};

}  // namespace cxo

#pragma once
// Watches a site for edits with inotify: site.yaml, and content/, static/ and themes/
// with every folder below them, including folders created later. Saving a
// file is a burst of events (editors write temporary files, rename, delete
// backups), so changes are handed out in batches once the burst is over.
#include <chrono>
#include <string>
#include <unordered_map>
#include <vector>

namespace cxo::serve {

struct ChangeBatch {
  std::vector<std::string> paths;  // site-relative, sorted, each once
  bool overflow = false;           // events were lost: assume anything changed
  bool stopped = false;            // stop() was called
};

class Watcher {
 public:
  Watcher();
  ~Watcher();
  Watcher(const Watcher&) = delete;
  Watcher& operator=(const Watcher&) = delete;

  bool start(const std::string& root, std::string& error);
  // Blocks until something changed, then until `quiet` passes with no
  // further change (but no longer than `longest` after the first).
  ChangeBatch next(std::chrono::microseconds quiet, std::chrono::milliseconds longest);
  // Safe from any thread; makes next() return with `stopped`.
  void stop();
  // Why folders could not be watched since the last call (the system's
  // limit on watches, usually), or empty: edits there would go unseen.
  std::string take_failures();

 private:
  void watch_tree(const std::string& folder);  // folder and every folder below it
  void forget_tree(const std::string& folder);
  bool read_events(ChangeBatch& batch);  // true when a relevant change came in

  std::string root_;
  int inotify_fd_ = -1;
  int stop_fd_ = -1;
  std::unordered_map<int, std::string> folders_;  // watch -> folder ("" is the root)
  std::size_t failures_ = 0;
  std::string first_failure_;
};

// Editors' temporary and backup files (".x.swp", "x~", "4913", "#x#"),
// which never hold content.
bool is_scratch_file(const std::string& name);

}  // namespace cxo::serve

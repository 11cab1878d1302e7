#pragma once
// What `cxo check --external` learned about external links, kept on disk
// (.cxo-cache/links.json in the site folder) so that the next run within
// the expiry fetches only what is new, broken or was not answered.
#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "check/verdict.h"

namespace cxo::check {

class LinkCache {
 public:
  // Reads `path` if it exists, forgetting entries older than `max_age`. A
  // cache that cannot be read is ignored: it only saves time.
  LinkCache(std::string path, std::chrono::seconds max_age);

  // The notes stored for a link (URL with its fragment), when still fresh.
  std::optional<std::vector<Note>> find(const std::string& link) const;
  void store(const std::string& link, const std::vector<Note>& notes);

  // Writes the cache atomically (a temporary file renamed over it).
  bool save(std::string& error) const;

 private:
  struct Entry {
    long long checked = 0;  // seconds since the epoch
    std::vector<Note> notes;
  };
  std::string path_;
  std::map<std::string, Entry> entries_;
};

}  // namespace cxo::check

#pragma once
// What a set of changed files asks the preview to redo. Most edits touch one
// meeting's folder, and only that meeting needs reloading; an edit of its
// communiqué alone changes only that meeting's text. The theme can be
// reloaded alone; anything else (site.yaml, the registers, free pages)
// reloads the whole site.
#include <map>
#include <string>
#include <vector>

namespace cxo::serve {

struct Rework {
  bool everything = false;
  bool theme = false;
  // Meeting folders that changed, by id (folders under content/meetings/):
  // true when communique.md is all that changed in it.
  std::map<std::string, bool> meetings;

  bool empty() const { return !everything && !theme && meetings.empty(); }
  // Only communiqués changed, nothing else.
  bool communiques_only() const;
  void merge(const Rework& other);
};

// Paths are relative to the site folder ("content/meetings/x/communique.md").
// Paths outside site.yaml, content/, static/ and themes/ ask for nothing.
Rework rework_for(const std::vector<std::string>& changed_paths);

}  // namespace cxo::serve

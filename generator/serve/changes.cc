#include "serve/changes.h"

namespace cxo::serve {

bool Rework::communiques_only() const {
  if (everything || theme || meetings.empty()) return false;
  for (const auto& [id, communique_only] : meetings) {
    if (!communique_only) return false;
  }
  return true;
}

void Rework::merge(const Rework& other) {
  everything = everything || other.everything;
  theme = theme || other.theme;
  for (const auto& [id, communique_only] : other.meetings) {
    auto [it, inserted] = meetings.emplace(id, communique_only);
    if (!inserted) it->second = it->second && communique_only;
  }
}

Rework rework_for(const std::vector<std::string>& changed_paths) {
  const std::string folder = "content/meetings/";
  Rework rework;
  for (const auto& path : changed_paths) {
    if (path.starts_with(folder)) {
      std::size_t end = path.find('/', folder.size());
      std::string id = path.substr(folder.size(), end - folder.size());
      if (id.empty()) {
        rework.everything = true;
        continue;
      }
      bool communique = end != std::string::npos && path.substr(end + 1) == "communique.md";
      Rework one;
      one.meetings[id] = communique;
      rework.merge(one);
    } else if (path == "site.yaml" || path == "content" || path.starts_with("content/") ||
               path == "static" || path.starts_with("static/")) {
      rework.everything = true;
    } else if (path == "themes" || path.starts_with("themes/")) {
      rework.theme = true;
    }
  }
  return rework;
}

}  // namespace cxo::serve

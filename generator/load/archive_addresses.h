#pragma once
// The archive's own addresses (CONTENT-MODEL.md, "Addresses"), which
// content may not take: a free page's name, a file of static/.
#include <algorithm>
#include <array>
#include <string_view>

namespace cxo::load {

// The folders its pages and files go in.
inline constexpr std::array<std::string_view, 8> kArchiveFolders = {
    "meetings", "topics",     "organizations", "conclusions",
    "reports",  "statistics", "search",        "data"};
// The files at its root.
inline constexpr std::array<std::string_view, 6> kArchiveRootFiles = {
    "index.html", "404.html", "feed.xml", "calendar.ics", "sitemap.xml", "robots.txt"};

inline bool is_archive_folder(std::string_view name) {
  return std::find(kArchiveFolders.begin(), kArchiveFolders.end(), name) != kArchiveFolders.end();
}
// Also sitemap-1.xml, sitemap-2.xml, …, which a large archive's sitemap
// needs (data/feeds.h).
inline bool is_archive_root_file(std::string_view name) {
  if (name.starts_with("sitemap-") && name.ends_with(".xml") && name.size() > 12 &&
      std::all_of(name.begin() + 8, name.end() - 4, [](char c) { return c >= '0' && c <= '9'; })) {
    return true;
  }
  return std::find(kArchiveRootFiles.begin(), kArchiveRootFiles.end(), name) !=
         kArchiveRootFiles.end();
}

}  // namespace cxo::load

#pragma once
// The site as the preview holds it: loaded once and kept in memory, then
// brought up to date after each change by redoing only what the change
// touched:
//   - a communiqué alone: that meeting is reloaded, linked alone and swapped
//     in place; indexes, view context and page plans stay (they do not read
//     communiqué text), so the cost does not grow with the archive;
//   - other files of meeting folders: those meetings are reloaded, then the
//     whole site is relinked, indexed and planned again (no file is parsed
//     again but theirs);
//   - the theme: reloaded alone;
//   - anything else (site.yaml, registers, free pages): everything.
// Pages are rendered when first asked for and kept until the next build; the
// search index is built when a search file is first asked for. Nothing is
// written to the output folder: what `cxo build` wrote there stays.
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "serve/changes.h"

namespace cxo::serve {

// What a build did, for the terminal and the browser.
struct BuildOutcome {
  bool built = false;               // a new build is served; else the last good one stays
  std::string what;                 // "the site", "the theme", "meeting 2024-12-09-dubai"
  std::vector<std::string> errors;  // "path:line:col: error: …"
  std::vector<std::string> warnings;
  std::chrono::microseconds took{};
};

class LiveSite {
 public:
  // Changes a file as it is rendered, e.g. to add the reload script; gets
  // the number of the build the file belongs to.
  using Decorate =
      std::function<void(const std::string& path, std::uint64_t build, std::string& bytes)>;

  LiveSite(std::string source, unsigned threads, Decorate decorate);
  ~LiveSite();
  LiveSite(const LiveSite&) = delete;
  LiveSite& operator=(const LiveSite&) = delete;

  // Everything from disk. Called first; later calls only from one thread.
  BuildOutcome build();
  // After these site-relative paths changed (`everything`: events were
  // lost). Nothing when none of them can change the site. What failed last
  // time is tried again with it, so fixing any file clears the errors.
  std::optional<BuildOutcome> update(const std::vector<std::string>& changed, bool everything);

  // Counts good builds; 0 until the first.
  std::uint64_t build_number() const;
  std::size_t meeting_count() const;
  // The site's folder on its server, from base_url ({"cxo"} for
  // https://host/cxo/), so links that start at it work in the preview too.
  std::vector<std::string> base_segments() const;
  // An output file ("meetings/index.html", "assets/style.css"), rendered on
  // first request; null when the build has no such file.
  std::shared_ptr<const std::string> file(const std::string& path) const;
  // A file published as it is (static/, a meeting folder's photo): passes
  // its size to `begin`, then its bytes a part at a time to `piece`, never
  // holding it whole. False when `path` is no such file or cannot be read
  // before `begin`; a file that fails later ends short.
  bool stream_copied_file(const std::string& path,
                          const std::function<bool(std::uint64_t size)>& begin,
                          const std::function<bool(std::string_view)>& piece) const;
  bool has_file(const std::string& path) const;

 private:
  struct Built;
  BuildOutcome reload_everything();
  BuildOutcome reload_theme();
  BuildOutcome reload_meetings(const std::set<std::string>& ids);
  BuildOutcome reload_communiques(const std::set<std::string>& ids);
  void clear_cache();

  const std::string source_;
  const unsigned threads_;
  const Decorate decorate_;
  Rework pending_;  // what the last failed update would have redone

  // Requests render under a shared lock; a rebuild changes the build under
  // an exclusive one, briefly: loading happens before it is taken.
  mutable std::shared_mutex mutex_;
  std::unique_ptr<Built> built_;
  std::uint64_t build_number_ = 0;

  mutable std::mutex cache_mutex_;
  mutable std::unordered_map<std::string, std::shared_ptr<const std::string>> cache_;
};

}  // namespace cxo::serve

#include "serve/live_site.h"

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "check/missing_targets.h"
#include "load/meetings.h"
#include "load/source_file.h"
#include "model/link.h"
#include "pipeline/build.h"
#include "render/theme.h"
#include "serve/request_path.h"
#include "util/file_system.h"
#include "util/parallel.h"
#include "views/views.h"

namespace cxo::serve {

namespace {

using Clock = std::chrono::steady_clock;

const std::string kMeetingsFolder = "content/meetings/";
// Where render_site puts the theme's static files, and where
// views::plan_search_index puts the search index.
const std::string kAssets = "assets/";
const std::string kSearch = "search/";

std::chrono::microseconds since(Clock::time_point start) {
  return std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - start);
}

void take_diagnostics(const Diagnostics& diagnostics, BuildOutcome& outcome) {
  for (const auto& diagnostic : diagnostics.sorted()) {
    (diagnostic.severity == Severity::Error ? outcome.errors : outcome.warnings)
        .push_back(format_diagnostic(diagnostic));
  }
}

// load_and_check prints its diagnostics; the preview shows the same lines,
// less the closing count (which says "nothing was written").
void take_printed_diagnostics(const std::string& printed, bool failed, BuildOutcome& outcome) {
  std::istringstream lines(printed);
  std::vector<std::string> other;
  for (std::string line; std::getline(lines, line);) {
    if (line.find(": error: ") != std::string::npos) {
      outcome.errors.push_back(line);
    } else if (line.find(": warning: ") != std::string::npos) {
      outcome.warnings.push_back(line);
    } else if (!line.empty()) {
      other.push_back(line);
    }
  }
  if (failed && outcome.errors.empty()) {
    outcome.errors =
        other.empty() ? std::vector<std::string>{"the site could not be loaded"} : other;
  }
}

// link_site fills the id maps as it checks ids; a second run needs them empty.
void relink(Site& site, Diagnostics& diagnostics) {
  site.organization_index.clear();
  site.topic_index.clear();
  site.meeting_index.clear();
  link_site(site, diagnostics);
}

}  // namespace

// Some output files, by path.
struct PlanSet {
  std::vector<views::PagePlan> plans;
  std::unordered_map<std::string, std::size_t> index;

  void index_paths() {
    index.clear();
    index.reserve(plans.size());
    for (std::size_t i = 0; i < plans.size(); ++i) index.emplace(plans[i].path, i);
  }
  const views::PagePlan* find(const std::string& path) const {
    auto it = index.find(path);
    return it == index.end() ? nullptr : &plans[it->second];
  }
};

// One consistent build. The view context and the plans point into `loaded`,
// so they are remade whenever it changes.
struct LiveSite::Built {
  std::unique_ptr<LoadedSite> loaded;
  std::unique_ptr<views::ViewContext> context;
  PlanSet planned;
  // The search index covers every communiqué: building it is most of the
  // cost of planning, and would be paid on every edit. It is planned when
  // the preview is first asked for a search file after a build.
  mutable std::mutex search_mutex;
  mutable std::unique_ptr<PlanSet> search;

  // Everything but search (a test checks that the preview serves the same
  // files as `cxo build`).
  void plan() {
    planned.plans.clear();
    search.reset();
    context = std::make_unique<views::ViewContext>(loaded->site, loaded->indexes);
    views::plan_site_pages(*context, planned.plans);
    planned.index_paths();
  }

  const views::PagePlan* find(const std::string& path) const {
    if (const auto* plan = planned.find(path)) return plan;
    if (!path.starts_with(kSearch)) return nullptr;
    std::lock_guard lock(search_mutex);
    if (!search) {
      search = std::make_unique<PlanSet>();
      views::plan_search_index(*context, search->plans, default_thread_count());
      search->index_paths();
    }
    return search->find(path);
  }

  // Warns of the links among `links` that lead to no file of this build,
  // as `cxo build` does. The search index is not planned up front: a link
  // into search/ is taken to lead somewhere.
  void warn_of_missing_targets(std::vector<check::ContentLink> links, const std::string& source,
                               Diagnostics& diagnostics) const {
    const auto& statics = loaded->theme.static_files;
    check::warn_of_missing_targets(
        std::move(links), loaded->site.config, source,
        [&](const std::string& path) {
          return planned.find(path) || path.starts_with(kSearch) ||
                 (path.starts_with(kAssets) && statics.count(path.substr(kAssets.size())));
        },
        [&] {
          std::vector<std::string> paths;
          for (const auto& plan : planned.plans) paths.push_back(plan.path);
          for (const auto& entry : statics) paths.push_back(kAssets + entry.first);
          std::sort(paths.begin(), paths.end());
          return paths;
        },
        diagnostics);
  }

  bool has(const std::string& path) const {
    if (find(path)) return true;
    return path.starts_with(kAssets) &&
           loaded->theme.static_files.count(path.substr(kAssets.size()));
  }

  // As `cxo build` renders or copies it, one file at a time.
  std::optional<std::string> render(const std::string& path, const std::string& source) const {
    if (const views::PagePlan* plan = find(path)) {
      if (plan->copy_of.empty()) return render_file(*loaded, *plan);
      std::string bytes, error;
      if (!DiskFileSystem(source).read(plan->copy_of, bytes, error)) return std::nullopt;
      return bytes;
    }
    if (path.starts_with(kAssets)) {
      const auto& statics = loaded->theme.static_files;
      if (auto it = statics.find(path.substr(kAssets.size())); it != statics.end()) {
        return it->second;
      }
    }
    return std::nullopt;
  }
};

LiveSite::LiveSite(std::string source, unsigned threads, Decorate decorate)
    : source_(std::move(source)), threads_(threads), decorate_(std::move(decorate)) {}

LiveSite::~LiveSite() = default;

BuildOutcome LiveSite::build() {
  BuildOutcome outcome = reload_everything();
  pending_ = Rework{};
  pending_.everything = !outcome.built;
  return outcome;
}

std::optional<BuildOutcome> LiveSite::update(const std::vector<std::string>& changed,
                                             bool everything) {
  Rework rework = rework_for(changed);
  rework.everything = rework.everything || everything;
  if (rework.empty()) return std::nullopt;
  rework.merge(pending_);
  bool has_build = build_number() > 0;
  std::set<std::string> ids;
  for (const auto& [id, communique_only] : rework.meetings) ids.insert(id);
  BuildOutcome outcome;
  if (!has_build || rework.everything || (rework.theme && !rework.meetings.empty())) {
    outcome = reload_everything();
  } else if (rework.theme) {
    outcome = reload_theme();
  } else if (rework.communiques_only()) {
    outcome = reload_communiques(ids);
  } else {
    outcome = reload_meetings(ids);
  }
  pending_ = outcome.built ? Rework{} : rework;
  return outcome;
}

BuildOutcome LiveSite::reload_everything() {
  auto start = Clock::now();
  BuildOutcome outcome;
  outcome.what = "the site";
  std::ostringstream printed;
  auto loaded = load_and_check(source_, threads_, printed);
  take_printed_diagnostics(printed.str(), !loaded, outcome);
  if (loaded) {
    auto built = std::make_unique<Built>();
    built->loaded = std::move(loaded);
    built->plan();
    Diagnostics links;
    built->warn_of_missing_targets(check::collect_content_links(built->loaded->site), source_,
                                   links);
    take_diagnostics(links, outcome);
    {
      std::unique_lock lock(mutex_);
      std::swap(built_, built);
      ++build_number_;
      clear_cache();
    }
    outcome.built = true;
  }  // the previous build is freed here, outside the lock
  outcome.took = since(start);
  return outcome;
}

BuildOutcome LiveSite::reload_theme() {
  auto start = Clock::now();
  BuildOutcome outcome;
  outcome.what = "the theme";
  std::string name;
  {
    std::shared_lock lock(mutex_);
    name = built_->loaded->site.config.theme;
  }
  DiskFileSystem files(source_);
  Diagnostics diagnostics;
  // As load_and_check loads it.
  auto theme = render::load_theme(files, name, {"site.yaml", 0, 0}, diagnostics);
  take_diagnostics(diagnostics, outcome);
  if (theme && !diagnostics.has_errors()) {
    std::unique_lock lock(mutex_);
    built_->loaded->theme = std::move(*theme);
    ++build_number_;
    clear_cache();
    outcome.built = true;
  }
  outcome.took = since(start);
  return outcome;
}

BuildOutcome LiveSite::reload_communiques(const std::set<std::string>& ids) {
  auto start = Clock::now();
  DiskFileSystem files(source_);
  bool unsafe_html = false;
  {
    std::shared_lock lock(mutex_);
    const Site& site = built_->loaded->site;
    for (const auto& id : ids) {
      // A meeting the build does not have yet, or one gone: reloaded whole.
      if (!site.meeting_index.count(id) ||
          files.type(kMeetingsFolder + id) != EntryType::Directory) {
        lock.unlock();
        return reload_meetings(ids);
      }
    }
    unsafe_html = site.config.unsafe_html;
  }
  BuildOutcome outcome;
  outcome.what = ids.size() == 1 ? "the communiqué of " + *ids.begin()
                                 : std::to_string(ids.size()) + " communiqués";
  Diagnostics diagnostics;
  Site probe;
  for (const auto& id : ids) {
    if (auto meeting = load::load_meeting(files, id, unsafe_html, diagnostics)) {
      probe.meetings.push_back(std::move(*meeting));
    }
  }

  std::unique_lock lock(mutex_);
  Site& site = built_->loaded->site;
  // The meetings are linked alone, against the site's registers (lent to
  // the probe, not copied): their meeting.yaml did not change, so what
  // link_site finds across meetings is as it was, and only their sections
  // can have moved. Nothing planned up front reads a communiqué's text but
  // the search index, which is planned again on request, and the agenda
  // views the view context keeps, which it forgets; so the meetings are
  // swapped in place, and the plans, indexes and view context stay.
  probe.config = site.config;
  probe.organizations = std::move(site.organizations);
  probe.topics = std::move(site.topics);
  link_site(probe, diagnostics);
  site.organizations = std::move(probe.organizations);
  site.topics = std::move(probe.topics);
  take_diagnostics(diagnostics, outcome);
  if (!diagnostics.has_errors() && probe.meetings.size() == ids.size()) {
    std::vector<check::ContentLink> links;
    for (auto& meeting : probe.meetings) {
      int index = site.meeting_index.at(meeting.id);
      site.meetings[index] = std::move(meeting);
      built_->context->forget_meeting(index);
      check::collect_meeting_links(site.meetings[index], links);
    }
    Diagnostics link_warnings;
    built_->warn_of_missing_targets(std::move(links), source_, link_warnings);
    take_diagnostics(link_warnings, outcome);
    built_->search.reset();
    ++build_number_;
    clear_cache();
    outcome.built = true;
  }
  lock.unlock();
  // A meeting.yaml that could not be read at all is reported by itself.
  if (!outcome.built && outcome.errors.empty()) return reload_meetings(ids);
  outcome.took = since(start);
  return outcome;
}

BuildOutcome LiveSite::reload_meetings(const std::set<std::string>& ids) {
  auto start = Clock::now();
  DiskFileSystem files(source_);
  // Only plain meeting folders, present or removed, are reloaded alone; the
  // full loader reports a bad folder name, a file or a link leading out.
  for (const auto& id : ids) {
    EntryType type = files.type(kMeetingsFolder + id);
    bool plain =
        type == EntryType::Missing || (type == EntryType::Directory && load::is_valid_id(id));
    if (!plain) return reload_everything();
  }
  BuildOutcome outcome;
  outcome.what =
      ids.size() == 1 ? "meeting " + *ids.begin() : std::to_string(ids.size()) + " meetings";
  // "Rebuilt the site without meeting …": a folder deleted is not rebuilt.
  if (ids.size() == 1 && files.type(kMeetingsFolder + *ids.begin()) == EntryType::Missing) {
    outcome.what = "the site without meeting " + *ids.begin();
  }
  bool unsafe_html = false;
  {
    std::shared_lock lock(mutex_);
    unsafe_html = built_->loaded->site.config.unsafe_html;
  }
  // Read and parse outside the lock: pages go on being served meanwhile.
  Diagnostics diagnostics;
  std::vector<Meeting> fresh;
  for (const auto& id : ids) {
    if (files.type(kMeetingsFolder + id) != EntryType::Directory) continue;
    if (auto meeting = load::load_meeting(files, id, unsafe_html, diagnostics)) {
      fresh.push_back(std::move(*meeting));
    }
  }

  std::unique_lock lock(mutex_);
  Site& site = built_->loaded->site;
  auto changed = [&](const Meeting& meeting) { return ids.count(meeting.id) > 0; };
  auto swap_in = [&](std::vector<Meeting>& incoming) {
    auto split = std::stable_partition(site.meetings.begin(), site.meetings.end(),
                                       [&](const Meeting& m) { return !changed(m); });
    std::vector<Meeting> outgoing(std::make_move_iterator(split),
                                  std::make_move_iterator(site.meetings.end()));
    site.meetings.erase(split, site.meetings.end());
    for (auto& meeting : incoming) site.meetings.push_back(std::move(meeting));
    return outgoing;
  };
  std::vector<Meeting> served = swap_in(fresh);
  relink(site, diagnostics);
  take_diagnostics(diagnostics, outcome);
  if (diagnostics.has_errors()) {
    // Back to the last good build, exactly: same meetings, same order, so
    // the view context, plans and rendered pages stay valid.
    swap_in(served);
    Diagnostics again;
    relink(site, again);
  } else {
    built_->loaded->indexes = build_indexes(site);
    built_->plan();
    std::vector<check::ContentLink> links;
    for (const auto& meeting : site.meetings) {
      if (changed(meeting)) check::collect_meeting_links(meeting, links);
    }
    Diagnostics link_warnings;
    built_->warn_of_missing_targets(std::move(links), source_, link_warnings);
    take_diagnostics(link_warnings, outcome);
    ++build_number_;
    clear_cache();
    outcome.built = true;
  }
  lock.unlock();
  outcome.took = since(start);
  return outcome;
}

void LiveSite::clear_cache() {
  std::lock_guard lock(cache_mutex_);
  cache_.clear();
}

std::uint64_t LiveSite::build_number() const {
  std::shared_lock lock(mutex_);
  return build_number_;
}

std::size_t LiveSite::meeting_count() const {
  std::shared_lock lock(mutex_);
  return built_ ? built_->loaded->site.meetings.size() : 0;
}

std::vector<std::string> LiveSite::base_segments() const {
  std::shared_lock lock(mutex_);
  return built_ ? serve::base_segments(built_->loaded->site.config.base_url)
                : std::vector<std::string>{};
}

bool LiveSite::stream_copied_file(const std::string& path,
                                  const std::function<bool(std::uint64_t size)>& begin,
                                  const std::function<bool(std::string_view)>& piece) const {
  std::string copy_of;
  {
    std::shared_lock lock(mutex_);
    if (!built_) return false;
    const auto* plan = built_->find(path);
    if (!plan || plan->copy_of.empty()) return false;
    copy_of = plan->copy_of;
  }
  DiskFileSystem files(source_);
  // Content is read only from inside the site folder, as the build reads it.
  if (files.escapes_root(copy_of)) return false;
  std::error_code error_code;
  std::uint64_t size =
      std::filesystem::file_size(std::filesystem::path(source_) / copy_of, error_code);
  if (error_code || !begin(size)) return false;
  std::string error;
  files.read_in_pieces(copy_of, piece, error);
  return true;
}

bool LiveSite::has_file(const std::string& path) const {
  std::shared_lock lock(mutex_);
  return built_ && built_->has(path);
}

std::shared_ptr<const std::string> LiveSite::file(const std::string& path) const {
  std::shared_lock lock(mutex_);
  if (!built_) return nullptr;
  {
    std::lock_guard cache_lock(cache_mutex_);
    if (auto it = cache_.find(path); it != cache_.end()) return it->second;
  }
  // Two requests for the same new page may both render it; same bytes.
  auto bytes = built_->render(path, source_);
  if (!bytes) return nullptr;
  if (decorate_) decorate_(path, build_number_, *bytes);
  auto shared = std::make_shared<const std::string>(std::move(*bytes));
  // A file published as it is stays on disk, read on each request: the
  // archive's photos and PDFs need not fit in memory.
  if (const auto* plan = built_->find(path); plan && !plan->copy_of.empty()) return shared;
  std::lock_guard cache_lock(cache_mutex_);
  cache_.emplace(path, shared);
  return shared;
}

}  // namespace cxo::serve

#pragma once
// The whole pipeline, top to bottom: load → model → views → render → write.
#include <functional>
#include <iosfwd>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "model/indexes.h"
#include "model/site.h"
#include "render/theme.h"
#include "util/diagnostics.h"
#include "util/file_system.h"

namespace cxo {

namespace views {
struct PagePlan;
}

struct BuildOptions {
  std::string source = ".";
  std::optional<std::string> output;  // default: the site's output_dir
  // The address the site is served from, instead of site.yaml's base_url:
  // a staging copy or a deploy preview (Hugo's --baseURL, Zola's
  // --base-url).
  std::optional<std::string> base_url;
  unsigned threads = 0;  // 0: one per core
  bool quiet = false;
  bool timings = false;  // print how long each stage took
  // Build even when the input record says nothing changed (an editor or a
  // checkout that keeps modification times while changing a file).
  bool force = false;
  // The process ends when run_build returns (the command line): what the
  // build holds is left for the system to take back at exit rather than
  // freed piece by piece, which took 0.15 to 0.2 s at 10,000 meetings.
  bool process_exits_after = false;
};

// A site loaded, checked and linked, with its theme: everything needed to
// render any page.
struct LoadedSite {
  Site site;
  Indexes indexes;
  render::Theme theme;
};

// Load and model stages, keeping the diagnostics; nullptr when any of them
// is an error.
std::unique_ptr<LoadedSite> load_checked_site(const FileSystem& files, unsigned threads,
                                              Diagnostics& diagnostics);
// The same, printing every diagnostic to `err`.
std::unique_ptr<LoadedSite> load_and_check(const FileSystem& files, unsigned threads,
                                           std::ostream& err);
std::unique_ptr<LoadedSite> load_and_check(const std::string& source, unsigned threads,
                                           std::ostream& err);

// Wall time of each stage of one build, for --timings and the benchmark.
struct StageTimes {
  double load_ms = 0, render_ms = 0, write_ms = 0;
};

// One planned file's bytes: its template rendered with the data its view
// builds (links made relative to the page), or the bytes its plan makes.
// Not for a file published as it is (PagePlan::copy_of), which is copied.
// `view_ms`, when given, receives the time the view took.
std::string render_file(const LoadedSite& loaded, const views::PagePlan& plan,
                        double* view_ms = nullptr);

// Renders every page and static file and hands each to `sink` as soon as it
// is rendered, from several threads at once, in no particular order: a build
// writes each file and lets go of its bytes, so memory holds the model, not
// the site.
using FileSink = std::function<void(const std::string& path, std::string&& bytes)>;
// A file published as it is: `source` is its path in the site folder, to be
// copied a part at a time rather than held.
using CopySink = std::function<void(const std::string& path, const std::string& source)>;

// Where render_each spends its time, per kind of file (its template, or for
// other files the first folder or file name of its path), summed over the
// threads: for --timings, and for the benchmark's account of the time.
struct KindTimes {
  std::size_t files = 0;
  double view_ms = 0;    // building the template's data
  double render_ms = 0;  // the template, or the bytes of a file without one
  double write_ms = 0;   // the sink
};
struct RenderTimes {
  double search_index_ms = 0;
  std::map<std::string, KindTimes> by_kind;
};

// `keep_memory`: leave the view data and the plans to the process's exit
// (BuildOptions::process_exits_after).
void render_each(const LoadedSite& loaded, unsigned threads, const FileSink& sink,
                 const CopySink& copy, RenderTimes* times = nullptr, bool keep_memory = false);

// The same, collected, in path order.
struct RenderedSite {
  std::vector<std::pair<std::string, std::string>> files;   // output path -> bytes
  std::vector<std::pair<std::string, std::string>> copies;  // output path -> source path
};
RenderedSite render_site(const LoadedSite& loaded, unsigned threads);

// The error for a --source that is no folder at all, or empty when it is
// one (a folder without site.yaml is reported by the load, at site.yaml).
std::string missing_site_folder(const std::string& source);

// `cxo build`: returns the process exit code.
int run_build(const BuildOptions& options, std::ostream& out, std::ostream& err);

}  // namespace cxo

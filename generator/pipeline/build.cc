#include "pipeline/build.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <mutex>
#include <ostream>
#include <sstream>

#include "check/missing_targets.h"
#include "load/site_config.h"
#include "load/site_loader.h"
#include "markdown/links.h"
#include "model/link.h"
#include "pipeline/input_record.h"
#include "util/parallel.h"
#include "views/views.h"
#include "write/output.h"

namespace cxo {

namespace fs = std::filesystem;

std::unique_ptr<LoadedSite> load_and_check(const std::string& source, unsigned threads,
                                           std::ostream& err) {
  DiskFileSystem files(source);
  return load_and_check(files, threads, err);
}

std::unique_ptr<LoadedSite> load_checked_site(const FileSystem& files, unsigned threads,
                                              Diagnostics& diagnostics) {
  auto loaded = std::make_unique<LoadedSite>();
  auto site = load::load_site(files, threads, diagnostics);
  if (!site) return nullptr;
  loaded->site = std::move(*site);
  link_site(loaded->site, diagnostics, threads);
  auto theme =
      render::load_theme(files, loaded->site.config.theme, {"site.yaml", 0, 0}, diagnostics);
  if (!theme || diagnostics.has_errors()) return nullptr;
  loaded->theme = std::move(*theme);
  loaded->indexes = build_indexes(loaded->site);
  return loaded;
}

std::unique_ptr<LoadedSite> load_and_check(const FileSystem& files, unsigned threads,
                                           std::ostream& err) {
  Diagnostics diagnostics;
  auto loaded = load_checked_site(files, threads, diagnostics);
  for (const auto& diagnostic : diagnostics.sorted()) err << format_diagnostic(diagnostic) << '\n';
  std::size_t errors = diagnostics.error_count(), warnings = diagnostics.warning_count();
  if (errors > 0) {
    err << errors << (errors == 1 ? " error" : " errors");
    if (warnings) err << ", " << warnings << (warnings == 1 ? " warning" : " warnings");
    err << "; nothing was written\n";
  }
  return loaded;
}

namespace {

using Clock = std::chrono::steady_clock;

double ms_between(Clock::time_point start, Clock::time_point end) {
  return std::chrono::duration<double, std::milli>(end - start).count();
}

std::string kind_of(const views::PagePlan& plan) {
  if (!plan.template_name.empty()) return plan.template_name;
  if (!plan.copy_of.empty()) return "files published as they are";
  std::size_t slash = plan.path.find('/');
  // data/meetings.json and the like are each worth a line.
  if (plan.path.starts_with("data/")) return plan.path;
  return plan.path.substr(0, slash);
}

}  // namespace

std::string render_file(const LoadedSite& loaded, const views::PagePlan& plan, double* view_ms) {
  if (plan.template_name.empty()) return plan.bytes();
  auto start = Clock::now();
  render::Value data = plan.data();
  if (view_ms) *view_ms = ms_between(start, Clock::now());
  std::string bytes;
  loaded.theme.templates.render(plan.template_name, data, bytes);
  markdown::relink_page(bytes, views::page_root(loaded.site.config, plan.path));
  return bytes;
}

void render_each(const LoadedSite& loaded, unsigned threads, const FileSink& sink,
                 const CopySink& copy, RenderTimes* times, bool keep_memory) {
  struct Work {
    views::ViewContext context;
    std::vector<views::PagePlan> pages, search;
  };
  auto work = std::make_unique<Work>(views::ViewContext(loaded.site, loaded.indexes));
  const views::ViewContext& context = work->context;
  std::vector<views::PagePlan>& pages = work->pages;
  std::vector<views::PagePlan>& search = work->search;
  std::mutex times_mutex;
  auto render = [&](const views::PagePlan& plan) {
    auto start = Clock::now();
    double view_ms = 0;
    auto rendered = start;
    if (plan.copy_of.empty()) {
      std::string bytes = render_file(loaded, plan, &view_ms);
      rendered = Clock::now();
      sink(plan.path, std::move(bytes));
    } else {
      copy(plan.path, plan.copy_of);
    }
    if (times) {
      auto written = Clock::now();
      std::lock_guard lock(times_mutex);
      KindTimes& kind = times->by_kind[kind_of(plan)];
      ++kind.files;
      kind.view_ms += view_ms;
      kind.render_ms += ms_between(start, rendered) - view_ms;
      kind.write_ms += ms_between(rendered, written);
    }
  };
  auto build_search_index = [&] {
    auto start = Clock::now();
    views::plan_search_index(context, search, 1);
    if (times) times->search_index_ms = ms_between(start, Clock::now());
  };
  if (threads <= 1) {
    views::plan_site_pages(context, pages);
    build_search_index();
    for (const auto& plan : pages) render(plan);
  } else {
    // One thread builds the search index while another lists the pages
    // (0.1 s at 10,000 meetings) and the rest wait for that list; then
    // every thread renders pages, the index's thread as soon as it is done.
    std::atomic<bool> planned = false;
    std::atomic<std::size_t> next_page = 0;
    parallel_for(threads, threads, [&](std::size_t task) {
      if (task == 0) {
        build_search_index();
      } else if (task == 1) {
        views::plan_site_pages(context, pages);
        planned = true;
        planned.notify_all();
      }
      planned.wait(false);
      for (std::size_t i; (i = next_page.fetch_add(1)) < pages.size();) render(pages[i]);
    });
  }
  // Then all of them render the index's files.
  parallel_for(search.size(), threads, [&](std::size_t i) { render(search[i]); });
  for (const auto& [path, bytes] : loaded.theme.static_files) {
    sink("assets/" + path, std::string(bytes));
  }
  if (keep_memory) static_cast<void>(work.release());
}

RenderedSite render_site(const LoadedSite& loaded, unsigned threads) {
  RenderedSite rendered;
  std::mutex mutex;
  render_each(
      loaded, threads,
      [&](const std::string& path, std::string&& bytes) {
        std::lock_guard lock(mutex);
        rendered.files.emplace_back(path, std::move(bytes));
      },
      [&](const std::string& path, const std::string& source) {
        std::lock_guard lock(mutex);
        rendered.copies.emplace_back(path, source);
      });
  std::sort(rendered.files.begin(), rendered.files.end());
  std::sort(rendered.copies.begin(), rendered.copies.end());
  return rendered;
}

namespace {

double ms_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
      .count();
}

// The output folder: --output, or output_dir from site.yaml (read here on
// its own, so that an unchanged site can be recognised before loading it).
std::string output_folder(const BuildOptions& options, const FileSystem& files) {
  if (options.output) return *options.output;
  Diagnostics ignored;  // the full load reports them
  auto config = load::load_site_config(files, ignored);
  std::string dir = config ? config->output_dir : SiteConfig{}.output_dir;
  return (fs::path(options.source) / dir).lexically_normal().string();
}

// The warnings of the last build, when it read exactly what is on disk now,
// with the same settings, and its output is as it wrote it.
std::optional<std::string> up_to_date(const std::string& source, const std::string& settings,
                                      const std::string& output) {
  std::ifstream in(output_sibling(output, kInputRecordSuffix), std::ios::binary);
  if (!in) return std::nullopt;
  std::string record((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto warnings = unchanged_since(source, settings, record);
  if (!warnings || !output_is_intact(output)) return std::nullopt;
  return warnings;
}

// The kinds of file by the time they took, longest first.
void print_render_times(const RenderTimes& times, std::ostream& out) {
  std::vector<std::pair<std::string, KindTimes>> kinds(times.by_kind.begin(), times.by_kind.end());
  auto total = [](const KindTimes& kind) { return kind.view_ms + kind.render_ms + kind.write_ms; };
  std::stable_sort(kinds.begin(), kinds.end(),
                   [&](const auto& a, const auto& b) { return total(a.second) > total(b.second); });
  char line[160];
  std::snprintf(line, sizeof line, "  %-30s %7s %9s %9s %9s\n", "thread time (ms)", "files", "view",
                "render", "write");
  out << line;
  std::snprintf(line, sizeof line, "  %-30s %7s %9.0f\n", "search index", "",
                times.search_index_ms);
  out << line;
  for (const auto& [name, kind] : kinds) {
    std::snprintf(line, sizeof line, "  %-30s %7zu %9.0f %9.0f %9.0f\n", name.c_str(), kind.files,
                  kind.view_ms, kind.render_ms, kind.write_ms);
    out << line;
  }
}

void print_site_line(const std::string& output, std::ostream& out) {
  out << "Site: " << fs::absolute(output).lexically_normal().string() << "/index.html\n";
}

}  // namespace

std::string missing_site_folder(const std::string& source) {
  std::error_code ec;
  if (fs::is_directory(source, ec)) return {};
  return "error: " + source +
         ": no such folder; give the site folder (the one holding site.yaml) "
         "with --source\n";
}

int run_build(const BuildOptions& options, std::ostream& out, std::ostream& err) {
  auto start = std::chrono::steady_clock::now();
  if (auto missing = missing_site_folder(options.source); !missing.empty()) {
    err << missing;
    return 1;
  }
  std::optional<std::string> base_url;
  if (options.base_url) {
    std::string problem;
    base_url = load::normalized_base_url(*options.base_url, problem);
    if (!base_url) {
      err << "error: --base-url '" << *options.base_url << "' " << problem
          << "; nothing was written\n";
      return 1;
    }
  }
  // What the output depends on beyond the files read.
  const std::string settings = base_url ? "base_url " + *base_url : "";
  StageTimes times;
  unsigned threads = options.threads ? options.threads : default_thread_count();
  auto files_owner = std::make_unique<DiskFileSystem>(options.source);
  const DiskFileSystem& files = *files_owner;
  std::string output = output_folder(options, files);
  if (auto warnings = options.force ? std::nullopt : up_to_date(options.source, settings, output)) {
    err << *warnings;
    if (!options.quiet) {
      out << "Up to date: nothing cxo reads has changed since the last build ("
          << static_cast<long>(ms_since(start)) << " ms)\n";
      print_site_line(output, out);
    }
    return 0;
  }
  std::ostringstream diagnostics;
  auto loaded = load_and_check(files, threads, diagnostics);
  err << diagnostics.str();
  if (!loaded) return 1;
  // Nothing loaded depends on it: addresses are made as pages are rendered.
  if (base_url) loaded->site.config.base_url = *base_url;
  times.load_ms = ms_since(start);
  auto writer_owner = std::make_unique<OutputWriter>(output);
  OutputWriter& writer = *writer_owner;
  std::string error;
  if (!writer.begin(error)) {
    err << "error: " << error << '\n';
    return 1;
  }
  auto render_start = std::chrono::steady_clock::now();
  std::atomic<bool> ok = true;
  std::mutex err_mutex;
  auto fail = [&](const std::string& error) {
    ok = false;
    std::lock_guard lock(err_mutex);
    err << "error: " << error << '\n';
  };
  RenderTimes render_times;
  render_each(
      *loaded, threads,
      [&](const std::string& path, std::string&& bytes) {
        std::string write_error;
        if (!writer.write(path, bytes, write_error)) fail(write_error);
      },
      [&](const std::string& path, const std::string& source) {
        std::string copy_error;
        if (!writer.copy(path, files, source, copy_error)) fail(copy_error);
      },
      options.timings ? &render_times : nullptr, options.process_exits_after);
  times.render_ms = ms_since(render_start);
  // Links to files the site does not have, now that every file is known;
  // kept with the others, so that a build skipped as up to date repeats them.
  Diagnostics link_warnings;
  check::warn_of_missing_targets(
      check::collect_content_links(loaded->site), loaded->site.config, options.source,
      [&](const std::string& path) { return writer.has(path); }, [&] { return writer.paths(); },
      link_warnings);
  for (const auto& warning : link_warnings.sorted()) {
    diagnostics << format_diagnostic(warning) << '\n';
    err << format_diagnostic(warning) << '\n';
  }
  auto commit_start = std::chrono::steady_clock::now();
  // Taken after rendering, so that it holds every file the pages were made from.
  std::string record =
      write_input_record(options.source, settings, files.stamps(), diagnostics.str());
  if (!ok || !writer.commit(record, error)) {
    if (!error.empty()) err << "error: " << error << '\n';
    err << "the build failed; the previous output was left as it was\n";
    return 1;
  }
  times.write_ms = ms_since(commit_start);
  if (options.timings) {
    out << "load+check " << static_cast<long>(times.load_ms) << " ms, render+write "
        << static_cast<long>(times.render_ms) << " ms, commit " << static_cast<long>(times.write_ms)
        << " ms\n";
    print_render_times(render_times, out);
  }
  if (!options.quiet) {
    auto ms = static_cast<long>(ms_since(start));
    out << "Built " << loaded->site.meetings.size() << " meetings, "
        << writer.files_written() + writer.files_unchanged() << " files (" << writer.files_written()
        << " written, " << writer.files_unchanged() << " unchanged) in " << ms << " ms\n";
    print_site_line(output, out);
  }
  if (options.process_exits_after) {
    static_cast<void>(loaded.release());
    static_cast<void>(writer_owner.release());
    static_cast<void>(files_owner.release());
  }
  return 0;
}

}  // namespace cxo

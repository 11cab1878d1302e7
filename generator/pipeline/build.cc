#include "pipeline/build.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <ostream>

#include "load/site_loader.h"
#include "markdown/links.h"
#include "model/link.h"
#include "util/parallel.h"
#include "views/views.h"
#include "write/output.h"

namespace cxo {

namespace fs = std::filesystem;

std::unique_ptr<LoadedSite> load_and_check(const std::string& source, unsigned threads,
                                           std::ostream& err) {
  DiskFileSystem files(source);
  Diagnostics diagnostics;
  auto loaded = std::make_unique<LoadedSite>();
  bool ok = false;
  if (auto site = load::load_site(files, threads, diagnostics)) {
    loaded->site = std::move(*site);
    link_site(loaded->site, diagnostics);
    if (auto theme = render::load_theme(files, loaded->site.config.theme,
                                        {"site.yaml", 0, 0}, diagnostics)) {
      loaded->theme = std::move(*theme);
      ok = true;
    }
  }
  for (const auto& diagnostic : diagnostics.sorted()) err << format_diagnostic(diagnostic) << '\n';
  std::size_t errors = diagnostics.error_count(), warnings = diagnostics.warning_count();
  if (errors > 0) {
    err << errors << (errors == 1 ? " error" : " errors");
    if (warnings) err << ", " << warnings << (warnings == 1 ? " warning" : " warnings");
    err << "; nothing was written\n";
    return nullptr;
  }
  if (!ok) return nullptr;
  loaded->indexes = build_indexes(loaded->site);
  return loaded;
}

RenderedSite render_site(const LoadedSite& loaded, unsigned threads) {
  views::ViewContext context(loaded.site, loaded.indexes);
  auto plans = views::plan_pages(context);
  RenderedSite rendered;
  rendered.files.resize(plans.size());
  parallel_for(plans.size(), threads, [&](std::size_t i) {
    auto& [path, bytes] = rendered.files[i];
    path = plans[i].path;
    if (plans[i].template_name.empty()) {
      bytes = plans[i].bytes();
      return;
    }
    loaded.theme.templates.render(plans[i].template_name, plans[i].data(), bytes);
    markdown::relink_page(bytes, views::page_root(loaded.site.config, path));
  });
  for (const auto& [path, bytes] : loaded.theme.static_files) {
    rendered.files.emplace_back("assets/" + path, bytes);
  }
  std::sort(rendered.files.begin(), rendered.files.end());
  return rendered;
}

namespace {

double ms_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
      .count();
}

}  // namespace

int run_build(const BuildOptions& options, std::ostream& out, std::ostream& err) {
  auto start = std::chrono::steady_clock::now();
  StageTimes times;
  unsigned threads = options.threads ? options.threads : default_thread_count();
  auto loaded = load_and_check(options.source, threads, err);
  if (!loaded) return 1;
  times.load_ms = ms_since(start);
  std::string output = options.output ? *options.output
                                      : (fs::path(options.source) / loaded->site.config.output_dir)
                                            .lexically_normal()
                                            .string();
  OutputWriter writer(output);
  std::string error;
  if (!writer.begin(error)) {
    err << "error: " << error << '\n';
    return 1;
  }
  auto render_start = std::chrono::steady_clock::now();
  RenderedSite rendered = render_site(*loaded, threads);
  times.render_ms = ms_since(render_start);
  auto write_start = std::chrono::steady_clock::now();
  bool ok = true;
  parallel_for(rendered.files.size(), threads, [&](std::size_t i) {
    std::string write_error;
    if (!writer.write(rendered.files[i].first, rendered.files[i].second, write_error)) {
      ok = false;
      err << "error: " + write_error + "\n";
    }
  });
  if (!ok || !writer.commit(error)) {
    if (!error.empty()) err << "error: " << error << '\n';
    err << "the build failed; the previous output was left as it was\n";
    return 1;
  }
  times.write_ms = ms_since(write_start);
  if (options.timings) {
    out << "load+check " << static_cast<long>(times.load_ms) << " ms, render "
        << static_cast<long>(times.render_ms) << " ms, write " << static_cast<long>(times.write_ms)
        << " ms\n";
  }
  if (!options.quiet) {
    auto ms = static_cast<long>(ms_since(start));
    out << "Built " << loaded->site.meetings.size() << " meetings, " << rendered.files.size()
        << " files (" << writer.files_written() << " written, " << writer.files_unchanged()
        << " unchanged) in " << ms << " ms\n"
        << "Site: " << fs::absolute(output).lexically_normal().string() << "/index.html\n";
  }
  return 0;
}

}  // namespace cxo

#include "check/run_check.h"

#include <unistd.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <ostream>

#include "pipeline/build.h"
#include "util/parallel.h"
#include "views/views.h"

namespace cxo::check {

namespace fs = std::filesystem;

namespace {

struct Totals {
  bool loaded = false;
  InternalStats internal;
  bool external = false;
  ExternalStats external_stats;
};

// Output path -> the template file that renders it, for links the theme
// writes; files cxo writes without a template map to themselves.
std::map<std::string, std::string> templates_by_page(const LoadedSite& loaded,
                                                     const std::string& source) {
  views::ViewContext context(loaded.site, loaded.indexes);
  std::map<std::string, std::string> templates;
  const std::string own = "themes/" + loaded.site.config.theme + "/templates/";
  // The search index's files have no template: its planning (the index
  // itself) is skipped.
  std::vector<views::PagePlan> plans;
  views::plan_site_pages(context, plans);
  for (const auto& plan : plans) {
    if (plan.template_name.empty()) continue;
    std::string file = plan.template_name + ".mustache";
    templates[plan.path] =
        fs::exists(fs::path(source) / own / file) ? own + file : "themes/default/templates/" + file;
  }
  return templates;
}

// Percent-encodes what may not appear in a URL as sent (spaces, non-ASCII),
// for a URL that only the content holds.
std::string encode_for_request(const std::string& url) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : url) {
    if (c <= 0x20 || c >= 0x7F || c == '"' || c == '<' || c == '>') {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

// External links the content holds but no page shows (so the page scan did
// not meet them) are checked all the same.
void add_unshown_external_links(const std::vector<ContentLink>& links, const SiteConfig& config,
                                std::map<std::string, ExternalUse>& external) {
  std::set<std::string> known;
  for (const auto& [key, use] : external) known.insert(normalized(key));
  for (const auto& link : links) {
    Target target = resolve_target(link.url, "index.html", config);
    if (target.kind != Target::Kind::External) continue;
    std::string key = target.url + (target.has_fragment ? "#" + target.fragment : "");
    if (known.contains(normalized(key))) continue;
    std::string url = encode_for_request(target.url);
    auto [it, inserted] =
        external.try_emplace(url + (target.has_fragment ? "#" + target.fragment : ""),
                             ExternalUse{url, target.fragment, target.has_fragment, {}});
    it->second.origins.push_back({link.pos, link.url, false});
  }
}

std::string plural(std::size_t count, const char* one, const char* many) {
  return std::to_string(count) + " " + (count == 1 ? one : many);
}

std::string summary_line(const Totals& totals, std::size_t errors, std::size_t warnings,
                         bool strict) {
  std::string problems = errors + warnings == 0 ? "no problems found"
                                                : plural(errors, "error", "errors") + ", " +
                                                      plural(warnings, "warning", "warnings");
  // Why a check with no error failed.
  if (strict && errors == 0 && warnings > 0) problems += " (--strict: warnings fail the check)";
  if (!totals.loaded) return problems + "; the links were not checked";
  std::string line = "checked " + plural(totals.internal.files, "file", "files") + ": " +
                     plural(totals.internal.links, "link", "links") + ", " +
                     plural(totals.internal.anchors, "anchor", "anchors");
  if (totals.external) {
    const ExternalStats& stats = totals.external_stats;
    line += ", " + plural(stats.links, "external link", "external links") + " (" +
            plural(stats.fetched, "URL fetched", "URLs fetched") + ", " +
            std::to_string(stats.cached) + " from the cache, " + std::to_string(stats.skipped) +
            " skipped)";
  } else {
    line += "; external links not fetched (add --external)";
  }
  return line + "; " + problems;
}

void print(const std::vector<Diagnostic>& findings, const Totals& totals, bool json, bool strict,
           std::ostream& out) {
  std::size_t errors = 0, warnings = 0;
  for (const auto& finding : findings) {
    (finding.severity == Severity::Error ? errors : warnings)++;
  }
  std::string summary = summary_line(totals, errors, warnings, strict);
  if (!json) {
    for (const auto& finding : findings) out << format_diagnostic(finding) << '\n';
    out << summary << '\n';
    return;
  }
  nlohmann::json list = nlohmann::json::array();
  for (const auto& finding : findings) {
    list.push_back({{"path", finding.pos.path},
                    {"line", finding.pos.line},
                    {"column", finding.pos.line > 0 ? std::max(finding.pos.column, 1) : 0},
                    {"severity", finding.severity == Severity::Error ? "error" : "warning"},
                    {"message", finding.message}});
  }
  nlohmann::json counts = {{"errors", errors},
                           {"warnings", warnings},
                           {"files", totals.internal.files},
                           {"links", totals.internal.links},
                           {"anchors", totals.internal.anchors},
                           {"links_checked", totals.loaded}};
  if (totals.external) {
    counts["external"] = {{"links", totals.external_stats.links},
                          {"fetched", totals.external_stats.fetched},
                          {"cached", totals.external_stats.cached},
                          {"skipped", totals.external_stats.skipped}};
  }
  nlohmann::json report = {
      {"findings", std::move(list)}, {"summary", std::move(counts)}, {"summary_line", summary}};
  out << report.dump(2) << '\n';
}

}  // namespace

int run_check(const CheckOptions& options, std::ostream& out, std::ostream& err) {
  if (auto missing = missing_site_folder(options.source); !missing.empty()) {
    err << missing;
    return 1;
  }
  unsigned threads = options.threads ? options.threads : default_thread_count();
  Diagnostics diagnostics;
  Totals totals;
  DiskFileSystem files(options.source);
  auto loaded = load_checked_site(files, threads, diagnostics);
  if (loaded) {
    totals.loaded = true;
    const Site& site = loaded->site;
    RenderedIndex index = index_rendered(render_site(*loaded, threads));
    std::vector<ContentLink> links = collect_content_links(site);
    point_at_urls(links, options.source);
    Attribution attribution(links, site.config, templates_by_page(*loaded, options.source));
    std::map<std::string, ExternalUse> external;
    check_internal_links(index, site.config, attribution, diagnostics, totals.internal, external);
    if (options.external) {
      add_unshown_external_links(links, site.config, external);
      ExternalOptions external_options = options.external_options;
      external_options.fetch.user_agent += " (+" + site.config.base_url + ")";
      if (!options.use_cache) {
        external_options.cache_file.clear();
      } else if (external_options.cache_file.empty()) {
        external_options.cache_file =
            (fs::path(options.source) / ".cxo-cache" / "links.json").lexically_normal().string();
      }
      if (::isatty(STDERR_FILENO)) external_options.progress = &err;
      std::string cache_error;
      check_external_links(external, site.config.link_skip, external_options, diagnostics,
                           totals.external_stats, cache_error);
      totals.external = true;
      // Every request failing before any server answered says more about
      // this computer's network than about the links.
      const ExternalStats& stats = totals.external_stats;
      if (stats.fetched > 1 && stats.unanswered == stats.fetched) {
        err << "cxo: note: none of the " << stats.fetched
            << " URLs fetched got an answer (no host found or reached): is this computer "
               "offline, or behind a proxy cxo was not told of (https_proxy)?\n";
      }
      if (!cache_error.empty())
        err << "cxo: note: the link cache was not saved: " << cache_error << '\n';
    }
  }
  std::vector<Diagnostic> findings = diagnostics.sorted();
  print(findings, totals, options.json, options.strict, out);
  for (const auto& finding : findings) {
    if (finding.severity == Severity::Error) return 1;
    if (options.strict && finding.severity == Severity::Warning) return 1;
  }
  return totals.loaded ? 0 : 1;
}

}  // namespace cxo::check

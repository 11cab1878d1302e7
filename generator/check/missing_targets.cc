#include "check/missing_targets.h"

#include <optional>

#include "check/content_links.h"
#include "check/internal_links.h"
#include "check/url.h"
#include "markdown/links.h"

namespace cxo::check {

namespace {

// The site path a link leads to, when it leads into the site.
std::optional<std::string> internal_path(const ContentLink& link, const SiteConfig& config) {
  std::string resolved = markdown::resolve_link(link.url, link.page_folder);
  Target target;
  if (resolved.starts_with(markdown::kSiteRoot)) {
    target = resolve_target(std::string_view(resolved).substr(markdown::kSiteRoot.size()),
                            "index.html", config);
  } else {
    std::string scheme = scheme_of(link.url);
    if (scheme != "http" && scheme != "https") return std::nullopt;
    target = resolve_target(link.url, "index.html", config);
  }
  if (target.kind != Target::Kind::Internal) return std::nullopt;
  return target.path;
}

}  // namespace

void warn_of_missing_targets(std::vector<ContentLink> links, const SiteConfig& config,
                             const std::string& source_dir,
                             const std::function<bool(const std::string&)>& has_file,
                             const std::function<std::vector<std::string>()>& all_paths,
                             Diagnostics& diagnostics) {
  std::vector<ContentLink> broken;
  std::vector<std::string> paths;
  for (ContentLink& link : links) {
    auto path = internal_path(link, config);
    if (!path || has_file(*path)) continue;
    broken.push_back(std::move(link));
    paths.push_back(std::move(*path));
  }
  if (broken.empty()) return;
  // Rare: only now the index that suggestions are looked up in.
  RenderedIndex index;
  for (auto& path : all_paths()) index.files.insert(std::move(path));
  point_at_urls(broken, source_dir);
  for (std::size_t i = 0; i < broken.size(); ++i) {
    diagnostics.warning(broken[i].pos,
                        link_message(broken[i].url, missing_file_problem(paths[i], index)));
  }
}

}  // namespace cxo::check

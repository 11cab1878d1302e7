#include "check/attribution.h"

#include "markdown/links.h"

namespace cxo::check {

std::string match_key(const Target& target, std::string_view href) {
  if (target.kind == Target::Kind::Internal) {
    return "site:" + target.path + (target.has_fragment ? "#" + target.fragment : "");
  }
  return "url:" + normalized(href);
}

Attribution::Attribution(const std::vector<ContentLink>& links, const SiteConfig& config,
                         std::map<std::string, std::string> template_of_page)
    : config_(config), template_of_page_(std::move(template_of_page)) {
  for (const auto& link : links) {
    std::string key;
    // The same rewriting the renderer did: a path from the site root,
    // marked, or the URL unchanged when it has a scheme or leaves the site.
    std::string resolved = markdown::resolve_link(link.url, link.page_folder);
    if (resolved.starts_with(markdown::kSiteRoot)) {
      std::string_view from_root = std::string_view(resolved).substr(markdown::kSiteRoot.size());
      key = match_key(resolve_target(from_root, "index.html", config), from_root);
    }
    if (key.empty()) {
      // Absolute URLs keep their spelling: they may lead into the site
      // (base_url) or out of it.
      by_key_["url:" + normalized(link.url)].push_back(&link);
      std::string scheme = scheme_of(link.url);
      if (scheme == "http" || scheme == "https") {
        Target target = resolve_target(link.url, "index.html", config);
        if (target.kind == Target::Kind::Internal) by_key_[match_key(target, "")].push_back(&link);
      }
      continue;
    }
    by_key_[key].push_back(&link);
  }
}

std::vector<Origin> Attribution::origins(std::string_view href, const Target& target,
                                         const std::string& page) const {
  std::vector<Origin> found;
  auto add = [&](const std::string& key) {
    auto it = by_key_.find(key);
    if (it == by_key_.end()) return;
    for (const ContentLink* link : it->second) found.push_back({link->pos, link->url, false});
  };
  add("url:" + normalized(href));
  if (found.empty() && target.kind == Target::Kind::Internal) add(match_key(target, href));
  if (!found.empty()) return found;
  auto it = template_of_page_.find(page);
  SourcePos pos{it == template_of_page_.end() ? page : it->second, 0, 0};
  return {{pos, std::string(href), true}};
}

}  // namespace cxo::check

#include "load/site_config.h"

#include <cctype>

#include "load/source_file.h"
#include "load/yaml_reader.h"

namespace cxo::load {

namespace {

bool is_language_tag(const std::string& tag) {
  // BCP 47's shape: a language of 2 or 3 letters (the registry has none
  // longer, so "english" is a mistake), or the singleton 'x' (private use)
  // or 'i' (grandfathered tags) before at least one subtag; then subtags of
  // 1 to 8 letters and digits.
  std::size_t i = 0;
  while (i < tag.size() && std::isalpha(static_cast<unsigned char>(tag[i]))) ++i;
  bool singleton = i == 1 && (tag[0] == 'x' || tag[0] == 'X' || tag[0] == 'i' || tag[0] == 'I');
  if (singleton ? i == tag.size() : (i < 2 || i > 3)) return false;
  while (i < tag.size()) {
    if (tag[i] != '-') return false;
    std::size_t start = ++i;
    while (i < tag.size() && std::isalnum(static_cast<unsigned char>(tag[i]))) ++i;
    if (i - start < 1 || i - start > 8) return false;
  }
  return true;
}

}  // namespace

std::optional<std::string> normalized_base_url(std::string url, std::string& problem) {
  // Schemes are case-insensitive; addresses built from it are written in
  // lower case, as browsers show them.
  std::size_t scheme_end = url.find("://");
  if (scheme_end != std::string::npos) {
    for (std::size_t i = 0; i < scheme_end; ++i) {
      if (url[i] >= 'A' && url[i] <= 'Z') url[i] = static_cast<char>(url[i] + 32);
    }
  }
  bool absolute = (url.starts_with("https://") && url.size() > 8) ||
                  (url.starts_with("http://") && url.size() > 7);
  if (!absolute) {
    problem = "is not an absolute http or https URL, like 'https://www.example.org/cxo/'";
    return std::nullopt;
  }
  if (url.find_first_of("?#") != std::string::npos) {
    // Every address of the site is base_url followed by a path.
    problem =
        "has a query or fragment ('?' or '#'); it must be the address of the folder the site is "
        "served from, like 'https://www.example.org/cxo/'";
    return std::nullopt;
  }
  if (url.back() != '/') url += '/';
  return url;
}

std::optional<SiteConfig> load_site_config(const FileSystem& files, Diagnostics& diagnostics) {
  const std::string path = "site.yaml";
  if (files.type(path) == EntryType::Missing) {
    diagnostics.error({path, 0, 0},
                      "missing file; a site folder needs site.yaml (is --source the site folder?)");
    return std::nullopt;
  }
  auto text = read_text_file(files, path, diagnostics);
  if (!text) return std::nullopt;
  YamlSource source{path, 1};
  auto root = parse_yaml(*text, source, diagnostics);
  if (!root) return std::nullopt;
  if (!root->is_map()) {
    diagnostics.error(
        position(*root, source).line ? position(*root, source) : SourcePos{path},
        "site.yaml must be a map of settings (title, base_url, …), not " + describe(*root));
    return std::nullopt;
  }
  SiteConfig config;
  MapReader site(*root, source, "site.yaml", diagnostics);
  if (auto title = site.text("title", true)) config.title = *title;
  if (auto base_url = site.text("base_url", true)) {
    std::string problem;
    if (auto url = normalized_base_url(*base_url, problem)) {
      config.base_url = *url;
    } else {
      diagnostics.error(site.position_of("base_url"), "base_url '" + *base_url + "' " + problem);
      config.base_url = *base_url;
    }
  }
  if (auto language = site.text("language")) {
    if (is_language_tag(*language)) {
      config.language = *language;
    } else {
      std::string hyphenated = *language;
      for (char& c : hyphenated) c = c == '_' ? '-' : c;
      diagnostics.error(
          site.position_of("language"),
          "language '" + *language + "' is not a BCP 47 tag like 'en' or 'fr-CH'" +
              (is_language_tag(hyphenated) ? "; did you mean '" + hyphenated + "'?" : ""));
    }
  }
  if (auto description = site.text("description")) config.description = *description;
  if (auto theme = site.text("theme")) {
    // Checked here rather than when the theme loads, to point at the name.
    const std::string folder = "themes/" + *theme;
    if (!is_valid_id(*theme)) {
      diagnostics.error(site.position_of("theme"), invalid_id_message("theme", *theme));
    } else if (*theme != "default" && files.type(folder) == EntryType::Missing) {
      diagnostics.error(site.position_of("theme"),
                        "unknown theme '" + *theme + "': there is no folder " + folder +
                            " in the site, and the only built-in theme is 'default'");
    } else if (files.type(folder) == EntryType::Other) {
      diagnostics.error({folder, 0, 0}, kOutsideSiteMessage);
    } else {
      config.theme = *theme;
    }
  }
  if (auto output_dir = site.text("output_dir")) config.output_dir = *output_dir;
  if (auto markdown = site.node("markdown")) {
    if (markdown->is_map()) {
      MapReader options(*markdown, source, "markdown settings", diagnostics);
      if (auto unsafe = options.boolean("unsafe_html")) config.unsafe_html = *unsafe;
      options.finish({"unsafe_html"});
    } else {
      diagnostics.error(
          site.position_of("markdown"),
          "'markdown' must be a map (unsafe_html: false), not " + describe(*markdown));
    }
  }
  if (auto links = site.node("links")) {
    if (links->is_map()) {
      MapReader options(*links, source, "links settings", diagnostics);
      for (auto& [prefix, pos] : options.text_list("skip")) config.link_skip.push_back(prefix);
      options.finish({"skip"});
    } else {
      diagnostics.error(site.position_of("links"),
                        "'links' must be a map (skip: [...]), not " + describe(*links));
    }
  }
  site.finish(
      {"title", "base_url", "language", "description", "theme", "output_dir", "markdown", "links"});
  return config;
}

}  // namespace cxo::load

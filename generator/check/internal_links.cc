#include "check/internal_links.h"

#include <algorithm>
#include <set>

#include "util/suggest.h"

namespace cxo::check {

namespace {

// A typo is in one segment: the last one of `address`, compared with what
// its folder holds ("meetings/2024-12-09-dubia/" -> "meetings/2024-12-09-dubai/").
std::string closest_sibling(const std::string& address, const RenderedIndex& index) {
  bool folder = address.ends_with('/');
  std::string_view trimmed(address.data(), address.size() - (folder ? 1 : 0));
  std::string parent(trimmed.substr(0, trimmed.rfind('/') + 1));
  std::string name(trimmed.substr(parent.size()));
  std::set<std::string> siblings;
  for (auto it = index.files.lower_bound(parent);
       it != index.files.end() && it->starts_with(parent); ++it) {
    std::string rest = it->substr(parent.size());
    std::size_t slash = rest.find('/');
    siblings.insert(slash == std::string::npos ? rest : rest.substr(0, slash + 1));
  }
  std::vector<std::string> candidates;
  for (const auto& sibling : siblings) {
    if (sibling.ends_with('/') == folder) {
      candidates.push_back(folder ? sibling.substr(0, sibling.size() - 1) : sibling);
    }
  }
  std::string match = closest_match(name, candidates);
  return match.empty() ? match : parent + match + (folder ? "/" : "");
}

// A relative link whose first segment is a host name ("www.nokia.com/x"):
// an address written without "https://".
bool looks_like_host(std::string_view written) {
  std::string_view first = written.substr(0, written.find_first_of("/?#"));
  if (first.starts_with("www.") && first.size() > 4) return true;
  std::size_t dot = first.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || first.find("..") != std::string_view::npos) {
    return false;
  }
  std::string_view last = first.substr(dot + 1);
  // The endings of the files a site links to are not hosts' (.md is
  // Moldova's, but a report.md far more often).
  static const std::set<std::string_view> kFileEndings = {
      "html", "htm",  "pdf", "jpg",  "jpeg", "png",  "gif", "svg",  "webp", "xml",
      "md",   "css",  "js",  "json", "csv",  "ics",  "txt", "yaml", "yml",  "zip",
      "doc",  "docx", "ppt", "pptx", "xls",  "xlsx", "mp4", "webm", "mp3",  "ico"};
  if (last.size() < 2 || kFileEndings.count(last)) return false;
  return std::all_of(last.begin(), last.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

}  // namespace

std::string link_message(const std::string& written, const std::string& problem) {
  if (looks_like_host(written) && problem.find("not part of the site") != std::string::npos) {
    std::string_view before_hint = problem;
    before_hint = before_hint.substr(0, before_hint.find("; did you mean"));
    return "link '" + written + "' " + std::string(before_hint) + "; did you mean 'https://" +
           written + "'?";
  }
  return "link '" + written + "' " + problem;
}

std::string missing_file_problem(const std::string& path, const RenderedIndex& index) {
  if (index.files.contains(path)) return {};
  if (index.files.contains(path + "/index.html")) {
    return "leads to the folder '" + path +
           "' rather than its page; end the link with "
           "'/' so that it also works opened from disk";
  }
  std::string address = display_address(path);
  std::string match = closest_sibling(address, index);
  return "leads to " + address + ", which is not part of the site" +
         (match.empty() ? "" : "; did you mean " + match + "?");
}

namespace {

// What is wrong with an internal link, said of the link ("leads to …"); empty
// when it is fine.
std::string problem_with(const Target& target, const RenderedIndex& index, InternalStats& stats) {
  if (target.kind == Target::Kind::Outside) return "leads outside the site";
  ++stats.links;
  if (std::string problem = missing_file_problem(target.path, index); !problem.empty()) {
    return problem;
  }
  // "#" alone and "#top" go to the top of any page, with or without an id.
  if (!target.has_fragment || target.fragment.empty() || target.fragment == "top") return {};
  auto page = index.pages.find(target.path);
  if (page == index.pages.end() || !target.path.ends_with(".html")) return {};
  ++stats.anchors;
  if (page->second.anchors.contains(target.fragment)) return {};
  std::vector<std::string> anchors;
  for (const auto& anchor : page->second.anchors) anchors.push_back("#" + anchor);
  return "leads to " + display_address(target.path) + ", which has no anchor '#" + target.fragment +
         "'" + did_you_mean("#" + target.fragment, anchors);
}

// What to write instead of a link from the root of the host ("/meetings/x/"),
// which breaks when the archive is opened from disk or published below a
// folder: the same page of the archive, whether or not the link names the
// folder base_url is in, relative to the page the source is read against
// (a meeting's, an organization's or a topic's page, two folders deep; a
// free page's, one). Empty when it names no page of the archive.
std::string relative_instead(const SourcePos& source, std::string_view written,
                             const SiteConfig& config, const RenderedIndex& index) {
  std::size_t end = written.find_first_of("?#");
  std::string_view fragment = end == std::string_view::npos ? "" : written.substr(end);
  std::string_view address = written.substr(0, end);
  std::string_view root = base_path(config.base_url);
  address.remove_prefix(address.starts_with(root) ? root.size() : 1);
  std::string path(address);
  if (path.empty() || path.ends_with('/')) path += "index.html";
  if (!index.files.contains(path)) return {};
  std::string up = source.path.starts_with("content/pages/") ? "../" : "../../";
  return up + display_address(path) + std::string(fragment);
}

}  // namespace

RenderedIndex index_rendered(const RenderedSite& rendered) {
  RenderedIndex index;
  for (const auto& [path, bytes] : rendered.files) {
    index.files.insert(path);
    if (path.ends_with(".html") || path.ends_with(".xml")) index.pages[path] = scan_html(bytes);
  }
  // Published as they are: a link may lead to them, but their own links
  // (an HTML file in static/) are the author's, not checked.
  for (const auto& [path, source] : rendered.copies) index.files.insert(path);
  return index;
}

void check_internal_links(const RenderedIndex& index, const SiteConfig& config,
                          const Attribution& attribution, Diagnostics& diagnostics,
                          InternalStats& stats, std::map<std::string, ExternalUse>& external) {
  stats.files = index.files.size();
  // A broken link in a template breaks it on every page the template renders:
  // one finding per template and link, naming the first page.
  struct ThemeProblem {
    std::string first_page;
    std::size_t pages = 0;
  };
  std::map<std::pair<std::string, std::string>, ThemeProblem> theme_problems;

  for (const auto& [page, scan] : index.pages) {
    for (const auto& href : scan.links) {
      Target target = resolve_target(href, page, config);
      if (target.kind == Target::Kind::Ignored) continue;
      if (target.kind == Target::Kind::External) {
        std::string key = target.url + (target.has_fragment ? "#" + target.fragment : "");
        auto [it, inserted] = external.try_emplace(key);
        if (inserted) it->second = {target.url, target.fragment, target.has_fragment, {}};
        for (auto& origin : attribution.origins(href, target, page)) {
          it->second.origins.push_back(std::move(origin));
        }
        continue;
      }
      std::string problem = problem_with(target, index, stats);
      bool from_root = href.starts_with('/') && !href.starts_with("//");
      if (problem.empty() && !from_root) continue;
      for (const auto& origin : attribution.origins(href, target, page)) {
        if (origin.from_theme) {
          if (problem.empty()) continue;
          auto& entry = theme_problems[{origin.pos.path, "'" + href + "' " + problem}];
          if (entry.pages++ == 0) entry.first_page = page;
          continue;
        }
        const std::string& written = origin.written;
        if (written.starts_with('/') && !written.starts_with("//")) {
          std::string instead = relative_instead(origin.pos, written, config, index);
          diagnostics.error(
              origin.pos,
              "link '" + written +
                  "' starts with '/', so it breaks when the archive is opened "
                  "from disk or published below a folder; write it relative" +
                  (instead.empty() ? std::string(" to the page it is on") : ": '" + instead + "'"));
          continue;
        }
        if (problem.empty()) continue;
        diagnostics.error(origin.pos, link_message(written, problem));
      }
    }
  }
  for (const auto& [key, entry] : theme_problems) {
    std::string where = display_address(entry.first_page);
    if (entry.pages > 1) {
      where += " and " + std::to_string(entry.pages - 1) +
               (entry.pages == 2 ? " other page" : " other pages");
    }
    diagnostics.error({key.first, 0, 0},
                      "internal error: the theme's link " + key.second + " (on " + where +
                          "); this is a bug in cxo or in the theme, not in the content");
  }
}

}  // namespace cxo::check

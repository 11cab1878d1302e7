#include "markdown/links.h"

#include <cstring>
#include <vector>

namespace cxo::markdown {

bool is_relative_link(std::string_view url) {
  if (url.empty() || url.starts_with("/")) return false;
  std::size_t scheme_end = url.find(':');
  std::size_t first_delimiter = url.find_first_of("/?#");
  bool has_scheme = scheme_end != std::string_view::npos &&
                    (first_delimiter == std::string_view::npos || scheme_end < first_delimiter);
  return !has_scheme;
}

std::string resolve_link(std::string_view url, std::string_view page_folder) {
  if (!is_relative_link(url)) return std::string(url);
  std::size_t suffix_at = url.find_first_of("?#");
  std::string_view path = url.substr(0, suffix_at);
  std::string_view suffix = suffix_at == std::string_view::npos ? "" : url.substr(suffix_at);

  std::vector<std::string> segments;
  auto push_path = [&](std::string_view text) -> bool {
    std::size_t start = 0;
    while (start <= text.size()) {
      std::size_t end = text.find('/', start);
      if (end == std::string_view::npos) end = text.size();
      std::string_view segment = text.substr(start, end - start);
      if (segment == "..") {
        if (segments.empty()) return false;
        segments.pop_back();
      } else if (!segment.empty() && segment != ".") {
        segments.emplace_back(segment);
      }
      start = end + 1;
    }
    return true;
  };
  push_path(page_folder);
  std::string_view last_segment = path.substr(path.rfind('/') + 1);
  bool folder = path.empty() || path.ends_with("/") || last_segment == "." || last_segment == "..";
  if (!push_path(path)) return std::string(url);

  std::string resolved(kSiteRoot);
  for (const auto& segment : segments) {
    resolved += segment;
    resolved += '/';
  }
  if (folder) {
    resolved += "index.html";
  } else if (!segments.empty()) {
    resolved.pop_back();
  }
  resolved += suffix;
  return resolved;
}

std::string page_link(std::string_view url, std::string_view page_folder) {
  std::string resolved = resolve_link(url, page_folder);
  if (resolved.starts_with(kSiteRoot)) resolved.replace(0, kSiteRoot.size(), kRenderedSiteRoot);
  return resolved;
}

void relink_page(std::string& html, std::string_view root) {
  // Look for the mark itself, not for `="`: '%' is rare in HTML and '='
  // is in every attribute.
  constexpr std::string_view kQuote = "=\"";
  auto next_mark = [&](std::size_t from) {
    for (std::size_t at = html.find(kRenderedSiteRoot, from); at != std::string::npos;
         at = html.find(kRenderedSiteRoot, at + 1)) {
      if (at >= kQuote.size() && html.compare(at - kQuote.size(), kQuote.size(), kQuote) == 0) {
        return at;
      }
    }
    return std::string::npos;
  };
  std::size_t at = next_mark(0);
  if (at == std::string::npos) return;
  std::string result;
  result.reserve(html.size() + 64);
  std::size_t copied = 0;
  while (at != std::string::npos) {
    result.append(html, copied, at - copied);
    result.append(root);
    copied = at + kRenderedSiteRoot.size();
    at = next_mark(copied);
  }
  result.append(html, copied, std::string::npos);
  html = std::move(result);
}

}  // namespace cxo::markdown

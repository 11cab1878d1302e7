#include "data/urls.h"

#include "markdown/links.h"
#include "util/ascii_case.h"
#include "util/xml_escape.h"
#include "views/context.h"

namespace cxo::data {

std::string absolute_url(const SiteConfig& config, std::string_view path) {
  std::string_view pretty = path;
  if (pretty == "index.html") {
    pretty = {};
  } else if (pretty.ends_with("/index.html")) {
    pretty.remove_suffix(10);
  }
  return config.base_url + std::string(pretty);
}

std::string absolute_link(const SiteConfig& config, std::string_view url,
                          std::string_view page_folder) {
  std::string resolved = markdown::resolve_link(url, page_folder);
  if (!resolved.starts_with(markdown::kSiteRoot)) return resolved;
  return absolute_url(config, std::string_view(resolved).substr(markdown::kSiteRoot.size()));
}

std::string encode_fragment(std::string_view anchor) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : anchor) {
    bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                 std::string_view("-._~!$&'()*+,;=:@/?").find(static_cast<char>(c)) !=
                     std::string_view::npos;
    if (plain) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

std::string meeting_url(const SiteConfig& config, const Meeting& meeting, std::string_view anchor) {
  std::string url = absolute_url(config, views::meeting_path(meeting));
  if (!anchor.empty()) {
    url += '#';
    url += encode_fragment(anchor);
  }
  return url;
}

bool is_example_address(std::string_view base_url) {
  std::size_t start = base_url.find("://");
  if (start == std::string_view::npos) return false;
  std::string_view host = base_url.substr(start + 3);
  host = host.substr(0, host.find_first_of(":/"));
  const std::string lower = ascii_lower(host);
  for (std::string_view domain : {"example.com", "example.net", "example.org"}) {
    // The domain itself or a name under it, but not "notexample.org".
    if (lower.ends_with(domain) &&
        (lower.size() == domain.size() || lower[lower.size() - domain.size() - 1] == '.')) {
      return true;
    }
  }
  for (std::string_view tld : {".example", ".test", ".invalid", ".localhost"}) {
    if (lower.ends_with(tld)) return true;
  }
  return lower == "localhost";
}

}  // namespace cxo::data

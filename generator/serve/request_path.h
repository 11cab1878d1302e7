#pragma once
// Which file of the site a request asks for. The site is served from memory,
// so a path can only name a file the build produced; still, anything that
// tries to climb out ("..", "%2e%2e", "..%2f", a backslash) is refused here,
// before any lookup, so no later change can turn it into a file read.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cxo::serve {

struct RequestPath {
  std::vector<std::string> segments;  // decoded, never empty, ".", ".." nor holding '/' or '\'
  bool folder = false;                // ended with '/' (a folder's index.html)
};

// Splits "/a/b%20c/?q#f" into {"a", "b c"}; nullopt for a target that is not
// an absolute path, has a bad or NUL escape, or climbs.
std::optional<RequestPath> parse_request_path(std::string_view target);

// "%41" -> "A"; nullopt for a malformed escape or a decoded control character.
std::optional<std::string> percent_decode(std::string_view text);

// The site's own folder on its server, from base_url: "https://x/cxo/" -> {"cxo"}.
std::vector<std::string> base_segments(const std::string& base_url);

}  // namespace cxo::serve

#pragma once
// The small pieces of URL handling the link check needs: decoding what HTML
// and percent-encoding put on a link, and resolving a link against the page
// that holds it to a file of the rendered site.
#include <optional>
#include <string>
#include <string_view>

#include "model/site.h"

namespace cxo::check {

// "%C3%A9" -> "é". Invalid escapes are kept as written.
std::string percent_decode(std::string_view text);

// "&amp;" -> "&", "&#233;" -> "é": attribute values as the browser reads them.
std::string decode_entities(std::string_view text);

// The scheme in lower case ("https"), or empty for a relative URL.
std::string scheme_of(std::string_view url);

// "https://host:8080/x" -> "host:8080", lower-cased; empty when there is none.
std::string host_of(std::string_view url);

// What a link on a page of the rendered site leads to.
struct Target {
  enum class Kind {
    Internal,  // a file of the site: `path`, maybe with `fragment`
    External,  // http or https outside the site: `url`
    Outside,   // relative or absolute path that leaves the site
    Ignored,   // mailto:, tel:, data: and the like
  };
  Kind kind = Kind::Ignored;
  std::string path;      // site path of a file, "meetings/x/index.html"
  std::string fragment;  // percent-decoded, without '#'
  bool has_fragment = false;
  std::string url;  // External: without its fragment
};

// `href` as the browser reads it (entities decoded), on the page whose site
// path is `page` ("meetings/x/index.html"). Links under base_url are
// internal, whatever form they take.
Target resolve_target(std::string_view href, std::string_view page, const SiteConfig& config);

// The address a reader sees for a site path: "meetings/x/" for
// "meetings/x/index.html", "./" for "index.html".
std::string display_address(std::string_view path);

// The path part of base_url: "/cxo/" for "https://host/cxo/", "/" for a
// site at the host's root.
std::string_view base_path(std::string_view base_url);

// The form two spellings of one URL share, for matching a link in the HTML
// with the one written in the content: entities and percent-escapes decoded.
std::string normalized(std::string_view url);

}  // namespace cxo::check

#pragma once
// Reads the links and anchors out of a page of the rendered site, or out of
// any page fetched by the external check. Not a full HTML parser: it reads
// tags and their attributes, skips comments, scripts and styles, which is
// all a link check needs from HTML that cxo writes or a server sends.
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace cxo::check {

struct HtmlScan {
  // href and src values (and sitemap <loc> texts), entities decoded, in
  // document order.
  std::vector<std::string> links;
  // Every id, and every name of an <a>: what a fragment may point at.
  std::set<std::string, std::less<>> anchors;
};

HtmlScan scan_html(std::string_view html);

}  // namespace cxo::check

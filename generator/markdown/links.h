#pragma once
// Relative links in content are written relative to the page that holds the
// text ("../sources/" in content/pages/about.md). The same text is also
// quoted on other pages (a communiqué section on a topic's page, the latest
// communiqué on the home page), so the renderer resolves each relative link
// to a path from the site root, marked with kSiteRoot; when a page is
// rendered, relink_page replaces the mark with that page's way back to the
// root ("../../"). Links to folders get index.html, so the site also works
// opened from disk.
#include <string>
#include <string_view>

namespace cxo::markdown {

// The mark put in front of resolved links. cmark writes it percent-encoded,
// as "%02"; since every relative URL from content gets the mark, an href
// starting with %02 in rendered HTML is always one of ours.
inline constexpr std::string_view kSiteRoot = "\x02";
inline constexpr std::string_view kRenderedSiteRoot = "%02";

// "../sources/" on page "about/" -> "\x02sources/index.html". URLs with a
// scheme, protocol-relative or absolute-path URLs are returned unchanged, as
// are links that climb above the site root.
std::string resolve_link(std::string_view url, std::string_view page_folder);

// Whether resolve_link would read `url` against a page: not empty, without
// a scheme and not an absolute path.
bool is_relative_link(std::string_view url);

// A URL an editor wrote in YAML (a document's, a follow-up step's, an
// organization's website), for an HTML page: a relative one is read against
// `page_folder`, the page of what it belongs to, as a link in that page's
// Markdown would be, and marked so that relink_page fits it to each page.
std::string page_link(std::string_view url, std::string_view page_folder);

// Replaces every `="%02` in rendered HTML with `="<root>`.
void relink_page(std::string& html, std::string_view root);

}  // namespace cxo::markdown

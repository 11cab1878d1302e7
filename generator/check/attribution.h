#pragma once
// Which source a link found in a rendered page came from. Markdown text is
// quoted on several pages (a communiqué section on its topic's page), each
// time with its relative links rewritten for that page, so links are matched
// by what they lead to rather than by how the page spells them. A link no
// content file holds was written by the theme's templates.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "check/content_links.h"
#include "check/url.h"

namespace cxo::check {

struct Origin {
  SourcePos pos;        // the Markdown or YAML holding the link, or the template
  std::string written;  // the link as written there
  bool from_theme = false;
};

class Attribution {
 public:
  // `template_of_page`: output path -> the template file that renders it.
  Attribution(const std::vector<ContentLink>& links, const SiteConfig& config,
              std::map<std::string, std::string> template_of_page);

  // Where the link `href` (entities decoded) on `page` was written.
  std::vector<Origin> origins(std::string_view href, const Target& target,
                              const std::string& page) const;

 private:
  const SiteConfig& config_;
  std::map<std::string, std::vector<const ContentLink*>> by_key_;
  std::map<std::string, std::string> template_of_page_;
};

// The key a link is matched by: what it leads to inside the site, or the
// URL itself (decoded) for anything else.
std::string match_key(const Target& target, std::string_view href);

}  // namespace cxo::check

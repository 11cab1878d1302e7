#pragma once
// Every link an editor wrote, with where it was written: Markdown links in
// communiqués, free pages and topic summaries, and the URLs in YAML
// (documents, organizations, follow-up, a communiqué's source). The check
// finds problems in the rendered pages and reports them here, at the
// Markdown or YAML that holds the link.
#include <string>
#include <vector>

#include "model/site.h"

namespace cxo::check {

struct ContentLink {
  std::string url;  // as written
  SourcePos pos;
  // Content is written for one page ("meetings/<id>/") and quoted on others;
  // its relative links, in Markdown and in YAML, were resolved from that
  // page (see markdown/links.h).
  std::string page_folder;
};

std::vector<ContentLink> collect_content_links(const Site& site);
// Those of one meeting: its meeting.yaml and communiqué.
void collect_meeting_links(const Meeting& meeting, std::vector<ContentLink>& links);

// Moves each position onto the URL itself when the file holds it there:
// loaders record where a link or a YAML entry starts, and a folded YAML
// summary loses its line breaks before Markdown sees it.
void point_at_urls(std::vector<ContentLink>& links, const std::string& source_dir);

}  // namespace cxo::check

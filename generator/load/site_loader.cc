#include "load/site_loader.h"

#include "load/meetings.h"
#include "load/pages.h"
#include "load/registers.h"
#include "load/site_config.h"
#include "load/static_files.h"
#include "util/parallel.h"

namespace cxo::load {

std::optional<Site> load_site(const FileSystem& files, unsigned threads, Diagnostics& diagnostics) {
  auto config = load_site_config(files, diagnostics);
  if (!config) return std::nullopt;
  Site site;
  site.config = *config;
  EntryType content_type = files.type("content");
  if (content_type != EntryType::Directory) {
    diagnostics.error({"content", 0, 0},
                      content_type == EntryType::Other
                          ? kOutsideSiteMessage
                          : "missing folder; the site's content belongs in content/");
    return std::nullopt;
  }
  site.organizations = load_organizations(files, diagnostics);
  site.topics = load_topics(files, site.config.unsafe_html, diagnostics);
  site.pages = load_pages(files, site.config.unsafe_html, diagnostics);
  std::vector<std::string> page_names;
  for (const auto& page : site.pages) page_names.push_back(page.name);
  site.static_files = load_static_folder(files, page_names, diagnostics);

  // Meetings are independent of each other: check and parse them (YAML and
  // Markdown) on every core.
  auto names = list_meeting_entries(files, diagnostics);
  std::vector<std::optional<Meeting>> loaded(names.size());
  parallel_for(names.size(), threads, [&](std::size_t i) {
    if (is_meeting_folder(files, names[i], diagnostics)) {
      loaded[i] = load_meeting(files, names[i], site.config.unsafe_html, diagnostics);
    }
  });
  for (auto& meeting : loaded) {
    if (meeting) site.meetings.push_back(std::move(*meeting));
  }
  return site;
}

}  // namespace cxo::load

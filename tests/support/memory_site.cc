#include "support/memory_site.h"

#include "load/site_loader.h"
#include "model/link.h"

namespace cxo::testing {

MemorySite load_memory_site(MemoryFileSystem files) {
  if (files.type("site.yaml") == EntryType::Missing) {
    files.add("site.yaml", "title: Test\nbase_url: https://example.org/\n");
  }
  MemorySite result;
  Diagnostics diagnostics;
  auto site = load::load_site(files, 1, diagnostics);
  if (site) {
    result.site = std::move(*site);
    link_site(result.site, diagnostics);
    result.indexes = build_indexes(result.site);
  }
  for (const auto& d : diagnostics.sorted()) result.diagnostics.push_back(format_diagnostic(d));
  return result;
}

void add_meeting(MemoryFileSystem& files, const std::string& id, const std::string& yaml,
                 const std::string& communique) {
  files.add("content/meetings/" + id + "/meeting.yaml", yaml);
  if (!communique.empty()) files.add("content/meetings/" + id + "/communique.md", communique);
}

int meeting_index(const Site& site, const std::string& id) {
  auto it = site.meeting_index.find(id);
  return it == site.meeting_index.end() ? -1 : it->second;
}
int topic_index(const Site& site, const std::string& id) {
  auto it = site.topic_index.find(id);
  return it == site.topic_index.end() ? -1 : it->second;
}
int organization_index(const Site& site, const std::string& id) {
  auto it = site.organization_index.find(id);
  return it == site.organization_index.end() ? -1 : it->second;
}

}  // namespace cxo::testing

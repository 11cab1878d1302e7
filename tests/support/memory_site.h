#pragma once
// Builds a linked Site from files held in memory, for unit tests of the
// model and views without touching the disk.
#include <string>
#include <vector>

#include "model/indexes.h"
#include "model/site.h"
#include "util/file_system.h"

namespace cxo::testing {

struct MemorySite {
  Site site;
  Indexes indexes;
  std::vector<std::string> diagnostics;  // formatted
};

// `files` already holds content/…; a minimal site.yaml is added when absent.
MemorySite load_memory_site(MemoryFileSystem files);

// "content/meetings/<id>/meeting.yaml" and, when `communique` is not empty,
// its communique.md.
void add_meeting(MemoryFileSystem& files, const std::string& id, const std::string& yaml,
                 const std::string& communique = "");

int meeting_index(const Site& site, const std::string& id);
int topic_index(const Site& site, const std::string& id);
int organization_index(const Site& site, const std::string& id);

}  // namespace cxo::testing

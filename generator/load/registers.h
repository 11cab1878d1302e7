#pragma once
// The two registers: content/organizations.yaml and content/topics.yaml.
#include <vector>

#include "model/site.h"
#include "util/file_system.h"

namespace cxo::load {

std::vector<Organization> load_organizations(const FileSystem& files, Diagnostics& diagnostics);
std::vector<Topic> load_topics(const FileSystem& files, bool unsafe_html,
                               Diagnostics& diagnostics);

}  // namespace cxo::load

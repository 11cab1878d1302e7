#pragma once
// content/meetings/<id>/: meeting.yaml and communique.md, one folder a
// meeting. References are left unresolved; model/link.cc resolves them.
#include <vector>

#include "model/site.h"
#include "util/file_system.h"

namespace cxo::load {

// The meeting folders' names, sorted; reports names that are not ids.
std::vector<std::string> list_meeting_folders(const FileSystem& files, Diagnostics& diagnostics);

// One meeting; nullopt when meeting.yaml is missing or unusable.
std::optional<Meeting> load_meeting(const FileSystem& files, const std::string& id,
                                    bool unsafe_html, Diagnostics& diagnostics);

}  // namespace cxo::load

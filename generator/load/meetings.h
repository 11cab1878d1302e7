#pragma once
// content/meetings/<id>/: meeting.yaml and communique.md, one folder a
// meeting. References are left unresolved; model/link.cc resolves them.
#include <vector>

#include "model/site.h"
#include "util/file_system.h"

namespace cxo::load {

// The names in content/meetings, sorted; is_meeting_folder tells which are meetings
// (and reports the rest), so that the checks run on every core.
std::vector<std::string> list_meeting_entries(const FileSystem& files, Diagnostics& diagnostics);
bool is_meeting_folder(const FileSystem& files, const std::string& name, Diagnostics& diagnostics);

// One meeting; nullopt when meeting.yaml is missing or unusable.
std::optional<Meeting> load_meeting(const FileSystem& files, const std::string& id,
                                    bool unsafe_html, Diagnostics& diagnostics);

}  // namespace cxo::load

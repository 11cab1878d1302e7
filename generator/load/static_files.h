#pragma once
// Files published as they are (model/site.h, StaticFile): everything in the
// site's static/ folder, at the same path in the output, as in Hugo and
// Zola; and the files a meeting's folder holds beside meeting.yaml and
// communique.md, beside the meeting's page, so that its communiqué can link
// to "photo.jpg" or "communique.pdf" by name. Names starting with '.' are
// skipped (.gitkeep, .DS_Store).
#include <string>
#include <vector>

#include "model/site.h"
#include "util/diagnostics.h"
#include "util/file_system.h"

namespace cxo::load {

// static/, which may be absent. A file where the archive's own pages go is
// an error: under one of their folders (meetings/, search/, …), one of
// their root files (index.html, feed.xml, …), or a free page's address
// (`page_names`: about -> about/index.html).
std::vector<StaticFile> load_static_folder(const FileSystem& files,
                                           const std::vector<std::string>& page_names,
                                           Diagnostics& diagnostics);

// content/meetings/<id>/ but for meeting.yaml and communique.md. Other
// Markdown or YAML files there are ignored with a warning (most are a
// misspelled communique.md); an index.html, which would replace the
// meeting's page, is an error.
std::vector<StaticFile> load_meeting_files(const FileSystem& files, const std::string& id,
                                           Diagnostics& diagnostics);

}  // namespace cxo::load

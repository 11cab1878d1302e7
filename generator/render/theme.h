#pragma once
// A theme: Mustache templates (templates/*.mustache) and static files
// (static/**, copied to the output as they are). The built-in theme is
// compiled into cxo; a site's own themes/<name>/ overrides it file by file.
#include <map>
#include <optional>
#include <string>

#include "render/mustache.h"
#include "util/diagnostics.h"
#include "util/file_system.h"

namespace cxo::render {

struct Theme {
  TemplateSet templates;
  std::map<std::string, std::string> static_files;  // output path -> bytes
};

// Loads the built-in theme, then the site's themes/<name>/ over it. An
// unknown theme name or a template that does not compile is reported.
std::optional<Theme> load_theme(const FileSystem& files, const std::string& name,
                                const SourcePos& name_pos, Diagnostics& diagnostics);

}  // namespace cxo::render

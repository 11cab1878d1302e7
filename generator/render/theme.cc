#include "render/theme.h"

#include <functional>

#include "load/source_file.h"
#include "render/embedded_theme.h"

namespace cxo::render {

namespace {

void collect_files(const FileSystem& files, const std::string& folder, const std::string& prefix,
                   std::map<std::string, std::string>& out, Diagnostics& diagnostics) {
  for (const auto& name : files.list(folder)) {
    std::string path = folder + "/" + name;
    std::string relative = prefix.empty() ? name : prefix + "/" + name;
    switch (files.type(path)) {
      case EntryType::Directory:
        collect_files(files, path, relative, out, diagnostics);
        break;
      case EntryType::File: {
        std::string bytes, error;
        if (files.read(path, bytes, error)) {
          out[relative] = std::move(bytes);
        } else {
          diagnostics.error({path, 0, 0}, error);
        }
        break;
      }
      case EntryType::Other:
        diagnostics.error({path, 0, 0}, kOutsideSiteMessage);
        break;
      default:
        break;
    }
  }
}

}  // namespace

std::optional<Theme> load_theme(const FileSystem& files, const std::string& name,
                                const SourcePos& name_pos, Diagnostics& diagnostics) {
  // Source path of each file, for error messages; built-in files are named
  // as they sit in cxo's own repository.
  std::map<std::string, std::pair<std::string, std::string>> merged;  // relative -> (path, bytes)
  for (const auto& file : embedded_theme_files()) {
    merged[std::string(file.path)] = {"(built-in theme) themes/default/" + std::string(file.path),
                                      std::string(file.bytes)};
  }
  const std::string folder = "themes/" + name;
  EntryType folder_type = files.type(folder);
  if (folder_type == EntryType::Directory) {
    std::map<std::string, std::string> own;
    collect_files(files, folder, "", own, diagnostics);
    for (auto& [relative, bytes] : own) merged[relative] = {folder + "/" + relative, bytes};
  } else if (folder_type == EntryType::Other) {
    diagnostics.error({folder, 0, 0}, kOutsideSiteMessage);
    return std::nullopt;
  } else if (name != "default") {
    diagnostics.error(name_pos, "unknown theme '" + name + "': there is no folder " + folder +
                                    " in the site, and the only built-in theme is 'default'");
    return std::nullopt;
  }

  Theme theme;
  bool ok = true;
  const std::string templates = "templates/", statics = "static/", suffix = ".mustache";
  for (auto& [relative, entry] : merged) {
    auto& [path, bytes] = entry;
    if (relative.starts_with(templates) && relative.ends_with(suffix)) {
      std::string template_name =
          relative.substr(templates.size(), relative.size() - templates.size() - suffix.size());
      std::vector<TemplateError> errors;
      if (!theme.templates.add(template_name, bytes, errors)) {
        ok = false;
        for (const auto& e : errors) diagnostics.error({path, e.line, e.column}, e.message);
      }
    } else if (relative.starts_with(statics)) {
      theme.static_files[relative.substr(statics.size())] = std::move(bytes);
    }
  }
  if (!ok) return std::nullopt;
  return theme;
}

}  // namespace cxo::render

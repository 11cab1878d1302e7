#include "load/static_files.h"

#include <algorithm>
#include <functional>

#include "load/archive_addresses.h"
#include "util/suggest.h"

namespace cxo::load {

namespace {

// What to do with one entry of a folder being published.
enum class Verdict { Publish, Skip };
using Filter =
    std::function<Verdict(const std::string& path, const std::string& name, EntryType type)>;

// Every file under `folder`, published at `output_folder` + its path there.
void collect(const FileSystem& files, const std::string& folder, const std::string& output_folder,
             const Filter& filter, std::vector<StaticFile>& out, Diagnostics& diagnostics) {
  for (const std::string& name : files.list(folder)) {
    if (name.starts_with('.')) continue;
    std::string path = folder + "/" + name;
    std::string output = output_folder + name;
    EntryType type = files.type(path);
    if (type == EntryType::Other) {
      diagnostics.error({path, 0, 0}, kOutsideSiteMessage);
      continue;
    }
    if (filter && filter(path, name, type) == Verdict::Skip) continue;
    if (type == EntryType::Directory) {
      collect(files, path, output + "/", nullptr, out, diagnostics);
      continue;
    }
    // Opened now, so that a file that cannot be read is reported with the
    // rest (and by cxo check); read when it is copied.
    std::string error;
    if (!files.read_in_pieces(
            path, [](std::string_view) { return false; }, error)) {
      diagnostics.error({path, 0, 0}, error);
      continue;
    }
    out.push_back({std::move(path), std::move(output)});
  }
}

}  // namespace

std::vector<StaticFile> load_static_folder(const FileSystem& files,
                                           const std::vector<std::string>& page_names,
                                           Diagnostics& diagnostics) {
  std::vector<StaticFile> out;
  const std::string folder = "static";
  EntryType type = files.type(folder);
  if (type == EntryType::Other) diagnostics.error({folder, 0, 0}, kOutsideSiteMessage);
  if (type != EntryType::Directory) return out;
  auto filter = [&](const std::string& path, const std::string& name, EntryType entry) {
    // assets/ is the theme's.
    if (entry == EntryType::Directory && (is_archive_folder(name) || name == "assets")) {
      std::string message = name + "/ holds the archive's own files; static/ may not add any";
      if (name == "meetings") {
        message += "; a meeting's files belong in its folder, content/meetings/<id>/";
      }
      diagnostics.error({path, 0, 0}, message);
      return Verdict::Skip;
    }
    if (entry != EntryType::Directory && is_archive_root_file(name)) {
      diagnostics.error({path, 0, 0},
                        "the archive makes its own " + name + "; rename or remove this file");
      return Verdict::Skip;
    }
    if (entry == EntryType::Directory &&
        std::find(page_names.begin(), page_names.end(), name) != page_names.end() &&
        files.type(path + "/index.html") != EntryType::Missing) {
      diagnostics.error({path + "/index.html", 0, 0},
                        "this would replace the page made from content/pages/" + name +
                            ".md; rename or remove it");
    }
    return Verdict::Publish;
  };
  collect(files, folder, "", filter, out, diagnostics);
  return out;
}

std::vector<StaticFile> load_meeting_files(const FileSystem& files, const std::string& id,
                                           Diagnostics& diagnostics) {
  std::vector<StaticFile> out;
  const std::string folder = "content/meetings/" + id;
  auto filter = [&](const std::string& path, const std::string& name, EntryType type) {
    if (name == "meeting.yaml" || name == "communique.md") return Verdict::Skip;
    if (type == EntryType::Directory) return Verdict::Publish;
    if (name == "index.html") {
      diagnostics.error({path, 0, 0}, "this would replace the meeting's page; rename or remove it");
      return Verdict::Skip;
    }
    if (name.ends_with(".md") || name.ends_with(".yaml") || name.ends_with(".yml")) {
      diagnostics.warning(
          {path, 0, 0},
          "ignored: a meeting's text is communique.md and its data meeting.yaml; other files "
          "here are published as they are, but not Markdown or YAML" +
              did_you_mean(name, {"communique.md", "meeting.yaml"}));
      return Verdict::Skip;
    }
    return Verdict::Publish;
  };
  collect(files, folder, "meetings/" + id + "/", filter, out, diagnostics);
  return out;
}

}  // namespace cxo::load

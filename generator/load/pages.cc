#include "load/pages.h"

#include "load/archive_addresses.h"
#include "load/markdown_file.h"
#include "load/source_file.h"

namespace cxo::load {

namespace {

// Names that would collide with the archive's own addresses. "assets" is
// free: a page there is assets/index.html, beside the theme's files (the
// default theme has no static/index.html).
bool is_reserved(const std::string& name) {
  return name == "index" || name == "404" || is_archive_folder(name);
}

}  // namespace

std::vector<FreePage> load_pages(const FileSystem& files, bool unsafe_html,
                                 Diagnostics& diagnostics) {
  std::vector<FreePage> pages;
  const std::string folder = "content/pages";
  if (files.type(folder) == EntryType::Other) {
    diagnostics.error({folder, 0, 0}, kOutsideSiteMessage);
  }
  if (files.type(folder) != EntryType::Directory) return pages;
  for (const auto& file_name : files.list(folder)) {
    const std::string path = folder + "/" + file_name;
    if (file_name.starts_with(".")) continue;
    if (!file_name.ends_with(".md")) {
      diagnostics.warning({path, 0, 0}, "ignored: free pages are Markdown files ending in .md");
      continue;
    }
    if (files.type(path) == EntryType::Other) {
      diagnostics.error({path, 0, 0}, kOutsideSiteMessage);
      continue;
    }
    std::string name = file_name.substr(0, file_name.size() - 3);
    if (!is_valid_id(name)) {
      diagnostics.error({path, 0, 0},
                        invalid_id_message("page", name, "the file name is the page's address"));
      continue;
    }
    if (is_reserved(name)) {
      diagnostics.error({path, 0, 0}, "page name '" + name +
                                          "' is taken by the archive's own pages; rename the file");
      continue;
    }
    auto file = load_markdown_file(files, path, unsafe_html, diagnostics);
    if (!file) continue;
    FreePage page;
    page.name = name;
    page.path = path;
    page.title = name;
    if (file->front_matter) {
      MapReader front(*file->front_matter, file->front_matter_source, "page front matter",
                      diagnostics);
      if (auto title = front.text("title")) page.title = *title;
      front.finish({"title"});
    }
    page.body = std::move(file->document);
    pages.push_back(std::move(page));
  }
  return pages;
}

}  // namespace cxo::load

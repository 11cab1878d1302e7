#include "load/markdown_file.h"

#include "load/source_file.h"
#include "load/spaced_link_addresses.h"
#include "load/unfinished_text.h"
#include "markdown/front_matter.h"
#include "markdown/render.h"
#include "util/utf8.h"

namespace cxo::load {

namespace {

// The address of the page a content file becomes, which its relative links
// are written against: content/meetings/<id>/communique.md is shown at
// meetings/<id>/, content/pages/<name>.md at <name>/.
std::string page_folder_of(const std::string& path) {
  const std::string content = "content/", pages = "content/pages/";
  if (path.starts_with(content + "meetings/")) {
    return path.substr(content.size(), path.rfind('/') + 1 - content.size());
  }
  if (path.starts_with(pages) && path.ends_with(".md")) {
    return path.substr(pages.size(), path.size() - pages.size() - 3) + "/";
  }
  return {};
}

}  // namespace

std::optional<MarkdownFile> load_markdown_file(const FileSystem& files, const std::string& path,
                                               bool unsafe_html, Diagnostics& diagnostics,
                                               std::vector<std::string> taken_anchors) {
  auto text = read_text_file(files, path, diagnostics);
  if (!text) return std::nullopt;
  MarkdownFile file;
  auto split = markdown::split_front_matter(*text);
  if (split.unterminated) {
    diagnostics.error({path, 1, 1},
                      "front matter opened with '---' is never closed by a '---' line");
    return std::nullopt;
  }
  if (split.has_front_matter) {
    file.front_matter_source = {path, split.yaml_first_line};
    auto yaml = parse_yaml(split.yaml, file.front_matter_source, diagnostics);
    if (yaml && !yaml->is_null()) {
      if (yaml->is_map()) {
        file.front_matter = std::move(*yaml);
      } else {
        diagnostics.error(position(*yaml, file.front_matter_source),
                          "front matter must be a map (key: value lines), not " + describe(*yaml));
      }
    }
  }
  markdown::RenderOptions options;
  options.unsafe_html = unsafe_html;
  options.path = path;
  options.first_line = split.body_first_line;
  options.page_folder = page_folder_of(path);
  options.taken_anchors = std::move(taken_anchors);
  file.document = markdown::render(split.body, options);
  find_unfinished_text(split.body, split.body_first_line, path, diagnostics);
  find_spaced_link_addresses(split.body, split.body_first_line, path, diagnostics);
  std::optional<CharacterColumns> columns;  // for the links only: most texts have none
  for (auto& link : file.document.links) {
    if (!columns) columns.emplace(split.body);
    link.pos.column = columns->column(link.pos.line - split.body_first_line + 1, link.pos.column);
    if (!has_allowed_scheme(link.url)) diagnostics.error(link.pos, bad_scheme_message(link.url));
  }
  return file;
}

}  // namespace cxo::load

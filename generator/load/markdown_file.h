#pragma once
// A Markdown file with optional front matter (communiqués, free pages).
#include <optional>
#include <string>
#include <vector>

#include "load/yaml_reader.h"
#include "markdown/document.h"
#include "util/file_system.h"

namespace cxo::load {

struct MarkdownFile {
  std::optional<YamlNode> front_matter;  // a map, when present
  YamlSource front_matter_source;
  markdown::Document document;
};

// Reads, splits and renders `path`; reports bad front matter and links whose
// scheme is not allowed. nullopt when the file cannot be read at all.
// `taken_anchors`: markdown::RenderOptions::taken_anchors.
std::optional<MarkdownFile> load_markdown_file(const FileSystem& files, const std::string& path,
                                               bool unsafe_html, Diagnostics& diagnostics,
                                               std::vector<std::string> taken_anchors = {});

}  // namespace cxo::load

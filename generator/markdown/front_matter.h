#pragma once
// A Markdown file may open with a YAML block between two "---" lines.
#include <string_view>

namespace cxo::markdown {

struct FrontMatterSplit {
  bool has_front_matter = false;
  bool unterminated = false;  // opened with "---" but never closed
  std::string_view yaml;      // between the fences
  int yaml_first_line = 0;    // 1-based line of the YAML's first line
  std::string_view body;      // after the closing fence
  int body_first_line = 1;    // 1-based line of the body's first line
};

FrontMatterSplit split_front_matter(std::string_view text);

}  // namespace cxo::markdown

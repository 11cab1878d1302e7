#include "markdown/front_matter.h"

namespace cxo::markdown {

namespace {

bool is_fence(std::string_view line) {
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) {
    line.remove_suffix(1);
  }
  return line == "---";
}

}  // namespace

FrontMatterSplit split_front_matter(std::string_view text) {
  FrontMatterSplit split;
  split.body = text;
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  std::size_t first_end = text.find('\n');
  if (first_end == std::string_view::npos || !is_fence(text.substr(0, first_end))) return split;
  split.has_front_matter = true;
  split.yaml_first_line = 2;
  std::size_t line_start = first_end + 1;
  int line = 2;
  while (line_start <= text.size()) {
    std::size_t line_end = text.find('\n', line_start);
    std::string_view current = text.substr(
        line_start, (line_end == std::string_view::npos ? text.size() : line_end) - line_start);
    if (is_fence(current)) {
      split.yaml = text.substr(first_end + 1, line_start - first_end - 1);
      split.body = line_end == std::string_view::npos ? std::string_view()
                                                      : text.substr(line_end + 1);
      split.body_first_line = line + 1;
      return split;
    }
    if (line_end == std::string_view::npos) break;
    line_start = line_end + 1;
    ++line;
  }
  split.unterminated = true;
  split.yaml = text.substr(first_end + 1);
  split.body = std::string_view();
  return split;
}

}  // namespace cxo::markdown

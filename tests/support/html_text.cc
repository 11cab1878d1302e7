#include "support/html_text.h"

namespace cxo::testing {

std::string html_text(const std::string& html) {
  std::string text;
  bool in_tag = false, space = false;
  for (std::size_t i = 0; i < html.size(); ++i) {
    char c = html[i];
    if (c == '<') {
      in_tag = true;
      space = true;
      continue;
    }
    if (in_tag) {
      in_tag = c != '>';
      continue;
    }
    if (c == '&') {
      static const std::pair<const char*, const char*> entities[] = {
          {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}};
      bool decoded = false;
      for (const auto& [entity, character] : entities) {
        if (html.compare(i, std::string(entity).size(), entity) == 0) {
          if (space && !text.empty()) text += ' ';
          space = false;
          text += character;
          i += std::string(entity).size() - 1;
          decoded = true;
          break;
        }
      }
      if (decoded) continue;
    }
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !text.empty()) text += ' ';
    space = false;
    text += c;
  }
  return text;
}

}  // namespace cxo::testing

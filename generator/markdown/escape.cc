#include "markdown/escape.h"

#include <array>

#include "util/byte_scan.h"

namespace cxo::markdown {

namespace {

bool has_markup(bytes::Block b) {
  return bytes::any_lane((b == '\\') | (b == '`') | (b == '*') | (b == '_') | (b == '[') |
                         (b == ']') | (b == '<') | (b == '>') | (b == '|') | (b == '#') |
                         (b == '~') | (b == '&'));
}

bool is_alphanumeric(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// "&copy;" and "&#169;" would be read as ©; "AT&T" and "R&D" are text.
bool opens_entity(std::string_view text, std::size_t ampersand) {
  std::size_t at = ampersand + 1;
  if (at < text.size() && text[at] == '#') ++at;
  std::size_t name = at;
  while (at < text.size() && is_alphanumeric(text[at])) ++at;
  return at > name && at < text.size() && text[at] == ';';
}

}  // namespace

void append_escaped(std::string& out, std::string_view text) {
  static constexpr auto kMarkup = [] {
    std::array<bool, 256> table{};
    for (unsigned char c : std::string_view("\\`*_[]<>|#~&")) table[c] = true;
    return table;
  }();
  std::size_t start = 0;
  for (std::size_t at = 0; at < text.size(); ++at) {
    at = bytes::skip_clean_blocks(text, at, has_markup);
    if (at == text.size()) break;
    char c = text[at];
    if (!kMarkup[static_cast<unsigned char>(c)]) continue;
    if (c == '&' && !opens_entity(text, at)) continue;
    out.append(text.substr(start, at - start));
    out += '\\';
    start = at;
  }
  out.append(text.substr(start));
}

std::string escaped(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 16);
  append_escaped(out, text);
  return out;
}

}  // namespace cxo::markdown

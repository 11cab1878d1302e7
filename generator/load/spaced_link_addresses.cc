#include "load/spaced_link_addresses.h"

#include <algorithm>

namespace cxo::load {

namespace {

// Whether `offset` lies in a fenced code block: counted from the start,
// and only for the rare text that looks like such a link. A fence may be
// indented as deep as the list item it belongs to; it is closed by one of
// the same character at least as long.
bool in_fenced_code(std::string_view body, std::size_t offset) {
  char fence = 0;
  std::size_t fence_length = 0;
  for (std::size_t start = 0; start < offset;) {
    std::size_t end = body.find('\n', start);
    if (end == std::string_view::npos || end >= offset) break;
    std::string_view line = body.substr(start, end - start);
    start = end + 1;
    std::size_t indent = line.find_first_of("`~");
    if (indent == std::string_view::npos || line.find_first_not_of(" >-*+.0123456789") < indent) {
      continue;
    }
    char c = line[indent];
    std::size_t length = line.find_first_not_of(c, indent);
    length = (length == std::string_view::npos ? line.size() : length) - indent;
    if (length < 3) continue;
    if (fence == 0) {
      fence = c;
      fence_length = length;
    } else if (c == fence && length >= fence_length &&
               line.find_first_not_of(' ', indent + length) == std::string_view::npos) {
      fence = 0;
    }
  }
  return fence != 0;
}

}  // namespace

void find_spaced_link_addresses(std::string_view body, int first_line, const std::string& path,
                                Diagnostics& diagnostics) {
  for (std::size_t open = body.find("]("); open != std::string_view::npos;
       open = body.find("](", open + 2)) {
    std::size_t start = open + 2;
    std::size_t close = body.find_first_of(")\n", start);
    if (close == std::string_view::npos || body[close] != ')') continue;
    std::string_view address = body.substr(start, close - start);
    std::size_t space = address.find(' ');
    // <a b> is how an address with spaces is written; after a space may
    // come the link's title, in quotes or brackets.
    if (space == std::string_view::npos || space == 0 || address.starts_with('<')) continue;
    std::size_t after = address.find_first_not_of(' ', space);
    if (after == std::string_view::npos || address[after] == '"' || address[after] == '\'' ||
        address[after] == '(') {
      continue;
    }
    // The bracketed text before it, on the same line.
    std::size_t line_start = body.rfind('\n', open);
    line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
    std::size_t text_open = body.rfind('[', open);
    if (text_open == std::string_view::npos || text_open < line_start) continue;
    if (text_open > line_start && body[text_open - 1] == '!') --text_open;
    // Inline code on the line before it: an odd number of backticks.
    if (std::count(body.begin() + line_start, body.begin() + text_open, '`') % 2 == 1) continue;
    if (in_fenced_code(body, open)) continue;
    int line = first_line + static_cast<int>(std::count(body.begin(), body.begin() + open, '\n'));
    std::string written(body.substr(text_open, close + 1 - text_open));
    std::string percent;
    for (char c : address) percent += c == ' ' ? std::string("%20") : std::string(1, c);
    // Columns count characters, as in every message.
    int column = 1 + static_cast<int>(std::count_if(
                         body.begin() + line_start, body.begin() + text_open,
                         [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
    diagnostics.warning({path, line, column},
                        "'" + written +
                            "' is no link, and is published as it is written: its address "
                            "holds a space; write <" +
                            std::string(address) + "> or " + percent +
                            ", or rename the file without spaces");
  }
}

}  // namespace cxo::load

#include "load/unfinished_text.h"

#include <algorithm>

namespace cxo::load {

namespace {

// What may stand before the placeholder on its line: indentation and the
// marks of a quote, heading or list item.
bool is_line_mark(char c) {
  return c == ' ' || c == '\t' || c == '>' || c == '#' || c == '*' || c == '-';
}

// At most 60 characters, cut between two UTF-8 sequences.
std::string shortened(std::string_view text) {
  std::size_t cut = 0;
  for (int characters = 0; cut < text.size() && characters < 57; ++characters) {
    do ++cut;
    while (cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80);
  }
  if (cut < text.size() && text.size() - cut > 3) {
    std::size_t end = text.find_last_not_of(' ', cut - 1) + 1;
    return std::string(text.substr(0, end)) + "...";
  }
  return std::string(text);
}

}  // namespace

void find_unfinished_text(std::string_view body, int first_line, const std::string& path,
                          Diagnostics& diagnostics) {
  // Every communiqué is read at each build: look for the word itself, then
  // at its line, rather than at every line.
  int line = first_line;
  std::size_t counted = 0;     // newlines before this offset are in `line`
  std::size_t line_start = 0;  // where `line` starts
  for (std::size_t hit = body.find("TODO"); hit != std::string_view::npos;
       hit = body.find("TODO", hit + 4)) {
    for (std::size_t at = body.find('\n', counted); at != std::string_view::npos && at < hit;
         at = body.find('\n', at + 1)) {
      ++line;
      line_start = at + 1;
    }
    counted = hit;
    if (!std::all_of(body.begin() + line_start, body.begin() + hit, is_line_mark)) continue;
    std::size_t line_end = body.find('\n', hit);
    std::string_view text =
        body.substr(hit, line_end == std::string_view::npos ? line_end : line_end - hit);
    if (text.ends_with('\r')) text.remove_suffix(1);
    diagnostics.warning({path, line, static_cast<int>(hit - line_start) + 1},
                        "unfinished text '" + shortened(text) + "' would be published as it is");
  }
}

}  // namespace cxo::load

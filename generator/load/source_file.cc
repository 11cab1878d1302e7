#include "load/source_file.h"

#include <algorithm>
#include <cstdio>

#include "markdown/anchor.h"
#include "util/utf8.h"

namespace cxo::load {

namespace {

// The line numbers of a Git merge conflict left in the text: a line opening
// with "<<<<<<<" and a later one opening with ">>>>>>>". Markdown would
// publish the markers (the "=======" between them even makes a heading),
// and YAML would fail on them with a message about something else.
std::optional<std::pair<int, int>> conflict_lines(std::string_view text) {
  auto opens_line = [&](std::size_t at) { return at == 0 || text[at - 1] == '\n'; };
  std::size_t start = text.find("<<<<<<<");
  while (start != std::string_view::npos && !opens_line(start)) {
    start = text.find("<<<<<<<", start + 1);
  }
  if (start == std::string_view::npos) return std::nullopt;
  std::size_t end = text.find(">>>>>>>", start);
  while (end != std::string_view::npos && !opens_line(end)) end = text.find(">>>>>>>", end + 1);
  if (end == std::string_view::npos) return std::nullopt;
  auto line_of = [&](std::size_t at) {
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + at, '\n'));
  };
  return std::pair{line_of(start), line_of(end)};
}

}  // namespace

std::optional<std::string> read_text_file(const FileSystem& files, const std::string& path,
                                          Diagnostics& diagnostics) {
  std::string contents, error;
  if (!files.read(path, contents, error)) {
    diagnostics.error({path, 0, 0}, error);
    return std::nullopt;
  }
  if (contents.find('\0') != std::string::npos) {
    diagnostics.error({path, 0, 0}, "this is a binary file, not text; save it as UTF-8 text");
    return std::nullopt;
  }
  if (auto bad = find_invalid_utf8(contents)) {
    char byte[8];
    std::snprintf(byte, sizeof byte, "0x%02X", bad->byte);
    diagnostics.error(
        {path, bad->line, bad->column},
        std::string("file is not valid UTF-8 (byte ") + byte + "); save it as UTF-8 text");
    return std::nullopt;
  }
  if (auto lines = conflict_lines(contents)) {
    diagnostics.error({path, lines->first, 1},
                      "unresolved Git merge conflict (lines " + std::to_string(lines->first) +
                          " to " + std::to_string(lines->second) +
                          "): keep one version and delete the marker lines '<<<<<<<', '=======' "
                          "and '>>>>>>>'");
    return std::nullopt;
  }
  return contents;
}

bool is_valid_id(std::string_view id) {
  if (id.empty() || id.front() == '-' || id.back() == '-') return false;
  char previous = 0;
  for (char c : id) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    if (!ok || (c == '-' && previous == '-')) return false;
    previous = c;
  }
  return true;
}

std::string invalid_id_message(std::string_view what, std::string_view id, std::string_view note) {
  std::string message = "invalid " + std::string(what) + " id '" + std::string(id) + "'" +
                        (note.empty() ? "" : " (" + std::string(note) + ")") +
                        ": ids use lower-case letters a-z, digits and single hyphens, since "
                        "they become addresses";
  std::string fixed = markdown::slugify(id);
  bool ascii = true;
  for (char c : fixed) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (ascii && is_valid_id(fixed) && fixed != id) message += "; did you mean '" + fixed + "'?";
  return message;
}

bool has_allowed_scheme(std::string_view written) {
  // Read the URL as a browser does (the WHATWG URL parser): without the
  // spaces and control characters around it and without tabs and line
  // breaks inside it, so that " javascript:" or "java\nscript:" is seen
  // for what a browser would run.
  std::size_t first = 0, last = written.size();
  while (first < last && static_cast<unsigned char>(written[first]) <= 0x20) ++first;
  while (last > first && static_cast<unsigned char>(written[last - 1]) <= 0x20) --last;
  std::string url;
  for (char c : written.substr(first, last - first)) {
    if (c != '\t' && c != '\n' && c != '\r') url += c;
  }
  std::size_t colon = url.find(':');
  if (colon == std::string_view::npos) return true;
  std::string_view scheme = std::string_view(url).substr(0, colon);
  for (std::size_t i = 0; i < scheme.size(); ++i) {
    char c = scheme[i];
    bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    bool other = (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
    // A ':' after a '/', '?' or '#' is no scheme: the URL is relative.
    if (!(letter || (i > 0 && other))) return true;
  }
  std::string lower;
  for (char c : scheme) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return lower == "http" || lower == "https" || lower == "mailto";
}

std::string bad_scheme_message(std::string_view url) {
  return "link '" + std::string(url) +
         "' uses a scheme other than http, https or mailto; use one of those or a relative link";
}

}  // namespace cxo::load

#include "load/source_file.h"

#include <cstdio>

#include "markdown/anchor.h"
#include "util/utf8.h"

namespace cxo::load {

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

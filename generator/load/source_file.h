#pragma once
#include <optional>
#include <string>

#include "util/diagnostics.h"
#include "util/file_system.h"

namespace cxo::load {

// Reads a content file as UTF-8 text. Reports an unreadable file, one that
// leads outside the site folder, a binary file (one holding NUL bytes), or one
// that is not valid UTF-8 (with the line and column of the first bad byte).
std::optional<std::string> read_text_file(const FileSystem& files, const std::string& path,
                                          Diagnostics& diagnostics);

// [a-z0-9]+(-[a-z0-9]+)*: ids become URL path segments.
bool is_valid_id(std::string_view id);
// The message for an invalid id, with a corrected spelling where one exists;
// `note` (e.g. "the folder name is the meeting's id") follows the id.
std::string invalid_id_message(std::string_view what, std::string_view id,
                               std::string_view note = {});

// True for a relative URL or one whose scheme is http, https or mailto.
bool has_allowed_scheme(std::string_view url);
std::string bad_scheme_message(std::string_view url);

}  // namespace cxo::load

#pragma once
// A link or image whose address holds a space ("![Group](group photo.jpg)")
// is no link in Markdown: the page shows the brackets and the address as
// text, and the photo beside it is never seen. Loading warns about each,
// with the two ways to write it; `cxo check --strict` fails on it.
#include <string>
#include <string_view>

#include "util/diagnostics.h"

namespace cxo::load {

// `body` is the Markdown after any front matter, whose first line is line
// `first_line` of `path`.
void find_spaced_link_addresses(std::string_view body, int first_line, const std::string& path,
                                Diagnostics& diagnostics);

}  // namespace cxo::load

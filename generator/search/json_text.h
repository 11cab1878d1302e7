#pragma once
// JSON text written directly: the index files are large (every document's
// text at 10,000 meetings is tens of megabytes), and building a JSON tree
// first would double the work.
#include <string>
#include <string_view>

namespace cxo::search {

// Appends `text` as a JSON string literal, quotes included. The text is
// UTF-8 (the loaders validated it); only quotes, backslashes and control
// characters are escaped.
void append_json_string(std::string& out, std::string_view text);

}  // namespace cxo::search

#pragma once
// Text written into Markdown so that it reads back as the same text.
#include <string>
#include <string_view>

namespace cxo::markdown {

// Appends `text` with a backslash before each character Markdown (with
// cmark-gfm's extensions) could read as markup anywhere in a line: \ ` * _
// [ ] < > | # ~, and & where it opens an entity ("&copy;"). Not the characters
// that are markup only at the start of a line (- + = and "1."): see
// markdown_writer.cc.
void append_escaped(std::string& out, std::string_view text);

std::string escaped(std::string_view text);

}  // namespace cxo::markdown

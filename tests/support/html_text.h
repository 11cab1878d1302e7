#pragma once
// The text of an HTML page as a reader sees it: tags dropped, entities for
// the characters cxo escapes decoded, whitespace folded. Tests assert on it
// so that markup changes don't break them, but wording changes do.
#include <string>

namespace cxo::testing {

std::string html_text(const std::string& html);

}  // namespace cxo::testing

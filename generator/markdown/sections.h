#pragma once
// Document::sections: where each body lies in the finished Document::html
// and Document::text, at the places the outline recorded
// (markdown/outline.h).
#include "markdown/document.h"
#include "markdown/outline.h"

namespace cxo::markdown {

void cut_sections(const Outline& outline, Document& result);

}  // namespace cxo::markdown

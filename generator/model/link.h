#pragma once
// Model stage: checks what no single file can check alone (unique ids,
// references between files, sections that must be headings of their
// communiqué), resolves every reference to an index, fills in defaults and
// puts meetings in date order.
#include "model/site.h"

namespace cxo {

void link_site(Site& site, Diagnostics& diagnostics, unsigned threads = 1);

// "CxO meeting, 9 December 2024, Dubai".
std::string default_title(const Meeting& meeting);

}  // namespace cxo

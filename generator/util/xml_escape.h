#pragma once
// Text made safe for XML and HTML, in content and in attribute values quoted
// either way: feeds, sitemaps, calendars and SVG charts share it.
#include <string>
#include <string_view>

namespace cxo {

std::string xml_escape(std::string_view text);

}  // namespace cxo

#pragma once
// The Content-Type of a site file, from its name.
#include <string>
#include <string_view>

namespace cxo::serve {

// "text/html; charset=utf-8" for "meetings/index.html"; a file type the
// site does not use is sent as application/octet-stream.
std::string content_type_of(std::string_view path);

}  // namespace cxo::serve

// schema.org data for search engines and other readers of the pages (issue 4).
#include "views/views.h"

namespace cxo::views {

std::string meeting_json_ld(const ViewContext& /*context*/, int /*meeting*/) { return {}; }

}  // namespace cxo::views

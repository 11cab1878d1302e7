// Search index shards and search page (issue 5).
#include "views/views.h"

namespace cxo::views {

void plan_search(const ViewContext& /*context*/, std::vector<PagePlan>& /*plans*/) {}

}  // namespace cxo::views

// Topic histories, conclusions tracker and the reports Resolution 68 asks for (issue 3).
#include "views/views.h"

namespace cxo::views {

void plan_history_pages(const ViewContext& /*context*/, std::vector<PagePlan>& /*plans*/) {}

}  // namespace cxo::views

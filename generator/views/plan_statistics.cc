// Statistics page (issue 4).
#include "views/views.h"

namespace cxo::views {

void plan_statistics_pages(const ViewContext& /*context*/, std::vector<PagePlan>& /*plans*/) {}

}  // namespace cxo::views

// Open data files and their documentation page (issue 4).
#include "views/views.h"

namespace cxo::views {

void plan_open_data(const ViewContext& /*context*/, std::vector<PagePlan>& /*plans*/) {}

}  // namespace cxo::views

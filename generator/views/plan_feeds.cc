// Atom feed, calendar, sitemap and robots.txt (issue 4).
#include "views/views.h"

namespace cxo::views {

void plan_feeds(const ViewContext& /*context*/, std::vector<PagePlan>& /*plans*/) {}

}  // namespace cxo::views

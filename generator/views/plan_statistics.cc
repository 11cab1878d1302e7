// Statistics page (issue 4).
#include <memory>

#include "model/archive_pages.h"
#include "model/statistics.h"
#include "views/statistics_views.h"
#include "views/views.h"

namespace cxo::views {

void plan_statistics_pages(const ViewContext& context, std::vector<PagePlan>& plans) {
  // Derived once, in one pass over the meetings, while the plan is made.
  auto statistics = std::make_shared<const Statistics>(compute_statistics(context.site()));
  plans.push_back({kStatisticsPage.path,
                   "statistics",
                   [&context, statistics] { return statistics_view(context, *statistics); },
                   {}});
}

}  // namespace cxo::views

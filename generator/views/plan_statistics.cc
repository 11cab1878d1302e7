// Statistics page (issue 4).
#include <memory>

#include "model/archive_pages.h"
#include "model/statistics.h"
#include "views/statistics_views.h"
#include "views/views.h"

namespace cxo::views {

void plan_statistics_pages(const ViewContext& context, const SharedStatistics& statistics,
                           std::vector<PagePlan>& plans) {
  plans.push_back({kStatisticsPage.path,
                   "statistics",
                   [&context, statistics] { return statistics_view(context, *statistics); },
                   {}});
}

}  // namespace cxo::views

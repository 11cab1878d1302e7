// Topic histories live on the topic pages (views/topic_views.cc); this lists
// the conclusions tracker and the reports Resolution 68 asks for, each
// report with its Markdown twin.
#include <memory>

#include "model/archive_pages.h"
#include "views/reports.h"
#include "views/views.h"

namespace cxo::views {

void plan_history_pages(const ViewContext& context, std::vector<PagePlan>& plans) {
  const Site& site = context.site();
  // Shared by the pages below; computed once, before any page is rendered.
  auto periods =
      std::make_shared<std::vector<PeriodAssessment>>(assess_periods(site, context.indexes()));

  plans.push_back(
      {kConclusionsPage.path, "conclusions", [&] { return conclusions_view(context); }, {}});
  plans.push_back({kReportsPage.path,
                   "reports",
                   [&, periods] { return reports_index_view(context, *periods); },
                   {}});
  plans.push_back(
      {kFollowUpPage.path, "report-follow-up", [&] { return follow_up_report_view(context); }, {}});
  plans.push_back(
      {"reports/follow-up/report.md", "", {}, [&] { return follow_up_report_markdown(context); }});
  for (std::size_t m = 0; m < site.meetings.size(); ++m) {
    if (!site.meetings[m].held()) continue;
    const std::string folder = "reports/tsag/" + site.meetings[m].id + "/";
    const int meeting = static_cast<int>(m);
    plans.push_back({folder + "index.html",
                     "report-tsag",
                     [&, meeting] {
                       return tsag_report_view(context,
                                               tsag_report(site, context.indexes(), meeting));
                     },
                     {}});
    plans.push_back({folder + "report.md", "", {}, [&, meeting] {
                       return tsag_report_markdown(context,
                                                   tsag_report(site, context.indexes(), meeting));
                     }});
  }
  for (std::size_t p = 0; p < periods->size(); ++p) {
    const std::string page = period_report_path((*periods)[p].period);
    const std::string folder = page.substr(0, page.size() - 10);  // without index.html
    plans.push_back({page,
                     "report-period",
                     [&, periods, p] { return period_report_view(context, (*periods)[p]); },
                     {}});
    plans.push_back({folder + "report.md", "", {}, [&, periods, p] {
                       return period_report_markdown(context, (*periods)[p]);
                     }});
  }
}

}  // namespace cxo::views

#include "views/views.h"

#include "model/archive_pages.h"
#include "util/parallel.h"

namespace cxo::views {

std::vector<PagePlan> plan_pages(const ViewContext& context) {
  std::vector<PagePlan> plans;
  plan_site_pages(context, plans);
  plan_search_index(context, plans, default_thread_count());
  return plans;
}

void plan_site_pages(const ViewContext& context, std::vector<PagePlan>& plans) {
  // The open data files are the largest; threads take files in this order,
  // so none is left alone with one of them at the end.
  // Derived once, in one pass over the meetings, while the plan is made.
  auto statistics = std::make_shared<const Statistics>(compute_statistics(context.site()));
  plan_open_data(context, statistics, plans);
  plan_archive_pages(context, plans);
  plan_history_pages(context, plans);
  plan_statistics_pages(context, statistics, plans);
  plan_feeds(context, plans);
  plan_search_page(context, plans);
  plan_static_files(context, plans);
}

void plan_archive_pages(const ViewContext& context, std::vector<PagePlan>& plans) {
  const Site& site = context.site();
  plans.push_back(html_page("index.html", "home", [&] { return home_view(context); }));
  plans.push_back(html_page("404.html", "404", [&] { return not_found_view(context); }));
  plans.push_back(
      html_page(kMeetingsPage.path, "meetings", [&] { return meetings_index_view(context); }));
  for (std::size_t i = 0; i < site.meetings.size(); ++i) {
    plans.push_back(html_page(meeting_path(site.meetings[i]), "meeting",
                              [&, i] { return meeting_view(context, static_cast<int>(i)); }));
  }
  plans.push_back(
      html_page(kTopicsPage.path, "topics", [&] { return topics_index_view(context); }));
  for (std::size_t i = 0; i < site.topics.size(); ++i) {
    plans.push_back(html_page(topic_path(site.topics[i]), "topic",
                              [&, i] { return topic_view(context, static_cast<int>(i)); }));
  }
  plans.push_back(html_page(kOrganizationsPage.path, "organizations",
                            [&] { return organizations_index_view(context); }));
  for (std::size_t i = 0; i < site.organizations.size(); ++i) {
    plans.push_back(html_page(organization_path(site.organizations[i]), "organization",
                              [&, i] { return organization_view(context, static_cast<int>(i)); }));
  }
  for (std::size_t i = 0; i < site.pages.size(); ++i) {
    plans.push_back(html_page(site.pages[i].name + "/index.html", "page",
                              [&, i] { return free_page_view(context, static_cast<int>(i)); }));
  }
}

}  // namespace cxo::views

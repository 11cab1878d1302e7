// Atom feed, calendar, sitemap and robots.txt (issue 4).
#include <memory>
#include <set>

#include "data/feeds.h"
#include "views/views.h"

namespace cxo::views {

void plan_feeds(const ViewContext& context, std::vector<PagePlan>& plans) {
  const Site& site = context.site();
  // The sitemap lists every HTML page planned before it, except the 404
  // page, which has no address of its own. The search page is planned after
  // the feeds (and only on request in the preview), so it is listed by its
  // permanent address.
  std::set<std::string> unique = {"search/index.html"};
  for (const auto& plan : plans) {
    if (!plan.template_name.empty() && plan.path != "404.html") unique.insert(plan.path);
  }
  std::vector<std::string> pages(unique.begin(), unique.end());
  plans.push_back({"feed.xml", "", {}, [&site] { return data::atom_feed(site); }});
  plans.push_back({"calendar.ics", "", {}, [&site] { return data::ics_calendar(site); }});
  auto listed = std::make_shared<const std::vector<std::string>>(std::move(pages));
  for (std::size_t file = 0; file < data::sitemap_file_count(listed->size()); ++file) {
    plans.push_back({data::sitemap_path(file), "", {}, [&site, listed, file] {
                       return data::sitemap_xml(site.config, *listed, file);
                     }});
  }
  plans.push_back({"robots.txt", "", {}, [&site] { return data::robots_txt(site.config); }});
}

}  // namespace cxo::views

#pragma once
// Views stage: what each page shows, as data for its template. One function
// per page type; plan_pages lists every page of the site with the function
// that builds its data, so pages can be built and rendered in parallel.
#include <functional>
#include <string>
#include <vector>

#include "views/context.h"

namespace cxo::views {

struct PagePlan {
  std::string path;           // output file, e.g. "meetings/<id>/index.html"
  std::string template_name;  // e.g. "meeting"
  std::function<Value()> data;
};

std::vector<PagePlan> plan_pages(const ViewContext& context);

Value home_view(const ViewContext& context);
Value meetings_index_view(const ViewContext& context);
Value meeting_view(const ViewContext& context, int meeting);
Value organizations_index_view(const ViewContext& context);
Value organization_view(const ViewContext& context, int organization);
Value topics_index_view(const ViewContext& context);
Value topic_view(const ViewContext& context, int topic);
Value free_page_view(const ViewContext& context, int page);
Value not_found_view(const ViewContext& context);

// Shared pieces.
Value agenda_item_view(const ViewContext& context, const Meeting& meeting,
                       const AgendaItem& item);
Value conclusion_view(const Conclusion& conclusion);
// A source line: linked when it is a URL.
Value source_view(const std::string& source);

}  // namespace cxo::views

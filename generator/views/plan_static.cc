// Files published as they are: static/, and the files of meeting folders.
#include "views/views.h"

namespace cxo::views {

void plan_static_files(const ViewContext& context, std::vector<PagePlan>& plans) {
  const Site& site = context.site();
  for (const auto& file : site.static_files) {
    plans.push_back({file.output, {}, {}, [&file] { return file.bytes; }});
  }
  // By position, not by address: the preview swaps a meeting whose
  // communiqué changed in place, plans kept (serve/live_site.cc).
  for (std::size_t m = 0; m < site.meetings.size(); ++m) {
    for (std::size_t f = 0; f < site.meetings[m].files.size(); ++f) {
      plans.push_back({site.meetings[m].files[f].output, {}, {}, [&site, m, f] {
                         const auto& files = site.meetings[m].files;
                         return f < files.size() ? files[f].bytes : std::string();
                       }});
    }
  }
}

}  // namespace cxo::views

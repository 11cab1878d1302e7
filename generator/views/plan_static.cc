// Files published as they are: static/, and the files of meeting folders.
#include "views/views.h"

namespace cxo::views {

void plan_static_files(const ViewContext& context, std::vector<PagePlan>& plans) {
  const Site& site = context.site();
  for (const auto& file : site.static_files) {
    plans.push_back({file.output, {}, {}, {}, file.source});
  }
  for (const auto& meeting : site.meetings) {
    for (const auto& file : meeting.files) plans.push_back({file.output, {}, {}, {}, file.source});
  }
}

}  // namespace cxo::views

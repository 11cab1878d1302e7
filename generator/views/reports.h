#pragma once
// The reports Resolution 68 asks for, built once as plain data and then
// shown two ways: as an HTML page (views) and as Markdown beside it, ready
// to paste into a TSAG document (report_markdown.cc).
#include <string>
#include <string_view>
#include <vector>

#include "model/archive_pages.h"
#include "model/history.h"
#include "views/context.h"

namespace cxo::views {

// resolves 9: one held meeting's conclusions and, for each of its topics,
// the progression so far and how earlier meetings addressed it.
struct TsagReport {
  int meeting = -1;
  struct TopicPart {
    int item = -1;                  // the agenda item at this meeting
    std::vector<Mention> earlier;   // the latest earlier held meetings that discussed it
    std::size_t earlier_total = 0;  // all earlier held meetings that discussed it
    // A communiqué section may be about several topics; it is quoted once,
    // under the first of them, and the others point there. -1: quoted here.
    int quoted_under = -1;  // index into `topics`
  };
  // Earlier meetings shown in detail per topic; the topic's page has them
  // all. Showing every one would make each report grow with the archive,
  // and all of them together with its square.
  static constexpr std::size_t kEarlierShown = 5;
  std::vector<TopicPart> topics;
};
TsagReport tsag_report(const Site& site, const Indexes& indexes, int meeting);

// resolves 11: every open and in-progress conclusion with its trail.
std::vector<ConclusionRef> follow_up_conclusions(const Site& site);
std::string as_of_text(const Site& site);

// The facts a report states in both its forms, so that the page and its
// Markdown say the same. A meeting's organizations taking part are its
// participants and hosts, as on the statistics page: "35", "1 (hosts
// only)", or "not recorded".
std::string taking_part_text(const Meeting& meeting);
// "43 (36 new, 7 returning; participant lists for 2 of 3 meetings)", or
// "not recorded" when no meeting of the period lists its participants.
std::string period_taking_part_text(const PeriodAssessment& assessment);
// "106, published for 6 of 7 meetings"; empty when none published one.
std::string period_published_text(int total, int meetings_with, const PeriodAssessment& assessment);

std::string tsag_report_path(const Meeting& meeting);  // reports/tsag/<id>/index.html

Value conclusions_view(const ViewContext& context);
Value reports_index_view(const ViewContext& context, const std::vector<PeriodAssessment>& periods);
Value tsag_report_view(const ViewContext& context, const TsagReport& report);
Value follow_up_report_view(const ViewContext& context);
Value period_report_view(const ViewContext& context, const PeriodAssessment& assessment);

std::string tsag_report_markdown(const ViewContext& context, const TsagReport& report);
std::string follow_up_report_markdown(const ViewContext& context);
std::string period_report_markdown(const ViewContext& context, const PeriodAssessment& assessment);

// The conclusion a ref points at.
const Conclusion& conclusion_at(const Site& site, const ConclusionRef& ref);

}  // namespace cxo::views

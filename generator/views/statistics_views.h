#pragma once
// The statistics page: every chart with the table of its numbers.
#include "model/statistics.h"
#include "views/context.h"

namespace cxo::views {

Value statistics_view(const ViewContext& context, const Statistics& statistics);

// "Dec 2019 Dubai": a meeting as a chart's axis names it.
std::string short_meeting_label(const Meeting& meeting);

// Where only some held meetings name their organizations, a count of
// organizations rests on those: "from the 6 of 17 held meetings that name
// them". Empty when every held meeting does.
std::string naming_coverage(std::size_t naming, std::size_t held);

// "42%": a share of a whole, rounded to a whole percent.
long percent(long part, long whole);

}  // namespace cxo::views

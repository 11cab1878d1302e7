#pragma once
#include "model/site.h"

namespace cxo {

// The entry with the latest date decides a conclusion's status; on a tie the
// later entry in the list wins; with no entries the conclusion is open.
const FollowUp* latest_follow_up(const Conclusion& conclusion);
FollowUpStatus latest_status(const Conclusion& conclusion);

// The date the archive's record of the conclusions runs to: the latest
// held meeting or follow-up step. A report of their status holds as of
// then, whenever it is read (the build's own date would make every build
// differ).
std::optional<Date> record_date(const Site& site);

}  // namespace cxo

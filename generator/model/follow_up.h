#pragma once
#include "model/site.h"

namespace cxo {

// The entry with the latest date decides a conclusion's status; on a tie the
// later entry in the list wins; with no entries the conclusion is open.
const FollowUp* latest_follow_up(const Conclusion& conclusion);
FollowUpStatus latest_status(const Conclusion& conclusion);

}  // namespace cxo

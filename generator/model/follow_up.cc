#include "model/follow_up.h"

namespace cxo {

const FollowUp* latest_follow_up(const Conclusion& conclusion) {
  const FollowUp* latest = nullptr;
  for (const auto& entry : conclusion.follow_up) {
    if (!latest || entry.date.sort_key() >= latest->date.sort_key()) latest = &entry;
  }
  return latest;
}

FollowUpStatus latest_status(const Conclusion& conclusion) {
  const FollowUp* latest = latest_follow_up(conclusion);
  return latest ? latest->status : FollowUpStatus::Open;
}

}  // namespace cxo

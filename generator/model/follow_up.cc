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

std::optional<Date> record_date(const Site& site) {
  std::optional<Date> latest;
  auto note = [&](const Date& date) {
    if (!latest || date.sort_key() > latest->sort_key()) latest = date;
  };
  for (const Meeting& meeting : site.meetings) {
    if (!meeting.held()) continue;
    note(meeting.end_date.value_or(meeting.date));
    for (const AgendaItem& item : meeting.topics) {
      for (const Conclusion& conclusion : item.conclusions) {
        for (const FollowUp& entry : conclusion.follow_up) note(entry.date);
      }
    }
  }
  return latest;
}

}  // namespace cxo

#pragma once
// Cross-references derived from the content, each built in one pass over the
// meetings (never by rescanning every meeting per topic or organization), so
// the cost grows with the number of references, not with their product.
#include <vector>

#include "model/site.h"

namespace cxo {

// A topic on one meeting's agenda: meetings[meeting].topics[item].
struct Mention {
  int meeting = -1;
  int item = -1;
};

struct OrganizationRoles {
  std::vector<int> attended;  // held meetings listing it in participants or hosts
  std::vector<int> hosted;
  std::vector<int> supported;
  std::vector<Mention> proposed;
  std::vector<int> planned;  // planned or cancelled meetings naming it in any role
};

struct Indexes {
  std::vector<std::vector<Mention>> topic_mentions;  // per topic: held meetings, in date order
  std::vector<std::vector<Mention>> topic_agendas;   // per topic: planned or cancelled meetings
  std::vector<std::vector<int>> related;             // per topic: both directions, by title
  std::vector<OrganizationRoles> organizations;      // per organization
  // The held meetings whose topics are recorded (at least one agenda item),
  // in date order: a topic was "not discussed" only at one of these. Where
  // the sources give no topics, the archive cannot say what was discussed.
  std::vector<int> recorded;
  std::vector<int> recorded_before;  // per meeting: how many of `recorded` come before it
  std::vector<int> unrecorded;       // the other held meetings, in date order
};

Indexes build_indexes(const Site& site);

}  // namespace cxo

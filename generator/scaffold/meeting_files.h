#pragma once
// The text of the files `cxo new` writes: a meeting.yaml whose comments
// show every field an editor may fill in, and a communiqué skeleton whose
// placeholders start with "TODO" (which loading warns about, in every
// command, since a build would publish them).
#include <optional>
#include <string>

#include "model/date.h"

namespace cxo::scaffold {

struct MeetingFields {
  std::string kind;  // "CTO" or "CxO"
  Date date;
  std::optional<Date> end_date;
  std::string city;
  std::string country;
  bool held = false;
};

std::string meeting_yaml(const MeetingFields& fields);
std::string communique_skeleton();

// `text` as a YAML scalar: plain when that reads back the same, else
// double-quoted.
std::string yaml_scalar(const std::string& text);

}  // namespace cxo::scaffold

#pragma once
// `cxo new meeting` and `cxo new communique`: the folder of a new meeting,
// ready to fill in and building as it is.
//
// A meeting whose date has passed is being archived: it is held, and gets a
// communiqué skeleton. A meeting still to come is planned and gets no
// communique.md, since a planned meeting's page shows any communiqué it
// has; `cxo new communique` adds the skeleton once it is held. Either way
// the site builds right away, and `cxo check` warns about the skeleton's
// "TODO" lines until they are replaced.
#include <string>
#include <vector>

#include "model/date.h"

namespace cxo::scaffold {

struct NewMeetingRequest {
  std::string source = ".";
  std::string date;      // YYYY-MM-DD or YYYY-MM
  std::string end_date;  // optional, YYYY-MM-DD
  std::string city;
  std::string country;
  std::string kind;  // CTO or CxO (any case)
  std::string id;    // optional: default <date>-<city>
  enum class Status { ByDate, Held, Planned } status = Status::ByDate;
  // What the command line itself found wrong (both --held and --planned,
  // words without an option), told with the rest.
  std::vector<std::string> argument_errors;
};

struct ScaffoldResult {
  std::vector<std::string> errors;   // nothing was written when there are any
  std::vector<std::string> written;  // paths relative to the site folder
  std::string id;
  bool held = false;
  // What the editor must still do for the site to build, each a sentence.
  std::vector<std::string> still_to_do;
};

ScaffoldResult new_meeting(const NewMeetingRequest& request, const Date& today);

// Adds the communiqué skeleton to an existing meeting and, when its
// meeting.yaml says `status: planned`, makes it `status: held`.
ScaffoldResult new_communique(const std::string& source, const std::string& meeting_id);

}  // namespace cxo::scaffold

#include "model/site.h"

namespace cxo {

namespace {

const std::vector<std::string>& kind_names() {
  static const std::vector<std::string> names = {"CTO", "CxO"};
  return names;
}
const std::vector<std::string>& status_names() {
  static const std::vector<std::string> names = {"held", "planned", "cancelled"};
  return names;
}
const std::vector<std::string>& stage_names() {
  static const std::vector<std::string> names = {
      "emerging", "prioritized", "in-study", "in-standardization", "standardized", "concluded"};
  return names;
}
const std::vector<std::string>& region_names() {
  static const std::vector<std::string> names = {"africa",       "americas", "arab-states",
                                                 "asia-pacific", "cis",      "europe"};
  return names;
}
const std::vector<std::string>& membership_names() {
  static const std::vector<std::string> names = {"sector-member", "associate", "academia",
                                                 "non-member"};
  return names;
}
const std::vector<std::string>& follow_up_names() {
  static const std::vector<std::string> names = {"open", "in-progress", "done", "dropped"};
  return names;
}

}  // namespace

const char* to_string(Kind kind) { return kind_names()[static_cast<int>(kind)].c_str(); }
const char* to_string(Status status) { return status_names()[static_cast<int>(status)].c_str(); }
const char* to_string(Stage stage) { return stage_names()[static_cast<int>(stage)].c_str(); }
const char* to_string(Region region) { return region_names()[static_cast<int>(region)].c_str(); }
const char* to_string(Membership membership) {
  return membership_names()[static_cast<int>(membership)].c_str();
}
const char* to_string(FollowUpStatus status) {
  return follow_up_names()[static_cast<int>(status)].c_str();
}

const char* label(Stage stage) {
  static const char* labels[] = {"Emerging",           "Prioritized",  "In study",
                                 "In standardization", "Standardized", "Concluded"};
  return labels[static_cast<int>(stage)];
}
const char* label(Region region) {
  static const char* labels[] = {"Africa", "Americas", "Arab States", "Asia-Pacific", "CIS", "Europe"};
  return labels[static_cast<int>(region)];
}
const char* label(Membership membership) {
  static const char* labels[] = {"Sector Member", "Associate", "Academia", "Non-member"};
  return labels[static_cast<int>(membership)];
}
const char* label(FollowUpStatus status) {
  static const char* labels[] = {"Open", "In progress", "Done", "Dropped"};
  return labels[static_cast<int>(status)];
}

std::vector<std::string> names_of_kinds() { return kind_names(); }
std::vector<std::string> names_of_statuses() { return status_names(); }
std::vector<std::string> names_of_stages() { return stage_names(); }
std::vector<std::string> names_of_regions() { return region_names(); }
std::vector<std::string> names_of_memberships() { return membership_names(); }
std::vector<std::string> names_of_follow_up_statuses() { return follow_up_names(); }

}  // namespace cxo

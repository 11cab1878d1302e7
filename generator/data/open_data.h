#pragma once
// The open data files (data/*.json, data/participation.csv): the archive as
// data, for analysts. Their formats are documented in data/schemas.h. Output
// depends on content alone: keys in a fixed order, lists in the archive's
// order, no dates from the clock.
#include <string>

#include "model/indexes.h"
#include "model/site.h"

namespace cxo::data {

std::string meetings_json(const Site& site);
std::string topics_json(const Site& site, const Indexes& indexes);
std::string organizations_json(const Site& site, const Indexes& indexes);
std::string conclusions_json(const Site& site);

// RFC 4180: CRLF line ends, fields quoted where they hold a comma, quote or
// line break, quotes doubled; UTF-8 without a byte order mark. One row per
// organization, held meeting and role.
std::string participation_csv(const Site& site);

// One CSV field, quoted when it needs to be.
std::string csv_field(const std::string& text);

}  // namespace cxo::data

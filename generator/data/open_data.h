#pragma once
// The open data as JSON (data/*.json; the CSV tables are data/csv_tables.h):
// the archive as data, for analysts. Their formats are documented in
// data/schemas.h. Output depends on content alone: keys in a fixed order,
// lists in the archive's order, no dates from the clock.
#include <string>

#include "model/indexes.h"
#include "model/site.h"

namespace cxo::data {

std::string meetings_json(const Site& site);
std::string topics_json(const Site& site, const Indexes& indexes);
std::string organizations_json(const Site& site, const Indexes& indexes);
std::string conclusions_json(const Site& site);

}  // namespace cxo::data

#pragma once
// The open data as CSV tables, for spreadsheets and pivot tables; their
// columns are documented in data/schemas.h (csv_files). RFC 4180: CRLF line
// ends, fields quoted where they hold a comma, quote or line break, quotes
// doubled; UTF-8 without a byte order mark. Output depends on content alone.
#include <string>

#include "model/indexes.h"
#include "model/site.h"
#include "model/statistics.h"

namespace cxo::data {

// One row per organization, held meeting and role.
std::string participation_csv(const Site& site);

// One row per meeting, with the figures of the statistics page.
std::string meetings_csv(const Site& site, const Statistics& stats);

// One row per topic and held meeting that discussed it.
std::string topic_history_csv(const Site& site, const Indexes& indexes);

// One row per conclusion of a held meeting, with its latest follow-up.
std::string conclusions_csv(const Site& site);

// One CSV field, quoted when it needs to be.
std::string csv_field(const std::string& text);

}  // namespace cxo::data

#pragma once
// The open data files' formats. Each JSON file's JSON Schema is written once,
// here; it is published beside the file (data/<name>.schema.json) and the
// data page documents every field from it, so the schema, the documentation
// and the tests cannot drift apart.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace cxo::data {

using Json = nlohmann::ordered_json;

struct JsonFile {
  std::string name;         // "meetings": data/meetings.json, data/meetings.schema.json
  std::string title;        // "Meetings"
  std::string description;  // one paragraph for the data page
};

// The JSON files in the order the data page lists them.
const std::vector<JsonFile>& json_files();

// The JSON Schema (draft 2020-12) of data/<name>.json, its $id under
// `base_url`.
Json json_schema(const std::string& name, const std::string& base_url);

struct CsvColumn {
  std::string name;
  std::string description;
};

struct CsvFile {
  std::string name;         // "participation": data/participation.csv
  std::string title;        // "Participation"
  std::string description;  // one paragraph for the data page
  std::vector<CsvColumn> columns;
};

// The CSV files in the order the data page lists them; each file's header
// row is its columns' names, in this order.
const std::vector<CsvFile>& csv_files();
const CsvFile& csv_file(const std::string& name);

// One documented field: "meetings[].topics[].stage", its type as a reader
// says it ("text or null", "list of ids"), whether it is always present, and
// what it means.
struct FieldDoc {
  std::string path;
  std::string type;
  std::string description;
  std::vector<std::string> values;  // the allowed values of an enumeration
};

// Every field of a schema, depth first, in the schema's order.
std::vector<FieldDoc> document_schema(const Json& schema);

}  // namespace cxo::data

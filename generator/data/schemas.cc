#include "data/schemas.h"

#include <stdexcept>

namespace cxo::data {

namespace {

// Shared definitions, added to every schema under $defs.
constexpr const char* kDefinitions = R"({
  "id": {
    "description": "An identifier as the content uses it: lower-case letters and digits in groups joined by single hyphens.",
    "type": "string",
    "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"
  },
  "date": {
    "description": "A date, YYYY-MM-DD, or YYYY-MM where only the month is known.",
    "type": "string",
    "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?$"
  },
  "url": {
    "description": "An absolute URL.",
    "type": "string",
    "pattern": "^(https?|mailto):"
  },
  "stage": {
    "description": "A lifecycle stage, in this order.",
    "enum": ["emerging", "prioritized", "in-study", "in-standardization", "standardized", "concluded"]
  },
  "follow_up_status": {
    "description": "A follow-up status.",
    "enum": ["open", "in-progress", "done", "dropped"]
  }
})";

constexpr const char* kMeetings = R"({
  "title": "Meetings",
  "description": "Every CTO and CxO meeting of the archive, held, planned or cancelled, in date order.",
  "type": "object",
  "additionalProperties": false,
  "required": ["title", "url", "meetings"],
  "properties": {
    "title": {"description": "The archive's title.", "type": "string"},
    "url": {"description": "The archive's address.", "$ref": "#/$defs/url"},
    "meetings": {
      "description": "The meetings, in date order (a month-only date sorts as the first of its month; equal dates by id).",
      "type": "array",
      "items": {
        "type": "object",
        "additionalProperties": false,
        "required": ["id", "url", "title", "kind", "status", "series", "date", "end_date", "year", "city", "country", "chair", "hosts", "supporters", "participants", "counts", "documents", "topics", "communique"],
        "properties": {
          "id": {"description": "The meeting's id, the name of its folder in content/meetings/.", "$ref": "#/$defs/id"},
          "url": {"description": "The meeting's page in the archive.", "$ref": "#/$defs/url"},
          "title": {"description": "The meeting's title.", "type": "string"},
          "kind": {"description": "CTO meeting or CxO (executives') meeting.", "enum": ["CTO", "CxO"]},
          "status": {"description": "Whether the meeting was held, is planned or was cancelled. Only held meetings count in participation figures.", "enum": ["held", "planned", "cancelled"]},
          "series": {"description": "The series or ordinal the meeting was known by, e.g. \"8th CTO meeting\".", "type": ["string", "null"]},
          "date": {"description": "The (first) day of the meeting, or its month.", "$ref": "#/$defs/date"},
          "end_date": {"description": "The last day of a meeting over several days.", "anyOf": [{"$ref": "#/$defs/date"}, {"type": "null"}]},
          "year": {"description": "The year of the meeting.", "type": "integer"},
          "city": {"description": "Where the meeting took place.", "type": "string"},
          "country": {"description": "The country of the city.", "type": "string"},
          "chair": {"description": "Who chaired the meeting.", "type": ["string", "null"]},
          "hosts": {"description": "Ids of the organizations that hosted it (see organizations.json).", "type": "array", "items": {"$ref": "#/$defs/id"}},
          "supporters": {"description": "Ids of the organizations that supported it.", "type": "array", "items": {"$ref": "#/$defs/id"}},
          "participants": {"description": "Ids of the participating organizations, as the communiqué lists them; empty where the archive has no participant list.", "type": "array", "items": {"$ref": "#/$defs/id"}},
          "counts": {
            "description": "Figures as the meeting's documents published them.",
            "type": "object",
            "additionalProperties": false,
            "required": ["companies", "executives"],
            "properties": {
              "companies": {"description": "Number of companies; null where not published.", "type": ["integer", "null"], "minimum": 0},
              "executives": {"description": "Number of executives; null where not published.", "type": ["integer", "null"], "minimum": 0}
            }
          },
          "documents": {
            "description": "The meeting's documents, in display order.",
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": ["label", "url"],
              "properties": {
                "label": {"description": "The document's name.", "type": "string"},
                "url": {"description": "Where to get it; null where the archive has no link.", "type": ["string", "null"]}
              }
            }
          },
          "topics": {
            "description": "The topics discussed (or, for a planned meeting, on the agenda), in communiqué order.",
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": ["topic", "stage", "section", "section_url", "proposed_by", "conclusions"],
              "properties": {
                "topic": {"description": "The topic's id (see topics.json).", "$ref": "#/$defs/id"},
                "stage": {"description": "The lifecycle stage the topic reached at this meeting; null on a planned meeting's agenda.", "anyOf": [{"$ref": "#/$defs/stage"}, {"type": "null"}]},
                "section": {"description": "The heading of the communiqué section on the topic; null when the topic has no text.", "type": ["string", "null"]},
                "section_url": {"description": "The address of that section.", "anyOf": [{"$ref": "#/$defs/url"}, {"type": "null"}]},
                "proposed_by": {"description": "Ids of the organizations that proposed the topic.", "type": "array", "items": {"$ref": "#/$defs/id"}},
                "conclusions": {"description": "Ids of the conclusions recorded on the topic at a held meeting (see conclusions.json).", "type": "array", "items": {"$ref": "#/$defs/id"}}
              }
            }
          },
          "communique": {
            "description": "The communiqué; null while the meeting is planned.",
            "type": ["object", "null"],
            "additionalProperties": false,
            "required": ["summary", "source"],
            "properties": {
              "summary": {"description": "True when the archive's text is a summary written for it rather than the communiqué's own words.", "type": "boolean"},
              "source": {"description": "The document the text was transcribed or summarized from.", "type": ["string", "null"]}
            }
          }
        }
      }
    }
  }
})";

constexpr const char* kTopics = R"({
  "title": "Topics",
  "description": "The topic register with each topic's history across the held meetings.",
  "type": "object",
  "additionalProperties": false,
  "required": ["title", "url", "topics"],
  "properties": {
    "title": {"description": "The archive's title.", "type": "string"},
    "url": {"description": "The archive's address.", "$ref": "#/$defs/url"},
    "topics": {
      "description": "The topics, by id.",
      "type": "array",
      "items": {
        "type": "object",
        "additionalProperties": false,
        "required": ["id", "url", "title", "aliases", "summary", "groups", "related", "current_stage", "history", "agendas"],
        "properties": {
          "id": {"description": "The topic's id.", "$ref": "#/$defs/id"},
          "url": {"description": "The topic's page (its history) in the archive.", "$ref": "#/$defs/url"},
          "title": {"description": "The topic's name.", "type": "string"},
          "aliases": {"description": "Other names the topic went by.", "type": "array", "items": {"type": "string"}},
          "summary": {"description": "A short description, in Markdown.", "type": ["string", "null"]},
          "groups": {"description": "ITU-T groups that work on the topic.", "type": "array", "items": {"type": "string"}},
          "related": {"description": "Ids of related topics, in both directions.", "type": "array", "items": {"$ref": "#/$defs/id"}},
          "current_stage": {"description": "The stage at the latest held meeting that discussed the topic; null when none did.", "anyOf": [{"$ref": "#/$defs/stage"}, {"type": "null"}]},
          "history": {
            "description": "Every held meeting that discussed the topic, oldest first.",
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": ["meeting", "date", "stage", "section_url", "conclusions"],
              "properties": {
                "meeting": {"description": "The meeting's id (see meetings.json).", "$ref": "#/$defs/id"},
                "date": {"description": "The meeting's date.", "$ref": "#/$defs/date"},
                "stage": {"description": "The stage the topic reached there.", "anyOf": [{"$ref": "#/$defs/stage"}, {"type": "null"}]},
                "section_url": {"description": "The communiqué section on the topic; null when the topic has no text there.", "anyOf": [{"$ref": "#/$defs/url"}, {"type": "null"}]},
                "conclusions": {"description": "Ids of the conclusions recorded on the topic there.", "type": "array", "items": {"$ref": "#/$defs/id"}}
              }
            }
          },
          "agendas": {"description": "Ids of planned or cancelled meetings with the topic on their agenda.", "type": "array", "items": {"$ref": "#/$defs/id"}}
        }
      }
    }
  }
})";

constexpr const char* kOrganizations = R"({
  "title": "Organizations",
  "description": "Every organization of the register, with its participation in the held meetings.",
  "type": "object",
  "additionalProperties": false,
  "required": ["title", "url", "organizations"],
  "properties": {
    "title": {"description": "The archive's title.", "type": "string"},
    "url": {"description": "The archive's address.", "$ref": "#/$defs/url"},
    "organizations": {
      "description": "The organizations, by id.",
      "type": "array",
      "items": {
        "type": "object",
        "additionalProperties": false,
        "required": ["id", "url", "name", "short", "aliases", "country", "region", "membership", "website", "meetings_attended", "first_meeting", "last_meeting", "attended", "hosted", "supported", "proposed", "agendas"],
        "properties": {
          "id": {"description": "The organization's id.", "$ref": "#/$defs/id"},
          "url": {"description": "The organization's page in the archive.", "$ref": "#/$defs/url"},
          "name": {"description": "The name as the communiqués list it.", "type": "string"},
          "short": {"description": "A shorter display name.", "type": ["string", "null"]},
          "aliases": {"description": "Other spellings seen in documents.", "type": "array", "items": {"type": "string"}},
          "country": {"description": "The country of its headquarters.", "type": ["string", "null"]},
          "region": {"description": "The ITU region of its headquarters; null where not recorded.", "enum": ["africa", "americas", "arab-states", "asia-pacific", "cis", "europe", null]},
          "membership": {"description": "Its ITU membership; null where not recorded.", "enum": ["sector-member", "associate", "academia", "non-member", null]},
          "website": {"description": "Its own website.", "type": ["string", "null"]},
          "meetings_attended": {"description": "The number of held meetings it took part in (as participant or host).", "type": "integer", "minimum": 0},
          "first_meeting": {"description": "Id of the first held meeting it took part in.", "anyOf": [{"$ref": "#/$defs/id"}, {"type": "null"}]},
          "last_meeting": {"description": "Id of the latest held meeting it took part in.", "anyOf": [{"$ref": "#/$defs/id"}, {"type": "null"}]},
          "attended": {"description": "Ids of the held meetings it took part in, in date order.", "type": "array", "items": {"$ref": "#/$defs/id"}},
          "hosted": {"description": "Ids of the held meetings it hosted.", "type": "array", "items": {"$ref": "#/$defs/id"}},
          "supported": {"description": "Ids of the held meetings it supported.", "type": "array", "items": {"$ref": "#/$defs/id"}},
          "proposed": {
            "description": "The topics it proposed at held meetings.",
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": ["meeting", "topic"],
              "properties": {
                "meeting": {"description": "The meeting's id.", "$ref": "#/$defs/id"},
                "topic": {"description": "The topic's id.", "$ref": "#/$defs/id"}
              }
            }
          },
          "agendas": {"description": "Ids of planned or cancelled meetings that name it in any role.", "type": "array", "items": {"$ref": "#/$defs/id"}}
        }
      }
    }
  }
})";

constexpr const char* kConclusions = R"({
  "title": "Conclusions",
  "description": "What the executives asked of ITU at the held meetings, with the follow-up recorded since.",
  "type": "object",
  "additionalProperties": false,
  "required": ["title", "url", "conclusions"],
  "properties": {
    "title": {"description": "The archive's title.", "type": "string"},
    "url": {"description": "The archive's address.", "$ref": "#/$defs/url"},
    "conclusions": {
      "description": "The conclusions, in meeting order, then in communiqué order.",
      "type": "array",
      "items": {
        "type": "object",
        "additionalProperties": false,
        "required": ["id", "url", "text", "meeting", "date", "topic", "status", "follow_up"],
        "properties": {
          "id": {"description": "The conclusion's id, unique in the archive.", "$ref": "#/$defs/id"},
          "url": {"description": "The conclusion on its meeting's page.", "$ref": "#/$defs/url"},
          "text": {"description": "What was asked.", "type": "string"},
          "meeting": {"description": "Id of the meeting that recorded it.", "$ref": "#/$defs/id"},
          "date": {"description": "That meeting's date.", "$ref": "#/$defs/date"},
          "topic": {"description": "Id of the topic it belongs to.", "$ref": "#/$defs/id"},
          "status": {"description": "Its status after the latest follow-up entry (the later entry on equal dates); open without follow-up.", "$ref": "#/$defs/follow_up_status"},
          "follow_up": {
            "description": "The follow-up entries, as the editors recorded them.",
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": ["date", "status", "note", "url"],
              "properties": {
                "date": {"description": "When.", "$ref": "#/$defs/date"},
                "status": {"description": "The status from then on.", "$ref": "#/$defs/follow_up_status"},
                "note": {"description": "What happened.", "type": ["string", "null"]},
                "url": {"description": "A document that shows it.", "type": ["string", "null"]}
              }
            }
          }
        }
      }
    }
  }
})";

}  // namespace

const std::vector<JsonFile>& json_files() {
  static const std::vector<JsonFile> files = {
      {"meetings", "Meetings",
       "Every meeting, held, planned or cancelled: date, place, kind, hosts, supporters, "
       "participants, published counts, documents and the topics discussed."},
      {"topics", "Topics",
       "The topic register, with each topic's history: the held meetings that discussed it and "
       "the stage it reached at each."},
      {"organizations", "Organizations",
       "Every organization, with its region, membership and the held meetings it attended, "
       "hosted and supported, and the topics it proposed."},
      {"conclusions", "Conclusions",
       "What each held meeting asked of ITU, with its follow-up and latest status."},
  };
  return files;
}

Json json_schema(const std::string& name, const std::string& base_url) {
  const char* text = name == "meetings"        ? kMeetings
                     : name == "topics"        ? kTopics
                     : name == "organizations" ? kOrganizations
                                               : kConclusions;
  Json body = Json::parse(text);
  Json schema;
  schema["$schema"] = "https://json-schema.org/draft/2020-12/schema";
  schema["$id"] = base_url + "data/" + name + ".schema.json";
  for (auto& [key, value] : body.items()) schema[key] = value;
  schema["$defs"] = Json::parse(kDefinitions);
  return schema;
}

const std::vector<CsvFile>& csv_files() {
  static const std::vector<CsvFile> files = {
      {"participation",
       "Participation",
       "One row per organization, held meeting and role, for pivot tables: which organizations "
       "took part when, from which regions, and who hosted, supported or proposed topics. An "
       "organization listed both as participant and as host has a row for each; sum "
       "taking_part to count the organizations that took part.",
       {
           {"meeting_id", "The meeting's id (see meetings.json)."},
           {"meeting_date", "Its date, YYYY-MM-DD, or YYYY-MM where only the month is known."},
           {"meeting_year", "Its year."},
           {"meeting_kind", "CTO or CxO."},
           {"meeting_city", "Where it took place."},
           {"meeting_country", "The country of the city."},
           {"organization_id", "The organization's id (see organizations.json)."},
           {"organization_name", "Its name as the communiqués list it."},
           {"organization_country", "The country of its headquarters; empty where not recorded."},
           {"organization_region",
            "Its ITU region: africa, americas, arab-states, asia-pacific, cis or europe; empty "
            "where not recorded."},
           {"organization_membership",
            "Its ITU membership: sector-member, associate, academia or non-member; empty where "
            "not recorded."},
           {"role",
            "participant (listed in the communiqué), host, supporter or proposer (proposed a "
            "topic). Participants and hosts are the organizations that took part."},
           {"topics",
            "For a proposer, the ids of the topics it proposed, separated by spaces; else empty."},
           {"taking_part",
            "1 on one row per organization that took part in the meeting (its participant row, "
            "or its host row when it is not listed as a participant), else 0."},
       }},
      {"meetings",
       "Meetings as a table",
       "One row per meeting, held, planned or cancelled, with the figures the statistics page "
       "gives for it. An empty figure is one the archive does not record, not a zero.",
       {
           {"meeting_id", "The meeting's id (see meetings.json)."},
           {"meeting_date", "Its date, YYYY-MM-DD, or YYYY-MM where only the month is known."},
           {"meeting_year", "Its year."},
           {"meeting_kind", "CTO or CxO."},
           {"status", "held, planned or cancelled."},
           {"city", "Where it took place."},
           {"country", "The country of the city."},
           {"series", "The series it belongs to, as its documents name it; else empty."},
           {"companies_published", "The number of companies its documents published; else empty."},
           {"executives_published",
            "The number of executives its documents published; else empty."},
           {"participant_list", "yes when the archive lists its participants, else no."},
           {"organizations_taking_part",
            "Held meetings: the organizations listed as participants or hosts; empty where none "
            "is recorded."},
           {"topics_discussed", "Held meetings: its topics; empty where none is recorded."},
           {"conclusions", "Held meetings: its conclusions; empty where no topic is recorded."},
           {"stages_advanced",
            "Held meetings: its topics whose stage is later in the lifecycle than at the last "
            "held meeting that discussed them before; empty where no topic is recorded."},
           {"url", "Its page."},
       }},
      {"topic-history",
       "Topic histories",
       "One row per topic and held meeting that discussed it, oldest first within each topic: "
       "the lifecycle of every topic, for charts of its progression.",
       {
           {"topic_id", "The topic's id (see topics.json)."},
           {"topic_title", "Its title."},
           {"meeting_id", "The meeting's id (see meetings.json)."},
           {"meeting_date", "Its date, YYYY-MM-DD, or YYYY-MM where only the month is known."},
           {"meeting_year", "Its year."},
           {"meeting_kind", "CTO or CxO."},
           {"stage",
            "The stage the topic reached at this meeting: emerging, prioritized, in-study, "
            "in-standardization, standardized or concluded; empty where not recorded."},
           {"stage_number", "The same as a number, 1 (emerging) to 6 (concluded); else empty."},
           {"proposed_by", "The ids of the organizations that proposed it, separated by spaces."},
           {"conclusions", "The conclusions the meeting recorded on it."},
       }},
      {"conclusions",
       "Conclusions as a table",
       "One row per conclusion of a held meeting, with its latest follow-up; conclusions.json "
       "has every follow-up step.",
       {
           {"conclusion_id", "The conclusion's id, unique within its meeting."},
           {"meeting_id", "The meeting that adopted it (see meetings.json)."},
           {"meeting_date", "Its date, YYYY-MM-DD, or YYYY-MM where only the month is known."},
           {"topic_id", "The topic it is about (see topics.json)."},
           {"text", "What the executives asked of ITU."},
           {"status",
            "Its status after the latest follow-up step: open, in-progress, done or dropped; open "
            "when none is recorded."},
           {"status_date", "The date of that step; empty when none is recorded."},
           {"follow_up_steps", "The number of follow-up steps recorded."},
           {"url", "Its place on the meeting's page."},
       }},
  };
  return files;
}

const CsvFile& csv_file(const std::string& name) {
  for (const CsvFile& file : csv_files()) {
    if (file.name == name) return file;
  }
  throw std::logic_error("no CSV file named " + name);
}

namespace {

const Json* resolve(const Json& root, const Json& node) {
  if (node.contains("$ref")) {
    std::string ref = node["$ref"].get<std::string>();
    const std::string prefix = "#/$defs/";
    if (ref.starts_with(prefix)) {
      auto name = ref.substr(prefix.size());
      if (root["$defs"].contains(name)) return &root["$defs"][name];
    }
  }
  return &node;
}

std::string type_name(const Json& root, const Json& node, std::vector<std::string>& values);

std::string single_type(const std::string& type, const Json& node, const Json& root) {
  if (type == "string") return "text";
  if (type == "integer") return "whole number";
  if (type == "boolean") return "true or false";
  if (type == "null") return "null";
  if (type == "object") return "object";
  if (type == "array") {
    if (node.contains("items")) {
      std::vector<std::string> ignored;
      const Json& items = *resolve(root, node["items"]);
      std::string item = type_name(root, node["items"], ignored);
      if (item == "object") return "list of objects";
      if (node["items"].contains("$ref") && items.contains("pattern") &&
          node["items"]["$ref"] == "#/$defs/id") {
        return "list of ids";
      }
      return "list of " + item;
    }
    return "list";
  }
  return type;
}

std::string type_name(const Json& root, const Json& node, std::vector<std::string>& values) {
  if (node.contains("$ref")) {
    std::string ref = node["$ref"].get<std::string>();
    const Json& target = *resolve(root, node);
    if (ref == "#/$defs/id") return "id";
    if (ref == "#/$defs/date") return "date";
    if (ref == "#/$defs/url") return "URL";
    return type_name(root, target, values);
  }
  if (node.contains("anyOf")) {
    std::string out;
    for (const auto& option : node["anyOf"]) {
      if (!out.empty()) out += " or ";
      out += type_name(root, option, values);
    }
    return out;
  }
  if (node.contains("enum")) {
    bool nullable = false;
    for (const auto& value : node["enum"]) {
      if (value.is_null()) {
        nullable = true;
      } else {
        values.push_back(value.get<std::string>());
      }
    }
    return nullable ? "one of the values, or null" : "one of the values";
  }
  if (!node.contains("type")) return "any";
  const Json& type = node["type"];
  if (type.is_string()) return single_type(type.get<std::string>(), node, root);
  std::string out;
  for (const auto& t : type) {
    if (!out.empty()) out += " or ";
    out += single_type(t.get<std::string>(), node, root);
  }
  return out;
}

void walk(const Json& root, const Json& node, const std::string& path, std::vector<FieldDoc>& out) {
  const Json& object = *resolve(root, node);
  if (!object.contains("properties")) return;
  for (const auto& [key, child] : object["properties"].items()) {
    FieldDoc doc;
    doc.path = path.empty() ? key : path + "." + key;
    doc.type = type_name(root, child, doc.values);
    if (child.contains("description")) doc.description = child["description"].get<std::string>();
    out.push_back(doc);
    const Json& target = *resolve(root, child);
    if (target.contains("properties")) walk(root, target, doc.path, out);
    if (target.contains("items") && resolve(root, target["items"])->contains("properties")) {
      walk(root, *resolve(root, target["items"]), doc.path + "[]", out);
    }
  }
}

}  // namespace

std::vector<FieldDoc> document_schema(const Json& schema) {
  std::vector<FieldDoc> fields;
  walk(schema, schema, "", fields);
  return fields;
}

}  // namespace cxo::data

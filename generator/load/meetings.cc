#include "load/meetings.h"

#include <cstdio>

#include "load/markdown_file.h"
#include "load/source_file.h"
#include "load/static_files.h"
#include "load/yaml_reader.h"
#include "util/suggest.h"

namespace cxo::load {

namespace {

const char* const kMeetingsFolder = "content/meetings";

std::vector<Reference> read_references(MapReader& reader, const std::string& key) {
  std::vector<Reference> references;
  for (auto& [id, pos] : reader.text_list(key)) references.push_back({id, pos, -1});
  return references;
}

// "9 December 2024" or "December 2019", the form pages display, as
// YYYY-MM-DD or YYYY-MM; empty when `text` is not in that form.
std::string iso_form_of_display_date(const std::string& text, bool allow_month_only) {
  std::vector<std::string> words;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t end = text.find(' ', i);
    if (end == std::string::npos) end = text.size();
    if (end > i) words.push_back(text.substr(i, end - i));
    i = end + 1;
  }
  if (words.size() != 2 && words.size() != 3) return {};
  int month = 0;
  for (int m = 1; m <= 12; ++m) {
    if (words[words.size() - 2] == month_name(m)) month = m;
  }
  const std::string& year = words.back();
  if (month == 0 || year.size() != 4) return {};
  char month_text[16];
  std::snprintf(month_text, sizeof month_text, "%02d", month);
  std::string iso = year + "-" + month_text;
  if (words.size() == 3) {
    iso += words[0].size() == 1 ? "-0" : "-";
    iso += words[0];
  }
  return parse_date(iso, allow_month_only) ? iso : std::string();
}

std::optional<Date> read_date(MapReader& reader, const std::string& key, bool allow_month_only,
                              bool required) {
  auto text = reader.text(key, required);
  if (!text) return std::nullopt;
  auto date = parse_date(*text, allow_month_only);
  if (!date) {
    std::string iso = iso_form_of_display_date(*text, allow_month_only);
    reader.diagnostics().error(
        reader.position_of(key),
        "invalid " + key + " '" + *text + "': expected a real day written YYYY-MM-DD" +
            (allow_month_only ? " (or YYYY-MM when only the month is known)" : "") +
            (iso.empty() ? "" : "; did you mean '" + iso + "'?"));
  }
  return date;
}

FollowUp read_follow_up(MapReader& reader) {
  FollowUp entry;
  entry.pos = reader.map_position();
  entry.date_pos = reader.position_of("date");
  if (auto date = read_date(reader, "date", true, true)) entry.date = *date;
  if (auto status =
          read_enum<FollowUpStatus>(reader, "status", names_of_follow_up_statuses(), true)) {
    entry.status = *status;
  }
  entry.note = reader.text("note").value_or("");
  if (auto url = reader.text("url")) {
    entry.url = *url;
    if (!has_allowed_scheme(*url)) {
      reader.diagnostics().error(reader.position_of("url"), bad_scheme_message(*url));
    }
  }
  reader.finish({"date", "status", "note", "url"});
  return entry;
}

Conclusion read_conclusion(MapReader& reader) {
  Conclusion conclusion;
  conclusion.pos = reader.map_position();
  if (auto id = reader.text("id", true)) {
    conclusion.pos = reader.position_of("id");
    if (is_valid_id(*id)) {
      conclusion.id = *id;
    } else {
      reader.diagnostics().error(reader.position_of("id"), invalid_id_message("conclusion", *id));
    }
  }
  conclusion.text = reader.text("text", true).value_or("");
  reader.for_each_map("follow_up", "follow-up entry", [&](MapReader& entry) {
    conclusion.follow_up.push_back(read_follow_up(entry));
  });
  reader.finish({"id", "text", "follow_up"});
  return conclusion;
}

AgendaItem read_agenda_item(MapReader& reader, bool held) {
  AgendaItem item;
  item.pos = reader.map_position();
  if (auto topic = reader.text("topic", true))
    item.topic = {*topic, reader.position_of("topic"), -1};
  if (auto section = reader.text("section")) {
    item.section = *section;
    item.section_pos = reader.position_of("section");
  }
  item.stage = read_enum<Stage>(reader, "stage", names_of_stages());
  if (held && !reader.has("stage")) {
    reader.diagnostics().error(item.pos,
                               "topic entry of a held meeting is missing the required "
                               "key 'stage' (one of emerging, prioritized, in-study, "
                               "in-standardization, standardized, concluded)");
  }
  item.proposed_by = read_references(reader, "proposed_by");
  reader.for_each_map("conclusions", "conclusion", [&](MapReader& conclusion) {
    item.conclusions.push_back(read_conclusion(conclusion));
  });
  reader.finish({"topic", "section", "stage", "proposed_by", "conclusions"});
  return item;
}

// Whether `a` is before `b` as far as both are known: a month-only date is
// not before a day of the same month.
bool known_to_be_before(const Date& a, const Date& b) {
  if (a.month_only() || b.month_only()) return a.year * 100 + a.month < b.year * 100 + b.month;
  return a.sort_key() < b.sort_key();
}

// The contract accepts these, but an editor almost never means them, and
// nothing else on the page would show the slip: each is a warning.
void warn_about_unlikely_dates(const Meeting& meeting, const SourcePos& date_pos,
                               Diagnostics& diagnostics) {
  // Folder names made by `cxo new meeting` start with the date.
  const std::string& id = meeting.id;
  std::optional<Date> folder_date;
  if (id.size() >= 10) folder_date = parse_date(std::string_view(id).substr(0, 10), false);
  if (!folder_date && id.size() >= 7)
    folder_date = parse_date(std::string_view(id).substr(0, 7), true);
  if (folder_date && !id.starts_with(meeting.date.iso()) &&
      !meeting.date.iso().starts_with(folder_date->iso())) {
    diagnostics.warning(date_pos, "date " + meeting.date.iso() + " differs from the folder name '" +
                                      id +
                                      "'; correct whichever is wrong (the folder name is "
                                      "the meeting's address, so renaming it breaks links to it)");
  }
  // The one warning that depends on the day it is given.
  if (meeting.held() && known_to_be_before(local_today(), meeting.date)) {
    diagnostics.warning(date_pos, "the meeting is held but dated " + meeting.date.iso() +
                                      ", after today; is the year right? A meeting still to "
                                      "come is status: planned");
  }
  for (const auto& item : meeting.topics) {
    for (const auto& conclusion : item.conclusions) {
      const FollowUp* latest = nullptr;
      for (const auto& entry : conclusion.follow_up) {
        if (entry.date.year == 0) continue;  // invalid, already an error
        if (known_to_be_before(entry.date, meeting.date)) {
          diagnostics.warning(entry.date_pos, "follow-up dated " + entry.date.iso() +
                                                  ", before its meeting (" + meeting.date.iso() +
                                                  "); is the year right?");
        } else if (latest && entry.date.sort_key() < latest->date.sort_key()) {
          diagnostics.warning(
              entry.date_pos,
              "follow-up dated " + entry.date.iso() + " is listed after one dated " +
                  latest->date.iso() + ", so it is not the conclusion's latest status: " +
                  "the latest date gives the status, not the last entry; list entries oldest "
                  "first");
        }
        if (!latest || entry.date.sort_key() >= latest->date.sort_key()) latest = &entry;
      }
    }
  }
}

void read_communique(const FileSystem& files, Meeting& meeting, bool unsafe_html,
                     Diagnostics& diagnostics) {
  std::string path = std::string(kMeetingsFolder) + "/" + meeting.id + "/communique.md";
  // The meeting's page gives each conclusion an id of its own.
  std::vector<std::string> conclusion_anchors;
  for (const auto& item : meeting.topics) {
    for (const auto& conclusion : item.conclusions) {
      if (!conclusion.id.empty()) conclusion_anchors.push_back("conclusion-" + conclusion.id);
    }
  }
  auto file =
      load_markdown_file(files, path, unsafe_html, diagnostics, std::move(conclusion_anchors));
  if (!file) return;
  Communique communique;
  communique.path = path;
  if (file->front_matter) {
    MapReader front(*file->front_matter, file->front_matter_source, "communiqué front matter",
                    diagnostics);
    communique.source = front.text("source").value_or("");
    communique.summary = front.boolean("summary").value_or(false);
    front.finish({"source", "summary"});
  }
  communique.body = std::move(file->document);
  if (meeting.held() && communique.body.text.find_first_not_of(" \t\r\n") == std::string::npos) {
    diagnostics.warning({path, 0, 0},
                        "the communiqué of a held meeting is empty, and its page would show no "
                        "text; write it (or a summary, with summary: true), or set status: "
                        "planned in meeting.yaml");
  }
  meeting.communique = std::move(communique);
}

}  // namespace

std::vector<std::string> list_meeting_entries(const FileSystem& files, Diagnostics& diagnostics) {
  if (files.type(kMeetingsFolder) == EntryType::Other) {
    diagnostics.error({kMeetingsFolder, 0, 0}, kOutsideSiteMessage);
  }
  if (files.type(kMeetingsFolder) != EntryType::Directory) return {};
  return files.list(kMeetingsFolder);
}

bool is_meeting_folder(const FileSystem& files, const std::string& name, Diagnostics& diagnostics) {
  std::string path = std::string(kMeetingsFolder) + "/" + name;
  EntryType type = files.type(path);
  if (type == EntryType::File && name.starts_with(".")) return false;
  if (type == EntryType::Other) {
    diagnostics.error({path, 0, 0}, kOutsideSiteMessage);
    return false;
  }
  if (type != EntryType::Directory) {
    diagnostics.warning({path, 0, 0}, "ignored: content/meetings holds one folder per meeting");
    return false;
  }
  if (!is_valid_id(name)) {
    diagnostics.error({path, 0, 0},
                      invalid_id_message("meeting", name, "the folder name is the meeting's id"));
    return false;
  }
  return true;
}

std::optional<Meeting> load_meeting(const FileSystem& files, const std::string& id,
                                    bool unsafe_html, Diagnostics& diagnostics) {
  const std::string folder = std::string(kMeetingsFolder) + "/" + id;
  const std::string path = folder + "/meeting.yaml";
  if (files.type(path) == EntryType::Missing) {
    // Most often it is there under a near name (meeting.yml, Meeting.yaml).
    std::string near = closest_match("meeting.yaml", files.list(folder));
    diagnostics.error({path, 0, 0}, "missing file; every meeting folder needs meeting.yaml" +
                                        (near.empty() ? std::string()
                                                      : "; this one holds '" + near +
                                                            "': rename it to meeting.yaml"));
    return std::nullopt;
  }
  auto text = read_text_file(files, path, diagnostics);
  if (!text) return std::nullopt;
  YamlSource source{path, 1};
  auto root = parse_yaml(*text, source, diagnostics);
  if (!root) return std::nullopt;
  if (!root->is_map()) {
    diagnostics.error(
        root->is_null() ? SourcePos{path, 0, 0} : position(*root, source),
        root->is_null() ? "file is empty; a meeting needs at least kind, date, city "
                          "and country"
                        : "meeting.yaml must be a map (kind: …, date: …), not " + describe(*root));
    return std::nullopt;
  }
  Meeting meeting;
  meeting.id = id;
  meeting.pos = {path, 1, 1};
  MapReader reader(*root, source, "meeting", diagnostics);
  if (auto kind = read_enum<Kind>(reader, "kind", names_of_kinds(), true)) meeting.kind = *kind;
  meeting.series = reader.text("series").value_or("");
  bool has_date = false;
  if (auto date = read_date(reader, "date", true, true)) {
    meeting.date = *date;
    has_date = true;
  }
  if (auto end_date = read_date(reader, "end_date", false, false)) {
    meeting.end_date = end_date;
    if (has_date && meeting.date.month_only()) {
      diagnostics.error(reader.position_of("end_date"),
                        "end_date needs a full date: write date as YYYY-MM-DD too");
    } else if (has_date && end_date->sort_key() < meeting.date.sort_key()) {
      diagnostics.error(reader.position_of("end_date"),
                        "end_date " + end_date->iso() + " is before date " + meeting.date.iso());
    }
  }
  meeting.city = reader.text("city", true).value_or("");
  meeting.country = reader.text("country", true).value_or("");
  meeting.title = reader.text("title").value_or("");
  meeting.chair = reader.text("chair").value_or("");
  auto status = read_enum<Status>(reader, "status", names_of_statuses());
  meeting.hosts = read_references(reader, "hosts");
  meeting.supporters = read_references(reader, "supporters");
  if (auto counts = reader.node("counts")) {
    if (counts->is_map()) {
      MapReader figures(*counts, source, "counts", diagnostics);
      meeting.counts.companies = figures.count("companies");
      meeting.counts.executives = figures.count("executives");
      figures.finish({"companies", "executives"});
    } else {
      diagnostics.error(
          reader.position_of("counts"),
          "'counts' must be a map (companies: N, executives: N), not " + describe(*counts));
    }
  }
  meeting.participants = read_references(reader, "participants");
  reader.for_each_map("documents", "document", [&](MapReader& document) {
    MeetingDocument entry;
    entry.pos = document.map_position();
    entry.label = document.text("label", true).value_or("");
    if (auto url = document.text("url")) {
      entry.url = *url;
      if (!has_allowed_scheme(*url)) {
        diagnostics.error(document.position_of("url"), bad_scheme_message(*url));
      }
    }
    document.finish({"label", "url"});
    meeting.documents.push_back(std::move(entry));
  });
  const std::string communique_path = folder + "/communique.md";
  EntryType communique_type = files.type(communique_path);
  if (status) {
    meeting.status = *status;
  } else {
    meeting.status = communique_type == EntryType::Missing ? Status::Planned : Status::Held;
  }
  reader.for_each_map("topics", "topic entry", [&](MapReader& item) {
    meeting.topics.push_back(read_agenda_item(item, meeting.held()));
  });
  reader.finish({"kind", "series", "date", "end_date", "city", "country", "title", "chair",
                 "status", "hosts", "supporters", "counts", "participants", "documents", "topics"});

  if (communique_type != EntryType::Missing) {
    read_communique(files, meeting, unsafe_html, diagnostics);
  }
  meeting.files = load_meeting_files(files, id, diagnostics);
  if (has_date) warn_about_unlikely_dates(meeting, reader.position_of("date"), diagnostics);
  if (meeting.status == Status::Cancelled && meeting.communique) {
    diagnostics.warning(reader.position_of("status"),
                        "the meeting is cancelled but has " + communique_path +
                            ": its page shows it, yet a cancelled meeting counts in no topic "
                            "history, report or statistic; if the meeting took place, set "
                            "status: held");
  }
  if (meeting.status == Status::Held && communique_type == EntryType::Missing) {
    diagnostics.error(reader.position_of("status"),
                      "meeting is held but " + communique_path +
                          " is missing; add the communiqué, or set status: planned");
  }
  return meeting;
}

}  // namespace cxo::load

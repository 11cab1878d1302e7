#include "scaffold/new_meeting.h"

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "load/source_file.h"
#include "load/yaml_reader.h"
#include "markdown/anchor.h"
#include "scaffold/meeting_files.h"
#include "scaffold/slug.h"
#include "util/suggest.h"

namespace cxo::scaffold {

namespace fs = std::filesystem;

namespace {

const std::string kMeetings = "content/meetings";

std::string trimmed(const std::string& text) {
  std::size_t first = text.find_first_not_of(" \t");
  if (first == std::string::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t") + 1 - first);
}

bool has_control_character(const std::string& text) {
  return std::any_of(text.begin(), text.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; });
}

// The site folder must exist and hold site.yaml, or the files would land
// somewhere no build reads them.
bool check_site(const std::string& source, std::vector<std::string>& errors) {
  if (fs::is_regular_file(fs::path(source) / "site.yaml")) return true;
  errors.push_back("there is no site.yaml in " + (source == "." ? "this folder" : source) +
                   "; run cxo new from the site folder, or give it with --source");
  return false;
}

bool write_file(const fs::path& path, const std::string& text, std::string& error) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  if (!out) error = "cannot write " + path.string();
  return static_cast<bool>(out);
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

ScaffoldResult new_meeting(const NewMeetingRequest& request, const Date& today) {
  ScaffoldResult result;
  auto& errors = result.errors;
  errors = request.argument_errors;
  MeetingFields fields;

  std::optional<Date> date;
  if (request.date.empty()) {
    errors.push_back("missing --date YYYY-MM-DD (or YYYY-MM when only the month is known)");
  } else if (!(date = parse_date(request.date, true))) {
    errors.push_back("--date '" + request.date +
                     "' is not a real day written YYYY-MM-DD (or a month written YYYY-MM)");
  }
  if (!request.end_date.empty()) {
    auto end = parse_date(request.end_date, false);
    if (!end) {
      errors.push_back("--end-date '" + request.end_date +
                       "' is not a real day written YYYY-MM-DD");
    } else if (date && date->month_only()) {
      errors.push_back("--end-date needs a full --date (YYYY-MM-DD)");
    } else if (date && end->sort_key() < date->sort_key()) {
      errors.push_back("--end-date " + end->iso() + " is before --date " + date->iso());
    } else {
      fields.end_date = end;
    }
  }

  if (request.kind.empty()) {
    errors.push_back("missing --kind CTO or --kind CxO");
  } else {
    std::string lower = request.kind;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    if (lower == "cto") {
      fields.kind = "CTO";
    } else if (lower == "cxo") {
      fields.kind = "CxO";
    } else {
      errors.push_back("--kind '" + request.kind + "' is neither CTO nor CxO");
    }
  }

  fields.city = trimmed(request.city);
  fields.country = trimmed(request.country);
  for (const auto& [option, value] : {std::pair<std::string, std::string>{"--city", fields.city},
                                      {"--country", fields.country}}) {
    if (value.empty()) {
      errors.push_back(
          "missing " + option +
          (option == "--city" ? " (e.g. --city Geneva)" : " (e.g. --country Switzerland)"));
    } else if (has_control_character(value)) {
      errors.push_back(option + " holds a line break or control character");
    }
  }

  std::string id = request.id;
  if (!id.empty()) {
    if (!load::is_valid_id(id)) {
      std::string message = load::invalid_id_message("meeting", id);
      // The id it suggests may be a meeting already.
      std::string fixed = markdown::slugify(id);
      if (message.ends_with("did you mean '" + fixed + "'?") &&
          fs::is_directory(fs::path(request.source) / kMeetings / fixed)) {
        message += " (a meeting of that id exists already: edit it there, or choose another)";
      }
      errors.push_back(message);
    }
  } else if (date && !fields.city.empty()) {
    std::string slug = slug_of(fields.city);
    if (slug.empty()) {
      errors.push_back("cannot spell the city '" + fields.city +
                       "' in ASCII for the meeting's id; give the id with --id, e.g. --id " +
                       date->iso() + "-city");
    } else {
      id = date->iso() + "-" + slug;
    }
  }

  bool site_ok = check_site(request.source, errors);
  if (site_ok && !id.empty() && load::is_valid_id(id)) {
    fs::path folder = fs::path(request.source) / kMeetings / id;
    if (fs::exists(fs::symlink_status(folder))) {
      errors.push_back("meeting '" + id + "' already exists (" + kMeetings + "/" + id +
                       "/); edit it there, or give another id with --id");
    }
  }
  if (!errors.empty()) return result;

  fields.date = *date;
  switch (request.status) {
    case NewMeetingRequest::Status::Held:
      fields.held = true;
      break;
    case NewMeetingRequest::Status::Planned:
      fields.held = false;
      break;
    case NewMeetingRequest::Status::ByDate:
      // A month-only date in the current month could go either way; the
      // first of the month is how it sorts, so that decides.
      fields.held = date->sort_key() <= today.sort_key();
      break;
  }

  std::string relative = kMeetings + "/" + id;
  fs::path folder = fs::path(request.source) / relative;
  std::error_code ec;
  fs::create_directories(folder, ec);
  if (ec) {
    errors.push_back("cannot create " + relative + ": " + ec.message());
    return result;
  }
  std::string error;
  bool ok = write_file(folder / "meeting.yaml", meeting_yaml(fields), error);
  if (ok) result.written.push_back(relative + "/meeting.yaml");
  if (ok && fields.held) {
    ok = write_file(folder / "communique.md", communique_skeleton(), error);
    if (ok) result.written.push_back(relative + "/communique.md");
  }
  if (!ok) {
    errors.push_back(error);
    fs::remove_all(folder, ec);  // ours: it did not exist before
    result.written.clear();
    return result;
  }
  result.id = id;
  result.held = fields.held;
  return result;
}

ScaffoldResult new_communique(const std::string& source, const std::string& meeting_id) {
  ScaffoldResult result;
  auto& errors = result.errors;
  if (!check_site(source, errors)) return result;
  fs::path meetings = fs::path(source) / kMeetings;
  std::string relative = kMeetings + "/" + meeting_id;
  if (meeting_id.empty()) {
    std::vector<std::string> without;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(meetings, ec)) {
      if (entry.is_directory() && !fs::exists(entry.path() / "communique.md")) {
        without.push_back(entry.path().filename().string());
      }
    }
    std::sort(without.begin(), without.end());
    std::string list;
    for (const auto& id : without) list += (list.empty() ? "" : ", ") + id;
    errors.push_back("give the meeting's id (its folder name): cxo new communique <id>" +
                     (list.empty() ? std::string("; every meeting has a communiqué already")
                                   : "; meetings without a communiqué: " + list));
    return result;
  }
  if (!load::is_valid_id(meeting_id) || !fs::is_directory(meetings / meeting_id)) {
    std::vector<std::string> ids;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(meetings, ec)) {
      if (entry.is_directory()) ids.push_back(entry.path().filename().string());
    }
    std::sort(ids.begin(), ids.end());
    errors.push_back("there is no meeting '" + meeting_id + "' (no folder " + relative + "/)" +
                     did_you_mean(meeting_id, ids));
    return result;
  }
  fs::path communique = meetings / meeting_id / "communique.md";
  if (fs::exists(fs::symlink_status(communique))) {
    errors.push_back(relative + "/communique.md already exists");
    return result;
  }
  std::string error;
  if (!write_file(communique, communique_skeleton(), error)) {
    errors.push_back(error);
    return result;
  }
  result.written.push_back(relative + "/communique.md");
  // Only the line `cxo new meeting` wrote is changed; any other form of the
  // status is the editor's to change.
  fs::path yaml = meetings / meeting_id / "meeting.yaml";
  std::string text = read_file(yaml);
  std::string held;
  bool changed = false;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    std::string rest = line.starts_with("status:") ? trimmed(line.substr(7)) : "";
    if (!changed && (rest == "planned" || rest.starts_with("planned #"))) {
      line = "status: held";
      changed = true;
    }
    held += line + "\n";
  }
  if (changed && write_file(yaml, held, error))
    result.written.push_back(relative + "/meeting.yaml");
  // An agenda's topics have no stage; a held meeting's must.
  Diagnostics ignored;
  std::string yaml_path = relative + "/meeting.yaml";
  if (auto root = load::parse_yaml(held, {yaml_path, 1}, ignored); root && root->is_map()) {
    for (const auto& [key, value] : root->entries) {
      if (key.scalar != "topics" || !value.is_list()) continue;
      std::vector<std::string> entries;
      for (const auto& item : value.items) {
        if (!item.is_map()) continue;
        bool has_stage = false;
        std::string topic;
        for (const auto& [name, field] : item.entries) {
          if (name.scalar == "stage") has_stage = true;
          if (name.scalar == "topic") topic = field.scalar;
        }
        if (!has_stage) entries.push_back(topic + " (line " + std::to_string(item.line) + ")");
      }
      if (entries.empty()) continue;
      std::string list;
      for (const auto& entry : entries) list += (list.empty() ? "" : ", ") + entry;
      result.still_to_do.push_back(
          "give each topic of " + yaml_path + " the stage it reached at the meeting: " + list +
          "; one of emerging, prioritized, in-study, in-standardization, standardized, "
          "concluded");
    }
  }
  result.id = meeting_id;
  result.held = true;
  return result;
}

}  // namespace cxo::scaffold

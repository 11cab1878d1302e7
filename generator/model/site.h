#pragma once
// The archive as plain data: what the loaders read from site.yaml and
// content/, checked and cross-referenced by model/link.cc. Everything the
// pages show is derived from these structs; nothing derived is stored in the
// content.
#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "markdown/document.h"
#include "model/date.h"
#include "util/diagnostics.h"

namespace cxo {

// An id as written in the content, with where it was written so that an
// unknown one can be reported there, and what it resolved to.
struct Reference {
  std::string id;
  SourcePos pos;
  int index = -1;  // into Site::organizations or Site::topics once linked
};

struct SiteConfig {
  std::string title;
  std::string base_url;  // always ends with '/'
  std::string language = "en";
  std::string description;
  std::string theme = "default";
  std::string output_dir = "public";
  bool unsafe_html = false;
  std::vector<std::string> link_skip;
};

enum class Region { Africa, Americas, ArabStates, AsiaPacific, Cis, Europe };
enum class Membership { SectorMember, Associate, Academia, NonMember };

struct Organization {
  std::string id;
  std::string name;
  std::string short_name;  // empty: use name
  std::vector<std::string> aliases;
  std::string country;
  std::optional<Region> region;
  std::optional<Membership> membership;
  std::string url;
  SourcePos pos;

  const std::string& display_name() const { return short_name.empty() ? name : short_name; }
};

struct Topic {
  std::string id;
  std::string title;
  std::vector<std::string> aliases;
  std::string summary_markdown;
  markdown::Document summary;  // rendered
  std::vector<std::string> groups;
  std::vector<Reference> related;
  SourcePos pos;
};

enum class Kind { Cto, Cxo };
enum class Status { Held, Planned, Cancelled };

// The lifecycle a topic moves through, in this order.
enum class Stage { Emerging, Prioritized, InStudy, InStandardization, Standardized, Concluded };
inline constexpr int kStageCount = 6;

enum class FollowUpStatus { Open, InProgress, Done, Dropped };

struct FollowUp {
  Date date;
  FollowUpStatus status = FollowUpStatus::Open;
  std::string note;
  std::string url;
  SourcePos pos;
  SourcePos date_pos;
};

struct Conclusion {
  std::string id;
  std::string text;
  std::vector<FollowUp> follow_up;
  SourcePos pos;
};

// One topic on one meeting's agenda.
struct AgendaItem {
  Reference topic;
  std::string section;  // heading text or "#anchor"; empty: no text
  SourcePos section_pos;
  int section_index = -1;  // into the communiqué's sections once linked
  std::optional<Stage> stage;
  std::vector<Reference> proposed_by;
  std::vector<Conclusion> conclusions;
  SourcePos pos;
};

struct MeetingDocument {
  std::string label;
  std::string url;
  SourcePos pos;
};

struct Counts {
  std::optional<int> companies;
  std::optional<int> executives;
};

struct Communique {
  std::string path;  // relative to the site folder
  std::string source;
  bool summary = false;
  markdown::Document body;
};

// A file published as it is: from the site's static/ folder, or one a
// meeting's folder holds beside its meeting.yaml and communique.md (a photo,
// the communiqué's PDF), which its communiqué may link to by name. Its bytes
// are read only as it is copied, a part at a time: an archive may hold more
// photos and PDFs than memory.
struct StaticFile {
  std::string source;  // "static/logo.png", "content/meetings/<id>/photo.jpg"
  std::string output;  // "logo.png", "meetings/<id>/photo.jpg"
};

struct Meeting {
  std::string id;
  Kind kind = Kind::Cto;
  std::string series;
  Date date;
  std::optional<Date> end_date;
  std::string city;
  std::string country;
  std::string title;  // as given, or the default title
  std::string chair;
  Status status = Status::Planned;
  std::vector<Reference> hosts;
  std::vector<Reference> supporters;
  Counts counts;
  std::vector<Reference> participants;
  std::vector<MeetingDocument> documents;
  std::vector<AgendaItem> topics;
  std::optional<Communique> communique;
  std::vector<StaticFile> files;  // the folder's other files, by path
  SourcePos pos;                  // meeting.yaml

  bool held() const { return status == Status::Held; }
};

struct FreePage {
  std::string name;  // address segment
  std::string title;
  std::string path;  // source file
  markdown::Document body;
};

struct Site {
  SiteConfig config;
  std::vector<Organization> organizations;  // sorted by id
  std::vector<Topic> topics;                // sorted by id
  std::vector<Meeting> meetings;            // sorted by date, then id
  std::vector<FreePage> pages;              // sorted by name
  std::vector<StaticFile> static_files;     // static/, by path

  std::map<std::string, int, std::less<>> organization_index;
  std::map<std::string, int, std::less<>> topic_index;
  std::map<std::string, int, std::less<>> meeting_index;
};

// Names as written in content files, for parsing and for messages.
const char* to_string(Kind kind);
const char* to_string(Status status);
const char* to_string(Stage stage);
const char* to_string(Region region);
const char* to_string(Membership membership);
const char* to_string(FollowUpStatus status);

// Names as a reader sees them ("in study", "Asia-Pacific").
const char* label(Stage stage);
const char* label(Region region);
const char* label(Membership membership);
const char* label(FollowUpStatus status);

// Every accepted spelling in enum order, for parsing and for "expected …"
// messages; parse_enum turns a spelling back into the enum.
std::vector<std::string> names_of_kinds();
std::vector<std::string> names_of_statuses();
std::vector<std::string> names_of_stages();
std::vector<std::string> names_of_regions();
std::vector<std::string> names_of_memberships();
std::vector<std::string> names_of_follow_up_statuses();

template <typename Enum>
std::optional<Enum> parse_enum(const std::string& text, const std::vector<std::string>& names) {
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (names[i] == text) return static_cast<Enum>(i);
  }
  return std::nullopt;
}

}  // namespace cxo

#pragma once
// What the search finds: one document per meeting, communiqué section,
// topic, organization, conclusion and free page, each with the text of its
// three fields (title, headings, body), where it links to and the values
// its facets filter on.
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "model/site.h"

namespace cxo::search {

enum class DocType { Meeting, Section, Topic, Organization, Conclusion, Page };
inline constexpr int kDocTypeCount = 6;

const char* to_string(DocType type);  // "meeting", "section", … (URL values)
const char* label(DocType type);      // "Meeting", "Communiqué section", …

struct SearchDocument {
  DocType type = DocType::Meeting;
  std::string_view title;        // searched in, and shown unless `shown_title` is given
  std::string_view shown_title;  // what a result shows, when not all of `title`
  std::string_view headings;     // several lines, each its own phrase
  std::string_view body;
  std::string path;         // site-relative link, with its #anchor
  std::string date;         // as displayed; empty when the document has none
  std::string context;      // one line saying where it comes from
  int meeting = -1;         // meetings, sections, conclusions: whose facets it shares
  std::vector<int> topics;  // indexes into Site::topics
  int region = -1;          // organizations: their region
};

// The documents in the order the index numbers them: each meeting followed
// by its sections and its conclusions, in meeting order; then the topics,
// the organizations and the free pages. This order is what lets the browser
// tell a document's type and meeting from its number alone.
struct DocumentSet {
  std::vector<SearchDocument> documents;
  std::vector<int> sections_per_meeting;
  std::vector<int> conclusions_per_meeting;
  std::vector<int> meeting_region;  // per meeting, -1 when unknown
  int first_topic = 0;
  int first_organization = 0;
  int first_page = 0;
  std::deque<std::string> text;  // owns the text built for the documents
};

DocumentSet collect_documents(const Site& site);

// "meetings/<id>/index.html#<anchor>".
std::string doc_path_with_anchor(const Meeting& meeting, const std::string& anchor);

// The region a meeting took place in: the one organizations.yaml gives most
// often for organizations of the meeting's country, else its hosts'
// region; -1 when neither says.
std::vector<int> meeting_regions(const Site& site);

}  // namespace cxo::search

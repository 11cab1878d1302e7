#include "model/link.h"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>

#include "util/parallel.h"
#include "util/suggest.h"

namespace cxo {

namespace {

const std::string kOrganizationsFile = "content/organizations.yaml";
const std::string kTopicsFile = "content/topics.yaml";

template <typename Item>
void index_ids(std::vector<Item>& items, const char* what,
               std::map<std::string, int, std::less<>>& index, Diagnostics& diagnostics) {
  for (std::size_t i = 0; i < items.size(); ++i) {
    auto [it, inserted] = index.emplace(items[i].id, static_cast<int>(i));
    if (!inserted) {
      const SourcePos& first = items[it->second].pos;
      diagnostics.error(items[i].pos, std::string("duplicate ") + what + " id '" + items[i].id +
                                          "' (first defined at " + first.path + ":" +
                                          std::to_string(first.line) + ")");
    }
  }
}

class Linker {
 public:
  Linker(Site& site, Diagnostics& diagnostics) : site_(site), diagnostics_(diagnostics) {
    for (const auto& org : site.organizations) organization_ids_.push_back(org.id);
    for (const auto& topic : site.topics) topic_ids_.push_back(topic.id);
    // A register that could not be read at all (missing, empty, not a list…)
    // is reported in its own file; every reference to it would only repeat that.
    // One read with errors may have lost the very entry a reference names
    // (an id written 'Nokia', an entry whose '- ' went missing): "add it"
    // would then send the editor to add a second one.
    for (const auto& d : diagnostics.sorted()) {
      if (d.severity != Severity::Error) continue;
      if (d.pos.path == kOrganizationsFile && site.organizations.empty()) {
        unusable_registers_.insert(kOrganizationsFile);
      }
      if (d.pos.path == kTopicsFile && site.topics.empty()) unusable_registers_.insert(kTopicsFile);
      if (d.pos.path == kOrganizationsFile || d.pos.path == kTopicsFile) {
        flawed_registers_.insert(d.pos.path);
      }
    }
  }

  void run(unsigned threads) {
    for (auto& topic : site_.topics) link_topic(topic);
    // Each meeting's references resolve on their own (Diagnostics takes
    // reports from any thread): 0.15 s on one core at 10,000 meetings.
    parallel_for(site_.meetings.size(), threads,
                 [&](std::size_t m) { link_meeting(site_.meetings[m]); });
    // Conclusion ids are unique across the archive: checked in date order,
    // so the first one defined is the one the message points back to.
    std::map<std::string_view, const Conclusion*> conclusions;
    for (const auto& meeting : site_.meetings) {
      for (const auto& item : meeting.topics) {
        for (const auto& conclusion : item.conclusions) {
          if (conclusion.id.empty()) continue;
          auto [it, inserted] = conclusions.emplace(conclusion.id, &conclusion);
          if (!inserted) {
            diagnostics_.error(conclusion.pos,
                               "duplicate conclusion id '" + conclusion.id +
                                   "' (first defined at " + it->second->pos.path + ":" +
                                   std::to_string(it->second->pos.line) +
                                   "); conclusion ids are unique across the archive");
          }
        }
      }
    }
  }

 private:
  void resolve(Reference& ref, const std::map<std::string, int, std::less<>>& index,
               const std::vector<std::string>& ids, const char* what,
               const std::string& register_file) {
    auto it = index.find(ref.id);
    if (it != index.end()) {
      ref.index = it->second;
      return;
    }
    if (unusable_registers_.count(register_file)) return;
    std::string hint = did_you_mean(ref.id, ids);
    if (ref.id.find("\xC2\xA0") != std::string::npos) {
      hint = "; it holds a no-break space (U+00A0), which looks like a space: delete it";
    }
    if (hint.empty()) {
      hint = flawed_registers_.count(register_file)
                 ? "; " + register_file + " has errors, which may be why: fix those first"
                 : "; add it to " + register_file;
    }
    diagnostics_.error(ref.pos, std::string("unknown ") + what + " '" + ref.id + "'" + hint);
  }

  void resolve_organizations(std::vector<Reference>& refs, const char* role) {
    std::map<std::string, const Reference*> seen;
    for (auto& ref : refs) {
      resolve(ref, site_.organization_index, organization_ids_, "organization", kOrganizationsFile);
      auto [it, inserted] = seen.emplace(ref.id, &ref);
      if (!inserted) {
        diagnostics_.error(ref.pos, "organization '" + ref.id + "' is listed twice in " + role +
                                        " (first at line " + std::to_string(it->second->pos.line) +
                                        ")");
      }
    }
  }

  void link_topic(Topic& topic) {
    for (auto& related : topic.related) {
      resolve(related, site_.topic_index, topic_ids_, "topic", kTopicsFile);
      if (related.id == topic.id) {
        diagnostics_.error(related.pos, "topic '" + topic.id + "' cannot be related to itself");
        related.index = -1;
      }
    }
  }

  void link_meeting(Meeting& meeting) {
    if (meeting.title.empty()) meeting.title = default_title(meeting);
    resolve_organizations(meeting.hosts, "hosts");
    resolve_organizations(meeting.supporters, "supporters");
    resolve_organizations(meeting.participants, "participants");
    std::map<std::string, const AgendaItem*> seen_topics;
    for (auto& item : meeting.topics) {
      if (!item.topic.id.empty()) {
        resolve(item.topic, site_.topic_index, topic_ids_, "topic", kTopicsFile);
        auto [it, inserted] = seen_topics.emplace(item.topic.id, &item);
        if (!inserted) {
          diagnostics_.error(item.topic.pos, "topic '" + item.topic.id +
                                                 "' is listed twice in this meeting's topics "
                                                 "(first at line " +
                                                 std::to_string(it->second->topic.pos.line) + ")");
        }
      }
      resolve_organizations(item.proposed_by, "proposed_by");
      link_section(meeting, item);
    }
  }

  void link_section(const Meeting& meeting, AgendaItem& item) {
    if (item.section.empty()) return;
    if (!meeting.communique) {
      if (meeting.held()) return;  // the missing communiqué is reported already
      diagnostics_.error(item.section_pos, "section '" + item.section +
                                               "' names a heading, but this meeting has no "
                                               "communique.md yet");
      return;
    }
    const auto& headings = meeting.communique->body.headings;
    std::vector<std::string> candidates;
    std::vector<std::size_t> matches;
    for (std::size_t i = 0; i < headings.size(); ++i) {
      bool match = item.section.starts_with("#") ? headings[i].anchor == item.section.substr(1)
                                                 : headings[i].text == item.section;
      if (match) matches.push_back(i);
      candidates.push_back(item.section.starts_with("#") ? "#" + headings[i].anchor
                                                         : headings[i].text);
    }
    // Anchors are unique; a text may be a repeated heading's, and which one
    // is meant must be said (CONTENT-MODEL.md: by its anchor).
    if (matches.size() > 1) {
      std::string lines, anchors;
      for (std::size_t k = 0; k < matches.size(); ++k) {
        const auto& heading = headings[matches[k]];
        const char* separator = k == 0 ? "" : k + 1 == matches.size() ? " and " : ", ";
        lines += separator + std::to_string(heading.line);
        anchors += std::string(k == 0                    ? ""
                               : k + 1 == matches.size() ? " or "
                                                         : ", ") +
                   "'#" + heading.anchor + "'";
      }
      diagnostics_.error(item.section_pos, "section '" + item.section + "' names " +
                                               std::to_string(matches.size()) + " headings of " +
                                               meeting.communique->path + " (lines " + lines +
                                               "); name one by its anchor: " + anchors);
      return;
    }
    if (matches.size() == 1) {
      item.section_index = static_cast<int>(matches[0]);
      return;
    }
    std::string hint = did_you_mean(item.section, candidates);
    if (hint.empty()) {
      hint = candidates.empty() ? "; it has no headings" : "; its headings are: ";
      for (std::size_t i = 0; i < candidates.size(); ++i) {
        hint += (i ? ", '" : "'") + candidates[i] + "'";
      }
    }
    diagnostics_.error(item.section_pos, "section '" + item.section + "' is not a heading of " +
                                             meeting.communique->path + hint);
  }

  Site& site_;
  Diagnostics& diagnostics_;
  std::vector<std::string> organization_ids_;
  std::vector<std::string> topic_ids_;
  std::set<std::string> unusable_registers_;
  std::set<std::string> flawed_registers_;
};

}  // namespace

std::string default_title(const Meeting& meeting) {
  return std::string(to_string(meeting.kind)) + " meeting, " +
         display_date_range(meeting.date, meeting.end_date) + ", " + meeting.city;
}

void link_site(Site& site, Diagnostics& diagnostics, unsigned threads) {
  auto by_id = [](const auto& a, const auto& b) { return a.id < b.id; };
  std::stable_sort(site.organizations.begin(), site.organizations.end(), by_id);
  std::stable_sort(site.topics.begin(), site.topics.end(), by_id);
  std::sort(site.meetings.begin(), site.meetings.end(), [](const Meeting& a, const Meeting& b) {
    if (a.date.sort_key() != b.date.sort_key()) return a.date.sort_key() < b.date.sort_key();
    return a.id < b.id;
  });
  std::sort(site.pages.begin(), site.pages.end(),
            [](const FreePage& a, const FreePage& b) { return a.name < b.name; });
  index_ids(site.organizations, "organization", site.organization_index, diagnostics);
  index_ids(site.topics, "topic", site.topic_index, diagnostics);
  index_ids(site.meetings, "meeting", site.meeting_index, diagnostics);
  Linker(site, diagnostics).run(threads);
}

}  // namespace cxo

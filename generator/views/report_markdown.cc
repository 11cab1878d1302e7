// The reports as Markdown, written beside each report page as report.md.
// Links are absolute (base_url), since the text leaves the site.
#include <array>

#include "model/follow_up.h"
#include "util/byte_scan.h"
#include "views/reports.h"
#include "views/views.h"

namespace cxo::views {

namespace {

bool has_markup(bytes::Block b) {
  return bytes::any_lane((b == '\\') | (b == '`') | (b == '*') | (b == '_') | (b == '[') |
                         (b == ']') | (b == '<') | (b == '>') | (b == '|') | (b == '#'));
}

// Appends `text` with the characters Markdown would read as markup escaped;
// runs without any are appended whole (report texts are mostly such runs).
void append_escaped(std::string& out, std::string_view text) {
  static constexpr auto kMarkup = [] {
    std::array<bool, 256> table{};
    for (unsigned char c : std::string_view("\\`*_[]<>|#")) table[c] = true;
    return table;
  }();
  std::size_t start = 0;
  for (std::size_t at = 0; at < text.size(); ++at) {
    at = bytes::skip_clean_blocks(text, at, has_markup);
    if (at == text.size()) break;
    if (!kMarkup[static_cast<unsigned char>(text[at])]) continue;
    out.append(text.substr(start, at - start));
    out += '\\';
    start = at;
  }
  out.append(text.substr(start));
}

std::string escape(std::string_view text) {
  return escape_markdown(text);
}

// A section's plain text as Markdown paragraphs, quoted.
std::string quote(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start) {
      out += "> ";
      append_escaped(out, text.substr(start, end - start));
      out += "\n>\n";
    }
    start = end + 1;
  }
  if (out.size() >= 2) out.resize(out.size() - 2);
  return out;
}

std::string pretty_url(const SiteConfig& config, std::string path) {
  if (path.ends_with("index.html")) path.resize(path.size() - 10);
  return config.base_url + path;
}

std::string link(const std::string& text, const std::string& url) {
  std::string out = "[";
  out += escape(text);
  out += "](";
  out += url;
  out += ')';
  return out;
}

std::string meeting_link(const ViewContext& context, int m) {
  const Meeting& meeting = context.site().meetings[m];
  return link(meeting.title, pretty_url(context.site().config, meeting_path(meeting)));
}

std::string conclusion_lines(const Conclusion& conclusion, const std::string& indent) {
  std::string out =
      indent + "- " + escape(conclusion.text) + " (" + label(latest_status(conclusion)) + ")\n";
  for (const auto& entry : conclusion.follow_up) {
    out += indent + "  - " + entry.date.display() + ": " + label(entry.status);
    if (!entry.note.empty()) out += ", " + escape(entry.note);
    if (!entry.url.empty()) out += " (" + entry.url + ")";
    out += "\n";
  }
  return out;
}

}  // namespace

std::string escape_markdown(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 16);
  append_escaped(out, text);
  return out;
}

std::string tsag_report_markdown(const ViewContext& context, const TsagReport& report) {
  const Site& site = context.site();
  const Meeting& meeting = site.meetings[report.meeting];
  std::string md = "# Report to TSAG: " + escape(meeting.title) + "\n\n";
  md += "- Date: " + display_date_range(meeting.date, meeting.end_date) + "\n";
  md += "- Place: " + escape(meeting.city) + ", " + escape(meeting.country) + "\n";
  md += "- Kind: " + std::string(to_string(meeting.kind)) + " meeting\n";
  if (!meeting.hosts.empty()) {
    md += "- Hosted by: ";
    for (std::size_t i = 0; i < meeting.hosts.size(); ++i) {
      if (meeting.hosts[i].index < 0) continue;
      md += (i ? ", " : "") + escape(site.organizations[meeting.hosts[i].index].name);
    }
    md += "\n";
  }
  md += "- Communiqué: " + pretty_url(site.config, meeting_path(meeting)) + "\n";
  if (meeting.communique && meeting.communique->summary) {
    md +=
        "\nThe communiqué text in this archive is a summary written for the archive, not the "
        "communiqué's own words.\n";
  }
  md += "\n## Conclusions\n\n";
  bool any = false;
  for (const auto& item : meeting.topics) {
    for (const auto& conclusion : item.conclusions) {
      md += conclusion_lines(conclusion, "");
      any = true;
    }
  }
  if (!any) md += "The archive records no conclusions for this meeting.\n";
  for (const auto& part : report.topics) {
    const AgendaItem& item = meeting.topics[part.item];
    if (item.topic.index < 0) continue;
    const Topic& topic = site.topics[item.topic.index];
    md += "\n## " + escape(topic.title) + "\n\n";
    if (item.stage) {
      md += "Stage reached at this meeting: " + std::string(label(*item.stage)) + " (" +
            std::to_string(static_cast<int>(*item.stage) + 1) + " of " +
            std::to_string(kStageCount) + ").\n\n";
    }
    if (item.section_index >= 0 && meeting.communique) {
      md += quote(meeting.communique->body.section_text(item.section_index)) + "\n\n";
    }
    if (part.earlier.empty()) {
      md += "This was the first meeting to discuss this topic.\n";
      continue;
    }
    md += "How earlier meetings addressed it";
    if (part.earlier_total > part.earlier.size()) {
      md += " (the latest " + std::to_string(part.earlier.size()) + " of " +
            std::to_string(part.earlier_total) + ")";
    }
    md += ":\n\n";
    for (const Mention& mention : part.earlier) {
      const AgendaItem& earlier = site.meetings[mention.meeting].topics[mention.item];
      md += "- " + meeting_link(context, mention.meeting);
      if (earlier.stage) md += ": " + std::string(label(*earlier.stage));
      md += "\n";
      for (const auto& conclusion : earlier.conclusions) md += conclusion_lines(conclusion, "  ");
    }
    md += "\nFull history: " + pretty_url(site.config, topic_path(topic)) + "\n";
  }
  return md;
}

std::string follow_up_report_markdown(const ViewContext& context) {
  const Site& site = context.site();
  std::string md = "# Follow-up of the conclusions of the CTO and CxO meetings\n\n";
  auto refs = follow_up_conclusions(site);
  md += std::to_string(refs.size()) + " conclusions are open or in progress.\n";
  int current_meeting = -1;
  for (const ConclusionRef& ref : refs) {
    if (ref.meeting != current_meeting) {
      current_meeting = ref.meeting;
      md += "\n## " + meeting_link(context, ref.meeting) + "\n\n";
    }
    const AgendaItem& item = site.meetings[ref.meeting].topics[ref.item];
    if (item.topic.index >= 0)
      md += "- Topic: " + escape(site.topics[item.topic.index].title) + "\n";
    md += conclusion_lines(conclusion_at(site, ref), "  ");
  }
  return md;
}

std::string period_report_markdown(const ViewContext& context, const PeriodAssessment& assessment) {
  const Site& site = context.site();
  std::string md =
      "# Study period " + assessment.period.slug() + ": outcomes of the CTO and CxO meetings\n\n";
  md += "- Meetings held: " + std::to_string(assessment.meetings.size()) + "\n";
  md += "- Organizations taking part: " +
        std::to_string(assessment.new_organizations.size() +
                       assessment.returning_organizations.size()) +
        " (" + std::to_string(assessment.new_organizations.size()) + " new, " +
        std::to_string(assessment.returning_organizations.size()) + " returning)\n";
  md += "- Topics discussed: " + std::to_string(assessment.topics_discussed.size()) +
        ", of which " + std::to_string(assessment.topics_raised.size()) +
        " raised for the first time\n";
  md +=
      "- Topics whose stage advanced: " + std::to_string(assessment.stages_advanced.size()) + "\n";
  md += "- Conclusions: " + std::to_string(assessment.conclusions.size()) + " (" +
        std::to_string(assessment.done) + " done, " + std::to_string(assessment.in_progress) +
        " in progress, " + std::to_string(assessment.open) + " open, " +
        std::to_string(assessment.dropped) + " dropped)\n";
  md += "\n## Meetings\n\n";
  for (int m : assessment.meetings) md += "- " + meeting_link(context, m) + "\n";
  auto organizations = [&](const char* heading, const std::vector<int>& list) {
    if (list.empty()) return;
    md += std::string("\n## ") + heading + "\n\n";
    for (int o : list) md += "- " + escape(site.organizations[o].name) + "\n";
  };
  organizations("New organizations", assessment.new_organizations);
  organizations("Returning organizations", assessment.returning_organizations);
  if (!assessment.stages_advanced.empty()) {
    md += "\n## Stages advanced\n\n";
    for (const auto& advance : assessment.stages_advanced) {
      md += "- " + escape(site.topics[advance.topic].title) + ": " + label(advance.from) + " → " +
            label(advance.to) + "\n";
    }
  }
  if (!assessment.topics_raised.empty()) {
    md += "\n## Topics raised\n\n";
    for (int t : assessment.topics_raised) md += "- " + escape(site.topics[t].title) + "\n";
  }
  if (!assessment.conclusions.empty()) {
    md += "\n## Conclusions\n\n";
    for (const ConclusionRef& ref : assessment.conclusions) {
      md += conclusion_lines(conclusion_at(site, ref), "");
    }
  }
  return md;
}

}  // namespace cxo::views

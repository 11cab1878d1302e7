// The reports as Markdown, written beside each report page as report.md.
// Links are absolute (base_url), since the text leaves the site.
#include "data/urls.h"
#include "markdown/escape.h"
#include "markdown/links.h"
#include "model/follow_up.h"
#include "util/size_hint.h"
#include "views/reports.h"
#include "views/views.h"

namespace cxo::views {

namespace {

using markdown::append_escaped;
using markdown::escaped;

// A section's Markdown, quoted. Its relative links carry the site-root mark
// (markdown/links.h); the report leaves the site, so they get base_url.
void append_quote(std::string& md, std::string_view section, const SiteConfig& config) {
  while (section.starts_with('\n')) section.remove_prefix(1);
  while (section.ends_with('\n')) section.remove_suffix(1);
  std::size_t start = 0;
  while (start < section.size()) {
    std::size_t end = section.find('\n', start);
    if (end == std::string_view::npos) end = section.size();
    std::string_view line = section.substr(start, end - start);
    md += line.empty() ? ">" : "> ";
    for (std::size_t mark; (mark = line.find(markdown::kSiteRoot)) != std::string_view::npos;) {
      md.append(line.substr(0, mark));
      md += config.base_url;
      line.remove_prefix(mark + markdown::kSiteRoot.size());
    }
    md.append(line);
    md += '\n';
    start = end + 1;
  }
}

// A page's address on the published site, as a reader would type it.
void append_pretty_url(std::string& md, const SiteConfig& config, std::string_view path) {
  if (path.ends_with("index.html")) path.remove_suffix(10);
  md += config.base_url;
  md += path;
}

std::string pretty_url(const SiteConfig& config, std::string_view path) {
  std::string url;
  append_pretty_url(url, config, path);
  return url;
}

void append_meeting_link(std::string& md, const ViewContext& context, int m) {
  const Meeting& meeting = context.site().meetings[m];
  md += '[';
  append_escaped(md, meeting.title);
  md += "](";
  append_pretty_url(md, context.site().config, meeting_path(meeting));
  md += ')';
}

std::string meeting_link(const ViewContext& context, int m) {
  std::string link;
  append_meeting_link(link, context, m);
  return link;
}

// `meeting`: the meeting that recorded the conclusion, whose page relative
// follow-up URLs are read against.
void append_conclusion_lines(std::string& md, const Site& site, int meeting,
                             const Conclusion& conclusion, std::string_view indent) {
  md += indent;
  md += "- ";
  append_escaped(md, conclusion.text);
  md += " (";
  md += label(latest_status(conclusion));
  md += ")\n";
  for (const auto& entry : conclusion.follow_up) {
    md += indent;
    md += "  - ";
    md += entry.date.display();
    md += ": ";
    md += label(entry.status);
    if (!entry.note.empty()) {
      md += ", ";
      append_escaped(md, entry.note);
    }
    if (!entry.url.empty()) {
      md += " (";
      md += data::absolute_link(site.config, entry.url, meeting_folder(site.meetings[meeting]));
      md += ')';
    }
    md += '\n';
  }
}

std::string conclusion_lines(const Site& site, const ConclusionRef& ref, std::string_view indent) {
  std::string lines;
  append_conclusion_lines(lines, site, ref.meeting, conclusion_at(site, ref), indent);
  return lines;
}

// A report pasted into a TSAG document keeps its addresses: say so when
// they are not yet the archive's own.
void append_address_note(std::string& md, const SiteConfig& config) {
  if (!data::is_example_address(config.base_url)) return;
  md += "> Note: the addresses in this report start with " + config.base_url +
        ", an address reserved for examples. This copy of the archive was not built for its "
        "permanent address; check the links before pasting them.\n\n";
}

// Reports grow with the archive; the largest so far sizes the next.
SizeHint report_size;

}  // namespace

std::string tsag_report_markdown(const ViewContext& context, const TsagReport& report) {
  const Site& site = context.site();
  const Meeting& meeting = site.meetings[report.meeting];
  std::string md;
  md.reserve(report_size.get());
  md += "# Report to TSAG: ";
  append_escaped(md, meeting.title);
  md += "\n\n";
  append_address_note(md, site.config);
  md += "- Date: " + display_date_range(meeting.date, meeting.end_date) + "\n";
  md += "- Place: " + escaped(meeting.city) + ", " + escaped(meeting.country) + "\n";
  md += "- Kind: " + std::string(to_string(meeting.kind)) + " meeting\n";
  if (!meeting.hosts.empty()) {
    md += "- Hosted by: ";
    for (std::size_t i = 0; i < meeting.hosts.size(); ++i) {
      if (meeting.hosts[i].index < 0) continue;
      md += (i ? ", " : "") + escaped(site.organizations[meeting.hosts[i].index].name);
    }
    md += "\n";
  }
  md += "- Organizations taking part: " + taking_part_text(meeting) + "\n";
  if (meeting.counts.companies) {
    md += "- Companies (as published): " + std::to_string(*meeting.counts.companies) + "\n";
  }
  if (meeting.counts.executives) {
    md += "- Executives (as published): " + std::to_string(*meeting.counts.executives) + "\n";
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
      append_conclusion_lines(md, site, report.meeting, conclusion, "");
      any = true;
    }
  }
  if (!any) md += "The archive records no conclusions for this meeting.\n";
  if (report.topics.empty()) {
    md += "\nThe archive records no topics for this meeting, and so no progression to report.\n";
  }
  for (const auto& part : report.topics) {
    const AgendaItem& item = meeting.topics[part.item];
    if (item.topic.index < 0) continue;
    const Topic& topic = site.topics[item.topic.index];
    md += "\n## ";
    append_escaped(md, topic.title);
    md += "\n\n";
    if (item.stage) {
      md += "Stage reached at this meeting: " + std::string(label(*item.stage)) + " (" +
            std::to_string(static_cast<int>(*item.stage) + 1) + " of " +
            std::to_string(kStageCount) + ").\n\n";
    }
    if (part.quoted_under >= 0) {
      const AgendaItem& first = meeting.topics[report.topics[part.quoted_under].item];
      if (first.topic.index >= 0) {
        md += "The communiqué speaks of it in the section quoted under “";
        append_escaped(md, site.topics[first.topic.index].title);
        md += "” above.\n\n";
      }
    } else if (item.section_index >= 0 && meeting.communique) {
      std::size_t quote_start = md.size();
      append_quote(md, meeting.communique->body.section_markdown(item.section_index), site.config);
      if (md.size() > quote_start) md += '\n';  // one blank line after the quote
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
      md += "- ";
      append_meeting_link(md, context, mention.meeting);
      if (earlier.stage) {
        md += ": ";
        md += label(*earlier.stage);
      }
      md += '\n';
      for (const auto& conclusion : earlier.conclusions) {
        append_conclusion_lines(md, site, mention.meeting, conclusion, "  ");
      }
    }
    md += "\nFull history: ";
    append_pretty_url(md, site.config, topic_path(topic));
    md += '\n';
  }
  report_size.note(md.size());
  return md;
}

std::string follow_up_report_markdown(const ViewContext& context) {
  const Site& site = context.site();
  std::string md = "# Follow-up of the conclusions of the CTO and CxO meetings\n\n";
  append_address_note(md, site.config);
  auto refs = follow_up_conclusions(site);
  md += std::to_string(refs.size()) + " conclusions are open or in progress, " + as_of_text(site) +
        ".\n";
  int current_meeting = -1, current_item = -1;
  for (const ConclusionRef& ref : refs) {
    if (ref.meeting != current_meeting) {
      current_meeting = ref.meeting;
      current_item = -1;
      md += "\n## " + meeting_link(context, ref.meeting) + "\n\n";
    }
    // A topic with several conclusions is named once, above them.
    const AgendaItem& item = site.meetings[ref.meeting].topics[ref.item];
    if (ref.item != current_item) {
      current_item = ref.item;
      md += item.topic.index >= 0
                ? "- Topic: " + escaped(site.topics[item.topic.index].title) + "\n"
                : std::string("- No topic\n");
    }
    md += conclusion_lines(site, ref, "  ");
  }
  return md;
}

std::string period_report_markdown(const ViewContext& context, const PeriodAssessment& assessment) {
  const Site& site = context.site();
  std::string md =
      "# Study period " + assessment.period.label() + ": outcomes of the CTO and CxO meetings\n\n";
  append_address_note(md, site.config);
  md += "- Meetings held: " + std::to_string(assessment.meetings.size()) + "\n";
  md += "- Organizations taking part: " + period_taking_part_text(assessment) + "\n";
  const std::string companies =
      period_published_text(assessment.companies, assessment.meetings_with_companies, assessment);
  if (!companies.empty()) md += "- Companies (as published): " + companies + "\n";
  const std::string executives =
      period_published_text(assessment.executives, assessment.meetings_with_executives, assessment);
  if (!executives.empty()) md += "- Executives (as published): " + executives + "\n";
  md += "- Topics discussed: " + std::to_string(assessment.topics_discussed.size()) +
        ", of which " + std::to_string(assessment.topics_raised.size()) +
        " raised for the first time\n";
  md +=
      "- Topics whose stage advanced: " + std::to_string(assessment.stages_advanced.size()) + "\n";
  // In the order of the tracker: open, in progress, done, dropped.
  md += "- Conclusions: " + std::to_string(assessment.conclusions.size()) + " (" +
        std::to_string(assessment.open) + " open, " + std::to_string(assessment.in_progress) +
        " in progress, " + std::to_string(assessment.done) + " done, " +
        std::to_string(assessment.dropped) + " dropped)\n";
  md += "\n## Meetings\n\n";
  for (int m : assessment.meetings) md += "- " + meeting_link(context, m) + "\n";
  auto organizations = [&](const char* heading, const std::vector<int>& list) {
    if (list.empty()) return;
    md += std::string("\n## ") + heading + "\n\n";
    for (int o : sorted_by_name(site, list, NameShown::Full)) {
      md += "- " + escaped(site.organizations[o].name) + "\n";
    }
  };
  organizations("New organizations", assessment.new_organizations);
  organizations("Returning organizations", assessment.returning_organizations);
  if (!assessment.stages_advanced.empty()) {
    md += "\n## Stages advanced\n\n";
    for (const auto& advance : assessment.stages_advanced) {
      md += "- " + escaped(site.topics[advance.topic].title) + ": " + label(advance.from) + " → " +
            label(advance.to) + "\n";
    }
  }
  if (!assessment.topics_raised.empty()) {
    md += "\n## Topics raised\n\n";
    for (int t : assessment.topics_raised) md += "- " + escaped(site.topics[t].title) + "\n";
  }
  if (!assessment.conclusions.empty()) {
    md += "\n## Conclusions\n\n";
    for (const ConclusionRef& ref : assessment.conclusions) {
      md += conclusion_lines(site, ref, "");
    }
  }
  return md;
}

}  // namespace cxo::views

#include "scaffold/meeting_files.h"

#include <cctype>

#include "model/link.h"

namespace cxo::scaffold {

namespace {

bool plain_safe(const std::string& text) {
  if (text.empty() || text.back() == ' ') return false;
  unsigned char first = static_cast<unsigned char>(text.front());
  if (!std::isalpha(first) && first < 0x80) return false;
  for (unsigned char c : text) {
    if (c >= 0x80 || std::isalnum(c)) continue;
    if (c == ' ' || c == '.' || c == ',' || c == '\'' || c == '(' || c == ')' || c == '-' ||
        c == '/') {
      continue;
    }
    return false;
  }
  // Words YAML 1.1 readers take for booleans or null.
  for (const char* word : {"yes", "no", "on", "off", "true", "false", "null", "y", "n"}) {
    std::string lower;
    for (char c : text) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower == word) return false;
  }
  return true;
}

}  // namespace

std::string yaml_scalar(const std::string& text) {
  if (plain_safe(text)) return text;
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') quoted += '\\';
    quoted += c;
  }
  return quoted + "\"";
}

std::string meeting_yaml(const MeetingFields& fields) {
  Meeting meeting;
  meeting.kind = fields.kind == "CTO" ? Kind::Cto : Kind::Cxo;
  meeting.date = fields.date;
  meeting.end_date = fields.end_date;
  meeting.city = fields.city;
  std::string title = default_title(meeting);

  std::string yaml;
  yaml += "# " + title + (fields.held ? "" : " (planned)") + ".\n";
  yaml +=
      "# Made by `cxo new meeting`. Lines starting with '#' are comments: remove the\n"
      "# '#' in front of a field to use it. docs/content-model.md describes every\n"
      "# field, and docs/editing.md how to fill them in.\n"
      "\n"
      "# CTO or CxO\n";
  yaml += "kind: " + fields.kind + "\n";
  yaml +=
      "# series: TSB Director CxO consultation meeting\n"
      "# YYYY-MM-DD, or YYYY-MM when only the month is known; end_date is the last\n"
      "# day of a meeting over several days.\n";
  yaml += "date: " + fields.date.iso() + "\n";
  if (fields.end_date) {
    yaml += "end_date: " + fields.end_date->iso() + "\n";
  } else if (!fields.date.month_only()) {
    yaml += "# end_date: " + fields.date.iso() + "\n";
  }
  yaml += "city: " + yaml_scalar(fields.city) + "\n";
  yaml += "country: " + yaml_scalar(fields.country) + "\n";
  yaml += "# title: " + title + "\n";
  yaml += "# chair: Director of TSB\n";
  if (fields.held) {
    yaml +=
        "# held | planned | cancelled. A held meeting needs communique.md.\n"
        "status: held\n";
  } else {
    yaml +=
        "# held | planned | cancelled. Once the meeting is held, run\n"
        "# `cxo new communique <this folder's name>`: it adds communique.md and sets\n"
        "# status: held.\n"
        "status: planned\n";
  }
  yaml +=
      "\n"
      "# Organization ids from content/organizations.yaml (add a new organization\n"
      "# there first). participants: as the communiqué lists them.\n"
      "# hosts: [example-host]\n"
      "# supporters: [example-supporter]\n"
      "# participants: [example-one, example-two]\n"
      "# counts:                       # figures as published\n"
      "#   companies: 17\n"
      "#   executives: 17\n"
      "\n"
      "# documents:                    # in display order; url is optional\n"
      "#   - label: Communiqué (PDF)\n"
      "#     url: https://www.itu.int/en/ITU-T/tsbdir/cto/Documents/example.pdf\n"
      "\n"
      "# What the meeting discussed, in communiqué order. topic: an id from\n"
      "# content/topics.yaml; section: a heading of communique.md; stage (needed\n"
      "# once the meeting is held): emerging | prioritized | in-study |\n"
      "# in-standardization | standardized | concluded.\n"
      "# topics:\n"
      "#   - topic: example-topic\n"
      "#     section: Example heading\n"
      "#     stage: emerging\n"
      "#     proposed_by: [example-one]\n"
      "#     conclusions:              # what the CxOs asked of ITU\n"
      "#       - id: example-conclusion   # unique across the archive\n"
      "#         text: What was asked\n"
      "#         follow_up:            # oldest first, none before the meeting\n";
  yaml += "#           - date: " + fields.date.iso() + "\n";
  yaml +=
      "#             status: in-progress  # open | in-progress | done | dropped\n"
      "#             note: Discussed in SG2\n";
  return yaml;
}

std::string communique_skeleton() {
  return "---\n"
         "# The communiqué, in Markdown below the second '---' line. Optional:\n"
         "# source: https://www.itu.int/...  the document this text was transcribed from\n"
         "# summary: true                    when it is a summary written for the archive\n"
         "---\n"
         "\n"
         "TODO: the opening of the communiqué, as published.\n"
         "\n"
         "## TODO: the first heading of the communiqué\n"
         "\n"
         "TODO: its text. Each heading becomes an anchor; name the heading in\n"
         "meeting.yaml (topics, section:) to attach its text to a topic.\n";
}

}  // namespace cxo::scaffold

#include <iostream>

#include "cli/commands.h"
#include "scaffold/new_meeting.h"
#include "util/suggest.h"

namespace cxo::cli {

namespace {

int report(const scaffold::ScaffoldResult& result, const std::string& command) {
  if (!result.errors.empty()) {
    for (const auto& error : result.errors)
      std::cerr << "cxo " << command << ": error: " << error << '\n';
    std::cerr << "nothing was written\n";
    return 1;
  }
  for (const auto& path : result.written) std::cout << "wrote " << path << '\n';
  return 0;
}

}  // namespace

Run add_new_command(CLI::App& app) {
  auto* command = app.add_subcommand("new", "Create content: a meeting, or a meeting's communiqué");
  command->require_subcommand(1);

  auto request = std::make_shared<scaffold::NewMeetingRequest>();
  auto held = std::make_shared<bool>(false);
  auto planned = std::make_shared<bool>(false);
  auto* meeting = command->add_subcommand(
      "meeting", "Create content/meetings/<date>-<city>/ with a commented meeting.yaml");
  // Checked by new_meeting rather than by CLI11, so that every problem with
  // the arguments is told at once, in the same words as content errors.
  meeting->add_option("--date", request->date,
                      "YYYY-MM-DD, or YYYY-MM when only the month is known");
  meeting->add_option("--city", request->city, "City, as the communiqué names it");
  meeting->add_option("--country", request->country, "Country");
  meeting->add_option("--kind", request->kind, "CTO or CxO");
  meeting->add_option("--end-date", request->end_date, "Last day of a meeting over several days");
  meeting->add_option("--id", request->id, "Folder name (default: <date>-<city>)");
  meeting->add_flag("--held", *held,
                    "Held: add a communiqué skeleton (default when the date has passed)");
  meeting->add_flag("--planned", *planned,
                    "Planned: no communiqué yet (default for a future date)");
  meeting->add_option("--source,-s", request->source, "Site folder (holds site.yaml)");
  // Words without an option ("cxo new meeting 2025-11-24 Geneva") are told
  // with the other problems, and how to write them.
  meeting->allow_extras();

  auto source = std::make_shared<std::string>(".");
  auto meeting_id = std::make_shared<std::string>();
  auto* communique = command->add_subcommand(
      "communique", "Add a communiqué skeleton to a meeting that has been held");
  communique
      // Not required by the parser: without it, cxo names the meetings that
      // could be meant.
      ->add_option("meeting", *meeting_id,
                   "The meeting's id: its folder name, e.g. 2026-12-07-geneva");
  communique->add_option("--source,-s", *source, "Site folder (holds site.yaml)");

  return [=] {
    if (!command->parsed()) return -1;
    if (meeting->parsed()) {
      if (*held) request->status = scaffold::NewMeetingRequest::Status::Held;
      if (*planned) request->status = scaffold::NewMeetingRequest::Status::Planned;
      if (*held && *planned) {
        request->argument_errors.push_back(
            "--held and --planned exclude each other; give one (or neither: the date decides)");
      }
      if (auto extras = meeting->remaining(); !extras.empty()) {
        // An option cxo does not know ("--end 2025-06-11") is named as such,
        // with the one meant; the word after it is taken as its value.
        std::vector<std::string> options;
        for (const auto* option : meeting->get_options()) {
          for (const auto& name : option->get_lnames()) options.push_back("--" + name);
        }
        std::string words;
        for (std::size_t i = 0; i < extras.size(); ++i) {
          const std::string& word = extras[i];
          if (word.starts_with("-")) {
            std::string name = word.substr(0, word.find('='));
            // The start of an option's name ("--end") means that option.
            std::vector<std::string> longer;
            for (const auto& option : options) {
              if (option.starts_with(name)) longer.push_back(option);
            }
            request->argument_errors.push_back("unknown option '" + name + "'" +
                                               (longer.size() == 1
                                                    ? "; did you mean '" + longer[0] + "'?"
                                                    : did_you_mean(name, options)));
            if (word.find('=') == std::string::npos && i + 1 < extras.size() &&
                !extras[i + 1].starts_with("-")) {
              ++i;
            }
            continue;
          }
          words += (words.empty() ? "" : " ") + word;
        }
        if (!words.empty()) {
          request->argument_errors.push_back(
              "unexpected '" + words +
              "': give each value with its option, e.g. --date 2025-11-24 --city Geneva "
              "--country Switzerland --kind CxO");
        }
      }
      auto result = scaffold::new_meeting(*request, local_today());
      int code = report(result, "new meeting");
      if (code == 0) {
        std::cout << (result.held ? "A held meeting: fill in meeting.yaml and replace the TODO "
                                    "lines of communique.md.\n"
                                  : "A planned meeting: fill in meeting.yaml; once it is held, "
                                    "run: cxo new communique " +
                                        result.id + "\n")
                  << "Preview with: cxo serve    Check with: cxo check\n";
      }
      return code;
    }
    // A path to the folder ("content/meetings/2026-12-07-geneva/", as a
    // shell completes it) names the meeting by its last part.
    std::string id = *meeting_id;
    while (id.ends_with('/')) id.pop_back();
    if (auto slash = id.rfind('/'); slash != std::string::npos) id = id.substr(slash + 1);
    auto result = scaffold::new_communique(*source, id);
    int code = report(result, "new communique");
    if (code == 0) {
      std::cout << "Replace the TODO lines of communique.md";
      for (const auto& step : result.still_to_do) std::cout << ", " << step;
      std::cout << "; then run: cxo check\n";
    }
    return code;
  };
}

}  // namespace cxo::cli

#include "check/unfinished_text.h"

#include <filesystem>
#include <fstream>

namespace cxo::check {

namespace {

void scan_file(const std::string& path, const std::string& source_dir, Diagnostics& diagnostics) {
  std::ifstream in(std::filesystem::path(source_dir) / path, std::ios::binary);
  int number = 0;
  bool in_front_matter = false;
  for (std::string line; std::getline(in, line);) {
    ++number;
    // Front matter is YAML, where the skeleton's guidance sits in comments.
    bool rule = line == "---" || line == "---\r";
    if (rule && (number == 1 || in_front_matter)) {
      in_front_matter = number == 1;
      continue;
    }
    if (in_front_matter) continue;
    std::size_t start = line.find_first_not_of(" \t>#*-");
    if (start == std::string::npos || line.compare(start, 4, "TODO") != 0) continue;
    std::string text = line.substr(start);
    // At most 60 characters, cut between two UTF-8 sequences.
    std::size_t cut = 0;
    for (int characters = 0; cut < text.size() && characters < 57; ++characters) {
      do ++cut;
      while (cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80);
    }
    if (cut < text.size() && text.size() - cut > 3) {
      std::size_t end = text.find_last_not_of(' ', cut - 1) + 1;
      text = text.substr(0, end) + "...";
    }
    diagnostics.warning({path, number, static_cast<int>(start) + 1},
                        "unfinished text '" + text + "' would be published as it is");
  }
}

}  // namespace

void find_unfinished_text(const Site& site, const std::string& source_dir,
                          Diagnostics& diagnostics) {
  for (const auto& meeting : site.meetings) {
    if (meeting.communique) scan_file(meeting.communique->path, source_dir, diagnostics);
  }
  for (const auto& page : site.pages) scan_file(page.path, source_dir, diagnostics);
}

}  // namespace cxo::check

#include "check/link_cache.h"

#include <ctime>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

namespace cxo::check {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr int kVersion = 1;

}  // namespace

LinkCache::LinkCache(std::string path, std::chrono::seconds max_age) : path_(std::move(path)) {
  std::ifstream in(path_, std::ios::binary);
  if (!in) return;
  json data = json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (!data.is_object() || data.value("version", 0) != kVersion || !data["links"].is_object()) {
    return;
  }
  long long now = static_cast<long long>(std::time(nullptr));
  for (const auto& [link, value] : data["links"].items()) {
    if (!value.is_object() || !value["checked"].is_number_integer() || !value["notes"].is_array()) {
      continue;
    }
    Entry entry;
    entry.checked = value["checked"].get<long long>();
    if (entry.checked > now || now - entry.checked > max_age.count()) continue;
    bool valid = true;
    for (const auto& note : value["notes"]) {
      if (!note.is_object() || !note["text"].is_string()) {
        valid = false;
        break;
      }
      Severity severity =
          note.value("severity", "") == "error" ? Severity::Error : Severity::Warning;
      entry.notes.push_back({severity, note["text"].get<std::string>()});
    }
    if (valid) entries_[link] = std::move(entry);
  }
}

std::optional<std::vector<Note>> LinkCache::find(const std::string& link) const {
  auto it = entries_.find(link);
  if (it == entries_.end()) return std::nullopt;
  return it->second.notes;
}

void LinkCache::store(const std::string& link, const std::vector<Note>& notes) {
  entries_[link] = {static_cast<long long>(std::time(nullptr)), notes};
}

bool LinkCache::save(std::string& error) const {
  json links = json::object();
  for (const auto& [link, entry] : entries_) {
    json notes = json::array();
    for (const auto& note : entry.notes) {
      notes.push_back({{"severity", note.severity == Severity::Error ? "error" : "warning"},
                       {"text", note.text}});
    }
    links[link] = {{"checked", entry.checked}, {"notes", std::move(notes)}};
  }
  json data = {{"version", kVersion}, {"links", std::move(links)}};
  std::error_code ec;
  fs::create_directories(fs::path(path_).parent_path(), ec);
  std::string temporary = path_ + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << data.dump(1) << '\n';
    if (!out) {
      error = "cannot write " + temporary;
      return false;
    }
  }
  fs::rename(temporary, path_, ec);
  if (ec) {
    error = "cannot write " + path_ + ": " + ec.message();
    return false;
  }
  return true;
}

}  // namespace cxo::check

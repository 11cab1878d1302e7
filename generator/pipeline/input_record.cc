#include "pipeline/input_record.h"

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <vector>

#include "util/hash.h"
#include "util/parallel.h"

namespace cxo {

namespace fs = std::filesystem;

namespace {

constexpr const char* kFirstLine = "cxo input record 2";
constexpr const char* kWarningsLine = "warnings:";

// The binary counts as an input: a new cxo may render the same content
// differently.
std::string binary_identity() {
  FileStamp self = stamp_of("/proc/self/exe");
  return "binary " + std::to_string(self.size) + ' ' + std::to_string(self.mtime_ns);
}

std::string source_identity(const std::string& source_root) {
  std::error_code ec;
  return "source " + fs::absolute(source_root, ec).lexically_normal().string();
}

// "<kind> <size> <mtime_ns>[#<hash>] <path>"
std::string stamp_line(const FileStamp& stamp, const std::string& path) {
  std::string line = std::string(1, stamp.kind) + ' ' + std::to_string(stamp.size) + ' ' +
                     std::to_string(stamp.mtime_ns);
  if (stamp.racy_hash) line += '#' + std::to_string(*stamp.racy_hash);
  return line + ' ' + path;
}

// The stamp of `full` now, with the hash of what a build would read when the
// recorded stamp has one.
FileStamp current_stamp(const std::string& full, bool kind_only, bool with_hash) {
  FileStamp stamp = stamp_of(full);
  if (kind_only) stamp.size = stamp.mtime_ns = kKindOnly;
  if (!with_hash) return stamp;
  PieceHash hash;
  if (stamp.kind == 'f') {
    std::size_t size = 0, file_hash = 0;
    // What cannot be read hashes as nothing was read, and differs.
    stamp.racy_hash = hash_file(full, size, file_hash) ? file_hash : hash.value();
    return stamp;
  }
  if (stamp.kind == 'd') {
    std::vector<std::string> names;
    std::error_code ec;
    for (fs::directory_iterator it(full, ec), end; !ec && it != end; it.increment(ec)) {
      names.push_back(it->path().filename().string());
    }
    std::sort(names.begin(), names.end());
    hash.add(joined_names(names));
  }
  stamp.racy_hash = hash.value();
  return stamp;
}

std::string settings_line(const std::string& settings) {
  return "settings " + settings;
}

}  // namespace

std::string write_input_record(const std::string& source_root, const std::string& settings,
                               const std::map<std::string, FileStamp>& stamps,
                               const std::string& warnings) {
  std::string text = std::string(kFirstLine) + '\n' + binary_identity() + '\n' +
                     source_identity(source_root) + '\n' + settings_line(settings) + '\n';
  for (const auto& [path, stamp] : stamps) text += stamp_line(stamp, path) + '\n';
  text += kWarningsLine;
  text += '\n';
  text += warnings;
  return text;
}

std::optional<std::string> unchanged_since(const std::string& source_root,
                                           const std::string& settings, const std::string& record) {
  std::istringstream in(record);
  std::string line;
  if (!std::getline(in, line) || line != kFirstLine) return std::nullopt;
  if (!std::getline(in, line) || line != binary_identity()) return std::nullopt;
  if (!std::getline(in, line) || line != source_identity(source_root)) return std::nullopt;
  if (!std::getline(in, line) || line != settings_line(settings)) return std::nullopt;
  std::vector<std::string> lines;
  std::optional<std::string> warnings;
  while (std::getline(in, line)) {
    if (line == kWarningsLine) {
      auto rest = in.tellg();
      warnings = rest < 0 ? std::string() : record.substr(static_cast<std::size_t>(rest));
      break;
    }
    lines.push_back(std::move(line));
  }
  if (!warnings) return std::nullopt;  // no warnings line: cut short
  const std::string kind_only_field = std::to_string(kKindOnly);
  // Tens of thousands of stat() calls at 10,000 meetings: spread over the cores.
  bool unchanged = parallel_all(lines.size(), default_thread_count(), [&](std::size_t i) {
    const std::string& line = lines[i];
    // The path may hold spaces.
    std::size_t first = line.find(' ');
    std::size_t second = first == std::string::npos ? first : line.find(' ', first + 1);
    std::size_t third = second == std::string::npos ? second : line.find(' ', second + 1);
    if (third == std::string::npos) return false;
    std::string path = line.substr(third + 1);
    std::string full = path.empty() ? source_root : join_path(source_root, path);
    bool racy = line.find('#') < third;
    bool kind_only =
        std::string_view(line).substr(first + 1, second - first - 1) == kind_only_field;
    return stamp_line(current_stamp(full, kind_only, racy), path) == line;
  });
  if (!unchanged) return std::nullopt;
  return warnings;
}

}  // namespace cxo

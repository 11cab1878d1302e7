#pragma once
// Whole-site tests run the real cxo binary on a copy of a fixture site, as an
// editor would, and look at what it prints and writes.
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace cxo::testing {

namespace fs = std::filesystem;

// A fresh folder under the system temp folder, removed at the end.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs build/cxo with `args` (no shell), in `working_dir` when given.
RunResult run_cxo(const std::vector<std::string>& args, const fs::path& working_dir = {});

fs::path source_dir();                  // the repository
fs::path fixture(const std::string& name);  // tests/fixtures/<name>

void copy_tree(const fs::path& from, const fs::path& to);
std::string read_file(const fs::path& path);
void write_file(const fs::path& path, const std::string& contents);

// Every file under `root` with its bytes, by relative path: two snapshots
// compare equal when the folder was left exactly as it was.
std::map<std::string, std::string> snapshot(const fs::path& root);

}  // namespace cxo::testing

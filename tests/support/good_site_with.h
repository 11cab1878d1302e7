#pragma once
// The good fixture site (tests/fixtures/good) with some files added or
// replaced, built once into a temporary folder, for the whole-site tests
// of one behaviour.
#include <map>
#include <string>

#include "support/site_runner.h"

namespace cxo::testing {

class GoodSiteWith {
 public:
  // `files`: path in the site -> contents.
  explicit GoodSiteWith(const std::map<std::string, std::string>& files);

  const fs::path& site() const { return site_; }
  const RunResult& build() const { return build_; }  // exit code and messages
  fs::path output_dir() const { return temp_.path() / "public"; }
  // A file of the output, by its path in it.
  std::string output(const std::string& path) const;

 private:
  TempDir temp_;
  fs::path site_;
  RunResult build_;
};

}  // namespace cxo::testing

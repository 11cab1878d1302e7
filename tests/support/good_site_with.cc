#include "support/good_site_with.h"

namespace cxo::testing {

GoodSiteWith::GoodSiteWith(const std::map<std::string, std::string>& files)
    : site_(temp_.path() / "site") {
  copy_tree(fixture("good"), site_);
  for (const auto& [path, contents] : files) write_file(site_ / path, contents);
  build_ =
      run_cxo({"build", "--source", site_.string(), "--output", output_dir().string(), "--quiet"});
}

std::string GoodSiteWith::output(const std::string& path) const {
  return read_file(output_dir() / path);
}

}  // namespace cxo::testing

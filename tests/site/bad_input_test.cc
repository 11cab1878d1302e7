// One fixture per mistake an editor can make. Each case in tests/fixtures/bad/
// is the good fixture site with a few files changed:
//   files/…        copied over the good site (the mistake)
//   remove.txt     paths to delete from the good site, one a line (optional)
//   expected.txt   exactly what cxo prints on stderr
//   exit-code.txt  the expected exit code when it is not 1 (warnings only)
// The test builds the good site first, applies the mistake, builds again and
// checks the message, the exit code, and that the previous output is exactly
// as it was (for a failed build) .
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

#include "support/site_runner.h"

namespace cxo::testing {
namespace {

std::vector<std::string> bad_cases() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(fixture("bad"))) {
    if (entry.is_directory()) names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

class BadInput : public ::testing::TestWithParam<std::string> {};

TEST_P(BadInput, ReportsTheMistakeAndLeavesThePreviousOutput) {
  const fs::path case_dir = fixture("bad") / GetParam();
  TempDir temp;
  const fs::path site = temp.path() / "site";
  const fs::path output = temp.path() / "public";
  copy_tree(fixture("good"), site);

  RunResult first = run_cxo({"build", "--source", site.string(), "--output", output.string()});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  auto before = snapshot(output);

  if (fs::exists(case_dir / "files")) copy_tree(case_dir / "files", site);
  if (fs::exists(case_dir / "remove.txt")) {
    std::ifstream list(case_dir / "remove.txt");
    for (std::string line; std::getline(list, line);) {
      if (!line.empty()) fs::remove_all(site / line);
    }
  }
  int expected_exit = 1;
  if (fs::exists(case_dir / "exit-code.txt")) {
    expected_exit = std::stoi(read_file(case_dir / "exit-code.txt"));
  }

  RunResult second = run_cxo({"build", "--source", site.string(), "--output", output.string(),
                              "--quiet"});
  // Messages name files relative to the site folder, so they read the same
  // wherever the site is.
  EXPECT_EQ(second.err, read_file(case_dir / "expected.txt"));
  EXPECT_EQ(second.exit_code, expected_exit);
  if (expected_exit != 0) {
    EXPECT_TRUE(snapshot(output) == before) << "the failed build changed the previous output";
  }
}

INSTANTIATE_TEST_SUITE_P(Fixtures, BadInput, ::testing::ValuesIn(bad_cases()),
                         [](const auto& info) {
                           std::string name = info.param;
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

TEST(BadInputFixtures, ThereIsOneForEveryMistake) {
  // The issue lists the mistakes; a fixture per mistake keeps this suite from
  // passing empty.
  EXPECT_GE(bad_cases().size(), 30u);
}

}  // namespace
}  // namespace cxo::testing

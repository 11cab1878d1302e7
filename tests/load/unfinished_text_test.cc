// The skeleton's "TODO" placeholders are found while a communiqué is loaded,
// so `cxo build` warns about them as `cxo check` does.
#include "load/unfinished_text.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace cxo::load {
namespace {

std::vector<std::string> warnings_in(std::string_view body, int first_line = 1) {
  Diagnostics diagnostics;
  find_unfinished_text(body, first_line, "content/pages/about.md", diagnostics);
  std::vector<std::string> lines;
  for (const auto& diagnostic : diagnostics.sorted())
    lines.push_back(format_diagnostic(diagnostic));
  return lines;
}

TEST(UnfinishedText, FindsPlaceholdersAtTheStartOfALineAfterItsMarks) {
  EXPECT_EQ(warnings_in("Intro.\n\nTODO: say more.\n\n## TODO heading\n\n> - TODO item\n", 5),
            (std::vector<std::string>{
                "content/pages/about.md:7:1: warning: unfinished text 'TODO: say more.' would "
                "be published as it is",
                "content/pages/about.md:9:4: warning: unfinished text 'TODO heading' would be "
                "published as it is",
                "content/pages/about.md:11:5: warning: unfinished text 'TODO item' would be "
                "published as it is"}));
}

TEST(UnfinishedText, IgnoresTheWordInsideALine) {
  EXPECT_TRUE(warnings_in("The TODO list.\nA line, TODO later.\n(TODO)\n").empty());
  EXPECT_TRUE(warnings_in("").empty());
  // One warning a line, even with the word twice.
  EXPECT_EQ(warnings_in("TODO one TODO two\nTODO").size(), 2u);
}

TEST(UnfinishedText, LeavesOutTheCarriageReturnAndShortensLongLines) {
  EXPECT_EQ(warnings_in("x\r\nTODO: done\r\n"),
            (std::vector<std::string>{"content/pages/about.md:2:1: warning: unfinished text "
                                      "'TODO: done' would be published as it is"}));
  std::string long_line = "TODO: " + std::string(50, 'a') + " éééééééé";
  EXPECT_EQ(warnings_in(long_line),
            (std::vector<std::string>{"content/pages/about.md:1:1: warning: unfinished text "
                                      "'TODO: " +
                                      std::string(50, 'a') + "...' would be published as it is"}));
}

}  // namespace
}  // namespace cxo::load

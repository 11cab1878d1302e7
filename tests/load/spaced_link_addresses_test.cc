// A link whose address holds a space is published as text; loading says so.
#include "load/spaced_link_addresses.h"

#include <gtest/gtest.h>

namespace cxo::load {
namespace {

std::vector<std::string> warnings(std::string_view body, int first_line = 1) {
  Diagnostics diagnostics;
  find_spaced_link_addresses(body, first_line, "communique.md", diagnostics);
  std::vector<std::string> lines;
  for (const auto& d : diagnostics.sorted()) lines.push_back(format_diagnostic(d));
  return lines;
}

TEST(SpacedLinkAddresses, AnImageWhoseFileNameHoldsASpace) {
  EXPECT_EQ(warnings("Intro.\n\nThe CxOs: ![Group](group photo.jpg) in Dubai.\n", 4),
            (std::vector<std::string>{
                "communique.md:6:11: warning: '![Group](group photo.jpg)' is no link, and is "
                "published as it is written: its address holds a space; write <group photo.jpg> "
                "or group%20photo.jpg, or rename the file without spaces"}));
  // Columns count characters.
  EXPECT_EQ(warnings("Réunion [slides](my slides.pdf)\n")[0].substr(0, 22),
            "communique.md:1:9: war");
}

TEST(SpacedLinkAddresses, WhatMarkdownReadsAsALinkIsLeftAlone) {
  EXPECT_TRUE(warnings("[PDF](<my file.pdf>) and [site](https://itu.int \"ITU\") and "
                       "[x](a.pdf 'title') and [y](b.pdf (title))\n")
                  .empty());
  EXPECT_TRUE(warnings("Code: `[a](b c)`.\n").empty());
  EXPECT_TRUE(warnings("```\n[a](b c)\n```\n").empty());
  // A fence in a list item, however deep; closed only by its own kind.
  EXPECT_TRUE(warnings("1. Steps:\n\n    ```sh\n    [a](b c)\n    ```\n").empty());
  EXPECT_TRUE(warnings("- ~~~~\n  ```\n  [a](b c)\n  ~~~~\n").empty());
  EXPECT_EQ(warnings("- ~~~\n  x\n  ~~~\n\n[a](b c)\n").size(), 1u);
  EXPECT_TRUE(warnings("A (parenthesis) and ] ( a b ) that is no link.\n").empty());
}

}  // namespace
}  // namespace cxo::load

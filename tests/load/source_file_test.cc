// Reading a content file as text, and which link addresses an editor may
// write: relative ones and http, https and mailto, as a browser would read
// them.
#include "load/source_file.h"

#include <gtest/gtest.h>

namespace cxo::load {
namespace {

std::vector<std::string> read_messages(const std::string& text) {
  MemoryFileSystem files;
  files.add("content/x.md", text);
  Diagnostics diagnostics;
  read_text_file(files, "content/x.md", diagnostics);
  std::vector<std::string> lines;
  for (const auto& d : diagnostics.sorted()) lines.push_back(format_diagnostic(d));
  return lines;
}

TEST(TextFile, AGitMergeConflictIsAnError) {
  EXPECT_EQ(read_messages("Intro\n<<<<<<< HEAD\nA\n=======\nB\n>>>>>>> main\nEnd\n"),
            (std::vector<std::string>{
                "content/x.md:2:1: error: unresolved Git merge conflict (lines 2 to 6): keep one "
                "version and delete the marker lines '<<<<<<<', '=======' and '>>>>>>>'"}));
  // Markers that open no line, a setext heading's '=======', and an opening
  // marker never closed are text.
  EXPECT_TRUE(read_messages("a <<<<<<< b\nc >>>>>>> d\n").empty());
  EXPECT_TRUE(read_messages("Title\n=======\n").empty());
  EXPECT_TRUE(read_messages("<<<<<<< only\n").empty());
}

TEST(AllowedScheme, TakesRelativeLinksAndTheThreeSchemesInAnyCase) {
  EXPECT_TRUE(has_allowed_scheme("https://www.itu.int/"));
  EXPECT_TRUE(has_allowed_scheme("HTTP://www.itu.int/"));
  EXPECT_TRUE(has_allowed_scheme("mailto:tsbdir@itu.int"));
  EXPECT_TRUE(has_allowed_scheme("../2019-12-dubai/"));
  EXPECT_TRUE(has_allowed_scheme("/cxo/files/a.pdf"));
  EXPECT_TRUE(has_allowed_scheme("files/a:b.pdf"));  // no scheme before the first '/'
  EXPECT_TRUE(has_allowed_scheme("#quantum"));
}

TEST(AllowedScheme, RefusesOtherSchemes) {
  EXPECT_FALSE(has_allowed_scheme("javascript:alert(1)"));
  EXPECT_FALSE(has_allowed_scheme("JavaScript:alert(1)"));
  EXPECT_FALSE(has_allowed_scheme("ftp://ftp.itu.int/a.pdf"));
  EXPECT_FALSE(has_allowed_scheme("data:text/html,<b>x</b>"));
}

// Browsers drop spaces and control characters around a URL and tabs and
// line breaks inside it before they read its scheme.
TEST(AllowedScheme, SeesTheSchemeABrowserWouldRun) {
  EXPECT_FALSE(has_allowed_scheme(" javascript:alert(1)"));
  EXPECT_FALSE(has_allowed_scheme("\tjavascript:alert(1)"));
  EXPECT_FALSE(has_allowed_scheme("\x01javascript:alert(1)"));
  EXPECT_FALSE(has_allowed_scheme("java\nscript:alert(1)"));
  EXPECT_FALSE(has_allowed_scheme("java\tscr\ript:alert(1)"));
  EXPECT_TRUE(has_allowed_scheme(" https://www.itu.int/ "));
}

}  // namespace
}  // namespace cxo::load

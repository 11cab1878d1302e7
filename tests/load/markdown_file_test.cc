// A Markdown file's messages point at the character, as editors count.
#include "load/markdown_file.h"

#include <gtest/gtest.h>

namespace cxo::load {
namespace {

TEST(MarkdownFile, PointsAtALinkInCharactersAfterFrontMatter) {
  MemoryFileSystem files;
  files.add("content/pages/notes.md",
            "---\ntitle: Notes\n---\nRéseaux 東京 [x](javascript:alert(1))\n");
  Diagnostics diagnostics;
  auto file = load_markdown_file(files, "content/pages/notes.md", false, diagnostics);
  ASSERT_TRUE(file);
  auto messages = diagnostics.sorted();
  ASSERT_EQ(messages.size(), 1u);
  EXPECT_EQ(messages[0].pos.line, 4);
  EXPECT_EQ(messages[0].pos.column, 12);  // byte 17
}

}  // namespace
}  // namespace cxo::load

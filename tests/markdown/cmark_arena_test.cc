#include "markdown/cmark_arena.h"

#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include "markdown/render.h"

namespace cxo::markdown {

TEST(CmarkArena, GrowsTheLastBlockInPlaceAndMovesOthersWithTheirContent) {
  CmarkArenaScope scope;
  cmark_mem* mem = cmark_arena();
  auto* first = static_cast<char*>(mem->calloc(1, 8));
  std::memcpy(first, "abcdefg", 8);
  auto* second = static_cast<char*>(mem->calloc(1, 16));
  EXPECT_EQ(mem->realloc(second, 4000), second);
  auto* moved = static_cast<char*>(mem->realloc(first, 64));
  EXPECT_NE(moved, first);
  EXPECT_STREQ(moved, "abcdefg");
  mem->free(moved);
  mem->free(second);
}

TEST(CmarkArena, CallocZeroesMemoryUsedBefore) {
  for (int round = 0; round < 2; ++round) {
    CmarkArenaScope scope;
    auto* block = static_cast<unsigned char*>(cmark_arena()->calloc(100, 10));
    for (int i = 0; i < 1000; ++i) ASSERT_EQ(block[i], 0) << "round " << round << ", byte " << i;
    std::memset(block, 0xff, 1000);
  }
}

TEST(CmarkArena, ServesBlocksLargerThanItsChunks) {
  CmarkArenaScope scope;
  cmark_mem* mem = cmark_arena();
  auto* small = static_cast<char*>(mem->calloc(1, 32));
  auto* large = static_cast<char*>(mem->calloc(1, 3 * 1024 * 1024));
  large[3 * 1024 * 1024 - 1] = 'x';
  std::memcpy(small, "still here", 11);
  auto* grown = static_cast<char*>(mem->realloc(large, 9 * 1024 * 1024));
  EXPECT_EQ(grown[3 * 1024 * 1024 - 1], 'x');
  EXPECT_STREQ(small, "still here");
}

// A text far larger than what the arena keeps between documents, then a
// small one: the second must not see anything of the first.
TEST(CmarkArena, RendersLargeTextsAndThenSmallOnes) {
  std::string large;
  for (int i = 0; i < 60000; ++i) {
    large += "## Heading " + std::to_string(i) + "\n\nSome *text* for paragraph " +
             std::to_string(i) + ", long enough to take room.\n\n";
  }
  Document big = render(large, {});
  ASSERT_EQ(big.headings.size(), 60000u);
  EXPECT_EQ(big.headings.back().anchor, "heading-59999");
  EXPECT_EQ(big.section_html(big.sections.size() - 1),
            "<p>Some <em>text</em> for paragraph 59999, long enough to take room.</p>\n");
  Document small = render("# Small\n\nDone.\n", {});
  EXPECT_EQ(small.html, "<h1 id=\"small\">Small</h1>\n<p>Done.</p>\n");
}

TEST(CmarkArena, EachThreadRendersWithItsOwn) {
  std::string text;
  for (int i = 0; i < 200; ++i) {
    text += "## Part " + std::to_string(i) + "\n\n| a | b |\n|---|---|\n| " + std::to_string(i) +
            " | [x](../y/) |\n\n";
  }
  const Document expected = render(text, {});
  std::vector<Document> results(4);
  std::vector<std::thread> threads;
  for (auto& result : results) {
    threads.emplace_back([&text, &result] {
      for (int i = 0; i < 20; ++i) result = render(text, {});
    });
  }
  for (auto& thread : threads) thread.join();
  for (const Document& result : results) {
    EXPECT_EQ(result.html, expected.html);
    EXPECT_EQ(result.text, expected.text);
    ASSERT_EQ(result.sections.size(), expected.sections.size());
    EXPECT_EQ(result.section_html(result.sections.size() - 1),
              expected.section_html(expected.sections.size() - 1));
  }
}

}  // namespace cxo::markdown

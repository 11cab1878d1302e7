// The Markdown reports are pasted into TSAG documents: a character that
// Markdown reads as markup must come out escaped wherever it stands.
#include <gtest/gtest.h>

#include <string>

#include "markdown/escape.h"

namespace cxo::markdown {
namespace {

TEST(MarkdownEscape, EscapesEveryMarkupCharacter) {
  EXPECT_EQ(escaped("a_b *c* [d] <e> `f` g|h #i \\j"),
            "a\\_b \\*c\\* \\[d\\] \\<e\\> \\`f\\` g\\|h \\#i \\\\j");
  EXPECT_EQ(escaped("Plain text, with 5G. And more!"), "Plain text, with 5G. And more!");
  EXPECT_EQ(escaped(""), "");
  EXPECT_EQ(escaped("~~gone~~"), "\\~\\~gone\\~\\~");
}

// "&copy;" reads as ©, "AT&T" as itself.
TEST(MarkdownEscape, EscapesAnAmpersandOnlyWhereItOpensAnEntity) {
  EXPECT_EQ(escaped("&copy; &#169; &#xA9; AT&T R&D & &x &;"),
            "\\&copy; \\&\\#169; \\&\\#xA9; AT&T R&D & &x &;");
}

// The escaper skips sixteen plain bytes at a time: it must not miss a
// character at any offset of a block or of the tail.
TEST(MarkdownEscape, FindsAMarkupCharacterAtEveryOffset) {
  for (std::size_t length = 1; length <= 40; ++length) {
    for (std::size_t at = 0; at < length; ++at) {
      for (char markup : {'*', '_', '#', '|', '~'}) {
        std::string text(length, 'x');
        text[at] = markup;
        std::string expected = std::string(at, 'x') + '\\' + markup;
        expected += std::string(length - at - 1, 'x');
        EXPECT_EQ(escaped(text), expected) << length << " " << at << " " << markup;
      }
    }
  }
}

}  // namespace
}  // namespace cxo::markdown

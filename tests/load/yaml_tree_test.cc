#include "load/yaml_tree.h"

#include <gtest/gtest.h>

namespace cxo::load {
namespace {

YamlNode parse(std::string_view text) {
  YamlNode root;
  YamlError error;
  EXPECT_TRUE(parse_yaml_tree(text, root, error))
      << error.problem << " at " << error.line << ":" << error.column;
  return root;
}

YamlError parse_error(std::string_view text) {
  YamlNode root;
  YamlError error;
  EXPECT_FALSE(parse_yaml_tree(text, root, error));
  return error;
}

const YamlNode& value_of(const YamlNode& map, const std::string& key) {
  for (const auto& [k, v] : map.entries) {
    if (k.scalar == key) return v;
  }
  ADD_FAILURE() << "no key " << key;
  static const YamlNode none;
  return none;
}

TEST(YamlTree, PlainNullSpellingsAreNullAndQuotedOnesAreText) {
  YamlNode root = parse(
      "a: ~\nb: null\nc: Null\nd: NULL\ne:\nf: 'null'\ng: \"~\"\nh: nUll\ni: ''\nj: !tag ~\n");
  for (const char* key : {"a", "b", "c", "d", "e"})
    EXPECT_TRUE(value_of(root, key).is_null()) << key;
  EXPECT_EQ(value_of(root, "f").scalar, "null");
  EXPECT_EQ(value_of(root, "g").scalar, "~");
  EXPECT_EQ(value_of(root, "h").scalar, "nUll");
  EXPECT_TRUE(value_of(root, "i").is_scalar());
  EXPECT_EQ(value_of(root, "i").scalar, "");
  // A tag is otherwise ignored, but a tagged scalar is text.
  EXPECT_EQ(value_of(root, "j").scalar, "~");
}

TEST(YamlTree, ValuesStayTexts) {
  YamlNode root = parse("n: 012\nb: yes\nd: 2024-12-09\nf: 1.50\n");
  EXPECT_EQ(value_of(root, "n").scalar, "012");
  EXPECT_EQ(value_of(root, "b").scalar, "yes");
  EXPECT_EQ(value_of(root, "d").scalar, "2024-12-09");
  EXPECT_EQ(value_of(root, "f").scalar, "1.50");
}

TEST(YamlTree, KeepsKeysInDocumentOrderWithDuplicates) {
  YamlNode root = parse("b: 1\na: 2\nb: 3\n");
  ASSERT_TRUE(root.is_map());
  ASSERT_EQ(root.entries.size(), 3u);
  EXPECT_EQ(root.entries[0].first.scalar, "b");
  EXPECT_EQ(root.entries[1].first.scalar, "a");
  EXPECT_EQ(root.entries[2].first.scalar, "b");
  EXPECT_EQ(root.entries[2].second.scalar, "3");
  EXPECT_EQ(root.entries[2].first.line, 3);
}

TEST(YamlTree, PositionsAreOneBasedWithColumnsInBytes) {
  YamlNode root = parse("é: [ü, \"ß\", x]\nlist:\n  - one\n  - {k: v}\n");
  ASSERT_EQ(root.entries.size(), 2u);
  EXPECT_EQ(root.line, 1);
  EXPECT_EQ(root.column, 1);
  const YamlNode& flow = root.entries[0].second;
  EXPECT_EQ(flow.column, 5);  // "é" takes two bytes
  ASSERT_EQ(flow.items.size(), 3u);
  EXPECT_EQ(flow.items[0].column, 6);
  EXPECT_EQ(flow.items[1].column, 10);  // the opening quote
  EXPECT_EQ(flow.items[2].column, 16);
  const YamlNode& block = root.entries[1].second;
  EXPECT_TRUE(block.is_list());
  EXPECT_EQ(block.line, 3);
  EXPECT_EQ(block.column, 3);  // the first '-'
  ASSERT_EQ(block.items.size(), 2u);
  EXPECT_EQ(block.items[0].line, 3);
  EXPECT_EQ(block.items[0].column, 5);
  EXPECT_TRUE(block.items[1].is_map());
  EXPECT_EQ(block.items[1].line, 4);
  EXPECT_EQ(block.items[1].column, 5);
}

TEST(YamlTree, AnEmptyValueIsRightAfterItsColon) {
  YamlNode root = parse("title:\nnext:\n  - x\n");
  const YamlNode& title = value_of(root, "title");
  EXPECT_TRUE(title.is_null());
  EXPECT_EQ(title.line, 1);
  EXPECT_EQ(title.column, 7);
}

TEST(YamlTree, AnEmptyDocumentIsANullWithoutAPlace) {
  for (std::string_view text : {"", "\n", "# only a comment\n"}) {
    YamlNode root = parse(text);
    EXPECT_TRUE(root.is_null());
    EXPECT_EQ(root.line, 0);
  }
}

TEST(YamlTree, ReadsBlockScalars) {
  YamlNode root = parse(
      "literal: |\n  one\n  two\n"
      "folded: >\n  one\n  two\n\n  three\n    indented\n  back\n"
      "strip: |-\n  x\n\n"
      "keep: |+\n  x\n\n"
      "indicator: |2\n   lead\n  x\n"
      "end: y\n");
  EXPECT_EQ(value_of(root, "literal").scalar, "one\ntwo\n");
  EXPECT_EQ(value_of(root, "literal").line, 1);
  EXPECT_EQ(value_of(root, "literal").column, 10);  // the '|'
  EXPECT_EQ(value_of(root, "folded").scalar, "one two\nthree\n  indented\nback\n");
  EXPECT_EQ(value_of(root, "strip").scalar, "x");
  EXPECT_EQ(value_of(root, "keep").scalar, "x\n\n");
  EXPECT_EQ(value_of(root, "indicator").scalar, " lead\nx\n");
  EXPECT_EQ(value_of(root, "end").line, 20);
}

TEST(YamlTree, ReadsMultiLineAndQuotedScalars) {
  YamlNode root = parse(
      "plain: one\n  two\n\n  three\n"
      "double: \"a\\tb \\\"c\\\" \\u00e9\n  next\"\n"
      "single: 'it''s'\n"
      "comment: x # not part of it\n"
      "hash: x#y\n");
  EXPECT_EQ(value_of(root, "plain").scalar, "one two\nthree");
  EXPECT_EQ(value_of(root, "double").scalar, "a\tb \"c\" é next");
  EXPECT_EQ(value_of(root, "single").scalar, "it's");
  EXPECT_EQ(value_of(root, "comment").scalar, "x");
  EXPECT_EQ(value_of(root, "hash").scalar, "x#y");
}

TEST(YamlTree, ReadsFlowCollections) {
  YamlNode root = parse("a: [x, 'y z', \"w\"]\nb: []\nc: [\n  p,\n  q,\n]\nd: {k: v, l: [1]}\n");
  const YamlNode& a = value_of(root, "a");
  ASSERT_TRUE(a.is_list());
  ASSERT_EQ(a.items.size(), 3u);
  EXPECT_EQ(a.items[1].scalar, "y z");
  EXPECT_EQ(a.items[2].scalar, "w");
  EXPECT_TRUE(value_of(root, "b").is_list());
  EXPECT_TRUE(value_of(root, "b").items.empty());
  ASSERT_EQ(value_of(root, "c").items.size(), 2u);
  EXPECT_EQ(value_of(root, "c").items[1].line, 5);
  const YamlNode& d = value_of(root, "d");
  ASSERT_TRUE(d.is_map());
  EXPECT_EQ(value_of(d, "k").scalar, "v");
  EXPECT_TRUE(value_of(d, "l").is_list());
}

TEST(YamlTree, AnAliasIsACopyOfItsAnchoredNode) {
  YamlNode root =
      parse("base: &b\n  k: v\nuse: *b\nname: &n text\nagain: *n\nn: &n other\nlast: *n\n");
  const YamlNode& use = value_of(root, "use");
  ASSERT_TRUE(use.is_map());
  EXPECT_EQ(value_of(use, "k").scalar, "v");
  // The copy keeps the anchored node's place, which starts at its anchor.
  EXPECT_EQ(use.line, 1);
  EXPECT_EQ(use.column, 7);
  EXPECT_EQ(value_of(root, "again").scalar, "text");
  EXPECT_EQ(value_of(root, "again").line, 4);
  // A later anchor of the same name wins.
  EXPECT_EQ(value_of(root, "last").scalar, "other");
}

TEST(YamlTree, AnUndefinedAliasIsAnErrorAtTheAlias) {
  YamlError error = parse_error("a: 1\nb: [x, *nope]\n");
  EXPECT_EQ(error.problem, "found undefined alias");
  EXPECT_EQ(error.line, 2);
  EXPECT_EQ(error.column, 8);
  // An anchor is defined once its node is complete.
  EXPECT_EQ(parse_error("a: &self [*self]\n").problem, "found undefined alias");
}

// An editor appending below a stray '---' would lose what they added.
TEST(YamlTree, ASecondDocumentIsAnErrorNotLeftUnread) {
  YamlError error = parse_error("a: 1\n---\nb: 2\n");
  EXPECT_EQ(error.problem,
            "a second document starts here with '---'; a file holds one, so what follows would "
            "be ignored: delete this line");
  EXPECT_EQ(error.line, 2);
  EXPECT_EQ(error.column, 1);
  EXPECT_EQ(parse("---\na: 1\n...\n").entries.size(), 1u);
  EXPECT_EQ(parse("a: 1\n---\n# nothing more\n\n").entries.size(), 1u);
}

TEST(YamlTree, TextAfterTheFirstDocumentEndsIsAnErrorNotLeftUnread) {
  // libyaml ends the document at a line indented less than the first one;
  // the keys after it would otherwise be lost without a word.
  YamlError error = parse_error("  kind: CTO\ndate: 2024-12-09\ncity: Geneva\n");
  EXPECT_EQ(error.problem, "did not find expected <document start>");
  EXPECT_EQ(error.line, 2);
  EXPECT_EQ(error.column, 1);
}

TEST(YamlTree, ReportsSyntaxErrorsWhereLibyamlStops) {
  YamlError indentation = parse_error("markdown:\n  unsafe_html: false\n   extensions: [tables]\n");
  EXPECT_EQ(indentation.problem, "mapping values are not allowed in this context");
  EXPECT_EQ(indentation.line, 3);
  EXPECT_EQ(indentation.column, 14);

  YamlError tab = parse_error("hosts:\n\t- nokia\n");
  EXPECT_EQ(tab.line, 2);
  EXPECT_EQ(tab.column, 1);
  EXPECT_EQ(tab.offset, 7u);

  YamlError quote = parse_error("kind: CTO\ntitle: \"Dubai meeting\ncity: Dubai\n");
  EXPECT_EQ(quote.problem, "found unexpected end of stream");
  EXPECT_EQ(quote.context, "while scanning a quoted scalar");
  EXPECT_EQ(quote.context_line, 2);
  EXPECT_EQ(quote.context_column, 8);

  YamlError bytes = parse_error("tïtlé: a: b\n");
  EXPECT_EQ(bytes.column, 11);
}

TEST(YamlTree, RefusesNestingThatWouldExhaustTheStack) {
  EXPECT_TRUE(parse(std::string(1000, '[') + std::string(1000, ']')).is_list());
  YamlError error = parse_error(std::string(1001, '[') + std::string(1001, ']'));
  EXPECT_EQ(error.problem, "lists and maps are nested too deeply");
  EXPECT_EQ(error.column, 1001);
}

TEST(YamlTree, ControlCharactersAreErrors) {
  YamlError error = parse_error("a: 1\nb: x\vy\n");
  EXPECT_EQ(error.problem, "control characters are not allowed");
  EXPECT_EQ(error.line, 2);
  EXPECT_EQ(error.column, 5);
  EXPECT_EQ(error.offset, 9u);
}

TEST(YamlTree, TabsOnBlankAndCommentLinesAreHarmless) {
  YamlNode root = parse("a: [x]\n\t\n\t# note\n  \t\nb: 'y'\n\t\nc: z\n\t\n\t# note\nd: w\n");
  EXPECT_EQ(value_of(root, "b").line, 5);
  EXPECT_EQ(value_of(root, "c").scalar, "z");
  EXPECT_EQ(value_of(root, "d").line, 10);
  // In a plain scalar, a blank line is a line break, whatever its blanks.
  EXPECT_EQ(value_of(parse("a: one\n\t\n  two\n"), "a").scalar, "one\ntwo");
  // In a block scalar, a tab after the indentation is text, and in the
  // indentation a mistake.
  EXPECT_EQ(value_of(parse("a: |\n  x\n  \t\n  y\n"), "a").scalar, "x\n\t\ny\n");
  EXPECT_FALSE(parse_error("a: |\n  x\n\t\n  y\n").problem.empty());
  // A tab that indents a key or an entry still is a mistake.
  EXPECT_FALSE(parse_error("a:\n\tb: 1\n").problem.empty());
}

TEST(YamlTree, LineAndParagraphSeparatorsAreText) {
  // YAML 1.1 took them for line breaks; they would have shifted every line.
  YamlNode root = parse("a: x\u2028y\nb: \"z\u2029\"\n# \u0085\nc: |\n  w\u0085\n");
  EXPECT_EQ(value_of(root, "a").scalar, "x\u2028y");
  EXPECT_EQ(value_of(root, "b").scalar, "z\u2029");
  EXPECT_EQ(value_of(root, "b").line, 2);
  EXPECT_EQ(value_of(root, "c").scalar, "w\u0085\n");
  EXPECT_EQ(value_of(root, "c").line, 4);
}

TEST(YamlTree, ReadsWindowsLineEndingsAndAByteOrderMark) {
  YamlNode root = parse(
      "\xEF\xBB\xBF"
      "a: 1\r\nb: |\r\n  x\r\n  y\r\n");
  EXPECT_EQ(root.entries[0].first.column, 1);
  EXPECT_EQ(value_of(root, "b").scalar, "x\ny\n");
  EXPECT_EQ(value_of(root, "b").line, 2);
}

}  // namespace
}  // namespace cxo::load

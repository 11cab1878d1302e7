#include "load/yaml_reader.h"

#include <gtest/gtest.h>

namespace cxo::load {
namespace {

// What `text` as meeting.yaml gives: the messages, formatted as cxo prints them.
std::string messages(std::string_view text, int first_line = 1) {
  Diagnostics diagnostics;
  YamlSource source{"meeting.yaml", first_line};
  auto root = parse_yaml(text, source, diagnostics);
  if (root && root->is_map()) {
    MapReader reader(*root, source, "meeting", diagnostics);
    reader.text("title", true);
    reader.text_list("hosts");
    reader.finish({"title", "hosts"});
  }
  std::string out;
  for (const auto& d : diagnostics.sorted()) out += format_diagnostic(d) + "\n";
  return out;
}

TEST(YamlReader, PointsAtBadIndentation) {
  EXPECT_EQ(
      messages("title: x\nmarkdown:\n  unsafe_html: false\n   extensions: [tables]\n"),
      "meeting.yaml:4:14: error: invalid YAML: check this line's indentation, or quote a value "
      "that holds ': ' (the YAML parser says: mapping values are not allowed in this context)\n");
  EXPECT_EQ(messages("title: x\nhosts:\n    - a\n  - b\n"),
            "meeting.yaml:4:3: error: invalid YAML: check this line's indentation against the keys "
            "above it (the YAML parser says: did not find expected key)\n");
}

TEST(YamlReader, PointsAtATabThatIndents) {
  EXPECT_EQ(messages("title: x\nhosts:\n\t- nokia\n"),
            "meeting.yaml:3:1: error: invalid YAML: this line is indented with a tab, and YAML "
            "needs spaces (the YAML parser says: found character that cannot start any token)\n");
  EXPECT_EQ(messages("title: x\nhosts:\n  -\tnokia\n"),
            "meeting.yaml:3:4: error: invalid YAML: YAML needs a space here, not a tab (the YAML "
            "parser says: found character that cannot start any token)\n");
}

TEST(YamlReader, PointsAtTheKeyWithoutAColon) {
  EXPECT_EQ(messages("title: x\ncity Dubai\nhosts: [a]\n"),
            "meeting.yaml:2:1: error: invalid YAML: this line needs a ':' after its key (or, if it "
            "continues the value above it, more indentation) (the YAML parser says: could not find "
            "expected ':')\n");
}

TEST(YamlReader, PointsAtTheQuoteOrBracketNeverClosed) {
  EXPECT_EQ(messages("title: \"Dubai\nhosts: [a]\n"),
            "meeting.yaml:1:8: error: invalid YAML: the quoted value that starts here is not "
            "closed by a matching quote (the YAML parser says: found unexpected end of stream)\n");
  EXPECT_EQ(messages("hosts: [a, b\ntitle: x\n"),
            "meeting.yaml:1:8: error: invalid YAML: the list opened here with '[' is not closed by "
            "']' (the YAML parser says: did not find expected ',' or ']')\n");
  EXPECT_EQ(messages("counts: {companies: 3\ntitle: x\n"),
            "meeting.yaml:1:9: error: invalid YAML: the map opened here with '{' is not closed by "
            "'}' (the YAML parser says: did not find expected ',' or '}')\n");
  EXPECT_EQ(messages("hosts: [a, b]]\n"),
            "meeting.yaml:1:14: error: invalid YAML: this ']' closes nothing (the YAML parser "
            "says: did not find expected key)\n");
}

// libyaml reads on to the next quote, lines below, and fails there; the
// mistake is where the value opened.
TEST(YamlReader, PointsAtAQuoteNotClosedOnItsLine) {
  EXPECT_EQ(messages("title: \"Dubai 2024\nhosts: [a]\n# a \"note\"\nseries: \"Annual\" meeting\n"),
            "meeting.yaml:1:8: error: invalid YAML: the quoted value that starts here is not "
            "closed on its line, so it runs on to the next \", at line 3, column 5; close it on "
            "this line with a matching quote, or remove this one\n");
  EXPECT_EQ(messages("hosts: [a]\ntitle: 'Réunion des CTO\nseries: x\nnote: CTOs' call\n"),
            "meeting.yaml:2:8: error: invalid YAML: the quoted value that starts here is not "
            "closed on its line, so it runs on to the next ', at line 4, column 11; close it on "
            "this line with a matching quote, or remove this one\n");
}

TEST(YamlReader, NamesNoBreakSpacesThatIndent) {
  EXPECT_EQ(messages("title: x\nhosts:\n\xC2\xA0\xC2\xA0- nokia\n"),
            "meeting.yaml:3:1: error: invalid YAML: this line is indented with no-break spaces "
            "(U+00A0), which look like spaces; YAML needs ordinary spaces: retype the "
            "indentation\n");
}

TEST(YamlReader, AsksToQuoteValuesThatStartWithAnIndicator) {
  EXPECT_EQ(messages("title: @itu\n"),
            "meeting.yaml:1:8: error: invalid YAML: a value starting with '@' must be quoted (the "
            "YAML parser says: found character that cannot start any token)\n");
  EXPECT_EQ(messages("title: *important\n"),
            "meeting.yaml:1:8: error: invalid YAML: a value starting with '*' must be quoted (the "
            "YAML parser says: found undefined alias)\n");
  EXPECT_EQ(messages("title: *important* news\n"),
            "meeting.yaml:1:8: error: invalid YAML: a value starting with '*' must be quoted (the "
            "YAML parser says: did not find expected alphabetic or numeric character)\n");
  EXPECT_EQ(messages("title: | x\n"),
            "meeting.yaml:1:8: error: invalid YAML: a value starting with '|' must be quoted (the "
            "YAML parser says: did not find expected comment or line break)\n");
  EXPECT_EQ(
      messages("title: Meeting: the future\n"),
      "meeting.yaml:1:15: error: invalid YAML: check this line's indentation, or quote a value "
      "that holds ': ' (the YAML parser says: mapping values are not allowed in this context)\n");
}

TEST(YamlReader, ExplainsQuotesInsideQuotesAndEscapes) {
  EXPECT_EQ(messages("title: 'It's here'\n"),
            "meeting.yaml:1:12: error: invalid YAML: a quoted value ends at its closing quote: "
            "write '' for a ' between single quotes, \\\" for a \" between double quotes (the YAML "
            "parser says: did not find expected key)\n");
  EXPECT_EQ(messages("title: \"C:\\new\\q\"\n"),
            "meeting.yaml:1:15: error: invalid YAML: between double quotes a '\\' starts an escape "
            "such as \\n: write \\\\ for a backslash, or use single quotes (the YAML parser "
            "says: found unknown escape character)\n");
}

TEST(YamlReader, NamesAnInvisibleControlCharacter) {
  EXPECT_EQ(
      messages("title: a\vb\n"),
      "meeting.yaml:1:9: error: invalid YAML: the line holds an invisible control character "
      "(U+000B) here: delete it (the YAML parser says: control characters are not allowed)\n");
}

TEST(YamlReader, CountsLinesFromWhereTheYamlStarts) {
  // Front matter: the YAML starts on line 2 of the Markdown file.
  EXPECT_EQ(messages("title: x\nhosts: [a\n", 2),
            "meeting.yaml:3:8: error: invalid YAML: the list opened here with '[' is not closed by "
            "']' (the YAML parser says: did not find expected ',' or ']')\n");
}

TEST(YamlReader, ReportsAnEmptyValueOnItsKeysLine) {
  EXPECT_EQ(messages("title:\nhosts: [a]\n"),
            "meeting.yaml:1:7: error: 'title' is empty; meeting needs a value\n");
}

TEST(YamlReader, ReportsKeysGivenTwiceAndUnknownKeys) {
  EXPECT_EQ(messages("title: a\nhosts: [b]\ntitle: c\ntitel: d\n"),
            "meeting.yaml:3:1: error: key 'title' is given twice in this meeting (first at line "
            "1)\nmeeting.yaml:4:1: warning: unknown key 'titel' in meeting is ignored; did you "
            "mean 'title'?\n");
}

// A wrong value is named as the editor sees it: -3 is a number, not a text.
TEST(YamlReader, NamesAWrongValueForWhatItIs) {
  Diagnostics diagnostics;
  YamlSource source{"meeting.yaml", 1};
  auto root = parse_yaml("executives: -3\nhosts: true\ntitle: 12.5\n", source, diagnostics);
  ASSERT_TRUE(root && root->is_map());
  MapReader reader(*root, source, "meeting", diagnostics);
  reader.count("executives");
  reader.text_list("hosts");
  std::string out;
  for (const auto& d : diagnostics.sorted()) out += format_diagnostic(d) + "\n";
  EXPECT_EQ(out,
            "meeting.yaml:1:13: error: 'executives' must be a whole number of 0 or more, not the "
            "number -3\n"
            "meeting.yaml:2:8: error: 'hosts' must be a list, not the value true (write [true])\n");
}

// Columns count characters, as editors show them, not the bytes of UTF-8.
TEST(YamlReader, CountsColumnsInCharacters) {
  EXPECT_EQ(messages("title: x\nhosts: [réseaux, [a]]\n"),
            "meeting.yaml:2:18: error: each entry of 'hosts' must be a text, not a list\n");
  EXPECT_EQ(messages("title: \"Réseaux\" x\n").substr(0, 17), "meeting.yaml:1:18");
}

}  // namespace
}  // namespace cxo::load

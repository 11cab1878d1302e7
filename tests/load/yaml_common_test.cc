#include "load/yaml_common.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace cxo::load {
namespace {

namespace fs = std::filesystem;

std::string describe(const YamlNode& node, int depth = 0) {
  static const char* const kKinds[] = {"null", "text", "list", "map"};
  std::string out(static_cast<std::size_t>(depth) * 2, ' ');
  out += kKinds[static_cast<int>(node.kind)];
  out += " @" + std::to_string(node.line) + ":" + std::to_string(node.column);
  if (node.is_scalar()) out += " [" + node.scalar + "]";
  out += "\n";
  for (const auto& item : node.items) out += describe(item, depth + 1);
  for (const auto& [key, value] : node.entries) {
    out += describe(key, depth + 1);
    out += describe(value, depth + 2);
  }
  return out;
}

// Whether read_common_yaml took `text`; when it did, its tree must be
// libyaml's, places included.
bool reads_as_libyaml_does(const std::string& text, const std::string& name) {
  YamlNode common;
  if (!read_common_yaml(text, common)) return false;
  YamlNode expected;
  YamlError error;
  bool libyaml_reads_it = parse_yaml_tree_with_libyaml(text, expected, error);
  EXPECT_TRUE(libyaml_reads_it) << name << ": libyaml refuses what the common reader took ("
                                << error.problem << " at " << error.line << ":" << error.column
                                << ")\n"
                                << text;
  if (libyaml_reads_it) {
    EXPECT_EQ(describe(common), describe(expected)) << name << "\n" << text;
  }
  return true;
}

std::string file_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// Every YAML text in the repository: the archive's and the fixtures' .yaml
// files and the front matter of their Markdown files.
std::vector<std::pair<std::string, std::string>> repository_yaml() {
  std::vector<std::pair<std::string, std::string>> texts;
  for (const char* folder : {"content", "tests", "themes"}) {
    fs::path root = fs::path(CXO_SOURCE_DIR) / folder;
    for (auto it = fs::recursive_directory_iterator(root); it != fs::end(it); ++it) {
      std::error_code ec;
      if (!it->is_regular_file(ec)) continue;
      fs::path path = it->path();
      std::string text = file_text(path);
      if (path.extension() == ".yaml" || path.extension() == ".yml") {
        texts.emplace_back(path.string(), text);
      } else if (path.extension() == ".md" && text.starts_with("---\n")) {
        std::size_t end = text.find("\n---", 3);
        if (end != std::string::npos) texts.emplace_back(path.string(), text.substr(4, end - 3));
      }
    }
  }
  texts.emplace_back("site.yaml", file_text(fs::path(CXO_SOURCE_DIR) / "site.yaml"));
  return texts;
}

TEST(YamlCommon, ReadsEveryYamlFileOfTheRepositoryAsLibyamlDoes) {
  int taken = 0, total = 0;
  for (const auto& [name, text] : repository_yaml()) {
    ++total;
    if (reads_as_libyaml_does(text, name)) ++taken;
  }
  // Most files are in the common form; the rest are the bad-input fixtures
  // and files written to exercise libyaml.
  EXPECT_GT(total, 100);
  EXPECT_GT(taken, total / 2) << taken << " of " << total;
  std::cout << taken << " of " << total << " files read without libyaml\n";
}

TEST(YamlCommon, TakesEveryMeetingOfTheShippedArchive) {
  // The archive's own files are the reason for this reader: if it gave them
  // all to libyaml, the build would still be right, only slower.
  fs::path meetings = fs::path(CXO_SOURCE_DIR) / "content/meetings";
  int count = 0;
  for (const auto& entry : fs::directory_iterator(meetings)) {
    fs::path path = entry.path() / "meeting.yaml";
    if (!fs::exists(path)) continue;
    ++count;
    EXPECT_TRUE(reads_as_libyaml_does(file_text(path), path.string())) << path;
  }
  EXPECT_GT(count, 10);
}

TEST(YamlCommon, ReadsTheCommonFormsWithTheirPlaces) {
  const char* const kTexts[] = {
      "a:\nb: x\nc:\n  - p\n  -\n  - q\nd:\n- r\n- s: 1\n  t:\n",
      "# leading comment\n\nkind: cto\ndate: 2024-12-09  # trailing comment\n",
      "e: |\n  l1\n   l2\n\n  l3\n\nf: >-\n  x y\n  z\n\n\n  w\ng: >\n  one\n  two\n",
      "g: [a, \"b\", c]\nh: # c\n  k: v\n  l: []\nm: [ ~ , null ,x y ]\n",
      "q: 'it''s'\nr: \"plain # not a comment\"\ns: a#b\nt: http://x.org/a:b\nu: -5\n",
      "topics:\n  - topic: ai\n    stage: emerging\n    conclusions:\n      - id: c1\n"
      "        text: >-\n          Long text\n          folded.\n        follow_up:\n"
      "          - date: 2025-01\n            status: open\n",
      "list:\n- a\n-   b\n- - c\n",
      "a:   \nb: ~\nc: 'x'   # c\nd: \xC3\xA9t\xC3\xA9 \xE2\x80\x94 ok\n",
      "- a\n- b: c\n  d: e\n-\n  f: g\n",
      "text: |-\n  # not a comment\n    deeper\n  back\nnext: 1\n",
      "x: >-\n  a  \n  b\n",
      "x: |\n  a\n\n",
      "x: y\n\n\n",
      "x: y",
  };
  for (const char* text : kTexts) {
    YamlNode root;
    bool taken = read_common_yaml(text, root);
    if (std::string(text).find("- - c") == std::string::npos) {
      EXPECT_TRUE(taken) << text;
    }
    reads_as_libyaml_does(text, "case");
  }
}

TEST(YamlCommon, LeavesEverythingElseToLibyaml) {
  const char* const kTexts[] = {
      "",
      "# only a comment\n",
      "--- \na: 1\n",
      "%YAML 1.1\n---\na: 1\n",
      "a: &x 1\nb: *x\n",
      "a: !tag x\n",
      "a: {b: c}\n",
      "? a\n: b\n",
      "a: \"esc\\n\"\n",
      "a: 'two\n  lines'\n",
      "a: plain\n  continued\n",
      "a:\n\tb: 1\n",
      "a: 1\r\nb: 2\r\n",
      "\xEF\xBB\xBF"
      "a: 1\n",
      "a: b: c\n",
      "a: [b, [c]]\n",
      "a: [b,\n  c]\n",
      "a: |+\n  keep\n\n",
      "a: |2\n  x\n",
      "a: >\n  x\n    more\n  y\n",
      "  a: 1\n",
      "just text\n",
      "\"quoted key\": 1\n",
      "two words: 1\n",
      "null: 1\n",
      "a: 1\n - b\n",
      "a: x\xC2\x85y\n",
      "a: \x01\n",
      "a: |\n\n  late\n",
  };
  for (const char* text : kTexts) {
    YamlNode root;
    EXPECT_FALSE(read_common_yaml(text, root)) << text;
  }
}

// Documents put together at random from the pieces meeting files are made
// of, and from pieces that look like them but are not the same (a colon in a
// value, a comment sign without a space, a quote left open, a deeper line
// where none may be). Whatever the common reader takes must read as libyaml
// reads it.
std::string random_document(std::mt19937& random) {
  static const char* const kCleanScalars[] = {"x",      "two words", "2024-12-09", "~",   "'q''s'",
                                              "\"dq\"", "[a, b]",    "t\xC3\xA9",  "a#b", "-5"};
  static const char* const kScalars[] = {
      "x",     "two words", "2024-12-09", "-5",        "~",      "null", "'q''s'", "\"dq\"",
      "a:b",   "a: b",      "a #c",       "a#c",       "[a, b]", "[]",   "[a,]",   "[ \"x\" , y ]",
      "'open", "\"open",    "http://u",   "t\xC3\xA9", "",       "   ",  "-",      "- x",
      "|",     ">-",        "{a: 1}",     "&a x",      "*a",     "!t x", "?",      ":x",
      "x:",    "'a'#b",     "'a' #b",     "[a] x",     "a ",     "%x",   "@x",     "`x`"};
  static const char* const kKeys[] = {"kind", "date", "topics", "a", "b-c", "d_e", "1", "T"};
  std::uniform_int_distribution<int> pick(0, 1 << 20);
  std::string out;
  int lines = 1 + pick(random) % 12;
  std::vector<int> indents = {0};
  for (int i = 0; i < lines; ++i) {
    int indent = i == 0 ? 0 : indents[static_cast<std::size_t>(pick(random)) % indents.size()];
    if (pick(random) % 7 == 0) indent += 2;
    if (pick(random) % 11 == 0) indent += 1;
    std::string line(static_cast<std::size_t>(indent), ' ');
    int shape = pick(random) % 10;
    const char* key = kKeys[static_cast<std::size_t>(pick(random)) % std::size(kKeys)];
    const char* scalar =
        pick(random) % 4 != 0
            ? kCleanScalars[static_cast<std::size_t>(pick(random)) % std::size(kCleanScalars)]
            : kScalars[static_cast<std::size_t>(pick(random)) % std::size(kScalars)];
    if (shape < 4) {
      line += std::string(key) + ": " + scalar;
    } else if (shape < 6) {
      line += std::string(key) + ":";
      indents.push_back(indent + 2);
      indents.push_back(indent);
    } else if (shape < 8) {
      line += std::string("- ") + (pick(random) % 2 ? std::string(key) + ": " : "") + scalar;
      indents.push_back(indent + 2);
    } else if (shape == 8) {
      line += std::string(key) + (pick(random) % 2 ? ": |" : ": >-");
      out += line + "\n";
      int text_lines = 1 + pick(random) % 4;
      for (int t = 0; t < text_lines; ++t) {
        int deeper = pick(random) % 5 == 0 ? 1 : 0;
        out += pick(random) % 6 == 0
                   ? std::string()
                   : std::string(static_cast<std::size_t>(indent + 2 + deeper), ' ') + scalar;
        out += "\n";
      }
      continue;
    } else {
      line += pick(random) % 2 ? "# comment" : "";
    }
    if (pick(random) % 9 == 0) line += " # note";
    out += line + "\n";
  }
  return out;
}

TEST(YamlCommon, ReadsGeneratedDocumentsAsLibyamlDoes) {
  std::mt19937 random(20261121);
  int taken = 0, valid = 0;
  constexpr int kDocuments = 20000;
  for (int i = 0; i < kDocuments && !HasFailure(); ++i) {
    std::string text = random_document(random);
    if (reads_as_libyaml_does(text, "generated #" + std::to_string(i))) ++taken;
    YamlNode root;
    YamlError error;
    if (parse_yaml_tree_with_libyaml(text, root, error)) ++valid;
  }
  // Enough of them are in the common form for the comparison to mean
  // something.
  EXPECT_GT(taken, valid / 3) << taken << " of " << valid;
  std::cout << taken << " of the " << valid << " valid documents read without libyaml\n";
}

}  // namespace
}  // namespace cxo::load

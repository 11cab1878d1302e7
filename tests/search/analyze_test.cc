#include "search/analyze.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "search/query.h"

namespace cxo::search {
namespace {

std::vector<Word> words_of(std::string_view text) {
  std::vector<Word> words;
  split_words(text, words);
  return words;
}

std::vector<std::string> terms_of(std::string_view text) {
  std::vector<std::string> terms;
  for (const Word& word : words_of(text)) {
    if (!word.compound.empty()) terms.push_back("=" + word.compound);
    terms.insert(terms.end(), word.terms.begin(), word.terms.end());
  }
  return terms;
}

using Terms = std::vector<std::string>;

TEST(Tokenize, KeepsIdentifiersWholeAndByParts) {
  EXPECT_EQ(terms_of("IMT-2020"), (Terms{"=imt2020", "imt", "2020"}));
  EXPECT_EQ(terms_of("ITU-T SG15"), (Terms{"=itut", "itu", "sg15"}));
  EXPECT_EQ(terms_of("TSAG-TD55"), (Terms{"=tsagtd55", "tsag", "td55"}));
  EXPECT_EQ(terms_of("Y.3172"), (Terms{"=y3172", "3172"}));
  EXPECT_EQ(terms_of("e-mails"), (Terms{"=email", "mail"}));
}

TEST(Tokenize, ConnectorsOnlyBetweenWordCharacters) {
  EXPECT_EQ(terms_of("end. Next"), (Terms{"end", "next"}));
  EXPECT_EQ(terms_of("--dash-- x-"), (Terms{"dash"}));
  EXPECT_EQ(terms_of("mid—dash"), (Terms{"mid", "dash"}));  // an em dash separates
}

// The scanner takes ASCII letters and digits sixteen bytes at a time: a
// word must end exactly at its separator wherever the two fall in a block,
// and bytes just outside the letter and digit ranges are separators.
TEST(Tokenize, WordsEndAtTheirSeparatorAtEveryOffset) {
  const std::vector<std::string> separators = {" ", "@", "[",  "`",           "{",
                                               "/", ":", "\n", "\xE2\x80\x94"};
  std::uint32_t seed = 7;
  auto next = [&seed](std::uint32_t bound) {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 8) % bound;
  };
  const std::string word_bytes = "abcxyzABCXYZ0189";
  for (int round = 0; round < 2000; ++round) {
    std::string text = std::string(next(20), ' ');
    std::vector<std::pair<std::size_t, std::size_t>> expected;
    for (std::size_t words = 1 + next(4); words > 0; --words) {
      std::size_t begin = text.size();
      for (std::size_t length = 1 + next(40); length > 0; --length) text += word_bytes[next(16)];
      expected.emplace_back(begin, text.size());
      if (words > 1 || next(2)) text += separators[next(separators.size())];
    }
    std::vector<std::pair<std::size_t, std::size_t>> found;
    scan_words(text,
               [&](std::size_t begin, std::size_t end, bool) { found.emplace_back(begin, end); });
    EXPECT_EQ(found, expected) << text;
  }
}

TEST(Tokenize, ApostrophesAndPossessives) {
  EXPECT_EQ(terms_of("AI’s role"), (Terms{"ai", "role"}));
  // Porter2 keeps the s of "cxos" (no vowel before the o): prefixes bridge it.
  EXPECT_EQ(terms_of("CxOs’ views"), (Terms{"cxos", "view"}));
  EXPECT_EQ(terms_of("don't O'Brien"), (Terms{"dont", "obrien"}));
}

TEST(Tokenize, DropsStopWordsAndSingleCharacters) {
  EXPECT_EQ(terms_of("the Internet of Things"), (Terms{"internet", "thing"}));
  EXPECT_EQ(terms_of("a b c 5 G"), Terms{});
  // Acronyms that read as English words stay.
  EXPECT_EQ(terms_of("WHO IT US"), (Terms{"who", "it", "us"}));
}

TEST(Tokenize, FoldsAndStems) {
  EXPECT_EQ(terms_of("Télécom Networks"), (Terms{"telecom", "network"}));
  EXPECT_EQ(terms_of("Réseaux"), (Terms{"reseaux"}));
  EXPECT_EQ(terms_of("Москва"), (Terms{"москва"}));
}

TEST(Tokenize, OffsetsPointAtTheWordWithoutPossessive) {
  std::string text = "the CxO’s view";
  auto words = words_of(text);
  ASSERT_EQ(words.size(), 3u);
  EXPECT_EQ(text.substr(words[1].begin, words[1].end - words[1].begin), "CxO");
  EXPECT_EQ(words[1].joined, "cxo");
}

TEST(Tokenize, MarksLineBreaks) {
  auto words = words_of("one two\nthree");
  ASSERT_EQ(words.size(), 3u);
  EXPECT_FALSE(words[1].line_break_before);
  EXPECT_TRUE(words[2].line_break_before);
}

TEST(Query, LastWordIsAPrefixWhileTyped) {
  auto units = parse_query("telecom rev");
  ASSERT_EQ(units.size(), 2u);
  EXPECT_EQ(units[0].prefix, "");
  EXPECT_EQ(units[1].prefix, "rev");
  EXPECT_TRUE(parse_query("telecom rev ")[1].prefix.empty());
  // A stop word being typed may begin a word ("in" → "internet").
  auto typing = parse_query("in");
  ASSERT_EQ(typing.size(), 1u);
  EXPECT_TRUE(typing[0].parts.empty());
  EXPECT_EQ(typing[0].prefix, "in");
  EXPECT_TRUE(parse_query("the in ").empty());
}

// One line per word: joined/compound/term,term. search.js must give the
// same (tests/browser/search-analysis.test.mjs).
std::string describe(std::string_view text) {
  std::string out;
  for (const Word& word : words_of(text)) {
    if (!out.empty()) out += ' ';
    out += word.joined + "/" + word.compound + "/";
    for (std::size_t i = 0; i < word.terms.size(); ++i) out += (i ? "," : "") + word.terms[i];
  }
  return out;
}

TEST(AnalysisParity, MatchesTheExpectations) {
  std::string path = std::string(CXO_SOURCE_DIR) + "/tests/search/analysis.txt";
  std::ifstream in(path);
  ASSERT_TRUE(in) << path;
  bool update = std::getenv("CXO_UPDATE_SEARCH_EXPECTATIONS") != nullptr;
  std::ostringstream rewritten;
  std::string line;
  int checked = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') {
      rewritten << line << '\n';
      continue;
    }
    auto tab = line.find('\t');
    ASSERT_NE(tab, std::string::npos) << line;
    std::string input = line.substr(0, tab);
    if (update) {
      rewritten << input << '\t' << describe(input) << '\n';
    } else {
      EXPECT_EQ(describe(input), line.substr(tab + 1)) << input;
    }
    ++checked;
  }
  EXPECT_GT(checked, 100);
  if (update) {
    in.close();
    std::ofstream(path) << rewritten.str();
  }
}

}  // namespace
}  // namespace cxo::search

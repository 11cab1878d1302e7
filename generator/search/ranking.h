#pragma once
// The ranking's constants, shared by the index builder (impacts), the C++
// query (tests, cost report) and the browser, which reads them from the
// index manifest so there is one source of truth.
namespace cxo::search {

enum Field { kTitle = 0, kHeadings = 1, kBody = 2 };
inline constexpr int kFieldCount = 3;

struct Ranking {
  // BM25F: each field's term frequency weighted and normalized by the
  // field's length before one saturation.
  double weight[kFieldCount] = {4.0, 2.0, 1.0};
  double b[kFieldCount] = {0.5, 0.5, 0.75};
  double k1 = 1.2;
  // Added to a term's saturated frequency (0..1) when it is in the title:
  // a document named for the query outranks one that only mentions it.
  double title_boost = 0.6;
  // Added as well when that title is a topic's or an organization's name
  // (with its short name and aliases): the page holding a whole history is
  // what a reader who types its name wants, before a section titled alike.
  double name_boost = 1.0;
  // Added, times the two terms' mean idf, when two query words stand side
  // by side in the title or a heading ("telecom review").
  double phrase_boost = 1.0;
  // A term found only because it begins with what the reader is typing
  // counts for less than the word itself.
  double prefix_factor = 0.8;
};

inline constexpr Ranking kRanking{};

}  // namespace cxo::search

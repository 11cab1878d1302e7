#pragma once
// A query run the way search.js runs it, for the ranking tests and the
// cost report: the same units, slots, prefix expansion, scoring and
// phrase bonus. Facets are left to the browser.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "search/index.h"

namespace cxo::search {

// One word of the query.
struct QueryUnit {
  std::string compound;            // the whole word's term, when it has several parts
  std::vector<std::string> parts;  // its parts' terms
  std::string prefix;              // last word, still being typed: its folded text
  std::string part_prefix;         // … and that of its last part
};

// The last word matches as a prefix unless the query ends after it
// (a space, a punctuation mark). Words with no term and no prefix are left out.
std::vector<QueryUnit> parse_query(std::string_view query);

// Where a query reads the index from.
class TermSource {
 public:
  virtual ~TermSource() = default;
  virtual std::uint32_t document_count() const = 0;
  // A term's postings; empty when the index does not have it.
  virtual std::vector<Posting> postings(const std::string& term) = 0;
  virtual std::uint32_t document_frequency(const std::string& term) = 0;
  // Terms (not phrases) beginning with `prefix` that the browser would
  // consider: the most frequent first, at most kMaxExpansions.
  virtual std::vector<std::string> expand(const std::string& prefix) = 0;
  // Whether the document is a topic or an organization, whose title is its
  // name (the manifest's firstTopic to firstPage).
  virtual bool is_named_page(std::uint32_t doc) const = 0;
};

inline constexpr std::size_t kMaxExpansions = 30;
inline constexpr std::size_t kMaxPrefixShards = 3;

struct RankedResult {
  std::vector<std::uint32_t> documents;  // best first
  std::vector<double> scores;            // same order
  bool partial = false;                  // no document had every word
};

RankedResult rank(const std::vector<QueryUnit>& units, TermSource& source);

double idf(std::uint32_t document_count, std::uint32_t df);

}  // namespace cxo::search

#pragma once
// The inverted index: every term of every document's fields, with one
// impact per (term, document) computed at build time, so that a query only
// adds up impacts times idf.
#include <cstdint>
#include <string>
#include <vector>

#include "search/documents.h"

namespace cxo::search {

// bit 5: the term is in the document's title; bits 0–4: its BM25F
// saturated frequency, 1..31 for (0, 1].
struct Posting {
  std::uint32_t doc = 0;
  std::uint8_t impact = 0;
  bool operator==(const Posting&) const = default;
};

inline constexpr std::uint8_t kTitleBit = 32;
inline constexpr int kImpactLevels = 31;

// Terms sorted bytewise (code point order), each with its postings sorted
// by document.
struct TermList {
  std::vector<std::string> terms;
  std::vector<std::vector<Posting>> postings;
};

struct Index {
  std::uint32_t doc_count = 0;
  TermList words;
  // "a b" (two terms and a space): the documents where b follows a in a
  // title or heading, for the phrase bonus. Kept apart so that prefix
  // matching never loads them.
  TermList phrases;
};

// Deterministic: the same documents give the same index whatever the
// thread count.
Index build_index(const DocumentSet& documents, unsigned threads);

}  // namespace cxo::search

#pragma once
// The index as the files the browser loads with <script> elements (never
// fetch, so it works from file:// too), each calling a function of
// search.js with its data:
//
//   search/index.js      manifest: ranking constants, the first term of
//                        each shard, and what the facets need (each
//                        meeting's kind, year, region and how many sections
//                        and conclusions follow it)
//   search/t/<n>.js      word shard n: consecutive terms in code point order
//                        with their encoded postings (encoding.h), about
//                        kShardTarget bytes each, so that a query loads only
//                        the shards its words fall in
//   search/p/<n>.js      phrase shard n: the same for "a b" pairs (titles
//                        and headings), loaded for queries of several words
//   search/d/<n>.js      document block n: type, title, link, date,
//                        context and text (for snippets) of kBlockDocs
//                        consecutive documents
//   search/topics.js     the topic facet: topic ids and titles, and each
//                        meeting, section and conclusion's topics
//
// A shard's data is one string, "term|postings|term|postings…": no term
// holds a '|' and postings are base64url text.
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "model/site.h"
#include "search/documents.h"
#include "search/index.h"

namespace cxo::search {

inline constexpr std::size_t kShardTarget = 12 * 1024;
inline constexpr std::size_t kBlockDocs = 4;
// Text kept per document for snippets; a longer text still matches, but
// its snippet is taken from this much.
inline constexpr std::size_t kSnippetSourceChars = 4000;

// Consecutive terms of a TermList cut into shards of about kShardTarget.
struct Shards {
  std::vector<std::string> encoded;  // per term, encode_postings
  std::vector<std::size_t> first;    // first term of each shard
  std::vector<std::string> keys;     // shortest prefix telling it from the shard before
  std::size_t count() const { return first.size(); }
};

struct IndexFiles {
  DocumentSet documents;
  Index index;
  Shards words, phrases;
  std::vector<Kind> meeting_kind;
  std::vector<int> meeting_year;
  std::vector<std::string> topic_ids, topic_titles;
  std::vector<int> organization_region;  // -1 when none
  std::string topics_file;               // bytes of search/topics.js

  std::size_t block_count() const {
    return (documents.documents.size() + kBlockDocs - 1) / kBlockDocs;
  }
};

std::shared_ptr<const IndexFiles> build_index_files(const Site& site, unsigned threads);

std::string manifest_path();
std::string word_shard_path(std::size_t shard);
std::string phrase_shard_path(std::size_t shard);
std::string block_path(std::size_t block);
std::string topics_path();

std::string manifest_file(const IndexFiles& files);
std::string word_shard_file(const IndexFiles& files, std::size_t shard);
std::string phrase_shard_file(const IndexFiles& files, std::size_t shard);
std::string block_file(const IndexFiles& files, std::size_t block);

}  // namespace cxo::search

#pragma once
// Reads a built index back from its files, loading them as the browser
// does: the manifest first, then only the shards and document blocks a
// query needs. It counts the bytes it read, which is what the benchmark
// reports as the index bytes a query transfers.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "search/query.h"

namespace cxo::search {

struct Hit {
  std::uint32_t document = 0;
  int type = 0;
  std::string title;
  std::string path;
  double score = 0;
};

class IndexReader : public TermSource {
 public:
  // `read` returns a file of the site by its path ("search/index.js"), or
  // nullopt when there is none.
  using ReadFile = std::function<std::optional<std::string>(const std::string& path)>;
  explicit IndexReader(ReadFile read);

  // Reads the manifest; false when it is missing or malformed.
  bool open();

  // Runs a query as the search page does: the shards its terms need (and
  // the topic facet when the manifest says the page loads it at once), the
  // ranking, then the document blocks of the first `page` results.
  std::vector<Hit> search(std::string_view query, std::size_t page, std::size_t* total = nullptr,
                          bool* partial = nullptr);

  std::size_t bytes_read() const { return bytes_; }
  const std::vector<std::string>& files_read() const { return files_; }

  // TermSource
  std::uint32_t document_count() const override { return docs_; }
  std::vector<Posting> postings(const std::string& term) override;
  std::uint32_t document_frequency(const std::string& term) override;
  std::vector<std::string> expand(const std::string& prefix) override;
  bool is_named_page(std::uint32_t doc) const override {
    return doc >= first_topic_ && doc < first_page_;
  }

  // Word shards (phrases=false) or phrase shards.
  std::size_t shard_of(std::string_view term, bool phrases = false) const;
  std::vector<std::size_t> prefix_shards(std::string_view prefix) const;

 private:
  using Entries = std::map<std::string, std::string, std::less<>>;
  std::optional<std::string> load(const std::string& path);
  const Entries* shard(std::size_t n, bool phrases);
  const std::string* encoded(const std::string& term);
  void load_query_shards(const std::vector<QueryUnit>& units);

  ReadFile read_;
  std::uint32_t docs_ = 0;
  std::uint32_t first_topic_ = 0;
  std::uint32_t first_page_ = 0;
  std::size_t topics_bytes_ = 0;
  std::size_t block_docs_ = 1;
  std::vector<std::string> keys_, phrase_keys_;
  std::map<std::size_t, Entries> shards_, phrase_shards_;
  std::map<std::size_t, std::vector<Hit>> blocks_;
  std::set<std::string> loaded_;
  std::vector<std::string> files_;
  std::size_t bytes_ = 0;
};

// What the benchmark reports for a built site: the size of the whole index
// (every file under search/ but the page itself) and, for one query run
// first on a freshly opened page, the index bytes it loads.
struct QueryCost {
  std::size_t index_bytes = 0;
  std::size_t index_files = 0;
  std::size_t query_bytes = 0;
  std::vector<std::string> files;  // loaded by the query, in order
  std::size_t results = 0;
};

// `site` is the output folder of `cxo build`. nullopt when it holds no index.
std::optional<QueryCost> measure_query(const std::filesystem::path& site, std::string_view query);

}  // namespace cxo::search

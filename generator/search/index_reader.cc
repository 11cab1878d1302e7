#include "search/index_reader.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "search/encoding.h"
#include "search/index_files.h"

namespace cxo::search {

namespace {

using nlohmann::json;

// "cxoSearch.x(ARGS);\n" -> the JSON array [ARGS].
std::optional<json> call_arguments(const std::string& script) {
  std::size_t open = script.find('(');
  std::size_t close = script.rfind(')');
  if (open == std::string::npos || close == std::string::npos || close < open) return std::nullopt;
  // Built by appending: GCC 12 warns (falsely) about "[" + std::string.
  std::string array(1, '[');
  array.append(script, open + 1, close - open - 1);
  array += ']';
  json args = json::parse(array, nullptr, false);
  if (args.is_discarded()) return std::nullopt;
  return args;
}

// The browser's limit for loading the topic facet with the first query.
constexpr std::size_t kEagerTopicsBytes = 16384;

}  // namespace

IndexReader::IndexReader(ReadFile read) : read_(std::move(read)) {}

namespace {

std::vector<std::string> split(std::string_view text, char separator) {
  std::vector<std::string> out;
  std::size_t at = 0;
  while (true) {
    std::size_t next = text.find(separator, at);
    out.emplace_back(text.substr(at, next == std::string_view::npos ? text.npos : next - at));
    if (next == std::string_view::npos) return out;
    at = next + 1;
  }
}

std::vector<std::string> shard_keys(const std::string& joined) {
  std::vector<std::string> keys{""};
  if (!joined.empty()) {
    for (auto& key : split(joined, '|')) keys.push_back(std::move(key));
  }
  return keys;
}

}  // namespace

std::optional<std::string> IndexReader::load(const std::string& path) {
  auto bytes = read_(path);
  if (bytes && loaded_.insert(path).second) {
    bytes_ += bytes->size();
    files_.push_back(path);
  }
  return bytes;
}

bool IndexReader::open() {
  auto script = load(manifest_path());
  if (!script) return false;
  auto args = call_arguments(*script);
  if (!args || args->empty() || !(*args)[0].is_object()) return false;
  const json& m = (*args)[0];
  docs_ = m.value("docs", 0u);
  first_topic_ = m.value("firstTopic", 0u);
  first_page_ = m.value("firstPage", 0u);
  topics_bytes_ = m.value("topicsBytes", std::size_t{0});
  block_docs_ = std::max<std::size_t>(1, m.value("blockDocs", std::size_t{1}));
  keys_ = shard_keys(m.value("shards", std::string{}));
  phrase_keys_ = shard_keys(m.value("phraseShards", std::string{}));
  return true;
}

std::size_t IndexReader::shard_of(std::string_view term, bool phrases) const {
  const auto& keys = phrases ? phrase_keys_ : keys_;
  // The last key <= term; keys[0] is "".
  auto it = std::upper_bound(keys.begin(), keys.end(), term,
                             [](std::string_view t, const std::string& key) { return t < key; });
  return it == keys.begin() ? 0 : static_cast<std::size_t>(it - keys.begin()) - 1;
}

std::vector<std::size_t> IndexReader::prefix_shards(std::string_view prefix) const {
  std::vector<std::size_t> out{shard_of(prefix)};
  for (std::size_t s = out.front() + 1;
       s < keys_.size() && out.size() < kMaxPrefixShards && keys_[s].starts_with(prefix); ++s) {
    out.push_back(s);
  }
  return out;
}

void IndexReader::load_query_shards(const std::vector<QueryUnit>& units) {
  std::set<std::size_t> words, phrases;
  std::vector<std::string> parts;
  for (const QueryUnit& unit : units) {
    if (!unit.compound.empty()) words.insert(shard_of(unit.compound));
    for (const auto& t : unit.parts) words.insert(shard_of(t));
    if (!unit.prefix.empty()) {
      for (std::size_t s : prefix_shards(unit.prefix)) words.insert(s);
    }
    if (!unit.part_prefix.empty() && unit.part_prefix != unit.prefix) {
      for (std::size_t s : prefix_shards(unit.part_prefix)) words.insert(s);
    }
    parts.insert(parts.end(), unit.parts.begin(), unit.parts.end());
  }
  for (std::size_t i = 0; i + 1 < parts.size(); ++i) {
    phrases.insert(shard_of(parts[i] + " " + parts[i + 1], true));
  }
  for (std::size_t s : words) shard(s, false);
  for (std::size_t s : phrases) shard(s, true);
}

const IndexReader::Entries* IndexReader::shard(std::size_t n, bool phrases) {
  auto& cache = phrases ? phrase_shards_ : shards_;
  if (auto it = cache.find(n); it != cache.end()) return &it->second;
  auto script = load(phrases ? phrase_shard_path(n) : word_shard_path(n));
  auto& entries = cache[n];
  if (!script) return &entries;
  auto args = call_arguments(*script);
  if (args && args->size() == 2 && (*args)[1].is_string()) {
    auto fields = split((*args)[1].get<std::string>(), '|');
    for (std::size_t i = 0; i + 1 < fields.size(); i += 2) {
      entries.emplace(std::move(fields[i]), std::move(fields[i + 1]));
    }
  }
  return &entries;
}

const std::string* IndexReader::encoded(const std::string& term) {
  bool phrase = term.find(' ') != std::string::npos;
  const Entries* entries = shard(shard_of(term, phrase), phrase);
  auto it = entries->find(term);
  return it == entries->end() ? nullptr : &it->second;
}

std::vector<Posting> IndexReader::postings(const std::string& term) {
  const std::string* text = encoded(term);
  if (!text) return {};
  return decode_postings(*text).value_or(std::vector<Posting>{});
}

std::uint32_t IndexReader::document_frequency(const std::string& term) {
  const std::string* text = encoded(term);
  return text ? encoded_document_count(*text) : 0;
}

std::vector<std::string> IndexReader::expand(const std::string& prefix) {
  std::vector<std::pair<std::string, std::uint32_t>> found;
  for (std::size_t s : prefix_shards(prefix)) {
    for (const auto& [term, text] : *shard(s, false)) {
      if (term.starts_with(prefix)) found.emplace_back(term, encoded_document_count(text));
    }
  }
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  std::vector<std::string> out;
  for (std::size_t i = 0; i < found.size() && i < kMaxExpansions; ++i)
    out.push_back(found[i].first);
  return out;
}

std::vector<Hit> IndexReader::search(std::string_view query, std::size_t page, std::size_t* total,
                                     bool* partial) {
  std::vector<QueryUnit> units = parse_query(query);
  load_query_shards(units);
  if (topics_bytes_ <= kEagerTopicsBytes) load(topics_path());
  RankedResult ranked = rank(units, *this);
  if (total) *total = ranked.documents.size();
  if (partial) *partial = ranked.partial;
  std::vector<Hit> hits;
  for (std::size_t i = 0; i < ranked.documents.size() && i < page; ++i) {
    std::uint32_t d = ranked.documents[i];
    std::size_t b = d / block_docs_;
    if (!blocks_.count(b)) {
      auto& docs = blocks_[b];
      if (auto script = load(block_path(b))) {
        auto args = call_arguments(*script);
        if (args && args->size() == 2 && (*args)[1].is_array()) {
          for (const json& row : (*args)[1]) {
            docs.push_back(
                {0, row[0].get<int>(), row[1].get<std::string>(), row[2].get<std::string>(), 0});
          }
        }
      }
    }
    Hit hit;
    if (std::size_t offset = d % block_docs_; offset < blocks_[b].size()) hit = blocks_[b][offset];
    hit.document = d;
    hit.score = ranked.scores[i];
    hits.push_back(std::move(hit));
  }
  return hits;
}

std::optional<QueryCost> measure_query(const std::filesystem::path& site, std::string_view query) {
  namespace fs = std::filesystem;
  auto read = [site](const std::string& path) -> std::optional<std::string> {
    std::ifstream in(site / path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
  };
  IndexReader reader(read);
  if (!reader.open()) return std::nullopt;
  QueryCost cost;
  std::error_code error;
  for (const auto& entry : fs::recursive_directory_iterator(site / "search", error)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".js") continue;
    cost.index_bytes += entry.file_size();
    ++cost.index_files;
  }
  std::size_t total = 0;
  reader.search(query, 10, &total);
  cost.query_bytes = reader.bytes_read();
  cost.files = reader.files_read();
  cost.results = total;
  return cost;
}

}  // namespace cxo::search

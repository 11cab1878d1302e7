#include "search/index.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>
#include <string_view>
#include <unordered_map>

#include "search/analyze.h"
#include "search/ranking.h"
#include "search/spelling_table.h"
#include "util/byte_scan.h"
#include "util/parallel.h"

namespace cxo::search {

namespace {

// Documents are analysed in runs of consecutive documents (chunks), each
// with its own term numbering and its own table of analysed spellings: each
// distinct spelling is folded and stemmed once per chunk and the merge looks
// each distinct term up once per chunk. A few large chunks per thread keep
// that repeated work small; the result does not depend on the chunking,
// since the merge follows document order.
constexpr std::size_t kMinChunkDocs = 256;
constexpr std::size_t kChunksPerThread = 2;

struct Entry {
  std::uint32_t term = 0;  // chunk-local word or phrase
  std::array<std::uint16_t, kFieldCount> tf{};
};

// A spelling's terms: [first, first + count) in Chunk::word_terms; the
// compound (if any) comes first, flagged.
struct Analysed {
  std::uint32_t first = 0;
  std::uint16_t count = 0;
  bool has_compound = false;
};

struct Chunk {
  std::vector<std::string> terms;
  std::unordered_map<std::string, std::uint32_t> ids;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> phrases;  // (word, word)
  std::unordered_map<std::uint64_t, std::uint32_t> phrase_ids;
  SpellingTable<Analysed> spellings;
  std::vector<std::uint32_t> word_terms;
  // Per document: its word entries, then its phrase entries.
  std::vector<std::uint32_t> word_begin, phrase_begin;
  std::vector<Entry> words, phrase_entries;
  std::vector<std::array<std::uint32_t, kFieldCount>> lengths;
};

class ChunkAnalyser {
 public:
  explicit ChunkAnalyser(Chunk& chunk) : chunk_(chunk) {}

  void add_document(const SearchDocument& doc) {
    chunk_.word_begin.push_back(static_cast<std::uint32_t>(chunk_.words.size()));
    chunk_.phrase_begin.push_back(static_cast<std::uint32_t>(chunk_.phrase_entries.size()));
    std::array<std::uint32_t, kFieldCount> lengths{};
    lengths[kTitle] = add_field(doc.title, kTitle, true);
    lengths[kHeadings] = add_field(doc.headings, kHeadings, true);
    lengths[kBody] = add_field(doc.body, kBody, false);
    chunk_.lengths.push_back(lengths);
    ++stamp_;
  }

  void finish() {
    chunk_.word_begin.push_back(static_cast<std::uint32_t>(chunk_.words.size()));
    chunk_.phrase_begin.push_back(static_cast<std::uint32_t>(chunk_.phrase_entries.size()));
  }

 private:
  std::uint32_t intern(const std::string& term) {
    auto [it, added] =
        chunk_.ids.try_emplace(term, static_cast<std::uint32_t>(chunk_.terms.size()));
    if (added) {
      chunk_.terms.push_back(term);
      word_seen_.push_back(0);
      word_slot_.push_back(0);
    }
    return it->second;
  }

  const Analysed& analyse(std::string_view raw) {
    return chunk_.spellings.find_or_add(raw, [&](std::string_view spelling) {
      Word word = analyze_word(spelling);
      Analysed a;
      a.first = static_cast<std::uint32_t>(chunk_.word_terms.size());
      if (!word.compound.empty()) {
        chunk_.word_terms.push_back(intern(word.compound));
        a.has_compound = true;
      }
      for (const auto& term : word.terms) chunk_.word_terms.push_back(intern(term));
      a.count = static_cast<std::uint16_t>(chunk_.word_terms.size() - a.first);
      return a;
    });
  }

  std::uint32_t add_field(std::string_view text, Field field, bool phrases) {
    return phrases ? add_phrase_field(text, field) : add_bag_field(text, field);
  }

  // Titles and headings: word by word, for the pairs of neighbours.
  std::uint32_t add_phrase_field(std::string_view text, Field field) {
    std::uint32_t length = 0;
    std::int64_t previous = -1;
    scan_words(text, [&](std::size_t begin, std::size_t end, bool line_break) {
      const Analysed& a = analyse(text.substr(begin, end - begin));
      if (line_break) previous = -1;
      for (std::uint32_t i = 0; i < a.count; ++i) {
        std::uint32_t term = chunk_.word_terms[a.first + i];
        count(term, field, 1, word_seen_, word_slot_, chunk_.words);
        if (i == 0 && a.has_compound) continue;
        ++length;
        if (previous >= 0) count_phrase(static_cast<std::uint32_t>(previous), term, field);
        previous = term;
      }
    });
    return length;
  }

  // Bodies: each distinct spelling counted in a small table that stays in
  // the cache, then looked up once in the chunk's tables. Most of the
  // archive's text goes through here.
  std::uint32_t add_bag_field(std::string_view text, Field field) {
    ++bag_stamp_;
    bag_order_.clear();
    scan_words(text, [&](std::size_t begin, std::size_t end, bool) {
      std::string_view spelling = text.substr(begin, end - begin);
      std::uint64_t h = SpellingTable<int>::hash(spelling);
      std::size_t mask = bag_.size() - 1;
      for (std::size_t i = h & mask;; i = (i + 1) & mask) {
        BagSlot& slot = bag_[i];
        if (slot.stamp != bag_stamp_) {
          slot = {h, static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end - begin), 1,
                  bag_stamp_};
          bag_order_.push_back(static_cast<std::uint32_t>(i));
          break;
        }
        if (slot.hash == h && slot.length == spelling.size() &&
            bytes::same_bytes(text.data() + slot.begin, spelling.data(), spelling.size())) {
          ++slot.tf;
          break;
        }
      }
      if (bag_order_.size() * 2 > bag_.size()) grow_bag();
    });
    std::uint32_t length = 0;
    for (std::uint32_t i : bag_order_) {
      const BagSlot& slot = bag_[i];
      const Analysed& a = analyse(text.substr(slot.begin, slot.length));
      for (std::uint32_t k = 0; k < a.count; ++k) {
        count(chunk_.word_terms[a.first + k], field, slot.tf, word_seen_, word_slot_, chunk_.words);
        if (!(k == 0 && a.has_compound)) length += slot.tf;
      }
    }
    return length;
  }

  void grow_bag() {
    std::vector<BagSlot> old(bag_.size() * 2);
    old.swap(bag_);
    std::size_t mask = bag_.size() - 1;
    for (std::uint32_t& index : bag_order_) {
      const BagSlot& slot = old[index];
      std::size_t i = slot.hash & mask;
      while (bag_[i].stamp == bag_stamp_) i = (i + 1) & mask;
      bag_[i] = slot;
      index = static_cast<std::uint32_t>(i);
    }
  }

  void count_phrase(std::uint32_t a, std::uint32_t b, Field field) {
    std::uint64_t key = (static_cast<std::uint64_t>(a) << 32) | b;
    auto [it, added] =
        chunk_.phrase_ids.try_emplace(key, static_cast<std::uint32_t>(chunk_.phrases.size()));
    if (added) {
      chunk_.phrases.emplace_back(a, b);
      phrase_seen_.push_back(0);
      phrase_slot_.push_back(0);
    }
    count(it->second, field, 1, phrase_seen_, phrase_slot_, chunk_.phrase_entries);
  }

  void count(std::uint32_t id, Field field, std::uint32_t times, std::vector<std::uint64_t>& seen,
             std::vector<std::size_t>& slot, std::vector<Entry>& entries) {
    if (seen[id] != stamp_) {
      seen[id] = stamp_;
      slot[id] = entries.size();
      entries.push_back({id, {}});
    }
    auto& tf = entries[slot[id]].tf[field];
    tf = static_cast<std::uint16_t>(std::min<std::uint32_t>(0xFFFF, tf + times));
  }

  struct BagSlot {
    std::uint64_t hash = 0;
    std::uint32_t begin = 0;
    std::uint32_t length = 0;
    std::uint32_t tf = 0;
    std::uint64_t stamp = 0;
  };

  Chunk& chunk_;
  // Per chunk word or phrase: the document that last counted it, and its
  // entry there.
  std::vector<std::uint64_t> word_seen_, phrase_seen_;
  std::vector<std::size_t> word_slot_, phrase_slot_;
  std::uint64_t stamp_ = 1;
  std::vector<BagSlot> bag_ = std::vector<BagSlot>(1024);
  std::vector<std::uint32_t> bag_order_;  // bag slots in first-seen order
  std::uint64_t bag_stamp_ = 0;
};

std::uint8_t word_impact(const std::array<std::uint16_t, kFieldCount>& tf,
                         const std::array<std::uint32_t, kFieldCount>& lengths,
                         const std::array<double, kFieldCount>& average) {
  const Ranking& r = kRanking;
  double weighted = 0;
  for (int f = 0; f < kFieldCount; ++f) {
    if (tf[f] == 0) continue;
    double norm = 1 - r.b[f] + r.b[f] * (average[f] > 0 ? lengths[f] / average[f] : 1.0);
    weighted += r.weight[f] * tf[f] / norm;
  }
  double saturated = weighted / (r.k1 + weighted);
  // Rounded half up by hand: std::lround is a library call, once per posting.
  int level = std::clamp(static_cast<int>(saturated * kImpactLevels + 0.5), 1, kImpactLevels);
  return static_cast<std::uint8_t>(level | (tf[kTitle] ? kTitleBit : 0));
}

std::uint8_t phrase_impact(const std::array<std::uint16_t, kFieldCount>& tf) {
  return tf[kTitle] ? static_cast<std::uint8_t>(kImpactLevels | kTitleBit) : 16;
}

// Collects postings under global numbers in first-seen order, then sorts
// the terms.
class TermCollector {
 public:
  std::uint32_t id(std::string term) {
    auto [it, added] = ids_.try_emplace(std::move(term), static_cast<std::uint32_t>(terms_.size()));
    if (added) {
      terms_.push_back(it->first);
      postings_.emplace_back();
    }
    return it->second;
  }
  void add(std::uint32_t id, Posting posting) { postings_[id].push_back(posting); }

  TermList sorted() {
    std::vector<std::uint32_t> order(terms_.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](std::uint32_t a, std::uint32_t b) { return terms_[a] < terms_[b]; });
    TermList list;
    list.terms.reserve(order.size());
    list.postings.reserve(order.size());
    for (std::uint32_t t : order) {
      list.terms.push_back(std::move(terms_[t]));
      list.postings.push_back(std::move(postings_[t]));
    }
    return list;
  }

 private:
  std::unordered_map<std::string, std::uint32_t> ids_;
  std::vector<std::string> terms_;
  std::vector<std::vector<Posting>> postings_;
};

}  // namespace

Index build_index(const DocumentSet& set, unsigned threads) {
  const auto& docs = set.documents;
  std::size_t wanted = std::max<std::size_t>(1, threads) * kChunksPerThread;
  std::size_t chunk_docs = std::max(kMinChunkDocs, (docs.size() + wanted - 1) / wanted);
  std::size_t chunk_count = (docs.size() + chunk_docs - 1) / chunk_docs;
  std::vector<Chunk> chunks(chunk_count);
  parallel_for(chunk_count, threads, [&](std::size_t c) {
    ChunkAnalyser analyser(chunks[c]);
    std::size_t end = std::min(docs.size(), (c + 1) * chunk_docs);
    for (std::size_t d = c * chunk_docs; d < end; ++d) analyser.add_document(docs[d]);
    analyser.finish();
    chunks[c].spellings = {};
  });

  std::array<double, kFieldCount> average{};
  for (const Chunk& chunk : chunks) {
    for (const auto& lengths : chunk.lengths) {
      for (int f = 0; f < kFieldCount; ++f) average[f] += lengths[f];
    }
  }
  for (double& a : average) a = docs.empty() ? 0 : a / static_cast<double>(docs.size());

  // Merge in document order, so each term's postings come out sorted.
  TermCollector words, phrases;
  std::uint32_t doc = 0;
  for (Chunk& chunk : chunks) {
    std::vector<std::uint32_t> word_id(chunk.terms.size());
    for (std::size_t t = 0; t < chunk.terms.size(); ++t) word_id[t] = words.id(chunk.terms[t]);
    std::vector<std::uint32_t> phrase_id(chunk.phrases.size());
    for (std::size_t p = 0; p < chunk.phrases.size(); ++p) {
      const auto& [a, b] = chunk.phrases[p];
      phrase_id[p] = phrases.id(chunk.terms[a] + " " + chunk.terms[b]);
    }
    for (std::size_t d = 0; d + 1 < chunk.word_begin.size(); ++d, ++doc) {
      for (std::uint32_t e = chunk.word_begin[d]; e < chunk.word_begin[d + 1]; ++e) {
        const Entry& entry = chunk.words[e];
        words.add(word_id[entry.term], {doc, word_impact(entry.tf, chunk.lengths[d], average)});
      }
      for (std::uint32_t e = chunk.phrase_begin[d]; e < chunk.phrase_begin[d + 1]; ++e) {
        const Entry& entry = chunk.phrase_entries[e];
        phrases.add(phrase_id[entry.term], {doc, phrase_impact(entry.tf)});
      }
    }
    chunk = Chunk{};  // free as we go
  }
  Index index;
  index.doc_count = static_cast<std::uint32_t>(docs.size());
  index.words = words.sorted();
  index.phrases = phrases.sorted();
  return index;
}

}  // namespace cxo::search

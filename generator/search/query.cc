#include "search/query.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "search/analyze.h"
#include "search/ranking.h"

namespace cxo::search {

namespace {

std::size_t char_count(std::string_view s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

struct Slot {
  std::vector<std::string> exact;
  std::vector<std::string> prefixed;
};

std::vector<std::string> expansions(TermSource& source, const std::string& prefix,
                                    const std::string& exact) {
  std::vector<std::string> out;
  if (prefix.empty()) return out;
  for (auto& term : source.expand(prefix)) {
    if (term != exact) out.push_back(std::move(term));
  }
  return out;
}

std::vector<Slot> make_slots(const std::vector<QueryUnit>& units, TermSource& source) {
  std::vector<Slot> slots;
  for (const QueryUnit& unit : units) {
    if (!unit.compound.empty() && (source.document_frequency(unit.compound) > 0 ||
                                   (!unit.prefix.empty() && !source.expand(unit.prefix).empty()))) {
      Slot slot;
      if (source.document_frequency(unit.compound) > 0) slot.exact.push_back(unit.compound);
      slot.prefixed = expansions(source, unit.prefix, unit.compound);
      slots.push_back(std::move(slot));
      continue;
    }
    if (unit.parts.empty()) {
      if (!unit.prefix.empty()) slots.push_back({{}, expansions(source, unit.prefix, "")});
      continue;
    }
    for (std::size_t i = 0; i < unit.parts.size(); ++i) {
      bool last = i + 1 == unit.parts.size();
      std::string prefix = last ? (unit.compound.empty() ? unit.prefix : unit.part_prefix) : "";
      slots.push_back({{unit.parts[i]}, expansions(source, prefix, unit.parts[i])});
    }
  }
  return slots;
}

}  // namespace

double idf(std::uint32_t document_count, std::uint32_t df) {
  double n = document_count, f = df;
  return std::log(1 + (n - f + 0.5) / (f + 0.5));
}

std::vector<QueryUnit> parse_query(std::string_view query) {
  std::vector<Word> words;
  split_words(query, words);
  bool typing = !words.empty() && words.back().end == query.size();
  std::vector<QueryUnit> units;
  for (std::size_t i = 0; i < words.size(); ++i) {
    Word& word = words[i];
    bool last = typing && i + 1 == words.size();
    QueryUnit unit{word.compound, word.terms, "", ""};
    if (last && char_count(word.joined) >= 2) unit.prefix = word.joined;
    if (last && char_count(word.last_part) >= 2) unit.part_prefix = word.last_part;
    if (!unit.compound.empty() || !unit.parts.empty() || !unit.prefix.empty()) {
      units.push_back(std::move(unit));
    }
  }
  return units;
}

RankedResult rank(const std::vector<QueryUnit>& units, TermSource& source) {
  const Ranking& k = kRanking;
  RankedResult result;
  std::vector<Slot> slots = make_slots(units, source);
  if (slots.empty()) return result;
  std::uint32_t n = source.document_count();
  std::unordered_map<std::uint32_t, double> total;
  std::unordered_map<std::uint32_t, std::size_t> hits;
  std::vector<std::uint32_t> touched;
  for (const Slot& slot : slots) {
    std::unordered_map<std::uint32_t, double> best;
    std::vector<std::uint32_t> order;
    auto add = [&](const std::string& term, double factor) {
      std::vector<Posting> postings = source.postings(term);
      if (postings.empty()) return;
      double term_idf = idf(n, static_cast<std::uint32_t>(postings.size()));
      for (const Posting& p : postings) {
        double title = 0;
        if (p.impact & kTitleBit) {
          title = k.title_boost + (source.is_named_page(p.doc) ? k.name_boost : 0);
        }
        double v =
            term_idf * ((p.impact & 31) / static_cast<double>(kImpactLevels) + title) * factor;
        auto [it, added] = best.try_emplace(p.doc, v);
        if (added)
          order.push_back(p.doc);
        else if (v > it->second)
          it->second = v;
      }
    };
    for (const auto& term : slot.exact) add(term, 1);
    for (const auto& term : slot.prefixed) add(term, k.prefix_factor);
    for (std::uint32_t d : order) {
      if (hits[d]++ == 0) touched.push_back(d);
      total[d] += best[d];
    }
  }
  std::vector<std::string> words;
  for (const QueryUnit& unit : units)
    words.insert(words.end(), unit.parts.begin(), unit.parts.end());
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    std::vector<Posting> postings = source.postings(words[i] + " " + words[i + 1]);
    if (postings.empty()) continue;
    double bonus = k.phrase_boost *
                   (idf(n, source.document_frequency(words[i])) +
                    idf(n, source.document_frequency(words[i + 1]))) /
                   2;
    for (const Posting& p : postings) {
      if (auto it = hits.find(p.doc); it != hits.end() && it->second > 0) {
        total[p.doc] += bonus * ((p.impact & kTitleBit) ? 1 : 0.5);
      }
    }
  }
  std::vector<std::uint32_t> matched;
  for (std::uint32_t d : touched) {
    if (hits[d] == slots.size()) matched.push_back(d);
  }
  if (matched.empty() && slots.size() > 1) {
    result.partial = true;
    matched = touched;
    for (std::uint32_t d : matched) {
      total[d] *= static_cast<double>(hits[d]) / static_cast<double>(slots.size());
    }
  }
  std::sort(matched.begin(), matched.end(), [&](std::uint32_t a, std::uint32_t b) {
    double sa = total[a], sb = total[b];
    return sa != sb ? sa > sb : a < b;
  });
  result.documents = matched;
  for (std::uint32_t d : matched) result.scores.push_back(total[d]);
  return result;
}

}  // namespace cxo::search

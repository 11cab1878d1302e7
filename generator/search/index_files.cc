#include "search/index_files.h"

#include <algorithm>
#include <cstdio>

#include "search/encoding.h"
#include "search/ranking.h"
#include "util/json_writer.h"
#include "util/parallel.h"

namespace cxo::search {

namespace {

// Cut at a character boundary.
std::string_view clip(std::string_view text, std::size_t bytes) {
  if (text.size() <= bytes) return text;
  while (bytes > 0 && (static_cast<unsigned char>(text[bytes]) & 0xC0) == 0x80) --bytes;
  return text.substr(0, bytes);
}

std::string_view snippet_source(const SearchDocument& doc) {
  // An organization's body is its context line: no need to send it twice.
  if (doc.type == DocType::Organization) return {};
  return clip(doc.body, kSnippetSourceChars);
}

// The shortest prefix of `key` (whole characters) that still sorts after
// `before`: shard boundaries only need to tell shards apart.
std::string shortest_separator(const std::string& before, const std::string& key) {
  for (std::size_t n = 1; n <= key.size(); ++n) {
    if (n < key.size() && (static_cast<unsigned char>(key[n]) & 0xC0) == 0x80) continue;
    if (std::string_view(key).substr(0, n) > before) return key.substr(0, n);
  }
  return key;
}

Shards make_shards(const TermList& list, unsigned threads) {
  Shards shards;
  shards.encoded.resize(list.terms.size());
  parallel_for(list.terms.size(), threads,
               [&](std::size_t t) { shards.encoded[t] = encode_postings(list.postings[t]); });
  std::size_t size = 0;
  for (std::size_t t = 0; t < list.terms.size(); ++t) {
    if (t == 0 || size >= kShardTarget) {
      shards.first.push_back(t);
      shards.keys.push_back(t == 0 ? "" : shortest_separator(list.terms[t - 1], list.terms[t]));
      size = 0;
    }
    size += list.terms[t].size() + shards.encoded[t].size() + 2;
  }
  if (shards.first.empty()) {
    shards.first.push_back(0);
    shards.keys.push_back("");
  }
  return shards;
}

// Keys after the first (always ""), joined by '|'.
std::string joined_keys(const Shards& shards) {
  std::string out;
  for (std::size_t s = 1; s < shards.keys.size(); ++s) {
    if (s > 1) out += '|';
    out += shards.keys[s];
  }
  return out;
}

std::string shard_file(const char* function, const TermList& list, const Shards& shards,
                       std::size_t shard) {
  std::size_t end = shard + 1 < shards.first.size() ? shards.first[shard + 1] : list.terms.size();
  std::string data;
  for (std::size_t t = shards.first[shard]; t < end; ++t) {
    if (t > shards.first[shard]) data += '|';
    data += list.terms[t];
    data += '|';
    data += shards.encoded[t];
  }
  std::string out = std::string("cxoSearch.") + function + "(" + std::to_string(shard) + ",";
  append_json_string(out, data);
  out += ");\n";
  return out;
}

void append_pair(std::string& out, std::string_view a, std::string_view b) {
  out += '[';
  append_json_string(out, a);
  out += ',';
  append_json_string(out, b);
  out += ']';
}

std::string topics_file(const IndexFiles& files) {
  std::string out = "cxoSearch.f({\"topics\":[";
  for (std::size_t t = 0; t < files.topic_ids.size(); ++t) {
    if (t) out += ',';
    append_pair(out, files.topic_ids[t], files.topic_titles[t]);
  }
  std::string per_doc;
  const auto& docs = files.documents.documents;
  for (int d = 0; d < files.documents.first_topic; ++d) {
    put_varint(per_doc, static_cast<std::uint32_t>(docs[d].topics.size()));
    for (int topic : docs[d].topics) put_varint(per_doc, static_cast<std::uint32_t>(topic));
  }
  out += "],\"docs\":";
  append_json_string(out, per_doc);
  out += "});\n";
  return out;
}

// Small values packed `per` to a base64url digit, `bits` each.
std::string packed(const std::vector<unsigned>& values, unsigned bits) {
  unsigned per = 6 / bits;
  std::string out;
  for (std::size_t i = 0; i < values.size(); i += per) {
    unsigned digit = 0;
    for (unsigned j = 0; j < per && i + j < values.size(); ++j)
      digit |= values[i + j] << (j * bits);
    put_digit(out, digit);
  }
  return out;
}

void member(std::string& out, const char* name, const std::string& raw_value) {
  if (out.size() > 1) out += ',';
  out += '"';
  out += name;
  out += "\":";
  out += raw_value;
}

std::string quoted(std::string_view text) {
  std::string out;
  append_json_string(out, text);
  return out;
}

}  // namespace

std::shared_ptr<const IndexFiles> build_index_files(const Site& site, unsigned threads) {
  auto files = std::make_shared<IndexFiles>();
  files->documents = collect_documents(site);
  files->index = build_index(files->documents, threads);
  files->words = make_shards(files->index.words, threads);
  files->phrases = make_shards(files->index.phrases, threads);
  for (const auto& meeting : site.meetings) {
    files->meeting_kind.push_back(meeting.kind);
    files->meeting_year.push_back(meeting.date.year);
  }
  for (const auto& topic : site.topics) {
    files->topic_ids.push_back(topic.id);
    files->topic_titles.push_back(topic.title);
  }
  for (const auto& org : site.organizations) {
    files->organization_region.push_back(org.region ? static_cast<int>(*org.region) : -1);
  }
  files->topics_file = topics_file(*files);
  return files;
}

std::string manifest_path() {
  return "search/index.js";
}
std::string word_shard_path(std::size_t shard) {
  return "search/t/" + std::to_string(shard) + ".js";
}
std::string phrase_shard_path(std::size_t shard) {
  return "search/p/" + std::to_string(shard) + ".js";
}
std::string block_path(std::size_t block) {
  return "search/d/" + std::to_string(block) + ".js";
}
std::string topics_path() {
  return "search/topics.js";
}

std::string manifest_file(const IndexFiles& files) {
  const DocumentSet& set = files.documents;
  const Ranking& r = kRanking;
  std::size_t meetings = files.meeting_kind.size();
  int base_year =
      meetings ? *std::min_element(files.meeting_year.begin(), files.meeting_year.end()) : 0;
  // Meetings are in date order, so years come in runs: (year, run length).
  std::string years;
  for (std::size_t m = 0; m < meetings;) {
    std::size_t run = 1;
    while (m + run < meetings && files.meeting_year[m + run] == files.meeting_year[m]) ++run;
    put_varint(years, static_cast<std::uint32_t>(files.meeting_year[m] - base_year));
    put_varint(years, static_cast<std::uint32_t>(run));
    m += run;
  }
  std::vector<unsigned> kinds, regions, org_regions;
  std::string sections, conclusions;
  for (std::size_t m = 0; m < meetings; ++m) {
    kinds.push_back(files.meeting_kind[m] == Kind::Cxo ? 1 : 0);
    regions.push_back(static_cast<unsigned>(set.meeting_region[m] + 1));
    put_varint(sections, static_cast<std::uint32_t>(set.sections_per_meeting[m]));
    put_varint(conclusions, static_cast<std::uint32_t>(set.conclusions_per_meeting[m]));
  }
  for (int region : files.organization_region)
    org_regions.push_back(static_cast<unsigned>(region + 1));

  std::string types = "[", region_names = "[";
  for (int t = 0; t < kDocTypeCount; ++t) {
    if (t) types += ',';
    append_pair(types, to_string(static_cast<DocType>(t)), label(static_cast<DocType>(t)));
  }
  for (int g = 0; g < 6; ++g) {
    if (g) region_names += ',';
    append_pair(region_names, to_string(static_cast<Region>(g)), label(static_cast<Region>(g)));
  }
  types += ']';
  region_names += ']';
  auto number = [](double v) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.6g", v);
    return std::string(buffer);
  };

  std::string m = "{";
  member(m, "version", "1");
  member(m, "docs", std::to_string(files.index.doc_count));
  member(m, "ranking",
         "{\"titleBoost\":" + number(r.title_boost) + ",\"nameBoost\":" + number(r.name_boost) +
             ",\"phraseBoost\":" + number(r.phrase_boost) + ",\"prefixFactor\":" +
             number(r.prefix_factor) + ",\"levels\":" + std::to_string(kImpactLevels) + "}");
  member(m, "shards", quoted(joined_keys(files.words)));
  member(m, "phraseShards", quoted(joined_keys(files.phrases)));
  member(m, "blockDocs", std::to_string(kBlockDocs));
  member(m, "baseYear", std::to_string(base_year));
  member(m, "years", quoted(years));
  member(m, "kinds", quoted(packed(kinds, 1)));
  member(m, "regions", quoted(packed(regions, 3)));
  member(m, "sections", quoted(sections));
  member(m, "conclusions", quoted(conclusions));
  member(m, "firstTopic", std::to_string(set.first_topic));
  member(m, "firstOrganization", std::to_string(set.first_organization));
  member(m, "firstPage", std::to_string(set.first_page));
  member(m, "organizationRegions", quoted(packed(org_regions, 3)));
  member(m, "types", types);
  member(m, "regionNames", region_names);
  member(m, "kindNames", "[[\"cto\",\"CTO\"],[\"cxo\",\"CxO\"]]");
  member(m, "topicsBytes", std::to_string(files.topics_file.size()));
  m += '}';
  return "cxoSearch.m(" + m + ");\n";
}

std::string word_shard_file(const IndexFiles& files, std::size_t shard) {
  return shard_file("t", files.index.words, files.words, shard);
}

std::string phrase_shard_file(const IndexFiles& files, std::size_t shard) {
  return shard_file("p", files.index.phrases, files.phrases, shard);
}

std::string block_file(const IndexFiles& files, std::size_t block) {
  const auto& docs = files.documents.documents;
  std::string out = "cxoSearch.d(" + std::to_string(block) + ",[";
  std::size_t end = std::min(docs.size(), (block + 1) * kBlockDocs);
  for (std::size_t d = block * kBlockDocs; d < end; ++d) {
    const SearchDocument& doc = docs[d];
    if (d > block * kBlockDocs) out += ',';
    out += '[';
    out += std::to_string(static_cast<int>(doc.type));
    for (std::string_view field :
         {doc.shown_title.empty() ? doc.title : doc.shown_title, std::string_view(doc.path),
          std::string_view(doc.date), std::string_view(doc.context), snippet_source(doc)}) {
      out += ',';
      append_json_string(out, field);
    }
    out += ']';
  }
  out += "]);\n";
  return out;
}

}  // namespace cxo::search

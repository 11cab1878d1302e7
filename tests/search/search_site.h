#pragma once
// A small archive for the ranking and index tests, and a reader over its
// index files made in memory, exactly as they would be written. Header
// only: the test build compiles *_test.cc files.
#include <memory>
#include <string>

#include <gtest/gtest.h>
#include "search/index_files.h"
#include "search/index_reader.h"

#include "support/memory_site.h"

namespace cxo::search::testing {

using cxo::testing::add_meeting;

inline cxo::testing::MemorySite ranking_site() {
  MemoryFileSystem files;
  files.add("content/organizations.yaml",
            "- {id: telecom-review, name: Telecom Review Group, short: Telecom Review, "
            "country: United Arab Emirates, region: arab-states}\n"
            "- {id: review-corp, name: Review Corp, country: France, region: europe}\n"
            "- {id: kt, name: KT, country: Korea, region: asia-pacific}\n"
            "- {id: orange, name: Orange, country: France, region: europe}\n");
  files.add("content/topics.yaml",
            "- {id: quantum, title: Quantum information technologies, aliases: [QKD]}\n"
            "- {id: imt-2020, title: IMT-2020 (5G) networks, aliases: [5G, Network 2020], "
            "groups: [ITU-T SG13]}\n"
            "- {id: security, title: Security}\n");
  add_meeting(files, "2023-12-05-dubai",
              "kind: CxO\ndate: 2023-12-05\ncity: Dubai\ncountry: United Arab Emirates\n"
              "hosts: [telecom-review]\n"
              "topics:\n  - {topic: security, section: Security, stage: emerging}\n",
              "Telecom Review hosted the meeting.\n\n## Security\n\n"
              "Security of networks was discussed. Networks need security.\n");
  add_meeting(files, "2024-12-09-dubai",
              "kind: CxO\ndate: 2024-12-09\ncity: Dubai\ncountry: United Arab Emirates\n"
              "hosts: [telecom-review]\n"
              "topics:\n"
              "  - topic: quantum\n    section: Quantum information technologies\n"
              "    stage: in-study\n"
              "    conclusions:\n      - {id: quantum-coordination, text: Coordinate quantum "
              "standardization}\n",
              "The meeting reviewed telecom matters.\n\n## Quantum information technologies\n\n"
              "Quantum networking and quantum key distribution were reviewed; quantum was "
              "the word of the day.\n\n## Other matters\n\nA review of telecom policy; a long "
              "text that mentions quantum once among many other words about networks and "
              "standards and meetings and policies and regulators and operators.\n");
  add_meeting(files, "2015-04-seoul",
              "kind: CTO\ndate: 2015-04\ncity: Seoul\ncountry: Korea\nparticipants: [kt]\n"
              "topics:\n  - {topic: imt-2020, section: IMT-2020, stage: emerging}\n",
              "## IMT-2020\n\nWork on IMT-2020 and SG13 continued; TSAG-TD55 records it.\n\n"
              "## 5G\n\nOperators compared 5G trials; 5G spectrum and 5G devices were the "
              "theme.\n");
  files.add("content/pages/about.md", "---\ntitle: About the archive\n---\nThe review process.\n");
  return cxo::testing::load_memory_site(std::move(files));
}

inline std::optional<std::string> index_file(const IndexFiles& files, const std::string& path) {
  auto number = [&](const std::string& prefix) -> std::optional<std::size_t> {
    if (!path.starts_with(prefix) || !path.ends_with(".js")) return std::nullopt;
    return std::stoul(path.substr(prefix.size(), path.size() - prefix.size() - 3));
  };
  if (path == manifest_path()) return manifest_file(files);
  if (path == topics_path()) return files.topics_file;
  if (auto n = number("search/t/"); n && *n < files.words.count())
    return word_shard_file(files, *n);
  if (auto n = number("search/p/"); n && *n < files.phrases.count()) {
    return phrase_shard_file(files, *n);
  }
  if (auto n = number("search/d/"); n && *n < files.block_count()) return block_file(files, *n);
  return std::nullopt;
}

inline IndexReader reader_for(const IndexFiles& files) {
  IndexReader reader([&files](const std::string& path) { return index_file(files, path); });
  EXPECT_TRUE(reader.open());
  return reader;
}

}  // namespace cxo::search::testing

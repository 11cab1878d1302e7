#pragma once
// A small archive written by the test itself, so its figures can be worked
// out by hand (see the table below) and do not move when the shipped archive
// or the shared fixtures change.
//
// Organizations: alpha (Europe), beta (Asia-Pacific), gamma (no region),
// delta (Africa), epsilon (Europe, in no meeting).
//
// meeting              status     participants        hosts  supporters  proposed
// 2010-03-01-geneva    held       alpha beta          -      gamma       beta: fraud, optics
// 2012-10-dubai        held       -                   gamma  -           -
// 2013-04-02-paris     held       alpha               delta  -           -
// 2015-11-20-seoul     held       alpha beta delta    alpha  -           -
// 2020-03-17-geneva    cancelled  -                   beta   -           -
// 2026-12-07-geneva    planned    alpha gamma         -      -           -
//
// New/returning: geneva 2/0, dubai 1/0, paris 1/1, seoul 0/3.
// Came back: geneva→paris 1 of 2 (50%); dubai: no participant list;
// paris→seoul 2 of 2 (100%); seoul: unknown.
// Attendance: alpha 3, beta 2, gamma 1, delta 2, epsilon 0: 3 of 4 (75%)
// took part two or more times.
#include <string>

#include "support/site_runner.h"

namespace cxo::testing {

inline void write_mini_site(const fs::path& root) {
  write_file(root / "site.yaml", R"(title: Mini archive
base_url: https://example.org/mini
language: en
description: A small archive for the statistics tests
)");
  write_file(root / "content/organizations.yaml", R"(- id: alpha
  name: Alpha Networks, Inc.
  short: Alpha
  country: France
  region: europe
  membership: sector-member
- id: beta
  name: Beta "Quoted" Telecom
  country: Japan
  region: asia-pacific
  membership: associate
- id: gamma
  name: Gamma Réseaux
- id: delta
  name: Delta Mobile
  region: africa
- id: epsilon
  name: Epsilon Labs
  region: europe
)");
  write_file(root / "content/topics.yaml", R"(- id: fraud
  title: Voice fraud </script><!--
- id: optics
  title: Optical networks & fibre
)");
  write_file(root / "content/meetings/2010-03-01-geneva/meeting.yaml", R"(kind: CTO
date: 2010-03-01
city: Geneva
country: Switzerland
supporters: [gamma]
counts:
  companies: 12
participants: [alpha, beta]
topics:
  - topic: fraud
    section: Réseaux & fraude
    stage: emerging
    proposed_by: [beta]
    conclusions:
      - id: fraud-lists
        text: Build do-not-originate lists, <soon>
        follow_up:
          - date: 2011-01
            status: in-progress
  - topic: optics
    stage: prioritized
    proposed_by: [beta]
)");
  write_file(root / "content/meetings/2010-03-01-geneva/communique.md",
             "CTOs met in Geneva; see the [meetings](../../meetings/).\n\n"
             "## Réseaux & fraude\n\nText about fraud, with a [link](#réseaux-fraude).\n");
  write_file(root / "content/meetings/2012-10-dubai/meeting.yaml", R"(kind: CxO
date: 2012-10
city: Dubai
country: United Arab Emirates
hosts: [gamma]
)");
  write_file(root / "content/meetings/2012-10-dubai/communique.md",
             "---\nsummary: true\nsource: Notes, 2012\n---\nExecutives met in Dubai.\n");
  write_file(root / "content/meetings/2013-04-02-paris/meeting.yaml", R"(kind: CTO
date: 2013-04-02
city: Paris
country: France
hosts: [delta]
participants: [alpha]
)");
  write_file(root / "content/meetings/2013-04-02-paris/communique.md", "CTOs met in Paris.\n");
  write_file(root / "content/meetings/2015-11-20-seoul/meeting.yaml", R"(kind: CTO
date: 2015-11-20
end_date: 2015-11-21
city: Seoul
country: Korea (Republic of)
hosts: [alpha]
participants: [alpha, beta, delta]
)");
  write_file(root / "content/meetings/2015-11-20-seoul/communique.md", "CTOs met in Seoul.\n");
  write_file(root / "content/meetings/2020-03-17-geneva/meeting.yaml", R"(kind: CTO
date: 2020-03-17
city: Geneva
country: Switzerland
status: cancelled
hosts: [beta]
)");
  write_file(root / "content/meetings/2026-12-07-geneva/meeting.yaml", R"(kind: CxO
series: A very long series name that makes the calendar line longer than seventy-five octets, with commas; and semicolons
date: 2026-12-07
end_date: 2026-12-08
city: Genève
country: Switzerland
participants: [alpha, gamma]
)");
}

}  // namespace cxo::testing

#!/usr/bin/env python3
"""Writes a deterministic benchmark corpus of N meetings, twice: as a cxo site
and as the same content for Hugo (topics and organizations taxonomies).

Shape (issue 7): communiqués of 6 to 10 KB with 5 to 8 topic sections, 12 to
30 participants, N/20 topics and N/5 organizations, some tables and lists.

    bench/corpus.py N OUT_DIR      -> OUT_DIR/cxo/, OUT_DIR/hugo/

The same N always gives byte-identical files.
"""
import os
import random
import sys

WORDS = (
    "network standard executive industry optical quantum security fraud voice satellite "
    "mobile broadband spectrum latency capacity energy efficiency roadmap study group focus "
    "collaboration interoperability automation intelligence cloud edge data privacy trust "
    "operator vendor regulator deployment architecture protocol signalling numbering "
    "emergency safety resilience sustainability climate connectivity rural affordable "
    "access fibre transport core radio device terminal service quality experience "
    "measurement assessment guidance recommendation specification framework requirement "
    "ecosystem innovation investment market competition cooperation harmonization "
    "developing countries capacity building telecommunication information communication"
).split()
STAGES = ["emerging", "prioritized", "in-study", "in-standardization", "standardized", "concluded"]
REGIONS = ["africa", "americas", "arab-states", "asia-pacific", "cis", "europe"]
CITIES = [("Geneva", "Switzerland"), ("Dubai", "United Arab Emirates"), ("Seoul", "Republic of Korea"),
          ("Bangkok", "Thailand"), ("Budapest", "Hungary"), ("Doha", "Qatar"), ("Tokyo", "Japan"),
          ("Paris", "France"), ("Busan", "Republic of Korea"), ("Hammamet", "Tunisia")]


def sentence(rng, low=8, high=20):
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def paragraph(rng, low=2, high=4):
    return " ".join(sentence(rng) for _ in range(rng.randint(low, high)))


def section_body(rng):
    parts = [paragraph(rng)]
    roll = rng.random()
    if roll < 0.3:
        parts.append("\n".join("- " + sentence(rng, 5, 12) for _ in range(rng.randint(3, 5))))
    elif roll < 0.5:
        rows = ["| Item | Figure | Note |", "|---|---|---|"]
        for _ in range(rng.randint(3, 4)):
            rows.append("| %s | %d | %s |" % (rng.choice(WORDS), rng.randint(1, 999), rng.choice(WORDS)))
        parts.append("\n".join(rows))
    parts.append(paragraph(rng, 1, 3))
    return "\n\n".join(parts)


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    n = int(sys.argv[1])
    out = sys.argv[2]
    rng = random.Random(20241209 + n)
    topic_count = max(n // 20, 8)
    org_count = max(n // 5, 30)
    topics = ["topic-%d" % i for i in range(topic_count)]
    orgs = ["org-%d" % i for i in range(org_count)]
    cxo = os.path.join(out, "cxo")
    hugo = os.path.join(out, "hugo")

    write(os.path.join(cxo, "site.yaml"),
          "title: Benchmark archive\nbase_url: https://bench.example.org/\n"
          "description: A generated archive for the benchmark\n")
    write(os.path.join(cxo, "content/organizations.yaml"), "".join(
        "- id: %s\n  name: Organization %d %s\n  region: %s\n" % (o, i, rng.choice(WORDS).capitalize(),
                                                               rng.choice(REGIONS))
        for i, o in enumerate(orgs)))
    write(os.path.join(cxo, "content/topics.yaml"), "".join(
        "- id: %s\n  title: %s %s %d\n  summary: %s\n" % (t, rng.choice(WORDS).capitalize(),
                                                          rng.choice(WORDS), i, sentence(rng))
        for i, t in enumerate(topics)))

    hugo_config = (
        'baseURL = "https://bench.example.org/"\ntitle = "Benchmark archive"\n'
        'disableKinds = ["RSS", "sitemap", "robotsTXT"]\n'
        '[taxonomies]\n  topic = "topics"\n  organization = "organizations"\n'
        '[markup.goldmark.renderer]\n  unsafe = false\n')
    write(os.path.join(hugo, "config.toml"), hugo_config)
    write(os.path.join(hugo, "layouts/_default/baseof.html"),
          '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title>'
          '</head><body><nav><a href="{{ "/" | relURL }}">Home</a> <a href="{{ "/topics/" | relURL }}">'
          'Topics</a> <a href="{{ "/organizations/" | relURL }}">Organizations</a></nav>'
          '<main>{{ block "main" . }}{{ end }}</main></body></html>\n')
    write(os.path.join(hugo, "layouts/_default/single.html"),
          '{{ define "main" }}<h1>{{ .Title }}</h1><p>{{ .Date.Format "2 January 2006" }} · '
          '{{ .Params.city }}</p><h2>Topics</h2><ul>{{ range .GetTerms "topics" }}<li><a href="'
          '{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul><h2>Participants</h2><ul>'
          '{{ range .GetTerms "organizations" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}'
          '</a></li>{{ end }}</ul>{{ .Content }}{{ end }}\n')
    write(os.path.join(hugo, "layouts/_default/list.html"),
          '{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="'
          '{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2 January 2006" }}<p>{{ .Summary }}'
          '</p></li>{{ end }}</ul>{{ end }}\n')
    write(os.path.join(hugo, "layouts/_default/terms.html"),
          '{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.ByCount }}<li><a href="'
          '{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}\n')
    write(os.path.join(hugo, "layouts/index.html"),
          '{{ define "main" }}<h1>{{ .Site.Title }}</h1><ul>{{ range first 20 (where .Site.RegularPages '
          '"Section" "meetings") }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>'
          '{{ end }}\n')

    for i in range(n):
        year = 2000 + (i * 25) // n if n >= 25 else 2000 + i
        month = 1 + (i * 7) % 12
        day = 1 + (i * 11) % 28
        city, country = CITIES[i % len(CITIES)]
        meeting_id = "%04d-%02d-%02d-%s-%d" % (year, month, day, city.lower(), i)
        kind = "CxO" if i % 3 == 0 else "CTO"
        participants = rng.sample(orgs, rng.randint(12, 30))
        agenda = rng.sample(topics, rng.randint(5, 8))
        sections = []
        yaml_topics = []
        body = [paragraph(rng)]
        for k, topic in enumerate(agenda):
            heading = "%s %s %d" % (rng.choice(WORDS).capitalize(), rng.choice(WORDS), k + 1)
            sections.append(heading)
            body.append("## " + heading + "\n\n" + section_body(rng))
            entry = "  - topic: %s\n    section: %s\n    stage: %s\n" % (topic, heading, rng.choice(STAGES))
            if rng.random() < 0.3:
                entry += ("    conclusions:\n      - id: c-%d-%d\n        text: %s\n"
                          % (i, k, sentence(rng, 6, 14)))
            yaml_topics.append(entry)
        body.append("The participating organizations were: " +
                    "; ".join("Organization %s" % p.split("-")[1] for p in participants) + ".")
        communique = "\n\n".join(body) + "\n"
        # Pad to a size drawn evenly from the 6-10 KB the issue asks for
        # (sections alone come to about 5 KB).
        target = 6000 + (i * 37) % 4000
        while len(communique.encode("utf-8")) < target:
            communique += "\n" + sentence(rng) + "\n"
        meeting_yaml = (
            "kind: %s\ndate: %04d-%02d-%02d\ncity: %s\ncountry: %s\nhosts: [%s]\nparticipants: [%s]\n"
            "counts:\n  companies: %d\n  executives: %d\ntopics:\n%s"
            % (kind, year, month, day, city, country, participants[0], ", ".join(participants),
               len(participants), len(participants) + 3, "".join(yaml_topics)))
        write(os.path.join(cxo, "content/meetings", meeting_id, "meeting.yaml"), meeting_yaml)
        write(os.path.join(cxo, "content/meetings", meeting_id, "communique.md"), communique)
        front = ('---\ntitle: "%s meeting, %d-%02d-%02d, %s"\ndate: %04d-%02d-%02d\ncity: "%s"\n'
                 'topics: [%s]\norganizations: [%s]\n---\n'
                 % (kind, year, month, day, city, year, month, day, city,
                    ", ".join('"%s"' % t for t in agenda), ", ".join('"%s"' % p for p in participants)))
        write(os.path.join(hugo, "content/meetings", meeting_id + ".md"), front + communique)


if __name__ == "__main__":
    main()

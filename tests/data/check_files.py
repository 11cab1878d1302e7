"""Parses every open data file and feed of a built site with a real parser
and checks it against its format's rules. Usage: check_files.py SITE_DIR.
Prints one line per problem and exits 1 when there is any; prints a summary
and exits 0 otherwise.

JSON files are validated against the JSON Schema published beside them
(python3-jsonschema), the calendar is read with python3-icalendar, the CSV
with the csv module, the Atom feed and the sitemap with xml.etree after
xmllint has checked that they are well-formed (the C++ test runs it)."""

import csv
import html.parser
import io
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

import icalendar
import jsonschema

problems = []


def problem(text):
    problems.append(text)


site = sys.argv[1]


def read(name, mode="rb"):
    with open(os.path.join(site, name), mode) as f:
        return f.read()


# JSON files against their schemas -------------------------------------------

data = {}
for name in ["meetings", "topics", "organizations", "conclusions"]:
    schema = json.loads(read("data/%s.schema.json" % name))
    document = json.loads(read("data/%s.json" % name))
    jsonschema.Draft202012Validator.check_schema(schema)
    if not schema.get("$id", "").endswith("data/%s.schema.json" % name):
        problem("%s.schema.json: $id is %r" % (name, schema.get("$id")))
    validator = jsonschema.Draft202012Validator(schema)
    for error in validator.iter_errors(document):
        path = "/".join(str(p) for p in error.absolute_path)
        problem("data/%s.json: %s: %s" % (name, path, error.message))
    data[name] = document

base_url = data["meetings"]["url"]
meetings = {m["id"]: m for m in data["meetings"]["meetings"]}
organizations = {o["id"]: o for o in data["organizations"]["organizations"]}
topics = {t["id"]: t for t in data["topics"]["topics"]}
conclusions = {c["id"]: c for c in data["conclusions"]["conclusions"]}

# References between the files resolve.
for m in meetings.values():
    for role in ["hosts", "supporters", "participants"]:
        for org in m[role]:
            if org not in organizations:
                problem("meetings.json: %s %s names unknown organization %s" % (m["id"], role, org))
    for item in m["topics"]:
        if item["topic"] not in topics:
            problem("meetings.json: %s names unknown topic %s" % (m["id"], item["topic"]))
        for c in item["conclusions"]:
            if c not in conclusions:
                problem("meetings.json: %s names unknown conclusion %s" % (m["id"], c))
for o in organizations.values():
    for key in ["attended", "hosted", "supported", "agendas"]:
        for m in o[key]:
            if m not in meetings:
                problem("organizations.json: %s %s names unknown meeting %s" % (o["id"], key, m))
    for m in o["attended"]:
        if meetings[m]["status"] != "held":
            problem("organizations.json: %s attended %s, which was not held" % (o["id"], m))
    if o["meetings_attended"] != len(o["attended"]):
        problem("organizations.json: %s meetings_attended disagrees with attended" % o["id"])
for c in conclusions.values():
    if c["meeting"] not in meetings or meetings[c["meeting"]]["status"] != "held":
        problem("conclusions.json: %s is not from a held meeting" % c["id"])
    if c["topic"] not in topics:
        problem("conclusions.json: %s names unknown topic %s" % (c["id"], c["topic"]))
for key, records in [("meetings", meetings), ("organizations", organizations),
                     ("topics", topics), ("conclusions", conclusions)]:
    for record in records.values():
        if not record["url"].startswith(base_url):
            problem("%s.json: %s url %s is not under %s" % (key, record["id"], record["url"], base_url))

# CSV tables ---------------------------------------------------------------------


def read_csv(name, expected_header):
    """The rows of data/<name> as dicts, after checking RFC 4180's framing."""
    raw = read("data/" + name)
    if raw.startswith(b"\xef\xbb\xbf"):
        problem("%s starts with a byte order mark" % name)
    text = raw.decode("utf-8")
    table = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    if not text.endswith("\r\n"):
        problem("%s does not end with CRLF" % name)
    if re.search(r"(?<!\r)\n", re.sub(r'"(?:[^"]|"")*"', "", text)):
        problem("%s has a line ending that is not CRLF" % name)
    if table[0] != expected_header:
        problem("%s header is %r" % (name, table[0]))
    records = []
    for number, row in enumerate(table[1:], start=2):
        if len(row) != len(table[0]):
            problem("%s line %d has %d fields" % (name, number, len(row)))
            continue
        records.append((number, dict(zip(table[0], row))))
    return records


held = [m for m in meetings.values() if m["status"] == "held"]


def taking_part(m):
    return len(set(m["participants"]) | set(m["hosts"]))


rows = read_csv("participation.csv", [
    "meeting_id", "meeting_date", "meeting_year", "meeting_kind", "meeting_city",
    "meeting_country", "organization_id", "organization_name", "organization_country",
    "organization_region", "organization_membership", "role", "topics", "taking_part"])
seen = set()
counted = {}
for number, record in rows:
    key = (record["organization_id"], record["meeting_id"], record["role"])
    if key in seen:
        problem("participation.csv repeats %r" % (key,))
    seen.add(key)
    if record["role"] not in ("participant", "host", "supporter", "proposer"):
        problem("participation.csv line %d: role %r" % (number, record["role"]))
    meeting = meetings.get(record["meeting_id"])
    if not meeting or meeting["status"] != "held":
        problem("participation.csv line %d: %s is not a held meeting" % (number, record["meeting_id"]))
    org = organizations.get(record["organization_id"])
    if not org or org["name"] != record["organization_name"]:
        problem("participation.csv line %d: organization %s" % (number, record["organization_id"]))
    elif (org["region"] or "") != record["organization_region"]:
        problem("participation.csv line %d: region disagrees with organizations.json" % number)
    if record["taking_part"] not in ("0", "1"):
        problem("participation.csv line %d: taking_part %r" % (number, record["taking_part"]))
    counted[record["meeting_id"]] = counted.get(record["meeting_id"], 0) + int(record["taking_part"] == "1")
# Every participant and host of a held meeting has its row, and nothing else.
expected = set()
for m in held:
    for org in m["participants"]:
        expected.add((org, m["id"], "participant"))
    for org in m["hosts"]:
        expected.add((org, m["id"], "host"))
    for org in m["supporters"]:
        expected.add((org, m["id"], "supporter"))
    for item in m["topics"]:
        for org in item["proposed_by"]:
            expected.add((org, m["id"], "proposer"))
    # Summing taking_part counts each organization that took part once.
    if counted.get(m["id"], 0) != taking_part(m):
        problem("participation.csv: taking_part sums to %d for %s, not %d"
                % (counted.get(m["id"], 0), m["id"], taking_part(m)))
if expected != seen:
    problem("participation.csv rows differ from meetings.json: missing %r, extra %r"
            % (sorted(expected - seen)[:5], sorted(seen - expected)[:5]))
csv_rows = len(rows)


def figure(value):
    return "" if value is None else str(value)


table = read_csv("meetings.csv", [
    "meeting_id", "meeting_date", "meeting_year", "meeting_kind", "status", "city", "country",
    "series", "companies_published", "executives_published", "participant_list",
    "organizations_taking_part", "topics_discussed", "conclusions", "stages_advanced", "url"])
if [r["meeting_id"] for _, r in table] != list(meetings):
    problem("meetings.csv does not list the meetings of meetings.json in their order")
for number, r in table:
    m = meetings.get(r["meeting_id"])
    if not m:
        continue
    recorded = m["status"] == "held" and m["topics"]
    want = {"meeting_date": m["date"], "meeting_year": str(m["year"]), "meeting_kind": m["kind"],
            "status": m["status"], "city": m["city"], "country": m["country"],
            "series": m["series"] or "", "url": m["url"],
            "companies_published": figure(m["counts"]["companies"]),
            "executives_published": figure(m["counts"]["executives"]),
            "participant_list": "yes" if m["participants"] else "no",
            "organizations_taking_part":
                str(taking_part(m)) if m["status"] == "held" and taking_part(m) else "",
            "topics_discussed": str(len(m["topics"])) if recorded else "",
            "conclusions":
                str(sum(len(i["conclusions"]) for i in m["topics"])) if recorded else ""}
    for key, value in want.items():
        if r[key] != value:
            problem("meetings.csv line %d: %s is %r, meetings.json says %r" % (number, key, r[key], value))
    if (r["stages_advanced"] == "") != (not recorded):
        problem("meetings.csv line %d: stages_advanced %r" % (number, r["stages_advanced"]))
csv_rows += len(table)

stages = ["emerging", "prioritized", "in-study", "in-standardization", "standardized", "concluded"]
table = read_csv("topic-history.csv", [
    "topic_id", "topic_title", "meeting_id", "meeting_date", "meeting_year", "meeting_kind",
    "stage", "stage_number", "proposed_by", "conclusions"])
want = [(t["id"], h["meeting"], h["stage"] or "") for t in topics.values() for h in t["history"]]
if [(r["topic_id"], r["meeting_id"], r["stage"]) for _, r in table] != want:
    problem("topic-history.csv rows differ from the histories of topics.json")
for number, r in table:
    if r["stage_number"] != (str(stages.index(r["stage"]) + 1) if r["stage"] else ""):
        problem("topic-history.csv line %d: stage_number %r" % (number, r["stage_number"]))
csv_rows += len(table)

table = read_csv("conclusions.csv", [
    "conclusion_id", "meeting_id", "meeting_date", "topic_id", "text", "status", "status_date",
    "follow_up_steps", "url"])
want = [(c["id"], c["meeting"], c["topic"], c["text"], c["status"], str(len(c["follow_up"])), c["url"])
        for c in conclusions.values()]
if [(r["conclusion_id"], r["meeting_id"], r["topic_id"], r["text"], r["status"],
     r["follow_up_steps"], r["url"]) for _, r in table] != want:
    problem("conclusions.csv rows differ from conclusions.json")
csv_rows += len(table)

# calendar.ics -------------------------------------------------------------------

raw = read("calendar.ics")
if not raw.endswith(b"\r\n") or re.search(rb"(?<!\r)\n", raw):
    problem("calendar.ics has a line ending that is not CRLF")
for number, line in enumerate(raw.split(b"\r\n"), start=1):
    if len(line) > 75:
        problem("calendar.ics line %d is %d octets long" % (number, len(line)))
calendar = icalendar.Calendar.from_ical(raw.decode("utf-8"))
if str(calendar.get("VERSION")) != "2.0" or not calendar.get("PRODID"):
    problem("calendar.ics lacks VERSION:2.0 or PRODID")
events = [c for c in calendar.walk() if c.name == "VEVENT"]
uids = set()
for event in events:
    for key in ["UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "URL", "STATUS"]:
        if event.get(key) is None:
            problem("calendar.ics: an event lacks %s" % key)
    uid = str(event.get("UID"))
    if uid in uids:
        problem("calendar.ics repeats UID %s" % uid)
    uids.add(uid)
    meeting_id = uid.split("@")[0]
    meeting = meetings.get(meeting_id)
    if not meeting:
        problem("calendar.ics: event %s is no meeting" % uid)
        continue
    if str(event.get("SUMMARY")) != meeting["title"]:
        problem("calendar.ics: %s SUMMARY %r, title %r" % (uid, str(event.get("SUMMARY")), meeting["title"]))
    start = event.decoded("DTSTART")
    if start.isoformat()[:len(meeting["date"])] != meeting["date"]:
        problem("calendar.ics: %s starts %s, meeting date %s" % (uid, start, meeting["date"]))
    if event.decoded("DTEND") <= start:
        problem("calendar.ics: %s ends before it starts" % uid)
    cancelled = str(event.get("STATUS")) == "CANCELLED"
    if cancelled != (meeting["status"] == "cancelled"):
        problem("calendar.ics: %s STATUS %s for a %s meeting" % (uid, event.get("STATUS"), meeting["status"]))
    if str(event.get("URL")) != meeting["url"]:
        problem("calendar.ics: %s URL %s" % (uid, event.get("URL")))
if len(events) != len(meetings):
    problem("calendar.ics has %d events for %d meetings" % (len(events), len(meetings)))

# feed.xml: RFC 4287 --------------------------------------------------------------

ATOM = "{http://www.w3.org/2005/Atom}"
XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
ABSOLUTE = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}


class Balance(html.parser.HTMLParser):
    """Checks that an HTML fragment closes every element it opens."""

    def __init__(self):
        super().__init__()
        self.stack = []
        self.errors = []

    def handle_starttag(self, tag, attrs):
        if tag not in VOID:
            self.stack.append(tag)
        for name, value in attrs:
            if name == "href" and value and "%02" in value:
                self.errors.append("unresolved site link %s" % value)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append("</%s> closes %s" % (tag, self.stack[-1:] or "nothing"))
        else:
            self.stack.pop()


def exactly_one(element, tag, where):
    found = element.findall(ATOM + tag)
    if len(found) != 1:
        problem("feed.xml: %s has %d atom:%s, RFC 4287 wants exactly one" % (where, len(found), tag))
    return found[0] if found else None


feed = ET.fromstring(read("feed.xml"))
if feed.tag != ATOM + "feed":
    problem("feed.xml: root is %s" % feed.tag)
for tag in ["id", "title", "updated"]:
    exactly_one(feed, tag, "the feed")
feed_updated = feed.findtext(ATOM + "updated")
if not RFC3339.match(feed_updated or ""):
    problem("feed.xml: feed updated %r is not RFC 3339" % feed_updated)
if not ABSOLUTE.match(feed.findtext(ATOM + "id") or ""):
    problem("feed.xml: feed id is not an absolute IRI")
links = feed.findall(ATOM + "link")
if not any(l.get("rel") == "self" and l.get("href") == base_url + "feed.xml" for l in links):
    problem("feed.xml: no rel=self link to %sfeed.xml" % base_url)
alternates = [l for l in links if l.get("rel", "alternate") == "alternate"]
if len({(l.get("type"), l.get("hreflang")) for l in alternates}) != len(alternates):
    problem("feed.xml: two alternate links with the same type and hreflang")
feed_has_author = feed.find(ATOM + "author") is not None
if feed_has_author and feed.find(ATOM + "author").findtext(ATOM + "name") in (None, ""):
    problem("feed.xml: the feed's author has no name")
entries = feed.findall(ATOM + "entry")
entry_ids = set()
previous = None
for entry in entries:
    entry_id = entry.findtext(ATOM + "id") or ""
    where = "entry " + entry_id
    for tag in ["id", "title", "updated"]:
        exactly_one(entry, tag, where)
    if not ABSOLUTE.match(entry_id):
        problem("feed.xml: %s: id is not an absolute IRI" % where)
    if entry_id in entry_ids:
        problem("feed.xml: id %s repeated" % entry_id)
    entry_ids.add(entry_id)
    updated = entry.findtext(ATOM + "updated") or ""
    if not RFC3339.match(updated):
        problem("feed.xml: %s: updated %r is not RFC 3339" % (where, updated))
    if previous is not None and updated > previous:
        problem("feed.xml: entries are not newest first")
    previous = updated
    if updated > feed_updated:
        problem("feed.xml: %s is newer than the feed" % where)
    if not feed_has_author and entry.find(ATOM + "author") is None:
        problem("feed.xml: %s has no author and neither has the feed" % where)
    alternate = [l for l in entry.findall(ATOM + "link") if l.get("rel", "alternate") == "alternate"]
    if len(alternate) != 1 or not alternate[0].get("href", "").startswith(base_url):
        problem("feed.xml: %s needs one absolute alternate link" % where)
    elif alternate[0].get("href") != entry_id:
        problem("feed.xml: %s links to %s" % (where, alternate[0].get("href")))
    else:
        meeting_id = entry_id[len(base_url):].strip("/").split("/")[-1]
        if meetings.get(meeting_id, {}).get("status") != "held":
            problem("feed.xml: %s is not a held meeting" % where)
    content = entry.find(ATOM + "content")
    if content is None:
        problem("feed.xml: %s has no content" % where)
        continue
    if content.get("type") != "html" or len(content) != 0:
        problem("feed.xml: %s content is not escaped html" % where)
    if not ABSOLUTE.match(content.get(XML_BASE) or ""):
        problem("feed.xml: %s content has no absolute xml:base" % where)
    checker = Balance()
    checker.feed(content.text or "")
    checker.close()
    if checker.errors or checker.stack:
        problem("feed.xml: %s content HTML: %s %s" % (where, checker.errors[:3], checker.stack))
    for href in re.findall(r'href="([^"]*)"', content.text or ""):
        if not (ABSOLUTE.match(href) or href.startswith("#")):
            problem("feed.xml: %s links to relative %s" % (where, href))
held = [m for m in meetings.values() if m["status"] == "held"]
if len(entries) != min(20, len(held)):
    problem("feed.xml has %d entries for %d held meetings" % (len(entries), len(held)))

# sitemap.xml and robots.txt --------------------------------------------------------

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
sitemap = ET.fromstring(read("sitemap.xml"))
if sitemap.tag != SITEMAP + "urlset":
    problem("sitemap.xml: root is %s" % sitemap.tag)
locations = [u.findtext(SITEMAP + "loc") for u in sitemap.findall(SITEMAP + "url")]
if len(locations) != len(set(locations)):
    problem("sitemap.xml repeats a URL")
if len(locations) > 50000:
    problem("sitemap.xml has more than 50,000 URLs")
for loc in locations:
    if not loc.startswith(base_url) or loc.endswith("index.html") or "404" in loc:
        problem("sitemap.xml: %s" % loc)
    relative = loc[len(base_url):]
    page = os.path.join(site, relative, "index.html") if relative else os.path.join(site, "index.html")
    if not os.path.isfile(page):
        problem("sitemap.xml: %s is no page of the site" % loc)
pages = 0
for folder, _, files in os.walk(site):
    pages += sum(1 for f in files if f == "index.html")
if pages != len(locations):
    problem("sitemap.xml lists %d URLs for %d pages" % (len(locations), pages))
robots = read("robots.txt", "r")
if "Sitemap: %ssitemap.xml" % base_url not in robots.splitlines():
    problem("robots.txt does not point at the sitemap")

for line in problems:
    print(line)
if problems:
    sys.exit(1)
print("OK: %d meetings, %d organizations, %d topics, %d conclusions, %d CSV rows, "
      "%d events, %d feed entries, %d sitemap URLs"
      % (len(meetings), len(organizations), len(topics), len(conclusions), csv_rows,
         len(events), len(entries), len(locations)))

#pragma once
// Files for readers other than browsers: the Atom feed of communiqués
// (RFC 4287), the calendar of meetings (RFC 5545), the sitemap and
// robots.txt. All use absolute URLs from site.yaml's base_url, and all dates
// come from the content, never from the clock, so a rebuild of the same
// content gives the same bytes.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "model/site.h"

namespace cxo::data {

// The latest `limit` communiqués, newest first, each with its full text.
std::string atom_feed(const Site& site, std::size_t limit = 20);

// Every meeting as an all-day event: planned ones to add to a calendar,
// cancelled ones marked so, held ones kept so that a meeting does not vanish
// from subscribers' calendars once it has taken place.
std::string ics_calendar(const Site& site);

// An iCalendar content line: TEXT escaping is the caller's; this folds it at
// 75 octets (never inside a UTF-8 character) and ends it with CRLF.
std::string ics_fold(std::string_view line);
// TEXT value escaping: backslash, semicolon, comma and line breaks.
std::string ics_text(std::string_view text);

// The sitemap protocol allows 50,000 URLs in one file. A larger site gets
// sitemap.xml as an index of the files sitemap-1.xml, sitemap-2.xml, …, that
// hold them (from about 22,000 meetings, at four pages each).
inline constexpr std::size_t kSitemapLimit = 50'000;
// How many files the sitemap of `pages` pages takes, and the output path of
// each: 0 is sitemap.xml.
std::size_t sitemap_file_count(std::size_t pages);
std::string sitemap_path(std::size_t file);
// File `file` of the sitemap. `paths` are output files of HTML pages
// ("meetings/x/index.html").
std::string sitemap_xml(const SiteConfig& config, const std::vector<std::string>& paths,
                        std::size_t file = 0);
std::string robots_txt(const SiteConfig& config);

}  // namespace cxo::data

#pragma once
// Absolute addresses for files read outside the site (feeds, sitemap, open
// data), where relative links cannot be resolved.
#include <string>
#include <string_view>

#include "model/site.h"
#include "util/xml_escape.h"  // data/ writes XML: feeds, sitemap

namespace cxo::data {

// "https://host/cxo/meetings/x/": the pretty folder address of a page whose
// output file is `path` ("meetings/x/index.html").
std::string absolute_url(const SiteConfig& config, std::string_view path);

// A URL an editor wrote in YAML, for a reader outside the site: a relative
// one, read against `page_folder` (markdown::page_link), made absolute.
std::string absolute_link(const SiteConfig& config, std::string_view url,
                          std::string_view page_folder);

// Non-ASCII bytes and characters not allowed in a URI fragment, %XX-encoded,
// so an anchor like "réseaux-5g" gives a valid URI.
std::string encode_fragment(std::string_view anchor);

// Whether base_url's host is one reserved for examples (RFC 2606): the
// archive's real address is still to be set, so the addresses written into
// files read outside the site are not yet the permanent ones.
bool is_example_address(std::string_view base_url);

// A meeting's page, optionally at an anchor.
std::string meeting_url(const SiteConfig& config, const Meeting& meeting,
                        std::string_view anchor = {});

}  // namespace cxo::data

#include "check/html_scan.h"

#include <algorithm>
#include <cctype>

#include "check/url.h"
#include "util/ascii_case.h"

namespace cxo::check {

namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// Position just after the first case-insensitive `needle` at or after `from`.
std::size_t skip_past(std::string_view html, std::string_view needle, std::size_t from) {
  for (std::size_t at = from; at + needle.size() <= html.size(); ++at) {
    bool match = true;
    for (std::size_t i = 0; i < needle.size() && match; ++i) {
      match = std::tolower(static_cast<unsigned char>(html[at + i])) == needle[i];
    }
    if (match) return at + needle.size();
  }
  return html.size();
}

struct Attribute {
  std::string name;  // lower case
  std::string value;
};

}  // namespace

HtmlScan scan_html(std::string_view html) {
  HtmlScan scan;
  std::size_t i = 0;
  while (i < html.size()) {
    std::size_t open = html.find('<', i);
    if (open == std::string_view::npos) break;
    i = open + 1;
    if (html.substr(open).starts_with("<!--")) {
      i = skip_past(html, "-->", open + 4);
      continue;
    }
    if (i < html.size() && (html[i] == '!' || html[i] == '?' || html[i] == '/')) {
      i = skip_past(html, ">", i);
      continue;
    }
    std::size_t name_end = i;
    while (name_end < html.size() && (std::isalnum(static_cast<unsigned char>(html[name_end])) ||
                                      html[name_end] == '-' || html[name_end] == ':')) {
      ++name_end;
    }
    if (name_end == i) continue;  // a '<' in text
    std::string tag = ascii_lower(html.substr(i, name_end - i));
    i = name_end;
    std::vector<Attribute> attributes;
    while (i < html.size() && html[i] != '>') {
      if (is_space(html[i]) || html[i] == '/') {
        ++i;
        continue;
      }
      std::size_t start = i;
      while (i < html.size() && !is_space(html[i]) && html[i] != '=' && html[i] != '>' &&
             html[i] != '/') {
        ++i;
      }
      Attribute attribute{ascii_lower(html.substr(start, i - start)), {}};
      while (i < html.size() && is_space(html[i])) ++i;
      if (i < html.size() && html[i] == '=') {
        ++i;
        while (i < html.size() && is_space(html[i])) ++i;
        if (i < html.size() && (html[i] == '"' || html[i] == '\'')) {
          char quote = html[i++];
          std::size_t end = std::min(html.find(quote, i), html.size());
          attribute.value = decode_entities(html.substr(i, end - i));
          i = std::min(end + 1, html.size());
        } else {
          std::size_t value_start = i;
          while (i < html.size() && !is_space(html[i]) && html[i] != '>') ++i;
          attribute.value = decode_entities(html.substr(value_start, i - value_start));
        }
      }
      attributes.push_back(std::move(attribute));
    }
    if (i < html.size()) ++i;  // '>'

    // Hints to the browser to open a connection early name a host, not a page.
    bool connection_hint = false;
    for (const auto& attribute : attributes) {
      if (tag == "link" && attribute.name == "rel") {
        std::string rel = ascii_lower(attribute.value);
        connection_hint = rel.find("preconnect") != std::string::npos ||
                          rel.find("dns-prefetch") != std::string::npos;
      }
    }
    for (const auto& attribute : attributes) {
      if ((attribute.name == "href" || attribute.name == "src") && !connection_hint) {
        scan.links.push_back(attribute.value);
      } else if (attribute.name == "id" || (attribute.name == "name" && tag == "a")) {
        if (!attribute.value.empty()) scan.anchors.insert(attribute.value);
      }
    }
    if (tag == "script" || tag == "style") {
      i = skip_past(html, "</" + tag, i);
    } else if (tag == "loc") {  // sitemap.xml
      std::size_t end = std::min(html.find('<', i), html.size());
      std::string text = decode_entities(html.substr(i, end - i));
      auto first = text.find_first_not_of(" \t\r\n");
      if (first != std::string::npos) {
        scan.links.push_back(text.substr(first, text.find_last_not_of(" \t\r\n") + 1 - first));
      }
    }
  }
  return scan;
}

}  // namespace cxo::check

#include "check/url.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace cxo::check {

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

void append_utf8(std::string& out, unsigned long code) {
  if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) code = 0xFFFD;
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x10000) {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code >> 18));
    out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
}

// Joins `relative` onto `folder` ("meetings/x/"), resolving "." and "..".
// nullopt when it climbs above the site root.
std::optional<std::string> join_path(std::string_view folder, std::string_view relative) {
  std::vector<std::string> segments;
  auto push = [&](std::string_view text) -> bool {
    std::size_t start = 0;
    while (start <= text.size()) {
      std::size_t end = std::min(text.find('/', start), text.size());
      std::string_view segment = text.substr(start, end - start);
      if (segment == "..") {
        if (segments.empty()) return false;
        segments.pop_back();
      } else if (!segment.empty() && segment != ".") {
        segments.emplace_back(segment);
      }
      start = end + 1;
    }
    return true;
  };
  if (!push(folder) || !push(relative)) return std::nullopt;
  std::string_view last = relative.substr(relative.rfind('/') + 1);
  bool is_folder = relative.empty() || relative.ends_with('/') || last == "." || last == "..";
  std::string path;
  for (const auto& segment : segments) path += segment + "/";
  if (is_folder) {
    path += "index.html";
  } else if (!path.empty()) {
    path.pop_back();
  }
  return path;
}

// `rest` is a link relative to `folder` with its query and fragment.
Target internal_target(std::string_view rest, std::string_view folder, std::string_view page) {
  Target target;
  std::size_t hash = rest.find('#');
  if (hash != std::string_view::npos) {
    target.has_fragment = true;
    target.fragment = percent_decode(rest.substr(hash + 1));
    rest = rest.substr(0, hash);
  }
  rest = rest.substr(0, rest.find('?'));
  if (rest.empty() && !page.empty()) {
    target.kind = Target::Kind::Internal;
    target.path = std::string(page);
    return target;
  }
  auto path = join_path(folder, percent_decode(rest));
  target.kind = path ? Target::Kind::Internal : Target::Kind::Outside;
  if (path) target.path = *path;
  return target;
}

}  // namespace

std::string_view base_path(std::string_view base_url) {
  std::size_t host = base_url.find("//");
  std::size_t slash = base_url.find('/', host == std::string_view::npos ? 0 : host + 2);
  return slash == std::string_view::npos ? std::string_view("/") : base_url.substr(slash);
}

std::string percent_decode(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() && hex_value(text[i + 1]) >= 0 &&
        hex_value(text[i + 2]) >= 0) {
      out += static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2]));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

std::string decode_entities(std::string_view text) {
  if (text.find('&') == std::string_view::npos) return std::string(text);
  static const std::pair<std::string_view, std::string_view> kNamed[] = {
      {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", "\xC2\xA0"}};
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    std::size_t semicolon = text[i] == '&' ? text.find(';', i) : std::string_view::npos;
    if (semicolon == std::string_view::npos || semicolon - i > 10) {
      out += text[i];
      continue;
    }
    std::string_view name = text.substr(i + 1, semicolon - i - 1);
    bool done = false;
    if (name.size() > 1 && name[0] == '#') {
      bool hex = name[1] == 'x' || name[1] == 'X';
      std::string_view digits = name.substr(hex ? 2 : 1);
      unsigned long code = 0;
      bool valid = !digits.empty();
      for (char c : digits) {
        int value =
            hex ? hex_value(c) : (std::isdigit(static_cast<unsigned char>(c)) ? c - '0' : -1);
        if (value < 0) valid = false;
        code = code * (hex ? 16 : 10) + static_cast<unsigned long>(std::max(value, 0));
      }
      if (valid) {
        append_utf8(out, code);
        done = true;
      }
    } else {
      for (const auto& [entity, replacement] : kNamed) {
        if (name == entity) {
          out += replacement;
          done = true;
        }
      }
    }
    if (done) {
      i = semicolon;
    } else {
      out += text[i];
    }
  }
  return out;
}

std::string scheme_of(std::string_view url) {
  std::size_t colon = url.find(':');
  if (colon == std::string_view::npos || colon == 0) return {};
  if (!std::isalpha(static_cast<unsigned char>(url[0]))) return {};
  for (std::size_t i = 0; i < colon; ++i) {
    char c = url[i];
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.') return {};
  }
  std::string scheme(url.substr(0, colon));
  std::transform(scheme.begin(), scheme.end(), scheme.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return scheme;
}

std::string host_of(std::string_view url) {
  std::size_t start = url.find("//");
  if (start == std::string_view::npos) return {};
  start += 2;
  std::size_t end = std::min(url.find_first_of("/?#", start), url.size());
  std::string_view authority = url.substr(start, end - start);
  std::size_t at = authority.rfind('@');
  if (at != std::string_view::npos) authority = authority.substr(at + 1);
  std::string host(authority);
  std::transform(host.begin(), host.end(), host.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return host;
}

Target resolve_target(std::string_view href, std::string_view page, const SiteConfig& config) {
  std::string absolute;
  if (href.starts_with("//")) {
    absolute = scheme_of(config.base_url) + ":" + std::string(href);
    href = absolute;
  }
  std::string scheme = scheme_of(href);
  if (!scheme.empty()) {
    if (scheme != "http" && scheme != "https") return {};
    std::string_view base = config.base_url;
    if (href.starts_with(base)) return internal_target(href.substr(base.size()), "", "index.html");
    std::string_view bare = base.substr(0, base.size() - 1);
    if (href.starts_with(bare) &&
        (href.size() == bare.size() || href[bare.size()] == '#' || href[bare.size()] == '?')) {
      return internal_target(href.substr(bare.size()), "", "index.html");
    }
    Target target;
    target.kind = Target::Kind::External;
    std::size_t hash = href.find('#');
    target.url = std::string(href.substr(0, hash));
    if (hash != std::string_view::npos) {
      target.has_fragment = true;
      target.fragment = percent_decode(href.substr(hash + 1));
    }
    return target;
  }
  if (href.starts_with("/")) {
    std::string_view root = base_path(config.base_url);
    if (href.starts_with(root)) return internal_target(href.substr(root.size()), "", "index.html");
    Target target;
    target.kind = Target::Kind::Outside;
    return target;
  }
  std::string_view folder = page.substr(0, page.rfind('/') + 1);
  return internal_target(href, folder, page);
}

std::string display_address(std::string_view path) {
  if (path == "index.html") return "./";
  if (path.ends_with("/index.html")) return std::string(path.substr(0, path.size() - 10));
  return std::string(path);
}

std::string normalized(std::string_view url) {
  return percent_decode(decode_entities(url));
}

}  // namespace cxo::check

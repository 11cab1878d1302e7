#include "serve/request_path.h"

namespace cxo::serve {

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::optional<std::string> percent_decode(std::string_view text) {
  std::string decoded;
  decoded.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '%') {
      if (i + 2 >= text.size()) return std::nullopt;
      int high = hex_value(text[i + 1]), low = hex_value(text[i + 2]);
      if (high < 0 || low < 0) return std::nullopt;
      c = static_cast<char>(high * 16 + low);
      i += 2;
    }
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) return std::nullopt;
    decoded += c;
  }
  return decoded;
}

std::optional<RequestPath> parse_request_path(std::string_view target) {
  target = target.substr(0, target.find_first_of("?#"));
  if (!target.starts_with('/')) return std::nullopt;
  // Decoded before splitting, so an encoded "/" or "." is judged like a
  // plain one.
  auto decoded = percent_decode(target);
  if (!decoded) return std::nullopt;
  RequestPath path;
  path.folder = decoded->ends_with('/');
  std::size_t start = 0;
  while (start <= decoded->size()) {
    std::size_t end = decoded->find('/', start);
    if (end == std::string::npos) end = decoded->size();
    std::string segment = decoded->substr(start, end - start);
    start = end + 1;
    if (segment.empty()) continue;
    if (segment == "." || segment == ".." || segment.find('\\') != std::string::npos) {
      return std::nullopt;
    }
    path.segments.push_back(std::move(segment));
  }
  return path;
}

std::vector<std::string> base_segments(const std::string& base_url) {
  std::size_t scheme = base_url.find("//");
  std::size_t host_end = base_url.find('/', scheme == std::string::npos ? 0 : scheme + 2);
  if (host_end == std::string::npos) return {};
  auto path = parse_request_path(base_url.substr(host_end));
  return path ? path->segments : std::vector<std::string>{};
}

}  // namespace cxo::serve

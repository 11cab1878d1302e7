#include "serve/routes.h"

#include <algorithm>

#include "serve/content_type.h"
#include "serve/request_path.h"

namespace cxo::serve {

namespace {

// A stream with nothing to say still writes now and then, to find out
// whether its tab was closed.
constexpr std::chrono::seconds kKeepAlive{15};

std::string join(std::vector<std::string>::const_iterator begin,
                 std::vector<std::string>::const_iterator end) {
  std::string joined;
  for (auto it = begin; it != end; ++it) {
    if (it != begin) joined += '/';
    joined += *it;
  }
  return joined;
}

std::string html_escape(std::string_view text) {
  std::string escaped;
  for (char c : text) {
    switch (c) {
      case '&':
        escaped += "&amp;";
        break;
      case '<':
        escaped += "&lt;";
        break;
      case '>':
        escaped += "&gt;";
        break;
      case '"':
        escaped += "&quot;";
        break;
      default:
        escaped += c;
    }
  }
  return escaped;
}

// Only names that lead to this machine: a page elsewhere cannot reach the
// preview through a DNS name rebound to 127.0.0.1.
bool is_local_host(const std::string* host) {
  if (!host) return true;  // HTTP/1.0
  std::string name = host->starts_with('[') ? host->substr(0, host->find(']') + 1)
                                            : host->substr(0, host->find(':'));
  std::transform(name.begin(), name.end(), name.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return name == "127.0.0.1" || name == "localhost" || name == "[::1]";
}

const char* kText = "text/plain; charset=utf-8";

}  // namespace

LiveState Routes::state(std::vector<std::string> errors) const {
  return {build_name(server_id_, site_.build_number()), std::move(errors)};
}

void Routes::decorate(const std::string& path, const std::string& build, std::string& bytes) {
  if (path.ends_with(".html")) inject_reload_script(bytes, build);
}

void Routes::handle(const HttpRequest& request, HttpExchange& exchange) const {
  if (request.method != "GET" && request.method != "HEAD") {
    exchange.respond(make_response(405, kText, "the preview serves GET and HEAD only\n",
                                   {{"Allow", "GET, HEAD"}}));
    return;
  }
  if (!is_local_host(request.header("host"))) {
    exchange.respond(
        make_response(403, kText, "the preview answers to localhost and 127.0.0.1 only\n"));
    return;
  }
  auto path = parse_request_path(request.target);
  if (!path) return send_not_found(exchange);
  const auto& segments = path->segments;
  std::string joined = join(segments.begin(), segments.end());
  if (joined == kScriptUrl.substr(1)) {
    return exchange.respond(
        make_response(200, "text/javascript; charset=utf-8", std::string(reload_script())));
  }
  if (joined == kStyleUrl.substr(1)) {
    return exchange.respond(
        make_response(200, "text/css; charset=utf-8", std::string(overlay_style())));
  }
  if (joined == kEventsUrl.substr(1)) return send_events(exchange);
  if (joined == kStateUrl.substr(1)) {
    std::uint64_t version;
    return exchange.respond(
        make_response(200, "application/json", state_json(hub_.snapshot(version))));
  }

  if (site_.build_number() == 0) return send_no_build(exchange);
  // The site lives under base_url's path, as it will once published.
  auto base = site_.base_segments();
  bool under_base =
      segments.size() >= base.size() && std::equal(base.begin(), base.end(), segments.begin());
  if (!under_base) {
    bool above_base =
        segments.size() < base.size() && std::equal(segments.begin(), segments.end(), base.begin());
    if (!above_base) return send_not_found(exchange);
    // Built by appending: GCC 12 warns falsely (-Wrestrict) on "/" + string.
    std::string location = "/";
    location += join(base.begin(), base.end());
    location += '/';
    return exchange.respond(make_response(302, kText, "", {{"Location", location}}));
  }
  std::string file =
      join(segments.begin() + static_cast<std::ptrdiff_t>(base.size()), segments.end());
  bool folder = path->folder || file.empty();
  if (folder) file += file.empty() ? "index.html" : "/index.html";
  if (site_.has_file(file)) return send_file(file, exchange);
  if (!folder && site_.has_file(file + "/index.html")) {
    // Relative links inside the folder's page need the final slash.
    std::string target = request.target.substr(0, request.target.find_first_of("?#"));
    return exchange.respond(make_response(301, kText, "", {{"Location", target + "/"}}));
  }
  send_not_found(exchange);
}

void Routes::send_file(const std::string& path, HttpExchange& exchange) const {
  // A photo or PDF goes out as it is read, a part at a time. An HTML file
  // is held, since the preview adds its reload script to it.
  bool streamed =
      !path.ends_with(".html") &&
      site_.stream_copied_file(
          path,
          [&](std::uint64_t size) { return exchange.begin_body(content_type_of(path), size); },
          [&](std::string_view piece) { return exchange.write(piece); });
  if (streamed || exchange.responded()) return;
  auto bytes = site_.file(path);
  if (!bytes) return send_not_found(exchange);
  exchange.respond(make_response(200, content_type_of(path), *bytes));
}

void Routes::send_not_found(HttpExchange& exchange) const {
  if (auto page = site_.file("404.html")) {
    return exchange.respond(make_response(404, "text/html; charset=utf-8", *page));
  }
  exchange.respond(make_response(404, kText, "not found\n"));
}

// Until a first build succeeds there is no page to show; this one lists the
// errors and reloads once they are fixed.
void Routes::send_no_build(HttpExchange& exchange) const {
  std::uint64_t version;
  LiveState state = hub_.snapshot(version);
  std::string errors;
  for (const auto& line : state.errors) errors += html_escape(line) + "\n";
  std::string html =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<title>cxo serve: the site has errors</title>\n</head>\n<body>\n<main>\n"
      "<h1>The site could not be built</h1>\n"
      "<p>Fix these files; this page reloads by itself once the site builds.</p>\n<pre>" +
      errors + "</pre>\n</main>\n</body>\n</html>\n";
  inject_reload_script(html, build_name(server_id_, 0));
  exchange.respond(make_response(500, "text/html; charset=utf-8", html));
}

void Routes::send_events(HttpExchange& exchange) const {
  if (!exchange.begin_stream("text/event-stream; charset=utf-8")) return;
  std::uint64_t version;
  LiveState state = hub_.snapshot(version);
  std::string shown = state.build;
  if (!exchange.write("retry: 1000\n\n" + sse_event("hello", state_json(state)))) return;
  for (std::uint64_t sent = version; hub_.wait(version, state, kKeepAlive);) {
    std::string message = ": still here\n\n";
    if (version != sent) {
      message = sse_event(state.build != shown ? "reload" : "errors", state_json(state));
      shown = state.build;
      sent = version;
    }
    if (!exchange.write(message)) return;
  }
}

}  // namespace cxo::serve

#include "serve/http_server.h"
#include "util/ascii_case.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace cxo::serve {

namespace {

// A browser's request head is well under this; anything larger is not one.
constexpr std::size_t kMaxRequestHead = 16 * 1024;
// Each connection has a thread; a preview has one browser and a few tabs.
constexpr std::size_t kMaxConnections = 256;

bool send_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    ssize_t sent = ::send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL);
    if (sent < 0 && errno == EINTR) continue;
    if (sent <= 0) return false;
    bytes.remove_prefix(static_cast<std::size_t>(sent));
  }
  return true;
}

std::string trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return std::string(text);
}

// Reads the request line and headers; the body, which GET and HEAD do not
// have, is never read.
bool read_request(int fd, HttpRequest& request) {
  std::string head;
  char buffer[4096];
  while (head.find("\r\n\r\n") == std::string::npos) {
    if (head.size() > kMaxRequestHead) return false;
    ssize_t got = ::recv(fd, buffer, sizeof buffer, 0);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) return false;
    head.append(buffer, static_cast<std::size_t>(got));
  }
  head.resize(head.find("\r\n\r\n"));
  std::size_t line_end = head.find("\r\n");
  std::string_view line = std::string_view(head).substr(0, line_end);
  std::size_t first = line.find(' '), last = line.rfind(' ');
  if (first == std::string_view::npos || first == last) return false;
  request.method = std::string(line.substr(0, first));
  request.target = std::string(line.substr(first + 1, last - first - 1));
  if (!line.substr(last + 1).starts_with("HTTP/1.")) return false;
  while (line_end != std::string::npos) {
    std::size_t start = line_end + 2;
    line_end = head.find("\r\n", start);
    std::string_view header = std::string_view(head).substr(
        start, line_end == std::string::npos ? std::string::npos : line_end - start);
    std::size_t colon = header.find(':');
    if (colon == std::string_view::npos) return false;
    request.headers.emplace_back(ascii_lower(std::string(header.substr(0, colon))),
                                 trim(header.substr(colon + 1)));
  }
  return true;
}

std::string response_head(int status, const std::string& content_type,
                          const std::vector<std::pair<std::string, std::string>>& headers) {
  std::string head = "HTTP/1.1 " + std::to_string(status) + " " + status_text(status) + "\r\n";
  if (!content_type.empty()) head += "Content-Type: " + content_type + "\r\n";
  // A preview must show the file as it is now, never a cached one.
  head += "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n";
  for (const auto& [name, value] : headers) head += name + ": " + value + "\r\n";
  return head;
}

}  // namespace

const std::string* HttpRequest::header(std::string_view name) const {
  for (const auto& [key, value] : headers) {
    if (key == name) return &value;
  }
  return nullptr;
}

HttpResponse make_response(int status, std::string content_type, std::string body,
                           std::vector<std::pair<std::string, std::string>> headers) {
  return {status, std::move(content_type), std::move(body), std::move(headers)};
}

const char* status_text(int status) {
  switch (status) {
    case 200:
      return "OK";
    case 301:
      return "Moved Permanently";
    case 302:
      return "Found";
    case 400:
      return "Bad Request";
    case 403:
      return "Forbidden";
    case 404:
      return "Not Found";
    case 405:
      return "Method Not Allowed";
    case 500:
      return "Internal Server Error";
    case 503:
      return "Service Unavailable";
    default:
      return "Unknown";
  }
}

void HttpExchange::respond(const HttpResponse& response) {
  if (responded_) return;
  responded_ = true;
  std::string head = response_head(response.status, response.content_type, response.headers);
  head += "Content-Length: " + std::to_string(response.body.size()) + "\r\n\r\n";
  if (send_all(fd_, head) && !head_) send_all(fd_, response.body);
}

bool HttpExchange::begin_stream(const std::string& content_type) {
  if (responded_) return false;
  responded_ = true;
  // No length: the body ends when the connection closes.
  return send_all(fd_, response_head(200, content_type, {}) + "\r\n");
}

bool HttpExchange::begin_body(const std::string& content_type, std::uint64_t length) {
  if (responded_) return false;
  responded_ = true;
  return send_all(fd_, response_head(200, content_type, {}) +
                           "Content-Length: " + std::to_string(length) + "\r\n\r\n");
}

bool HttpExchange::write(std::string_view bytes) {
  return !head_ && send_all(fd_, bytes);
}

HttpServer::HttpServer() {
  wake_fd_ = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
}

HttpServer::~HttpServer() {
  reap(true);
  if (listen_fd_ >= 0) ::close(listen_fd_);
  if (wake_fd_ >= 0) ::close(wake_fd_);
}

bool HttpServer::bind(int port, std::string& error) {
  if (port < 0 || port > 65535) {
    error = "port " + std::to_string(port) + " is not a port number (0 to 65535)";
    return false;
  }
  listen_fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (listen_fd_ < 0) {
    error = std::string("cannot open a socket: ") + std::strerror(errno);
    return false;
  }
  int yes = 1;
  ::setsockopt(listen_fd_, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<std::uint16_t>(port));
  // Loopback only: the preview shows unpublished work and must not be
  // reachable from the network.
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::bind(listen_fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
    error =
        errno == EADDRINUSE
            ? "port " + std::to_string(port) +
                  " of 127.0.0.1 is in use; choose another with --port N, or --port 0 for "
                  "any free port"
            : "cannot listen on 127.0.0.1:" + std::to_string(port) + ": " + std::strerror(errno);
    return false;
  }
  if (::listen(listen_fd_, 64) != 0) {
    error = std::string("cannot listen: ") + std::strerror(errno);
    return false;
  }
  socklen_t length = sizeof address;
  ::getsockname(listen_fd_, reinterpret_cast<sockaddr*>(&address), &length);
  port_ = ntohs(address.sin_port);
  return true;
}

void HttpServer::run(const HttpHandler& handler) {
  while (true) {
    pollfd fds[2] = {{listen_fd_, POLLIN, 0}, {wake_fd_, POLLIN, 0}};
    if (::poll(fds, 2, 1000) < 0 && errno != EINTR) break;
    if (fds[1].revents) break;
    reap(false);
    if (!(fds[0].revents & POLLIN)) continue;
    int fd = ::accept4(listen_fd_, nullptr, nullptr, SOCK_CLOEXEC);
    if (fd < 0) continue;
    timeval timeout{10, 0};  // a client that stops sending mid-request
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    std::lock_guard lock(mutex_);
    if (connections_.size() >= kMaxConnections) {
      HttpExchange(fd, false).respond(
          make_response(503, "text/plain; charset=utf-8", "too many connections\n"));
      ::close(fd);
      continue;
    }
    Connection& connection = connections_.emplace_back();
    connection.fd = fd;
    connection.thread =
        std::thread([this, &connection, &handler] { serve_connection(connection, handler); });
  }
  reap(true);
}

void HttpServer::serve_connection(Connection& connection, const HttpHandler& handler) {
  HttpRequest request;
  bool head = false;
  if (read_request(connection.fd, request)) {
    head = request.method == "HEAD";
    HttpExchange exchange(connection.fd, head);
    handler(request, exchange);
    if (!exchange.responded())
      exchange.respond(make_response(500, "text/plain; charset=utf-8", "no response\n"));
  } else {
    HttpExchange(connection.fd, false)
        .respond(make_response(400, "text/plain; charset=utf-8", "bad request\n"));
  }
  ::shutdown(connection.fd, SHUT_WR);
  std::lock_guard lock(mutex_);
  // Under the lock, so stop() never shuts down a number reused by another file.
  ::close(connection.fd);
  connection.fd = -1;
  connection.done = true;
}

void HttpServer::reap(bool all) {
  std::list<Connection> finished;
  {
    std::lock_guard lock(mutex_);
    for (auto it = connections_.begin(); it != connections_.end();) {
      if (all && it->fd >= 0) ::shutdown(it->fd, SHUT_RDWR);
      if (all || it->done) {
        auto next = std::next(it);
        finished.splice(finished.end(), connections_, it);
        it = next;
      } else {
        ++it;
      }
    }
  }
  for (auto& connection : finished) {
    if (connection.thread.joinable()) connection.thread.join();
  }
}

void HttpServer::stop() {
  std::uint64_t one = 1;
  [[maybe_unused]] auto ignored = ::write(wake_fd_, &one, sizeof one);
}

}  // namespace cxo::serve

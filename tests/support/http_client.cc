#include "support/http_client.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>

namespace cxo::testing {

namespace {

using Clock = std::chrono::steady_clock;

int connect_local(int port) {
  int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<std::uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (fd >= 0 && ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
    ::close(fd);
    return -1;
  }
  return fd;
}

bool send_text(int fd, const std::string& text) {
  return ::send(fd, text.data(), text.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(text.size());
}

// Appends what arrives before `deadline`; false on timeout or end of stream.
bool receive(int fd, std::string& into, Clock::time_point deadline) {
  auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
  if (left.count() <= 0) return false;
  pollfd pfd{fd, POLLIN, 0};
  if (::poll(&pfd, 1, static_cast<int>(left.count())) <= 0) return false;
  char buffer[16384];
  ssize_t got = ::recv(fd, buffer, sizeof buffer, 0);
  if (got <= 0) return false;
  into.append(buffer, static_cast<std::size_t>(got));
  return true;
}

// Status line and headers from `head`; returns the status.
int parse_head(const std::string& head, std::map<std::string, std::string>* headers) {
  if (head.size() < 12 || !head.starts_with("HTTP/1.")) return 0;
  int status = std::atoi(head.c_str() + 9);
  std::size_t line = head.find("\r\n");
  while (headers && line != std::string::npos && line + 2 < head.size()) {
    std::size_t start = line + 2;
    line = head.find("\r\n", start);
    std::string header =
        head.substr(start, line == std::string::npos ? std::string::npos : line - start);
    std::size_t colon = header.find(':');
    if (colon == std::string::npos) continue;
    std::string name = header.substr(0, colon);
    std::transform(name.begin(), name.end(), name.begin(), ::tolower);
    std::string value = header.substr(colon + 1);
    value.erase(0, value.find_first_not_of(' '));
    (*headers)[name] = value;
  }
  return status;
}

std::string request_text(int port, const std::string& method, const std::string& target,
                         const std::string& extra_headers) {
  std::string host = extra_headers.find("Host:") == std::string::npos
                         ? "Host: 127.0.0.1:" + std::to_string(port) + "\r\n"
                         : "";
  return method + " " + target + " HTTP/1.1\r\n" + host + extra_headers +
         "Connection: close\r\n\r\n";
}

}  // namespace

HttpReply http_request(int port, const std::string& method, const std::string& target,
                       const std::string& extra_headers, std::chrono::milliseconds timeout) {
  HttpReply reply;
  int fd = connect_local(port);
  if (fd < 0) return reply;
  std::string received;
  if (send_text(fd, request_text(port, method, target, extra_headers))) {
    auto deadline = Clock::now() + timeout;
    while (receive(fd, received, deadline)) {
    }
  }
  ::close(fd);
  std::size_t head_end = received.find("\r\n\r\n");
  if (head_end == std::string::npos) return reply;
  reply.status = parse_head(received.substr(0, head_end + 2), &reply.headers);
  reply.body = received.substr(head_end + 4);
  return reply;
}

EventStream::EventStream(int port, const std::string& target) {
  fd_ = connect_local(port);
  if (fd_ < 0 ||
      !send_text(fd_, request_text(port, "GET", target, "Accept: text/event-stream\r\n"))) {
    return;
  }
  auto deadline = Clock::now() + std::chrono::seconds(10);
  while (buffer_.find("\r\n\r\n") == std::string::npos && receive(fd_, buffer_, deadline)) {
  }
  std::size_t head_end = buffer_.find("\r\n\r\n");
  if (head_end == std::string::npos) return;
  status_ = parse_head(buffer_.substr(0, head_end + 2), nullptr);
  buffer_.erase(0, head_end + 4);
}

EventStream::~EventStream() {
  if (fd_ >= 0) ::close(fd_);
}

std::optional<ServerEvent> EventStream::next(std::chrono::milliseconds timeout) {
  auto deadline = Clock::now() + timeout;
  while (true) {
    // An event is a block of lines ended by an empty line; comments (":")
    // and retry lines alone make no event.
    std::size_t end;
    while ((end = buffer_.find("\n\n")) != std::string::npos) {
      std::string block = buffer_.substr(0, end);
      buffer_.erase(0, end + 2);
      ServerEvent event{"message", ""};
      bool has_data = false;
      std::size_t start = 0;
      while (start <= block.size()) {
        std::size_t line_end = block.find('\n', start);
        if (line_end == std::string::npos) line_end = block.size();
        std::string line = block.substr(start, line_end - start);
        start = line_end + 1;
        if (line.starts_with("event: ")) event.name = line.substr(7);
        if (line.starts_with("data: ")) {
          if (has_data) event.data += '\n';
          event.data += line.substr(6);
          has_data = true;
        }
      }
      if (has_data) return event;
    }
    if (fd_ < 0 || !receive(fd_, buffer_, deadline)) return std::nullopt;
  }
}

}  // namespace cxo::testing

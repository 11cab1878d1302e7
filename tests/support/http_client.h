#pragma once
// A plain-socket HTTP client for tests of the preview server, on 127.0.0.1
// only. The request line is sent exactly as given, so tests can send what a
// browser would not (raw "../", encoded traversal). Every read is bounded.
#include <chrono>
#include <map>
#include <optional>
#include <string>

namespace cxo::testing {

struct HttpReply {
  int status = 0;                              // 0: no answer
  std::map<std::string, std::string> headers;  // names in lower case
  std::string body;
};

// `extra_headers`: "Name: value\r\n" lines; a Host line there replaces ours.
HttpReply http_request(int port, const std::string& method, const std::string& target,
                       const std::string& extra_headers = {},
                       std::chrono::milliseconds timeout = std::chrono::seconds(10));
inline HttpReply http_get(int port, const std::string& target) {
  return http_request(port, "GET", target);
}

struct ServerEvent {
  std::string name;  // "message" when the event has no name
  std::string data;
};

// A server-sent events stream, read as EventSource would.
class EventStream {
 public:
  EventStream(int port, const std::string& target);
  ~EventStream();
  EventStream(const EventStream&) = delete;
  EventStream& operator=(const EventStream&) = delete;

  bool connected() const { return status_ == 200; }
  // The next event, or nullopt when none comes within `timeout`.
  std::optional<ServerEvent> next(std::chrono::milliseconds timeout);

 private:
  int fd_ = -1;
  int status_ = 0;
  std::string buffer_;
};

}  // namespace cxo::testing

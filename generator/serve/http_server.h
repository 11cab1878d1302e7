#pragma once
// The preview's HTTP server: 127.0.0.1 only, GET and HEAD, one request per
// connection, and long-lived responses for server-sent events. It is ours
// rather than cpp-httplib because Debian ships httplib as a shared library
// built with OpenSSL, zlib and brotli, none of which a loopback preview
// needs; the little HTTP a browser uses for a preview fits in this file.
#include <atomic>
#include <cstdint>
#include <functional>
#include <list>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

namespace cxo::serve {

struct HttpRequest {
  std::string method;
  std::string target;                                        // as sent: "/meetings/?x=1"
  std::vector<std::pair<std::string, std::string>> headers;  // names in lower case

  const std::string* header(std::string_view name) const;
};

struct HttpResponse {
  int status = 200;
  std::string content_type;
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  // extra ones
};

HttpResponse make_response(int status, std::string content_type, std::string body,
                           std::vector<std::pair<std::string, std::string>> headers = {});

// How a handler answers one request: once with respond(), or with a stream
// that lasts until the client goes away or the server stops.
class HttpExchange {
 public:
  HttpExchange(int fd, bool head) : fd_(fd), head_(head) {}
  void respond(const HttpResponse& response);
  bool begin_stream(const std::string& content_type);
  // A 200 response whose body of `length` bytes follows through write().
  bool begin_body(const std::string& content_type, std::uint64_t length);
  // False once the client is gone.
  bool write(std::string_view bytes);
  bool responded() const { return responded_; }

 private:
  int fd_;
  bool head_;
  bool responded_ = false;
};

using HttpHandler = std::function<void(const HttpRequest&, HttpExchange&)>;

class HttpServer {
 public:
  HttpServer();
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Listens on 127.0.0.1:port; port 0 takes any free port (see port()).
  bool bind(int port, std::string& error);
  int port() const { return port_; }
  // Serves until stop(); returns once every connection is closed. Handlers
  // that stream must return by themselves when told to stop (see EventHub).
  void run(const HttpHandler& handler);
  // Safe from any thread.
  void stop();

 private:
  struct Connection {
    int fd = -1;
    std::thread thread;
    std::atomic<bool> done{false};
  };
  void serve_connection(Connection& connection, const HttpHandler& handler);
  void reap(bool all);

  int listen_fd_ = -1;
  int wake_fd_ = -1;  // eventfd that stop() signals
  int port_ = 0;
  std::mutex mutex_;
  std::list<Connection> connections_;
};

const char* status_text(int status);

}  // namespace cxo::serve

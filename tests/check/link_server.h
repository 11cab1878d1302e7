#pragma once
// A tiny HTTP/1.1 server on 127.0.0.1 for the external link check: each
// connection gets one answer from the test's handler, then is closed. It
// logs when each request arrived and how many were in flight at once, which
// is what the check's politeness is measured by. Tests never talk to any
// other address.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <functional>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace cxo::testing {

class LinkServer {
 public:
  using Clock = std::chrono::steady_clock;

  struct Request {
    std::string method;
    std::string path;
  };
  struct Response {
    int status = 200;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;
    std::chrono::milliseconds delay{0};  // before answering
  };
  struct Logged {
    std::string method;
    std::string path;
    Clock::time_point at;
  };
  using Handler = std::function<Response(const Request&)>;

  explicit LinkServer(Handler handler) : handler_(std::move(handler)) {
    listener_ = ::socket(AF_INET, SOCK_STREAM, 0);
    int yes = 1;
    ::setsockopt(listener_, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    if (::bind(listener_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        ::listen(listener_, 64) != 0) {
      throw std::runtime_error("cannot listen on 127.0.0.1");
    }
    socklen_t length = sizeof address;
    ::getsockname(listener_, reinterpret_cast<sockaddr*>(&address), &length);
    port_ = ntohs(address.sin_port);
    acceptor_ = std::thread([this] { accept_loop(); });
  }

  ~LinkServer() {
    stopping_ = true;
    acceptor_.join();
    std::vector<std::thread> connections;
    {
      std::lock_guard lock(mutex_);
      connections.swap(connections_);
    }
    for (auto& connection : connections) connection.join();
    ::close(listener_);
  }

  int port() const { return port_; }
  std::string url(const std::string& path) const {
    return "http://127.0.0.1:" + std::to_string(port_) + path;
  }

  std::vector<Logged> log() const {
    std::lock_guard lock(mutex_);
    return log_;
  }
  std::vector<Logged> log_of(const std::string& path) const {
    std::vector<Logged> found;
    for (const auto& entry : log()) {
      if (entry.path == path) found.push_back(entry);
    }
    return found;
  }
  int most_in_flight() const { return most_in_flight_; }

 private:
  void accept_loop() {
    while (!stopping_) {
      pollfd waiting{listener_, POLLIN, 0};
      if (::poll(&waiting, 1, 50) <= 0) continue;
      int client = ::accept(listener_, nullptr, nullptr);
      if (client < 0) continue;
      std::lock_guard lock(mutex_);
      connections_.emplace_back([this, client] { serve(client); });
    }
  }

  void serve(int client) {
    std::string request;
    char buffer[4096];
    auto deadline = Clock::now() + std::chrono::seconds(5);
    while (request.find("\r\n\r\n") == std::string::npos && Clock::now() < deadline && !stopping_) {
      pollfd readable{client, POLLIN, 0};
      if (::poll(&readable, 1, 50) <= 0) continue;
      ssize_t got = ::recv(client, buffer, sizeof buffer, 0);
      if (got <= 0) break;
      request.append(buffer, static_cast<std::size_t>(got));
    }
    std::size_t space = request.find(' ');
    std::size_t second = request.find(' ', space + 1);
    if (space == std::string::npos || second == std::string::npos) {
      ::close(client);
      return;
    }
    Request parsed{request.substr(0, space), request.substr(space + 1, second - space - 1)};
    {
      std::lock_guard lock(mutex_);
      log_.push_back({parsed.method, parsed.path, Clock::now()});
      most_in_flight_ = std::max(most_in_flight_.load(), ++in_flight_);
    }
    Response response = handler_(parsed);
    // A slow answer ends early when the client gives up, so that in-flight
    // counts what the client has open.
    auto until = Clock::now() + response.delay;
    bool client_gone = false;
    while (Clock::now() < until && !stopping_ && !client_gone) {
      pollfd readable{client, POLLIN, 0};
      if (::poll(&readable, 1, 20) > 0) {
        char probe;
        client_gone = ::recv(client, &probe, 1, MSG_PEEK | MSG_DONTWAIT) == 0;
        if (!client_gone) std::this_thread::sleep_for(std::chrono::milliseconds(20));
      }
    }
    std::string answer = "HTTP/1.1 " + std::to_string(response.status) + " Status\r\n" +
                         "Content-Length: " + std::to_string(response.body.size()) + "\r\n" +
                         "Connection: close\r\n";
    for (const auto& [name, value] : response.headers) answer += name + ": " + value + "\r\n";
    answer += "\r\n";
    if (parsed.method != "HEAD") answer += response.body;
    if (!client_gone) ::send(client, answer.data(), answer.size(), MSG_NOSIGNAL);
    {
      std::lock_guard lock(mutex_);
      --in_flight_;
    }
    ::shutdown(client, SHUT_WR);
    ::close(client);
  }

  Handler handler_;
  int listener_ = -1;
  int port_ = 0;
  std::atomic<bool> stopping_{false};
  std::thread acceptor_;
  mutable std::mutex mutex_;
  std::vector<std::thread> connections_;
  std::vector<Logged> log_;
  int in_flight_ = 0;
  std::atomic<int> most_in_flight_{0};
};

}  // namespace cxo::testing

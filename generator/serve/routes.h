#pragma once
// What the preview answers to each request: the site's files from memory
// (a folder's index.html for a folder address, the site's 404.html with
// status 404 for anything else), and under /__cxo/ the reload script, its
// stylesheet, the event stream and the current state as JSON.
#include <cstdint>
#include <string>

#include "serve/http_server.h"
#include "serve/live_reload.h"
#include "serve/live_site.h"

namespace cxo::serve {

class Routes {
 public:
  Routes(const LiveSite& site, EventHub& hub, std::string server_id)
      : site_(site), hub_(hub), server_id_(std::move(server_id)) {}

  void handle(const HttpRequest& request, HttpExchange& exchange) const;

  // The state to publish after a build: which one is served, and the
  // errors of the attempt (empty when it succeeded).
  LiveState state(std::vector<std::string> errors) const;

  // What the site's pages get when served: the reload script.
  static void decorate(const std::string& path, const std::string& build, std::string& bytes);

 private:
  void send_file(const std::string& path, HttpExchange& exchange) const;
  void send_not_found(HttpExchange& exchange) const;
  void send_events(HttpExchange& exchange) const;
  void send_no_build(HttpExchange& exchange) const;

  const LiveSite& site_;
  EventHub& hub_;
  const std::string server_id_;
};

}  // namespace cxo::serve

#pragma once
// Live reload. Every page the preview serves gets one external script (no
// inline code or style, so pages keep working under a strict
// Content-Security-Policy). The script listens to the server-sent events at
// /__cxo/events: a new build reloads the page; a build that failed shows its
// errors over the page, which still shows the last good build.
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace cxo::serve {

inline constexpr std::string_view kScriptUrl = "/__cxo/reload.js";
inline constexpr std::string_view kStyleUrl = "/__cxo/overlay.css";
inline constexpr std::string_view kEventsUrl = "/__cxo/events";
inline constexpr std::string_view kStateUrl = "/__cxo/state";

// What the browser needs to know: which build is served (a page from
// another build reloads) and the errors of the latest attempt, if it failed.
struct LiveState {
  std::string build;
  std::vector<std::string> errors;  // "path:line:col: error: …"
};

std::string state_json(const LiveState& state);

// Names a build for the browser: "<server id>-<build number>". The server id
// is new on each run, so a tab left open from an earlier run reloads too.
std::string build_name(const std::string& server_id, std::uint64_t build);

// One server-sent event: "event: reload\ndata: {…}\n\n".
std::string sse_event(std::string_view name, std::string_view data);

std::string_view reload_script();
std::string_view overlay_style();

// Adds the script before the last </body> (at the end when there is none),
// marked with the build the page belongs to.
void inject_reload_script(std::string& html, const std::string& build);

// Hands the latest state to every open event stream.
class EventHub {
 public:
  void publish(LiveState state);
  // The latest state and its version, for a stream that just opened.
  LiveState snapshot(std::uint64_t& version) const;
  // Wakes every waiting stream for good: the server is stopping.
  void close();

  // Waits until a state newer than `version` is published (true, with
  // `state` and `version` updated), the timeout passes (true, unchanged) or
  // the hub closes (false).
  bool wait(std::uint64_t& version, LiveState& state, std::chrono::milliseconds timeout);

 private:
  mutable std::mutex mutex_;
  std::condition_variable changed_;
  LiveState state_;
  std::uint64_t version_ = 0;
  bool closed_ = false;
};

}  // namespace cxo::serve

#include "serve/live_reload.h"

#include <nlohmann/json.hpp>

namespace cxo::serve {

namespace {

// The page's build comes from the script tag's data-build; the first event
// of each stream is the current state, so a page built before the stream
// opened still reloads.
constexpr std::string_view kScript =
    R"js(// cxo serve: live reload and build errors. Only the preview server adds this.
(() => {
  'use strict';
  const script = document.currentScript;
  const build = script ? script.dataset.build : '';
  let overlay = null;

  function addStyle() {
    if (document.getElementById('cxo-overlay-style')) return;
    const link = document.createElement('link');
    link.id = 'cxo-overlay-style';
    link.rel = 'stylesheet';
    link.href = '/__cxo/overlay.css';
    document.head.appendChild(link);
  }

  function showErrors(errors) {
    if (overlay) overlay.remove();
    overlay = null;
    if (!errors.length) return;
    addStyle();
    overlay = document.createElement('section');
    overlay.id = 'cxo-overlay';
    overlay.setAttribute('role', 'alert');
    overlay.setAttribute('aria-labelledby', 'cxo-overlay-title');
    const title = document.createElement('h2');
    title.id = 'cxo-overlay-title';
    title.textContent = errors.length === 1 ? 'cxo: 1 error' : `cxo: ${errors.length} errors`;
    const note = document.createElement('p');
    note.textContent =
      'The page below is the last good build. Fix the files and this message goes away by itself.';
    const list = document.createElement('pre');
    list.textContent = errors.join('\n');
    const hide = document.createElement('button');
    hide.type = 'button';
    hide.textContent = 'Hide';
    hide.addEventListener('click', () => { overlay.hidden = true; });
    overlay.append(title, note, list, hide);
    document.body.appendChild(overlay);
  }

  // Loaded now, so that an error panel shown later is styled from its first
  // frame rather than flashing unstyled at the foot of the page.
  addStyle();
  const events = new EventSource('/__cxo/events');
  const onState = (event) => {
    const state = JSON.parse(event.data);
    if (state.build !== build) {
      events.close();
      location.reload();
      return;
    }
    showErrors(state.errors);
  };
  for (const name of ['hello', 'reload', 'errors']) events.addEventListener(name, onState);
})();
)js";

constexpr std::string_view kStyle = R"css(/* cxo serve: the build-error panel over the page. */
#cxo-overlay {
  position: fixed;
  inset: auto 1rem 1rem 1rem;
  z-index: 2147483647;
  max-height: 70vh;
  overflow: auto;
  box-sizing: border-box;
  padding: 1rem 1.25rem;
  border: 2px solid #b3261e;
  border-radius: 8px;
  background: #fff5f5;
  color: #3b0a07;
  box-shadow: 0 0.5rem 2rem rgb(0 0 0 / 0.35);
  font: 16px/1.45 system-ui, sans-serif;
  text-align: left;
}
#cxo-overlay h2 { margin: 0 0 0.5rem; font-size: 1.15rem; color: #8c1d18; }
#cxo-overlay p { margin: 0 0 0.5rem; }
#cxo-overlay pre {
  margin: 0 0 0.75rem;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
  font: 14px/1.5 ui-monospace, monospace;
}
#cxo-overlay button { font: inherit; padding: 0.2rem 0.9rem; }
)css";

}  // namespace

std::string state_json(const LiveState& state) {
  return nlohmann::json{{"build", state.build}, {"errors", state.errors}}.dump();
}

std::string build_name(const std::string& server_id, std::uint64_t build) {
  return server_id + "-" + std::to_string(build);
}

std::string sse_event(std::string_view name, std::string_view data) {
  // JSON from dump() holds no newline, so one data line carries it.
  std::string event = "event: ";
  event += name;
  event += "\ndata: ";
  event += data;
  event += "\n\n";
  return event;
}

std::string_view reload_script() {
  return kScript;
}
std::string_view overlay_style() {
  return kStyle;
}

void inject_reload_script(std::string& html, const std::string& build) {
  std::string tag = "<script src=\"" + std::string(kScriptUrl) + "\" data-build=\"" + build +
                    "\" defer></script>\n";
  std::size_t body = html.rfind("</body>");
  html.insert(body == std::string::npos ? html.size() : body, tag);
}

void EventHub::publish(LiveState state) {
  {
    std::lock_guard lock(mutex_);
    state_ = std::move(state);
    ++version_;
  }
  changed_.notify_all();
}

LiveState EventHub::snapshot(std::uint64_t& version) const {
  std::lock_guard lock(mutex_);
  version = version_;
  return state_;
}

void EventHub::close() {
  {
    std::lock_guard lock(mutex_);
    closed_ = true;
  }
  changed_.notify_all();
}

bool EventHub::wait(std::uint64_t& version, LiveState& state, std::chrono::milliseconds timeout) {
  std::unique_lock lock(mutex_);
  changed_.wait_for(lock, timeout, [&] { return closed_ || version_ != version; });
  if (closed_) return false;
  if (version_ != version) {
    version = version_;
    state = state_;
  }
  return true;
}

}  // namespace cxo::serve

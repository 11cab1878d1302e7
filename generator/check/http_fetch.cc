#include "check/http_fetch.h"

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <ctime>
#include <list>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

#include "check/url.h"
#include "util/ascii_case.h"

namespace cxo::check {

namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

// Enough for any page whose anchors we look for; a bigger answer is cut
// there, and anchors after the cut count as missing.
constexpr std::size_t kMaxBody = 8u << 20;

struct Job {
  std::size_t index = 0;  // into the requests
  std::string url;        // this hop
  std::string host;
  bool head = true;
  int attempt = 0;  // attempts already made on this hop and method
  Clock::time_point not_before{};
};

struct Host {
  int active = 0;
  Clock::time_point next_start{};
};

struct Transfer {
  Job job;
  CURL* easy = nullptr;
  curl_slist* headers = nullptr;
  bool collect_body = false;
  bool stopped_on_purpose = false;
  std::string body;
  char error[CURL_ERROR_SIZE] = {};
  // From the latest response's headers (a redirect's are replaced by the next).
  std::optional<long> retry_after;
  bool robot_challenge = false;

  ~Transfer() {
    if (easy) curl_easy_cleanup(easy);
    curl_slist_free_all(headers);
  }
};

std::string_view trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) {
    text.remove_prefix(1);
  }
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) {
    text.remove_suffix(1);
  }
  return text;
}

// Retry-After is either seconds or an HTTP date.
std::optional<long> parse_retry_after(std::string_view value) {
  value = trim(value);
  if (value.empty()) return std::nullopt;
  if (std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return value.size() > 9 ? 999999999L : std::stol(std::string(value));
  }
  std::time_t when = curl_getdate(std::string(value).c_str(), nullptr);
  if (when < 0) return std::nullopt;
  return std::max<long>(0, static_cast<long>(when - std::time(nullptr)));
}

std::size_t on_header(char* data, std::size_t size, std::size_t count, void* user) {
  auto* transfer = static_cast<Transfer*>(user);
  std::string_view line(data, size * count);
  if (line.starts_with("HTTP/")) {
    transfer->retry_after.reset();
    transfer->robot_challenge = false;
  }
  std::size_t colon = line.find(':');
  if (colon != std::string_view::npos) {
    std::string name = ascii_lower(trim(line.substr(0, colon)));
    std::string_view value = trim(line.substr(colon + 1));
    if (name == "retry-after") transfer->retry_after = parse_retry_after(value);
    // Bot protection announces its challenge pages in these headers.
    if (name == "cf-mitigated" || name == "x-amzn-waf-action") transfer->robot_challenge = true;
  }
  return size * count;
}

std::size_t on_body(char* data, std::size_t size, std::size_t count, void* user) {
  auto* transfer = static_cast<Transfer*>(user);
  std::size_t bytes = size * count;
  long status = 0;
  curl_easy_getinfo(transfer->easy, CURLINFO_RESPONSE_CODE, &status);
  char* type = nullptr;
  curl_easy_getinfo(transfer->easy, CURLINFO_CONTENT_TYPE, &type);
  bool html = type && ascii_lower(type).find("html") != std::string::npos;
  // The status is all a check needs, unless it looks for an anchor in a page:
  // stop the download of anything else at its first bytes.
  if (!transfer->collect_body || status < 200 || status >= 300 || !html ||
      transfer->body.size() + bytes > kMaxBody) {
    transfer->stopped_on_purpose = true;
    return 0;
  }
  transfer->body.append(data, bytes);
  return bytes;
}

bool transient(CURLcode code) {
  return code == CURLE_OPERATION_TIMEDOUT || code == CURLE_COULDNT_CONNECT ||
         code == CURLE_RECV_ERROR || code == CURLE_SEND_ERROR || code == CURLE_GOT_NOTHING ||
         code == CURLE_PARTIAL_FILE;
}

bool retryable_status(long status) {
  return status == 429 || status == 502 || status == 503 || status == 504;
}

class Fetcher {
 public:
  Fetcher(const std::vector<FetchRequest>& requests, const FetchOptions& options)
      : requests_(requests), options_(options), results_(requests.size()) {
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    multi_ = curl_multi_init();
    for (std::size_t i = 0; i < requests.size(); ++i) {
      Job job;
      job.index = i;
      job.url = requests[i].url;
      job.host = host_of(job.url);
      job.head = !requests[i].need_body;
      waiting_.push_back(std::move(job));
    }
  }

  ~Fetcher() {
    for (auto& [easy, transfer] : active_) curl_multi_remove_handle(multi_, easy);
    active_.clear();
    curl_multi_cleanup(multi_);
  }

  std::vector<FetchResult> run() {
    while (!waiting_.empty() || !active_.empty()) {
      start_ready();
      int running = 0;
      curl_multi_perform(multi_, &running);
      int left = 0;
      while (CURLMsg* message = curl_multi_info_read(multi_, &left)) {
        if (message->msg == CURLMSG_DONE) complete(message->easy_handle, message->data.result);
      }
      wait();
    }
    return std::move(results_);
  }

 private:
  void start_ready() {
    auto now = Clock::now();
    for (auto it = waiting_.begin();
         it != waiting_.end() && static_cast<int>(active_.size()) < options_.max_connections;) {
      Host& host = hosts_[it->host];
      if (it->not_before <= now && host.active < options_.max_per_host && host.next_start <= now) {
        host.active++;
        host.next_start = now + options_.host_interval;
        start(std::move(*it));
        it = waiting_.erase(it);
      } else {
        ++it;
      }
    }
  }

  void start(Job job) {
    auto transfer = std::make_unique<Transfer>();
    CURL* easy = curl_easy_init();
    transfer->easy = easy;
    transfer->collect_body = !job.head && requests_[job.index].need_body;
    transfer->headers = curl_slist_append(
        nullptr, "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
    curl_easy_setopt(easy, CURLOPT_URL, job.url.c_str());
    if (job.head) {
      curl_easy_setopt(easy, CURLOPT_NOBODY, 1L);
    } else {
      curl_easy_setopt(easy, CURLOPT_HTTPGET, 1L);
    }
    curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, static_cast<long>(options_.timeout.count()));
    curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS,
                     static_cast<long>(std::min<long long>(options_.timeout.count(), 10000)));
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(easy, CURLOPT_USERAGENT, options_.user_agent.c_str());
    curl_easy_setopt(easy, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(easy, CURLOPT_HTTPHEADER, transfer->headers);
    curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, transfer->error);
    curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, on_header);
    curl_easy_setopt(easy, CURLOPT_HEADERDATA, transfer.get());
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, transfer.get());
    transfer->job = std::move(job);
    curl_multi_add_handle(multi_, easy);
    active_.emplace(easy, std::move(transfer));
  }

  // Queues `job` again after `delay`; the whole host waits too, since it
  // asked to be left alone (Retry-After) or is struggling.
  bool retry(Job job, std::optional<long> retry_after) {
    if (job.attempt >= options_.retries) return false;
    milliseconds delay = retry_after ? milliseconds(*retry_after * 1000)
                                     : options_.backoff * (1 << std::min(job.attempt, 16));
    if (delay > options_.max_retry_wait) return false;
    job.attempt++;
    job.not_before = Clock::now() + delay;
    Host& host = hosts_[job.host];
    host.next_start = std::max(host.next_start, job.not_before);
    waiting_.push_back(std::move(job));
    return true;
  }

  void complete(CURL* easy, CURLcode code) {
    curl_multi_remove_handle(multi_, easy);
    auto node = active_.extract(easy);
    Transfer& transfer = *node.mapped();
    hosts_[transfer.job.host].active--;
    FetchResult& result = results_[transfer.job.index];
    result.attempts = transfer.job.attempt + 1;
    result.final_url = transfer.job.url;
    long status = 0;
    curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
    Job next = transfer.job;

    bool answered = status > 0 && (code == CURLE_OK ||
                                   (code == CURLE_WRITE_ERROR && transfer.stopped_on_purpose));
    if (!answered) {
      if (next.head && (code == CURLE_GOT_NOTHING || code == CURLE_RECV_ERROR ||
                        code == CURLE_WEIRD_SERVER_REPLY)) {
        next.head = false;  // some servers mishandle HEAD
        next.attempt = 0;
        waiting_.push_back(std::move(next));
        return;
      }
      if (transient(code) && retry(next, std::nullopt)) return;
      result.outcome = code == CURLE_OPERATION_TIMEDOUT ? FetchResult::Outcome::Timeout
                                                        : FetchResult::Outcome::Failed;
      result.error = transfer.error[0] ? transfer.error : curl_easy_strerror(code);
      return;
    }

    result.status = static_cast<int>(status);
    result.retry_after = transfer.retry_after;
    result.robot_challenge = transfer.robot_challenge;
    char* location = nullptr;
    curl_easy_getinfo(easy, CURLINFO_REDIRECT_URL, &location);
    if (status >= 300 && status < 400 && location && *location) {
      if (static_cast<int>(result.redirects.size()) >= options_.max_redirects) {
        result.outcome = FetchResult::Outcome::TooManyRedirects;
        return;
      }
      result.redirects.push_back({static_cast<int>(status), location});
      next.url = location;
      next.host = host_of(next.url);
      next.attempt = 0;
      next.not_before = {};
      waiting_.push_back(std::move(next));
      return;
    }
    if (retryable_status(status) && !transfer.robot_challenge &&
        retry(next, transfer.retry_after)) {
      return;
    }
    // Some servers refuse or botch HEAD but answer GET.
    if (next.head && status >= 400 && status != 429) {
      next.head = false;
      next.attempt = 0;
      waiting_.push_back(std::move(next));
      return;
    }
    result.outcome = FetchResult::Outcome::Response;
    char* type = nullptr;
    curl_easy_getinfo(easy, CURLINFO_CONTENT_TYPE, &type);
    result.content_type = type ? type : "";
    result.body = std::move(transfer.body);
  }

  // Until a transfer makes progress or a waiting request may start.
  void wait() {
    auto now = Clock::now();
    auto wake = now + milliseconds(200);
    // A request held back only by a busy host or too many connections waits
    // for a transfer to end, which wakes the poll below.
    bool room = static_cast<int>(active_.size()) < options_.max_connections;
    for (const auto& job : waiting_) {
      const Host& host = hosts_[job.host];
      if (!room || host.active >= options_.max_per_host) continue;
      wake = std::min(wake, std::max(job.not_before, host.next_start));
    }
    auto ms = std::chrono::duration_cast<milliseconds>(wake - now).count();
    ms = std::clamp<long long>(ms, 0, 200);
    if (!active_.empty()) {
      curl_multi_poll(multi_, nullptr, 0, static_cast<int>(ms), nullptr);
    } else if (ms > 0) {
      std::this_thread::sleep_for(milliseconds(ms));
    }
  }

  const std::vector<FetchRequest>& requests_;
  const FetchOptions& options_;
  std::vector<FetchResult> results_;
  CURLM* multi_ = nullptr;
  std::list<Job> waiting_;
  std::map<CURL*, std::unique_ptr<Transfer>> active_;
  std::map<std::string, Host> hosts_;
};

}  // namespace

std::vector<FetchResult> fetch_all(const std::vector<FetchRequest>& requests,
                                   const FetchOptions& options) {
  return Fetcher(requests, options).run();
}

}  // namespace cxo::check

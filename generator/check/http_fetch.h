#pragma once
// Fetches many URLs politely with libcurl's multi interface, in one thread:
// a bound on connections overall and per host, a minimum interval between
// two requests to one host, HEAD first with GET as the fallback, redirects
// followed one hop at a time (so each hop is rate-limited for its own host
// and reported), a timeout, and retries with exponential backoff that honour
// Retry-After.
#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace cxo::check {

struct FetchOptions {
  int max_connections = 8;
  int max_per_host = 2;
  std::chrono::milliseconds host_interval{500};
  std::chrono::milliseconds timeout{20000};
  int retries = 2;                          // after the first attempt
  std::chrono::milliseconds backoff{1000};  // first retry; doubles each time
  // A Retry-After longer than this is not waited for: the link is reported
  // as rate-limited instead of stalling the run.
  std::chrono::milliseconds max_retry_wait{60000};
  int max_redirects = 10;
  std::string user_agent = "cxo-link-check/1.0";
};

struct FetchRequest {
  std::string url;         // absolute http(s), without a fragment
  bool need_body = false;  // to look for a fragment's anchor in the page
};

struct Redirect {
  int status = 0;
  std::string location;  // absolute
};

struct FetchResult {
  enum class Outcome {
    Response,          // `status` holds the final answer
    Timeout,           // no answer within the timeout, every attempt
    TooManyRedirects,  // more than max_redirects hops
    Failed,            // no HTTP answer: DNS, connection, TLS…; see `error`
  };
  Outcome outcome = Outcome::Failed;
  int status = 0;
  std::string final_url;
  std::vector<Redirect> redirects;
  std::string error;
  int attempts = 0;                 // requests made for the final hop
  bool robot_challenge = false;     // a bot-protection page (Cloudflare, AWS WAF, LinkedIn…)
  std::optional<long> retry_after;  // seconds, from the last answer that gave one
  std::string content_type;
  std::string body;  // need_body, HTML, status 2xx: the page (at most a few MB)
};

// One result per request, in the same order.
std::vector<FetchResult> fetch_all(const std::vector<FetchRequest>& requests,
                                   const FetchOptions& options);

}  // namespace cxo::check

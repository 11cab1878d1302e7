#include "check/verdict.h"

#include "check/html_scan.h"

namespace cxo::check {

namespace {

std::string status_text(int status) {
  static const std::pair<int, const char*> kReasons[] = {
      {400, "bad request"},         {401, "unauthorized"},
      {403, "forbidden"},           {404, "not found"},
      {405, "method not allowed"},  {410, "gone"},
      {429, "too many requests"},   {451, "unavailable for legal reasons"},
      {500, "server error"},        {502, "bad gateway"},
      {503, "service unavailable"}, {504, "gateway timeout"},
  };
  for (const auto& [code, reason] : kReasons) {
    if (code == status) return std::to_string(status) + " (" + reason + ")";
  }
  return std::to_string(status);
}

std::string seconds_text(long long ms) {
  long long tenths = (ms + 50) / 100;
  std::string text = std::to_string(tenths / 10);
  if (tenths % 10) text.append(".").append(std::to_string(tenths % 10));
  return text.append(" s");
}

std::string attempts_text(int attempts) {
  return attempts == 1 ? "1 attempt" : std::to_string(attempts) + " attempts";
}

}  // namespace

Verdict judge(const FetchResult& result, const std::string& fragment, const FetchOptions& options) {
  Verdict verdict;
  auto note = [&](Severity severity, std::string text) {
    verdict.notes.push_back({severity, std::move(text)});
  };
  using Outcome = FetchResult::Outcome;
  switch (result.outcome) {
    case Outcome::TooManyRedirects:
      note(Severity::Error, "redirects more than " + std::to_string(options.max_redirects) +
                                " times (last to " + result.final_url + ")");
      return verdict;
    case Outcome::Timeout:
      note(Severity::Warning, "got no answer within " + seconds_text(options.timeout.count()) +
                                  " (" + attempts_text(result.attempts) + ")");
      return verdict;
    case Outcome::Failed:
      note(Severity::Error, "cannot be fetched: " + result.error);
      return verdict;
    case Outcome::Response:
      break;
  }
  int status = result.status;
  std::string via;  // said when the problem is at the end of redirects
  if (!result.redirects.empty()) via = "redirects to " + result.final_url + ", which ";
  bool transient = false;
  if (result.robot_challenge || status == 999) {
    note(Severity::Warning, via + "answers " + status_text(status) +
                                " with a robot check; open it in a browser to check it");
    transient = true;
  } else if (status == 401 || status == 403) {
    note(Severity::Warning, via + "answers " + status_text(status) +
                                "; the server may refuse link checkers, open it in a browser to "
                                "check it");
    transient = true;
  } else if (status == 429) {
    std::string wait = result.retry_after
                           ? "; it asked to wait " + std::to_string(*result.retry_after) + " s"
                           : "";
    note(Severity::Warning, via + "answers " + status_text(status) + " after " +
                                attempts_text(result.attempts) + wait);
    transient = true;
  } else if (status >= 400 || status < 200) {
    note(Severity::Error, via + "answers " + status_text(status));
    return verdict;
  } else if (status >= 300) {
    note(Severity::Warning, via + "answers " + status_text(status) + " without a Location");
  }

  if (!result.redirects.empty() && status >= 200 && status < 300) {
    const Redirect& first = result.redirects.front();
    bool permanent = first.status == 301 || first.status == 308;
    note(Severity::Warning, "redirects (" + std::to_string(first.status) +
                                (permanent ? ", moved permanently" : ", temporarily") + ") to " +
                                result.final_url + (permanent ? "; link to the new address" : ""));
  }
  // "#" alone and "#top" go to the top of any page.
  if (!fragment.empty() && fragment != "top" && status >= 200 && status < 300 &&
      !result.body.empty()) {
    auto anchors = scan_html(result.body).anchors;
    // GitHub renders Markdown headings as "user-content-<anchor>" and
    // scrolls to them with a script.
    if (!anchors.contains(fragment) && !anchors.contains("user-content-" + fragment)) {
      note(Severity::Warning, "leads to a page that has no anchor '#" + fragment + "'");
    }
  }
  verdict.cacheable = !transient;
  return verdict;
}

}  // namespace cxo::check

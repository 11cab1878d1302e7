#pragma once
// What an answer from a server means for a link: broken (an error), worth a
// look (a warning), or fine. Rate limits, refusals and robot checks are
// warnings: the page may well be there, the server just would not tell a
// robot; timeouts too, since a slow server is not a missing page.
#include <string>
#include <vector>

#include "check/http_fetch.h"
#include "util/diagnostics.h"

namespace cxo::check {

// One thing to say about a link, said of the link ("answers 404 (not found)").
struct Note {
  Severity severity = Severity::Error;
  std::string text;
};

struct Verdict {
  std::vector<Note> notes;  // empty: the link is fine
  // Whether a later run may reuse it: not for errors (an editor fixing a link
  // wants to see it fixed) nor for answers that may change within minutes.
  bool cacheable = false;
};

// `fragment`: what the link looks for on the page, decoded; empty for none.
Verdict judge(const FetchResult& result, const std::string& fragment, const FetchOptions& options);

}  // namespace cxo::check

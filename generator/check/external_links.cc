#include "check/external_links.h"

#include <memory>

#include "check/link_cache.h"
#include "check/verdict.h"

namespace cxo::check {

namespace {

void report(const ExternalUse& use, const std::vector<Note>& notes, Diagnostics& diagnostics) {
  for (const auto& note : notes) {
    for (const auto& origin : use.origins) {
      std::string subject = origin.from_theme ? "the theme's link '" : "link '";
      diagnostics.add({origin.pos, note.severity, subject + origin.written + "' " + note.text});
    }
  }
}

}  // namespace

void check_external_links(const std::map<std::string, ExternalUse>& uses,
                          const std::vector<std::string>& skip, const ExternalOptions& options,
                          Diagnostics& diagnostics, ExternalStats& stats, std::string& error) {
  std::unique_ptr<LinkCache> cache;
  if (!options.cache_file.empty()) {
    cache = std::make_unique<LinkCache>(options.cache_file, options.cache_max_age);
  }
  // URL -> the links (with fragments) still to be answered by fetching it.
  std::map<std::string, std::vector<const std::pair<const std::string, ExternalUse>*>> to_fetch;
  for (const auto& entry : uses) {
    const auto& [key, use] = entry;
    ++stats.links;
    bool skipped = false;
    for (const auto& prefix : skip) {
      if (!prefix.empty() && use.url.starts_with(prefix)) skipped = true;
    }
    if (skipped) {
      ++stats.skipped;
      continue;
    }
    if (cache) {
      if (auto notes = cache->find(key)) {
        ++stats.cached;
        report(use, *notes, diagnostics);
        continue;
      }
    }
    to_fetch[use.url].push_back(&entry);
  }

  std::vector<FetchRequest> requests;
  for (const auto& [url, links] : to_fetch) {
    FetchRequest request{url, false};
    for (const auto* link : links) {
      const ExternalUse& use = link->second;
      if (!use.fragment.empty() && use.fragment != "top") request.need_body = true;
    }
    requests.push_back(std::move(request));
  }
  stats.fetched = requests.size();
  if (options.progress && !requests.empty()) {
    *options.progress << "fetching " << requests.size() << (requests.size() == 1 ? " URL" : " URLs")
                      << " (" << stats.cached << " answered from the cache)...\n"
                      << std::flush;
  }
  std::vector<FetchResult> results = fetch_all(requests, options.fetch);
  for (const auto& result : results) {
    if (result.outcome == FetchResult::Outcome::Failed) ++stats.unanswered;
  }

  std::size_t i = 0;
  for (const auto& [url, links] : to_fetch) {
    const FetchResult& result = results[i++];
    for (const auto* link : links) {
      const ExternalUse& use = link->second;
      Verdict verdict = judge(result, use.fragment, options.fetch);
      report(use, verdict.notes, diagnostics);
      bool has_error = false;
      for (const auto& note : verdict.notes) has_error |= note.severity == Severity::Error;
      if (cache && verdict.cacheable && !has_error) cache->store(link->first, verdict.notes);
    }
  }
  if (cache && !requests.empty()) cache->save(error);
}

}  // namespace cxo::check

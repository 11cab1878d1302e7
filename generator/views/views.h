#pragma once
// Views stage: what each page shows, as data for its template. One function
// per page type; plan_pages lists every page of the site with the function
// that builds its data, so pages can be built and rendered in parallel.
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "model/statistics.h"
#include "views/context.h"

namespace cxo::views {

// One output file. An HTML page names its template and the function that
// builds its data; any other file (JSON, CSV, feeds, search shards) gives the
// function that produces its bytes; a file published as it is names its
// source, which is copied, not rendered.
struct PagePlan {
  std::string path;           // output file, e.g. "meetings/<id>/index.html"
  std::string template_name;  // e.g. "meeting"; empty for a file made by `bytes`
  std::function<Value()> data;
  std::function<std::string()> bytes;
  std::string copy_of = {};  // a path in the site folder, e.g. "static/logo.png"
};

// An HTML page rendered through a template.
inline PagePlan html_page(std::string path, std::string template_name,
                          std::function<Value()> data) {
  return {std::move(path), std::move(template_name), std::move(data), {}};
}

// Every file of the site, from the feature lists below.
std::vector<PagePlan> plan_pages(const ViewContext& context);
// Every file but the search index's, whose planning builds the index (most
// of a second at 10,000 meetings): a build renders these meanwhile.
void plan_site_pages(const ViewContext& context, std::vector<PagePlan>& plans);
// The search index's files (search/index.js, t/, p/, d/, topics.js).
// `threads` build the index; one when other threads render pages meanwhile.
void plan_search_index(const ViewContext& context, std::vector<PagePlan>& plans, unsigned threads);

// Each feature lists its own files (views/plan_*.cc).
void plan_archive_pages(const ViewContext& context, std::vector<PagePlan>& plans);
void plan_history_pages(const ViewContext& context, std::vector<PagePlan>& plans);
// The statistics page and the open data's meetings.csv show the same
// figures, derived once.
using SharedStatistics = std::shared_ptr<const Statistics>;
void plan_statistics_pages(const ViewContext& context, const SharedStatistics& statistics,
                           std::vector<PagePlan>& plans);
void plan_open_data(const ViewContext& context, const SharedStatistics& statistics,
                    std::vector<PagePlan>& plans);
void plan_feeds(const ViewContext& context, std::vector<PagePlan>& plans);
void plan_search_page(const ViewContext& context, std::vector<PagePlan>& plans);
void plan_static_files(const ViewContext& context, std::vector<PagePlan>& plans);

Value home_view(const ViewContext& context);
Value meetings_index_view(const ViewContext& context);
Value meeting_view(const ViewContext& context, int meeting);
Value organizations_index_view(const ViewContext& context);
Value organization_view(const ViewContext& context, int organization);
Value topics_index_view(const ViewContext& context);
Value topic_view(const ViewContext& context, int topic);
Value free_page_view(const ViewContext& context, int page);
Value not_found_view(const ViewContext& context);

// schema.org Event data (JSON-LD) for a meeting's page; empty for none.
std::string meeting_json_ld(const ViewContext& context, int meeting);

// Shared pieces.
// A stage as the six-step progression it is part of.
Value stage_view(std::optional<Stage> stage);
Value agenda_item_view(const ViewContext& context, const Meeting& meeting, const AgendaItem& item);
// `meeting`: the meeting that recorded it, whose page relative follow-up
// URLs are read against.
Value conclusion_view(const Conclusion& conclusion, const Meeting& meeting);
// The meeting's `counts` as published (companies, executives); false when
// it gives none.
Value published_counts(const Meeting& meeting);

// A URL from `meeting`'s YAML for its pages (markdown::page_link), without
// naming the meeting's folder for the absolute URLs nearly all are.
std::string meeting_page_link(std::string_view url, const Meeting& meeting);
// A source line: linked when it is a URL.
Value source_view(const std::string& source);

}  // namespace cxo::views

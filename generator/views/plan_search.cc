// Search page and index files (issue 5). The index is built once, from the
// documents the model already holds (each communiqué was parsed once, its
// sections are reused); its files are then serialized in parallel.
#include "search/index_files.h"
#include "views/views.h"

namespace cxo::views {

namespace {

Value search_view(const ViewContext& context) {
  return Value(Value::Object{
      {"page", context.frame("search/index.html", "Search", "search",
                             "Search the meetings, communiqués, topics and organizations of " +
                                 context.site().config.title)}});
}

}  // namespace

void plan_search_page(const ViewContext& context, std::vector<PagePlan>& plans) {
  plans.push_back({"search/index.html", "search", [&] { return search_view(context); }, nullptr});
}

void plan_search_index(const ViewContext& context, std::vector<PagePlan>& plans, unsigned threads) {
  std::shared_ptr<const search::IndexFiles> files =
      search::build_index_files(context.site(), threads);
  plans.push_back(
      {search::manifest_path(), "", nullptr, [files] { return search::manifest_file(*files); }});
  plans.push_back({search::topics_path(), "", nullptr, [files] { return files->topics_file; }});
  for (std::size_t s = 0; s < files->words.count(); ++s) {
    plans.push_back({search::word_shard_path(s), "", nullptr,
                     [files, s] { return search::word_shard_file(*files, s); }});
  }
  for (std::size_t s = 0; s < files->phrases.count(); ++s) {
    plans.push_back({search::phrase_shard_path(s), "", nullptr,
                     [files, s] { return search::phrase_shard_file(*files, s); }});
  }
  for (std::size_t b = 0; b < files->block_count(); ++b) {
    plans.push_back(
        {search::block_path(b), "", nullptr, [files, b] { return search::block_file(*files, b); }});
  }
}

}  // namespace cxo::views

#pragma once
// What every view needs: the linked site, its indexes, and the small Values
// that many pages show (a meeting's title, date and link; an organization's
// name and link), built once and shared.
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "model/indexes.h"
#include "model/site.h"
#include "render/value.h"

namespace cxo::views {

using render::Value;

// Site-relative output paths. Links point at index.html itself so the site
// also works opened from disk (file://), where folders don't open their
// index.html.
std::string meeting_path(const Meeting& meeting);
std::string topic_path(const Topic& topic);
std::string organization_path(const Organization& organization);
// The folders of those pages ("meetings/<id>/"), which relative URLs in a
// meeting's or an organization's YAML are read against.
std::string meeting_folder(const Meeting& meeting);
std::string organization_folder(const Organization& organization);

class ViewContext {
 public:
  ViewContext(const Site& site, const Indexes& indexes);

  const Site& site() const { return site_; }
  const Indexes& indexes() const { return indexes_; }

  const Value& meeting_ref(int index) const { return meeting_refs_[index]; }
  const Value& topic_ref(int index) const { return topic_refs_[index]; }
  const Value& organization_ref(int index) const { return organization_refs_[index]; }
  Value organization_list(const std::vector<Reference>& refs) const;
  // Item `item` of a meeting's agenda (agenda_item_view), as its meeting's
  // page, its topic's page and up to six reports show it: built on first use,
  // by whichever thread needs it first, and shared.
  const Value& agenda_item(int meeting, int item) const;
  // Drops what was built from a meeting that the preview replaced in place.
  // Not while pages are being rendered.
  void forget_meeting(int meeting);
  Value meeting_list(const std::vector<int>& meetings) const;

  // The frame every page shares: site title, navigation, the relative path
  // back to the site root, the canonical URL. `path` is the page's output
  // file; `section` names the navigation entry to mark as current.
  Value frame(const std::string& path, const std::string& title, const std::string& section,
              const std::string& description = {}) const;

 private:
  const Site& site_;
  const Indexes& indexes_;
  std::vector<Value> meeting_refs_;
  std::vector<Value> topic_refs_;
  std::vector<Value> organization_refs_;
  // The navigation, once per section it can mark as current.
  std::map<std::string, Value, std::less<>> navs_;
  struct AgendaViews {
    std::mutex mutex;
    bool built = false;
    std::vector<Value> items;
  };
  std::unique_ptr<AgendaViews[]> agenda_views_;
};

// Organizations (indexes into Site::organizations) in the order a reader
// looks a name up: by the name shown, short or full, without case.
enum class NameShown { Short, Full };
std::vector<int> sorted_by_name(const Site& site, std::vector<int> organizations, NameShown shown);

// "1 meeting", "3 meetings".
std::string count_label(std::size_t count, const char* one, const char* many);

// The way from a page back to the site root: "../../" for
// "meetings/x/index.html", "" for "index.html". The 404 page is served for
// missing addresses at any depth, so it starts from the site's own path on
// the server instead ("/cxo/" for https://host/cxo/).
std::string page_root(const SiteConfig& config, const std::string& path);

}  // namespace cxo::views

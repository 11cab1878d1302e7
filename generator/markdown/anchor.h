#pragma once
// Heading anchors as CONTENT-MODEL.md defines them, so that a link written
// by hand (meetings/<id>/#<anchor>) and the generated id always agree.
#include <set>
#include <string>
#include <string_view>

namespace cxo::markdown {

// "Réseaux & 5G" -> "réseaux-5g"; "" when the text has no letter or digit.
std::string slugify(std::string_view text);

// Hands out unique anchors on one page: "x", then "x-2", "x-3", … skipping
// any already taken; an empty slug becomes "section".
class AnchorSet {
 public:
  std::string claim(std::string_view text);
  // An id the page holds besides the headings', which no heading may take.
  void reserve(std::string anchor) { taken_.insert(std::move(anchor)); }
  bool taken(const std::string& anchor) const { return taken_.count(anchor) > 0; }

 private:
  std::set<std::string, std::less<>> taken_;
};

}  // namespace cxo::markdown

#include "data/feeds.h"
#include "data/urls.h"

namespace cxo::data {

std::string sitemap_xml(const SiteConfig& config, const std::vector<std::string>& paths) {
  std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
  for (const auto& path : paths) {
    xml += "<url><loc>" + xml_escape(absolute_url(config, path)) + "</loc></url>\n";
  }
  xml += "</urlset>\n";
  return xml;
}

std::string robots_txt(const SiteConfig& config) {
  return "User-agent: *\nAllow: /\n\nSitemap: " + config.base_url + "sitemap.xml\n";
}

}  // namespace cxo::data

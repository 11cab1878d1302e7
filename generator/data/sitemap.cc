#include <algorithm>

#include "data/feeds.h"
#include "data/urls.h"

namespace cxo::data {

std::size_t sitemap_file_count(std::size_t pages) {
  return pages <= kSitemapLimit ? 1 : 1 + (pages + kSitemapLimit - 1) / kSitemapLimit;
}

std::string sitemap_path(std::size_t file) {
  return file == 0 ? "sitemap.xml" : "sitemap-" + std::to_string(file) + ".xml";
}

std::string sitemap_xml(const SiteConfig& config, const std::vector<std::string>& paths,
                        std::size_t file) {
  const std::size_t files = sitemap_file_count(paths.size());
  std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  const char* kNamespace = " xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
  if (file == 0 && files > 1) {
    xml += std::string("<sitemapindex") + kNamespace;
    for (std::size_t i = 1; i < files; ++i) {
      xml +=
          "<sitemap><loc>" + xml_escape(config.base_url + sitemap_path(i)) + "</loc></sitemap>\n";
    }
    return xml + "</sitemapindex>\n";
  }
  std::size_t begin = files == 1 ? 0 : (file - 1) * kSitemapLimit;
  std::size_t end = files == 1 ? paths.size() : std::min(paths.size(), begin + kSitemapLimit);
  xml += std::string("<urlset") + kNamespace;
  for (std::size_t i = begin; i < end; ++i) {
    xml += "<url><loc>" + xml_escape(absolute_url(config, paths[i])) + "</loc></url>\n";
  }
  return xml + "</urlset>\n";
}

std::string robots_txt(const SiteConfig& config) {
  return "User-agent: *\nAllow: /\n\nSitemap: " + config.base_url + "sitemap.xml\n";
}

}  // namespace cxo::data

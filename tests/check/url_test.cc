// Resolving links of rendered pages, and reading pages for links and anchors.
#include <gtest/gtest.h>

#include "check/html_scan.h"
#include "check/url.h"

namespace cxo::check {
namespace {

SiteConfig config(const std::string& base_url = "https://archive.example.org/cxo/") {
  SiteConfig site;
  site.base_url = base_url;
  return site;
}

TEST(ResolveTarget, RelativeLinksResolveAgainstThePage) {
  Target target = resolve_target("../../topics/x/index.html#a", "meetings/m/index.html", config());
  EXPECT_EQ(target.kind, Target::Kind::Internal);
  EXPECT_EQ(target.path, "topics/x/index.html");
  EXPECT_TRUE(target.has_fragment);
  EXPECT_EQ(target.fragment, "a");
}

TEST(ResolveTarget, FoldersMeanTheirIndexAndFragmentsAloneMeanThePage) {
  EXPECT_EQ(resolve_target("../", "meetings/m/index.html", config()).path, "meetings/index.html");
  EXPECT_EQ(resolve_target("#x", "meetings/m/index.html", config()).path, "meetings/m/index.html");
  EXPECT_EQ(resolve_target("?q=1", "search/index.html", config()).path, "search/index.html");
  EXPECT_EQ(resolve_target("search/?q=a#b", "index.html", config()).path, "search/index.html");
}

TEST(ResolveTarget, NonAsciiFragmentsArePercentDecoded) {
  EXPECT_EQ(resolve_target("#r%C3%A9seaux-5g", "index.html", config()).fragment, "réseaux-5g");
  EXPECT_EQ(resolve_target("#réseaux-5g", "index.html", config()).fragment, "réseaux-5g");
}

TEST(ResolveTarget, LinksUnderBaseUrlAreInternalInEveryForm) {
  Target absolute =
      resolve_target("https://archive.example.org/cxo/meetings/", "index.html", config());
  EXPECT_EQ(absolute.kind, Target::Kind::Internal);
  EXPECT_EQ(absolute.path, "meetings/index.html");
  EXPECT_EQ(resolve_target("https://archive.example.org/cxo", "a/index.html", config()).path,
            "index.html");
  Target rooted = resolve_target("/cxo/about/index.html", "404.html", config());
  EXPECT_EQ(rooted.kind, Target::Kind::Internal);
  EXPECT_EQ(rooted.path, "about/index.html");
  EXPECT_EQ(resolve_target("/other/", "404.html", config()).kind, Target::Kind::Outside);
}

TEST(ResolveTarget, ClimbingAboveTheRootLeavesTheSite) {
  EXPECT_EQ(resolve_target("../../x/", "about/index.html", config()).kind, Target::Kind::Outside);
}

TEST(ResolveTarget, OtherSchemesAreExternalOrIgnored) {
  Target external = resolve_target("https://www.itu.int/x#y", "index.html", config());
  EXPECT_EQ(external.kind, Target::Kind::External);
  EXPECT_EQ(external.url, "https://www.itu.int/x");
  EXPECT_EQ(external.fragment, "y");
  EXPECT_EQ(resolve_target("//www.itu.int/x", "index.html", config()).url, "https://www.itu.int/x");
  EXPECT_EQ(resolve_target("mailto:tsbdir@itu.int", "index.html", config()).kind,
            Target::Kind::Ignored);
}

TEST(Decoding, EntitiesAndPercentEscapes) {
  EXPECT_EQ(decode_entities("a&amp;b&#233;&#x41;&lt;&unknown;"), "a&béA<&unknown;");
  EXPECT_EQ(percent_decode("%41%2x%"), "A%2x%");
  EXPECT_EQ(host_of("https://User@Example.org:8080/x?y"), "example.org:8080");
  EXPECT_EQ(display_address("meetings/x/index.html"), "meetings/x/");
  EXPECT_EQ(display_address("index.html"), "./");
}

TEST(ScanHtml, ReadsLinksAndAnchorsButNotScriptsOrComments) {
  HtmlScan scan = scan_html(
      "<!doctype html><a href=\"a.html?x=1&amp;y=2\" id=top>x</a><img src='i.png'>"
      "<!-- <a href=\"commented.html\"> --><script>var s = '<a href=\"script.html\">';</script>"
      "<h2 id=\"r&#233;seaux\">R</h2><a name=\"old\"></a><p name=\"not-an-anchor\"></p>"
      "<link rel=\"preconnect\" href=\"https://fonts.example.org\"><loc> https://x.org/ </loc>");
  EXPECT_EQ(scan.links, (std::vector<std::string>{"a.html?x=1&y=2", "i.png", "https://x.org/"}));
  EXPECT_EQ(scan.anchors, (std::set<std::string, std::less<>>{"old", "réseaux", "top"}));
}

}  // namespace
}  // namespace cxo::check

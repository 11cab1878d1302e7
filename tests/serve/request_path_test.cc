#include "serve/request_path.h"

#include <gtest/gtest.h>

#include "serve/content_type.h"

namespace cxo::serve {
namespace {

using Segments = std::vector<std::string>;

TEST(RequestPath, SplitsAndDecodes) {
  auto path = parse_request_path("/meetings/a%20b/?q=1#top");
  ASSERT_TRUE(path);
  EXPECT_EQ(path->segments, (Segments{"meetings", "a b"}));
  EXPECT_TRUE(path->folder);
  path = parse_request_path("/assets/style.css");
  ASSERT_TRUE(path);
  EXPECT_EQ(path->segments, (Segments{"assets", "style.css"}));
  EXPECT_FALSE(path->folder);
  path = parse_request_path("/");
  ASSERT_TRUE(path);
  EXPECT_TRUE(path->segments.empty());
  EXPECT_TRUE(path->folder);
  path = parse_request_path("//meetings//index.html");
  ASSERT_TRUE(path);
  EXPECT_EQ(path->segments, (Segments{"meetings", "index.html"}));
}

TEST(RequestPath, RefusesEveryWayOut) {
  for (const char* target : {"/../site.yaml",
                             "/meetings/../../site.yaml",
                             "/%2e%2e/site.yaml",
                             "/%2E%2E/site.yaml",
                             "/%2e%2e%2fsite.yaml",
                             "/..%2fsite.yaml",
                             "/assets/..%2F..%2Fsite.yaml",
                             "/%2f..%2f..%2fetc%2fpasswd",
                             "/.%2e/site.yaml",
                             "/./index.html",
                             "/..\\site.yaml",
                             "/%5c..%5csite.yaml",
                             "/index.html%00.css",
                             "/a%0a",
                             "/bad%zzescape",
                             "/truncated%2",
                             "../site.yaml",
                             "site.yaml",
                             "http://127.0.0.1/../site.yaml",
                             "*",
                             ""}) {
    EXPECT_FALSE(parse_request_path(target)) << target;
  }
}

TEST(RequestPath, DecodesOnce) {
  // "%252e" is a literal "%2e", not a dot: a name, harmless.
  auto path = parse_request_path("/%252e%252e/x");
  ASSERT_TRUE(path);
  EXPECT_EQ(path->segments, (Segments{"%2e%2e", "x"}));
}

TEST(RequestPath, BaseSegmentsComeFromBaseUrl) {
  EXPECT_EQ(base_segments("https://example.org/"), Segments{});
  EXPECT_EQ(base_segments("https://example.org"), Segments{});
  EXPECT_EQ(base_segments("https://example.org/cxo/"), (Segments{"cxo"}));
  EXPECT_EQ(base_segments("https://example.org/a/b/"), (Segments{"a", "b"}));
}

TEST(ContentType, ByExtension) {
  EXPECT_EQ(content_type_of("index.html"), "text/html; charset=utf-8");
  EXPECT_EQ(content_type_of("assets/style.css"), "text/css; charset=utf-8");
  EXPECT_EQ(content_type_of("assets/search.js"), "text/javascript; charset=utf-8");
  EXPECT_EQ(content_type_of("data/meetings.json"), "application/json");
  EXPECT_EQ(content_type_of("data/meetings.csv"), "text/csv; charset=utf-8");
  EXPECT_EQ(content_type_of("feed.xml"), "application/xml");
  EXPECT_EQ(content_type_of("logo.SVG"), "image/svg+xml");
  EXPECT_EQ(content_type_of("fonts/a.woff2"), "font/woff2");
  EXPECT_EQ(content_type_of("reports/report.md"), "text/markdown; charset=utf-8");
  EXPECT_EQ(content_type_of("x.v1/README"), "application/octet-stream");
  EXPECT_EQ(content_type_of("blob.bin"), "application/octet-stream");
}

}  // namespace
}  // namespace cxo::serve

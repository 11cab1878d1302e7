// base_url: the address every page's address is built on.
#include "load/site_config.h"

#include <gtest/gtest.h>

namespace cxo::load {
namespace {

std::optional<SiteConfig> config_with(const std::string& base_url, Diagnostics& diagnostics) {
  MemoryFileSystem files;
  files.add("site.yaml", "title: T\nbase_url: " + base_url + "\n");
  return load_site_config(files, diagnostics);
}

TEST(BaseUrl, TakesTheSchemeInAnyCaseAndAddsTheTrailingSlash) {
  Diagnostics diagnostics;
  auto config = config_with("HTTPS://www.itu.int/cxo", diagnostics);
  ASSERT_TRUE(config);
  EXPECT_FALSE(diagnostics.has_errors());
  EXPECT_EQ(config->base_url, "https://www.itu.int/cxo/");
}

TEST(BaseUrl, RefusesAQueryOrAFragment) {
  for (const char* url : {"https://www.itu.int/cxo/#top", "https://www.itu.int/cxo/?lang=en"}) {
    Diagnostics diagnostics;
    config_with(url, diagnostics);
    ASSERT_TRUE(diagnostics.has_errors()) << url;
    EXPECT_NE(diagnostics.sorted().front().message.find("query or fragment"), std::string::npos);
  }
}

TEST(Language, TakesBcp47TagsAndRefusesOtherText) {
  for (const char* tag : {"en", "fr-CH", "zh-Hant-TW", "x-private", "i-klingon", "es-419"}) {
    Diagnostics diagnostics;
    MemoryFileSystem files;
    files.add("site.yaml",
              std::string("title: T\nbase_url: https://e.org/\nlanguage: ") + tag + "\n");
    auto config = load_site_config(files, diagnostics);
    EXPECT_FALSE(diagnostics.has_errors()) << tag;
    if (config) {
      EXPECT_EQ(config->language, tag);
    }
  }
  for (const char* tag : {"english", "english please", "e", "x", "en_GB", "en--GB"}) {
    Diagnostics diagnostics;
    MemoryFileSystem files;
    files.add("site.yaml",
              std::string("title: T\nbase_url: https://e.org/\nlanguage: ") + tag + "\n");
    load_site_config(files, diagnostics);
    EXPECT_TRUE(diagnostics.has_errors()) << tag;
  }
}

}  // namespace
}  // namespace cxo::load

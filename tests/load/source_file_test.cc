// Which link addresses an editor may write: relative ones and http, https
// and mailto, as a browser would read them.
#include "load/source_file.h"

#include <gtest/gtest.h>

namespace cxo::load {
namespace {

TEST(AllowedScheme, TakesRelativeLinksAndTheThreeSchemesInAnyCase) {
  EXPECT_TRUE(has_allowed_scheme("https://www.itu.int/"));
  EXPECT_TRUE(has_allowed_scheme("HTTP://www.itu.int/"));
  EXPECT_TRUE(has_allowed_scheme("mailto:tsbdir@itu.int"));
  EXPECT_TRUE(has_allowed_scheme("../2019-12-dubai/"));
  EXPECT_TRUE(has_allowed_scheme("/cxo/files/a.pdf"));
  EXPECT_TRUE(has_allowed_scheme("files/a:b.pdf"));  // no scheme before the first '/'
  EXPECT_TRUE(has_allowed_scheme("#quantum"));
}

TEST(AllowedScheme, RefusesOtherSchemes) {
  EXPECT_FALSE(has_allowed_scheme("javascript:alert(1)"));
  EXPECT_FALSE(has_allowed_scheme("JavaScript:alert(1)"));
  EXPECT_FALSE(has_allowed_scheme("ftp://ftp.itu.int/a.pdf"));
  EXPECT_FALSE(has_allowed_scheme("data:text/html,<b>x</b>"));
}

// Browsers drop spaces and control characters around a URL and tabs and
// line breaks inside it before they read its scheme.
TEST(AllowedScheme, SeesTheSchemeABrowserWouldRun) {
  EXPECT_FALSE(has_allowed_scheme(" javascript:alert(1)"));
  EXPECT_FALSE(has_allowed_scheme("\tjavascript:alert(1)"));
  EXPECT_FALSE(has_allowed_scheme("\x01javascript:alert(1)"));
  EXPECT_FALSE(has_allowed_scheme("java\nscript:alert(1)"));
  EXPECT_FALSE(has_allowed_scheme("java\tscr\ript:alert(1)"));
  EXPECT_TRUE(has_allowed_scheme(" https://www.itu.int/ "));
}

}  // namespace
}  // namespace cxo::load

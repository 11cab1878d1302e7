// The summary line counts the messages it follows.
#include "util/diagnostics.h"

#include <gtest/gtest.h>

namespace cxo {
namespace {

TEST(Diagnostics, CountsAMistakeTwoStagesReportAlikeOnce) {
  Diagnostics diagnostics;
  diagnostics.error({"themes/x", 0, 0}, "symbolic link leads outside the site folder");
  diagnostics.error({"themes/x", 0, 0}, "symbolic link leads outside the site folder");
  diagnostics.warning({"site.yaml", 3, 1}, "unknown key 'foo'");
  EXPECT_EQ(diagnostics.sorted().size(), 2u);
  EXPECT_EQ(diagnostics.error_count(), 1u);
  EXPECT_EQ(diagnostics.warning_count(), 1u);
  EXPECT_TRUE(diagnostics.has_errors());
}

}  // namespace
}  // namespace cxo

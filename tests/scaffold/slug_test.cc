// City names to id parts.
#include <gtest/gtest.h>

#include "scaffold/meeting_files.h"
#include "scaffold/slug.h"

namespace cxo::scaffold {
namespace {

TEST(Slug, LowerCasesAndHyphenatesLatinNames) {
  EXPECT_EQ(slug_of("Geneva"), "geneva");
  EXPECT_EQ(slug_of("São Paulo"), "sao-paulo");
  EXPECT_EQ(slug_of("  Rio de Janeiro "), "rio-de-janeiro");
  EXPECT_EQ(slug_of("Washington, D.C."), "washington-d-c");
  EXPECT_EQ(slug_of("N'Djamena"), "ndjamena");
  EXPECT_EQ(slug_of("Łódź"), "lodz");
  EXPECT_EQ(slug_of("Düsseldorf"), "dusseldorf");
  EXPECT_EQ(slug_of("Straße"), "strasse");
}

TEST(Slug, IsEmptyWithoutAnAsciiSpelling) {
  EXPECT_EQ(slug_of("東京"), "");
  EXPECT_EQ(slug_of("---"), "");
}

TEST(YamlScalar, QuotesOnlyWhatPlainYamlWouldMisread) {
  EXPECT_EQ(yaml_scalar("Côte d'Ivoire"), "Côte d'Ivoire");
  EXPECT_EQ(yaml_scalar("Washington, D.C."), "Washington, D.C.");
  EXPECT_EQ(yaml_scalar("No"), "\"No\"");
  EXPECT_EQ(yaml_scalar("Dubai: UAE"), "\"Dubai: UAE\"");
  EXPECT_EQ(yaml_scalar("Say \"hi\""), "\"Say \\\"hi\\\"\"");
}

}  // namespace
}  // namespace cxo::scaffold

#include "search/fold.h"

#include <gtest/gtest.h>

namespace cxo::search {
namespace {

TEST(Fold, LowersCaseAndDropsAccents) {
  EXPECT_EQ(fold("Communiqué"), "communique");
  EXPECT_EQ(fold("TÉLÉCOM"), "telecom");
  EXPECT_EQ(fold("naïve"), "naive");
  EXPECT_EQ(fold("ASCII only"), "ascii only");
}

TEST(Fold, HandlesDecomposedInputAndCompatibilityForms) {
  EXPECT_EQ(fold("Cafe\u0301"), "cafe");  // e + combining acute
  EXPECT_EQ(fold("ﬁbre"), "fibre");       // ligature
  EXPECT_EQ(fold("ＩＭＴ"), "imt");       // fullwidth
}

TEST(Fold, MapsLettersWithoutDecomposition) {
  EXPECT_EQ(fold("Straße"), "strasse");
  EXPECT_EQ(fold("Łódź"), "lodz");
  EXPECT_EQ(fold("Øresund"), "oresund");
  EXPECT_EQ(fold("Ærø"), "aero");
  EXPECT_EQ(fold("İstanbul"), "istanbul");
  EXPECT_EQ(fold("ΟΔΟΣ"), "οδοσ");  // final sigma folds to σ
}

TEST(Fold, KeepsOtherScripts) {
  EXPECT_EQ(fold("Москва"), "москва");
  EXPECT_EQ(fold("中国"), "中国");
}

}  // namespace
}  // namespace cxo::search

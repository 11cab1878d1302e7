#include "markdown/anchor.h"

#include <gtest/gtest.h>

namespace cxo::markdown {

TEST(Anchor, FollowsTheContentModelExamples) {
  EXPECT_EQ(slugify("Mitigating voice traffic fraud"), "mitigating-voice-traffic-fraud");
  EXPECT_EQ(slugify("Réseaux & 5G"), "réseaux-5g");
}

TEST(Anchor, DropsHyphensAtEitherEndAndFoldsRuns) {
  EXPECT_EQ(slugify("  --Fibre optics, AI, and data--  "), "fibre-optics-ai-and-data");
  EXPECT_EQ(slugify("IMT-2020 (5G)"), "imt-2020-5g");
}

TEST(Anchor, UsesUnicodeLettersAndDigits) {
  EXPECT_EQ(slugify("ÉTUDE Ωμέγα ٣"), "étude-ωμέγα-٣");
  EXPECT_EQ(slugify("!!!"), "");
}

TEST(Anchor, NumbersRepeatedAnchorsSkippingTakenOnes) {
  AnchorSet anchors;
  EXPECT_EQ(anchors.claim("Topic"), "topic");
  EXPECT_EQ(anchors.claim("Topic 2"), "topic-2");
  EXPECT_EQ(anchors.claim("Topic"), "topic-3");
  EXPECT_EQ(anchors.claim("???"), "section");
  EXPECT_EQ(anchors.claim(""), "section-2");
}

}  // namespace cxo::markdown

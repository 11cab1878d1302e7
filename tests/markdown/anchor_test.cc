#include "markdown/anchor.h"

#include <gtest/gtest.h>
#include <unicode/uchar.h>

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

// slugify answers ASCII without asking ICU; the answer must be ICU's.
TEST(Anchor, AsciiIsSluggedAsIcuWould) {
  for (UChar32 c = 0; c < 0x80; ++c) {
    UChar32 lower = u_tolower(c);
    int8_t type = u_charType(lower);
    bool kept = type == U_UPPERCASE_LETTER || type == U_LOWERCASE_LETTER ||
                type == U_TITLECASE_LETTER || type == U_MODIFIER_LETTER || type == U_OTHER_LETTER ||
                type == U_DECIMAL_DIGIT_NUMBER;
    std::string text = {'a', static_cast<char>(c), 'b'};
    std::string expected = kept ? std::string{'a', static_cast<char>(lower), 'b'} : "a-b";
    EXPECT_EQ(slugify(text), expected) << "code point " << c;
  }
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

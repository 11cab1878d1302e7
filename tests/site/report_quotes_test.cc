// The TSAG report's Markdown twin quotes each topic's section as Markdown,
// so that what the communiqué says in lists, tables, emphasis and links
// reaches the TSAG document as the communiqué has it.
#include <gtest/gtest.h>

#include "support/good_site_with.h"

namespace cxo::testing {
namespace {

const char* kCommunique = R"(---
source: https://www.itu.int/cto/2018.pdf
---
CTOs met in Geneva.

# Quantum-safe networks

CTOs **agreed** to:

1. study *quantum key distribution*;
2. report on:
   - costs,
   - timelines.

| Group | Work item |
|:--|--:|
| SG17 | X.1710 \| X.1714 |

See [the sources](../../sources/) and ~~last year's~~ this year's ![plan](plan.png).

```
keys
```

# Next steps

Not quoted under quantum.
)";

class ReportQuotes : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    site_ = new GoodSiteWith({{"content/meetings/2018-05-14-geneva/meeting.yaml", R"(kind: CTO
date: 2018-05-14
city: Geneva
country: Switzerland
participants: [huawei, nokia]
topics:
  - topic: quantum-security
    section: Quantum-safe networks
    stage: prioritized
  - topic: optical-networks
    section: Quantum-safe networks
    stage: emerging
)"},
                              {"content/meetings/2018-05-14-geneva/communique.md", kCommunique}});
    ASSERT_EQ(site_->build().exit_code, 0) << site_->build().err;
  }
  static void TearDownTestSuite() { delete site_; }
  static GoodSiteWith* site_;
};
GoodSiteWith* ReportQuotes::site_ = nullptr;

TEST_F(ReportQuotes, TheSectionIsQuotedAsMarkdownWithAbsoluteLinks) {
  std::string md = site_->output("reports/tsag/2018-05-14-geneva/report.md");
  const std::string quote =
      "Stage reached at this meeting: Prioritized (2 of 6).\n\n"
      "> CTOs **agreed** to:\n"
      ">\n"
      "> 1. study *quantum key distribution*;\n"
      "> 2. report on:\n"
      ">    - costs,\n"
      ">    - timelines.\n"
      ">\n"
      "> | Group | Work item |\n"
      "> | :-- | --: |\n"
      "> | SG17 | X.1710 \\| X.1714 |\n"
      ">\n"
      "> See [the sources](https://archive.example.org/cxo/sources/index.html) and ~~last "
      "year's~~ this year's "
      "![plan](https://archive.example.org/cxo/meetings/2018-05-14-geneva/plan.png).\n"
      ">\n"
      "> ```\n"
      "> keys\n"
      "> ```\n"
      "\n";
  EXPECT_NE(md.find(quote), std::string::npos) << md;
  EXPECT_EQ(md.find("Not quoted"), std::string::npos);
}

// A section about two topics is quoted under the first; the second points
// to it, in the page and in the Markdown, so that a printed report does not
// repeat it.
TEST_F(ReportQuotes, ASectionAboutTwoTopicsIsQuotedOnce) {
  std::string md = site_->output("reports/tsag/2018-05-14-geneva/report.md");
  std::size_t first = md.find("> CTOs **agreed** to:");
  ASSERT_NE(first, std::string::npos) << md;
  EXPECT_EQ(md.find("> CTOs **agreed** to:", first + 1), std::string::npos) << md;
  EXPECT_NE(md.find("## Optical networks\n\nStage reached at this meeting: Emerging (1 of 6).\n\n"
                    "The communiqué speaks of it in the section quoted under “Quantum security” "
                    "above.\n"),
            std::string::npos)
      << md;
  std::string html = site_->output("reports/tsag/2018-05-14-geneva/index.html");
  std::size_t quoted = html.find("<strong>agreed</strong>");
  ASSERT_NE(quoted, std::string::npos);
  EXPECT_EQ(html.find("<strong>agreed</strong>", quoted + 1), std::string::npos);
  EXPECT_NE(html.find("The communiqué speaks of it in the section quoted under <a "
                      "href=\"#topic-quantum-security\">Quantum security</a>."),
            std::string::npos);
  EXPECT_NE(html.find("<section class=\"report-topic\" id=\"topic-quantum-security\">"),
            std::string::npos);
}

}  // namespace
}  // namespace cxo::testing

// Nothing outside the built site can be fetched from the preview: not with
// "../", not percent-encoded, not through a symbolic link leading out.
#include <gtest/gtest.h>

#include "serve/preview.h"

namespace cxo::testing {
namespace {

const std::string kSecret = "TOP-SECRET-7f3a";

class ServeTraversal : public ::testing::Test {
 protected:
  void SetUp() override {
    // One secret in the site folder (beside site.yaml, outside the output),
    // one outside the site folder altogether.
    preview_.write("secret.txt", kSecret + "\n");
    write_file(outside_.path() / "secret.txt", kSecret + "\n");
    ASSERT_TRUE(preview_.start());
  }
  TempDir outside_;
  Preview preview_;
};

TEST_F(ServeTraversal, ClimbingOutGets404) {
  for (const std::string target : {"/../secret.txt",
                                   "/../../secret.txt",
                                   "/meetings/../../secret.txt",
                                   "/%2e%2e/secret.txt",
                                   "/%2E%2E/secret.txt",
                                   "/%2e%2e%2fsecret.txt",
                                   "/..%2fsecret.txt",
                                   "/..%2Fsecret.txt",
                                   "/assets/..%2f..%2fsecret.txt",
                                   "/assets/%2e%2e/%2e%2e/secret.txt",
                                   "/.%2e/site/secret.txt",
                                   "/..\\secret.txt",
                                   "/%5c..%5csecret.txt",
                                   "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                                   "/..%c0%afsecret.txt",
                                   "/secret.txt",
                                   "/site.yaml",
                                   "/content/organizations.yaml",
                                   "/%2fetc%2fpasswd",
                                   "//etc/passwd",
                                   "/index.html%00.txt",
                                   "../secret.txt",
                                   "secret.txt"}) {
    HttpReply reply = preview_.get(target);
    EXPECT_EQ(reply.status, 404) << target;
    EXPECT_EQ(reply.body.find(kSecret), std::string::npos) << target;
    EXPECT_EQ(reply.body.find("root:"), std::string::npos) << target;
  }
}

TEST_F(ServeTraversal, SymbolicLinkLeadingOutIsNotServed) {
  auto events = preview_.events();
  ASSERT_TRUE(events->connected());
  ASSERT_TRUE(next_event(*events, "hello"));
  fs::create_directories(preview_.site() / "themes/default/static");
  fs::create_symlink(outside_.path() / "secret.txt",
                     preview_.site() / "themes/default/static/leak.txt");
  auto errors = next_event(*events, "errors");
  ASSERT_TRUE(errors);
  EXPECT_NE(errors->data.find("themes/default/static/leak.txt: error: symbolic link leads outside"),
            std::string::npos)
      << errors->data;
  HttpReply leak = preview_.get("/assets/leak.txt");
  EXPECT_EQ(leak.status, 404);
  EXPECT_EQ(leak.body.find(kSecret), std::string::npos);
  // The last good build is still served.
  EXPECT_EQ(preview_.get("/assets/style.css").status, 200);
}

TEST_F(ServeTraversal, OutputFolderIsNeverReadFromDisk) {
  // A stale file or a link left in public/ by someone is not served: the
  // preview serves the build in memory only.
  write_file(preview_.site() / "public/stale.html", kSecret);
  fs::create_symlink(outside_.path() / "secret.txt", preview_.site() / "public/leak.txt");
  EXPECT_EQ(preview_.get("/stale.html").status, 404);
  EXPECT_EQ(preview_.get("/leak.txt").status, 404);
  EXPECT_EQ(preview_.get("/public/stale.html").status, 404);
}

}  // namespace
}  // namespace cxo::testing

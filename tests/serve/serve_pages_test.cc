// cxo serve answers with the site's pages from memory, as a browser needs them.
#include <gtest/gtest.h>

#include <fstream>

#include "serve/preview.h"

namespace cxo::testing {
namespace {

const std::string kScriptTag = "<script src=\"/__cxo/reload.js\"";

class ServePages : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(preview_.start()); }
  Preview preview_;
};

TEST_F(ServePages, PrintsItsUrlOnAFreePort) {
  EXPECT_GT(preview_.port(), 0);
  EXPECT_EQ(preview_.path(), "/");
  EXPECT_TRUE(preview_.process().wait_for(Stream::Out, "Loaded 2 meetings", 1s));
}

TEST_F(ServePages, ServesPagesWithTheReloadScriptBeforeBodyEnd) {
  HttpReply home = preview_.get("/");
  EXPECT_EQ(home.status, 200);
  EXPECT_EQ(home.headers["content-type"], "text/html; charset=utf-8");
  EXPECT_EQ(home.headers["cache-control"], "no-store");
  EXPECT_NE(home.body.find("Preview test archive"), std::string::npos);
  std::size_t script = home.body.find(kScriptTag);
  ASSERT_NE(script, std::string::npos);
  EXPECT_EQ(home.body.find("</body>"), home.body.find("</script>", script) + 10);
  EXPECT_EQ(home.body.find(kScriptTag, script + 1), std::string::npos) << "injected once";
  EXPECT_EQ(std::stoul(home.headers["content-length"]), home.body.size());

  HttpReply meeting = preview_.get(kMeetingPage);
  EXPECT_EQ(meeting.status, 200);
  EXPECT_NE(meeting.body.find("High capacity and low latency"), std::string::npos);
  // Links relative to the page, as cxo build writes them.
  EXPECT_NE(meeting.body.find("href=\"../../assets/style.css\""), std::string::npos);
}

TEST_F(ServePages, FolderAddressesServeTheirIndex) {
  HttpReply folder = preview_.get("/meetings/2024-12-09-dubai/");
  EXPECT_EQ(folder.status, 200);
  EXPECT_NE(folder.body.find("High capacity"), std::string::npos);
  HttpReply query = preview_.get("/meetings/?sort=date");
  EXPECT_EQ(query.status, 200);
  HttpReply bare = preview_.get("/meetings/2024-12-09-dubai?x=1");
  EXPECT_EQ(bare.status, 301);
  EXPECT_EQ(bare.headers["location"], "/meetings/2024-12-09-dubai/");
}

TEST_F(ServePages, StaticFilesHaveTheirTypeAndNoScript) {
  HttpReply css = preview_.get("/assets/style.css");
  EXPECT_EQ(css.status, 200);
  EXPECT_EQ(css.headers["content-type"], "text/css; charset=utf-8");
  EXPECT_EQ(css.headers["x-content-type-options"], "nosniff");
  EXPECT_EQ(css.body, read_file(source_dir() / "themes/default/static/style.css"));

  HttpReply script = preview_.get("/__cxo/reload.js");
  EXPECT_EQ(script.status, 200);
  EXPECT_EQ(script.headers["content-type"], "text/javascript; charset=utf-8");
  EXPECT_NE(script.body.find("new EventSource('/__cxo/events')"), std::string::npos);
  HttpReply style = preview_.get("/__cxo/overlay.css");
  EXPECT_EQ(style.headers["content-type"], "text/css; charset=utf-8");
  HttpReply state = preview_.get("/__cxo/state");
  EXPECT_EQ(state.headers["content-type"], "application/json");
  EXPECT_NE(state.body.find("\"errors\":[]"), std::string::npos);
}

TEST_F(ServePages, MissingPagesGetTheSite404WithStatus404) {
  HttpReply missing = preview_.get("/meetings/1999-01-01-nowhere/");
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(missing.headers["content-type"], "text/html; charset=utf-8");
  std::string built_404 = preview_.get("/404.html").body;
  EXPECT_EQ(missing.body, built_404);
  EXPECT_NE(missing.body.find(kScriptTag), std::string::npos);
}

TEST_F(ServePages, HeadHasNoBodyAndOtherMethodsAreRefused) {
  HttpReply head = http_request(preview_.port(), "HEAD", "/");
  EXPECT_EQ(head.status, 200);
  EXPECT_TRUE(head.body.empty());
  EXPECT_GT(std::stoul(head.headers["content-length"]), 0u);
  HttpReply post = http_request(preview_.port(), "POST", "/");
  EXPECT_EQ(post.status, 405);
  EXPECT_EQ(post.headers["allow"], "GET, HEAD");
}

TEST_F(ServePages, AnswersOnlyToLocalHostNames) {
  // A page elsewhere could reach the preview through a DNS name rebound to
  // 127.0.0.1; its Host header gives it away.
  HttpReply rebound = http_request(preview_.port(), "GET", "/", "Host: evil.example:80\r\n");
  EXPECT_EQ(rebound.status, 403);
  EXPECT_EQ(http_request(preview_.port(), "GET", "/", "Host: localhost:8080\r\n").status, 200)
      << "an SSH tunnel from another port";
  EXPECT_EQ(http_request(preview_.port(), "GET", "/", "Host: LOCALHOST\r\n").status, 200);
}

TEST_F(ServePages, WritesNothingToTheOutputFolder) {
  preview_.get("/");
  preview_.get(kMeetingPage);
  EXPECT_FALSE(fs::exists(preview_.site() / "public"));
}

TEST(ServeBasePath, TheSiteLivesUnderBaseUrlsPath) {
  Preview preview;
  std::string config = preview.read("site.yaml");
  config.replace(config.find("https://preview.example.org/"), 28, "https://example.org/cxo/");
  preview.write("site.yaml", config);
  ASSERT_TRUE(preview.start());
  EXPECT_EQ(preview.path(), "/cxo/");
  HttpReply root = preview.get("/");
  EXPECT_EQ(root.status, 302);
  EXPECT_EQ(root.headers["location"], "/cxo/");
  EXPECT_EQ(preview.get("/cxo/").status, 200);
  EXPECT_EQ(preview.get("/cxo/meetings/2024-12-09-dubai/index.html").status, 200);
  EXPECT_EQ(preview.get("/meetings/index.html").status, 404);
  // The 404 page links from the site's path on the server: /cxo/.
  HttpReply missing = preview.get("/cxo/nowhere/");
  EXPECT_EQ(missing.status, 404);
  EXPECT_NE(missing.body.find("href=\"/cxo/assets/style.css\""), std::string::npos);
}

// The largest the process's memory has been, in KiB (VmHWM).
long peak_memory_kib(pid_t pid) {
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  for (std::string line; std::getline(status, line);) {
    if (line.starts_with("VmHWM:")) return std::stol(line.substr(6));
  }
  return -1;
}

TEST(ServeCopiedFiles, ALargeFileGoesOutAPartAtATime) {
  // A video or a scanned PDF beside the content: served whole, but never
  // held whole in the preview's memory.
  Preview preview;
  std::string big(48u << 20, '\0');
  for (std::size_t i = 0; i < big.size(); ++i) big[i] = static_cast<char>(i * 7 + i / 4096);
  preview.write("static/video.bin", big);
  ASSERT_TRUE(preview.start());
  long before = peak_memory_kib(preview.process().pid());
  ASSERT_GT(before, 0);

  HttpReply reply = preview.get("/video.bin");
  EXPECT_EQ(reply.status, 200);
  EXPECT_EQ(reply.headers["content-length"], std::to_string(big.size()));
  EXPECT_TRUE(reply.body == big) << reply.body.size() << " bytes";
  HttpReply head = http_request(preview.port(), "HEAD", "/video.bin");
  EXPECT_EQ(head.status, 200);
  EXPECT_EQ(head.headers["content-length"], std::to_string(big.size()));
  EXPECT_TRUE(head.body.empty());

  long grown = peak_memory_kib(preview.process().pid()) - before;
  EXPECT_LT(grown, 16 * 1024) << "the preview grew by " << grown << " KiB serving 48 MiB";
}

}  // namespace
}  // namespace cxo::testing

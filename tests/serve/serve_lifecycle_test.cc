// Starting and stopping cxo serve: a free port on request, loopback only,
// clear refusals, and a clean exit on Ctrl-C even with tabs connected.
#include <arpa/inet.h>
#include <ifaddrs.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include "serve/preview.h"

namespace cxo::testing {
namespace {

TEST(ServeLifecycle, CtrlCStopsCleanlyWithTabsConnected) {
  Preview preview;
  ASSERT_TRUE(preview.start());
  auto events = preview.events();
  ASSERT_TRUE(next_event(*events, "hello"));
  auto second = preview.events();
  ASSERT_TRUE(next_event(*second, "hello"));
  preview.process().signal(SIGINT);
  auto code = preview.process().wait_exit(10s);
  ASSERT_TRUE(code) << "still running 10 s after Ctrl-C";
  EXPECT_EQ(*code, 0);
  EXPECT_TRUE(preview.process().wait_for(Stream::Out, "Stopped", 1s));
  EXPECT_FALSE(events->next(1s)) << "the stream ends";
}

TEST(ServeLifecycle, SigtermStopsToo) {
  Preview preview;
  ASSERT_TRUE(preview.start());
  preview.process().signal(SIGTERM);
  auto code = preview.process().wait_exit(10s);
  ASSERT_TRUE(code);
  EXPECT_EQ(*code, 0);
}

TEST(ServeLifecycle, PortInUseIsRefusedWithAHint) {
  Preview first;
  ASSERT_TRUE(first.start());
  TempDir copy;
  copy_tree(fixture("serve"), copy.path());
  RunResult second =
      run_cxo({"serve", "--source", copy.path().string(), "--port", std::to_string(first.port())});
  EXPECT_EQ(second.exit_code, 1);
  EXPECT_NE(second.err.find("port " + std::to_string(first.port()) + " of 127.0.0.1 is in use"),
            std::string::npos)
      << second.err;
  EXPECT_NE(second.err.find("--port 0"), std::string::npos);
}

TEST(ServeLifecycle, FolderWithoutSiteYamlIsRefused) {
  TempDir empty;
  RunResult result = run_cxo({"serve", "--source", empty.path().string(), "--port", "0"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("site.yaml: no such file"), std::string::npos) << result.err;
}

TEST(ServeLifecycle, BadPortIsRefused) {
  RunResult result = run_cxo({"serve", "--port", "70000"});
  EXPECT_NE(result.exit_code, 0);
}

TEST(ServeLifecycle, ListensOnLoopbackOnly) {
  Preview preview;
  ASSERT_TRUE(preview.start());
  ifaddrs* interfaces = nullptr;
  ASSERT_EQ(getifaddrs(&interfaces), 0);
  int tried = 0;
  for (ifaddrs* it = interfaces; it; it = it->ifa_next) {
    if (!it->ifa_addr || it->ifa_addr->sa_family != AF_INET) continue;
    sockaddr_in address = *reinterpret_cast<sockaddr_in*>(it->ifa_addr);
    if ((ntohl(address.sin_addr.s_addr) >> 24) == 127) continue;
    address.sin_port = htons(static_cast<std::uint16_t>(preview.port()));
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    EXPECT_NE(connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address), 0)
        << "reachable on " << it->ifa_name;
    close(fd);
    ++tried;
  }
  freeifaddrs(interfaces);
  EXPECT_EQ(preview.get("/").status, 200);
  if (tried == 0) GTEST_SKIP() << "this machine has no address but loopback";
}

}  // namespace
}  // namespace cxo::testing

#include "serve/watcher.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "support/site_runner.h"

namespace cxo::serve {
namespace {

using namespace std::chrono_literals;
using testing::TempDir;
using testing::write_file;

class WatcherTest : public ::testing::Test {
 protected:
  void SetUp() override {
    write_file(temp_.path() / "site.yaml", "title: x\n");
    write_file(temp_.path() / "content/meetings/a/meeting.yaml", "kind: CTO\n");
    std::string error;
    ASSERT_TRUE(watcher_.start(temp_.path().string(), error)) << error;
  }
  // next() with a bound, so a missed event fails the test instead of hanging it.
  ChangeBatch next() {
    std::thread timer([this, done = done_] {
      for (int i = 0; i < 100 && !*done; ++i) std::this_thread::sleep_for(50ms);
      if (!*done) watcher_.stop();
    });
    ChangeBatch batch = watcher_.next(10ms, 300ms);
    *done_ = true;
    timer.join();
    *done_ = false;
    return batch;
  }
  TempDir temp_;
  Watcher watcher_;
  std::shared_ptr<std::atomic<bool>> done_ = std::make_shared<std::atomic<bool>>(false);
};

TEST_F(WatcherTest, ReportsEditedFilesOnceABurstIsOver) {
  write_file(temp_.path() / "content/meetings/a/communique.md", "one");
  write_file(temp_.path() / "content/meetings/a/communique.md", "two");
  write_file(temp_.path() / "site.yaml", "title: y\n");
  ChangeBatch batch = next();
  ASSERT_FALSE(batch.stopped);
  EXPECT_EQ(batch.paths,
            (std::vector<std::string>{"content/meetings/a/communique.md", "site.yaml"}));
}

TEST_F(WatcherTest, WatchesFoldersCreatedLater) {
  std::filesystem::create_directories(temp_.path() / "content/meetings/b");
  ChangeBatch first = next();
  EXPECT_EQ(first.paths, std::vector<std::string>{"content/meetings/b"});
  write_file(temp_.path() / "content/meetings/b/meeting.yaml", "kind: CxO\n");
  ChangeBatch second = next();
  ASSERT_FALSE(second.stopped) << "the new folder is not watched";
  EXPECT_EQ(second.paths, std::vector<std::string>{"content/meetings/b/meeting.yaml"});
}

TEST_F(WatcherTest, IgnoresScratchFilesAndOtherFolders) {
  write_file(temp_.path() / "content/meetings/a/.meeting.yaml.swp", "x");
  write_file(temp_.path() / "content/meetings/a/meeting.yaml~", "x");
  write_file(temp_.path() / "public/index.html", "x");
  write_file(temp_.path() / "notes.txt", "x");
  write_file(temp_.path() / "content/topics.yaml", "[]\n");
  ChangeBatch batch = next();
  EXPECT_EQ(batch.paths, std::vector<std::string>{"content/topics.yaml"});
}

TEST_F(WatcherTest, StopEndsTheWait) {
  watcher_.stop();
  EXPECT_TRUE(watcher_.next(10ms, 300ms).stopped);
}

}  // namespace
}  // namespace cxo::serve

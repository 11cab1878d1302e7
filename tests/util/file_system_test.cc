// What the disk file system says when a file cannot be read, which every
// "path: error: …" message for an unreadable file repeats.
#include "util/file_system.h"

#include <gtest/gtest.h>

#include "support/site_runner.h"

namespace cxo {
namespace {

TEST(DiskFileSystem, SaysAFolderStandsWhereAFileBelongs) {
  testing::TempDir temp;
  std::filesystem::create_directories(temp.path() / "content/topics.yaml");
  DiskFileSystem files(temp.path().string());
  std::string contents, error;
  EXPECT_FALSE(files.read("content/topics.yaml", contents, error));
  EXPECT_EQ(error, "this is a folder; a file of that name belongs here");
}

TEST(DiskFileSystem, ReadsAFile) {
  testing::TempDir temp;
  testing::write_file(temp.path() / "site.yaml", "title: T\n");
  DiskFileSystem files(temp.path().string());
  std::string contents, error;
  EXPECT_TRUE(files.read("site.yaml", contents, error)) << error;
  EXPECT_EQ(contents, "title: T\n");
  EXPECT_FALSE(files.read("missing.yaml", contents, error));
  EXPECT_EQ(error, "cannot read file");
}

}  // namespace
}  // namespace cxo

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

// Bytes that do not repeat with any short period, so that a piece handed
// over twice or skipped shows.
std::string numbered_bytes(std::size_t size) {
  std::string bytes(size, '\0');
  for (std::size_t i = 0; i < size; ++i) bytes[i] = static_cast<char>((i * 2654435761u) >> 13);
  return bytes;
}

// A file published as it is may be larger than memory: it comes in pieces,
// and is recorded for the next build as a whole read would be.
TEST(DiskFileSystem, ReadsALargeFileInPiecesAndRecordsIt) {
  testing::TempDir temp;
  const std::string big = numbered_bytes(3 * 1024 * 1024 + 7);
  testing::write_file(temp.path() / "static/big.bin", big);
  DiskFileSystem files(temp.path().string());
  std::string joined, error;
  int pieces = 0;
  ASSERT_TRUE(files.read_in_pieces(
      "static/big.bin",
      [&](std::string_view piece) {
        joined.append(piece);
        ++pieces;
        return true;
      },
      error))
      << error;
  EXPECT_GT(pieces, 1);
  EXPECT_TRUE(joined == big);
  EXPECT_EQ(files.stamps().at("static/big.bin").size, static_cast<std::int64_t>(big.size()));

  int first_only = 0;
  EXPECT_TRUE(files.read_in_pieces(
      "static/big.bin", [&](std::string_view) { return ++first_only < 1; }, error));
  EXPECT_EQ(first_only, 1);
  EXPECT_FALSE(files.read_in_pieces(
      "static/none.bin", [](std::string_view) { return true; }, error));
  EXPECT_EQ(error, "cannot read file");
}

}  // namespace
}  // namespace cxo

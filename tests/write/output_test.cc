// The write stage on its own: staged builds swapped in whole, the previous
// tree reused as the next staging tree.
#include "write/output.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <cstdlib>

#include "support/site_runner.h"

namespace cxo::testing {
namespace {

// One build that writes `files` into `output`.
void build(const fs::path& output, const std::map<std::string, std::string>& files) {
  OutputWriter writer(output.string());
  std::string error;
  ASSERT_TRUE(writer.begin(error)) << error;
  for (const auto& [path, bytes] : files) ASSERT_TRUE(writer.write(path, bytes, error)) << error;
  ASSERT_TRUE(writer.commit("record\n", error)) << error;
}

std::map<std::string, std::string> site_files(const fs::path& output) {
  auto files = snapshot(output);
  files.erase(kOutputMark);
  return files;
}

TEST(OutputWriter, AFileMayTakeThePlaceOfAFolderOfAnEarlierBuild) {
  TempDir temp;
  const fs::path out = temp.path() / "public";
  // The third build's staging tree is the first build's, with a/b a folder.
  build(out, {{"a/b/index.html", "one"}});
  build(out, {{"a/b/index.html", "one"}});
  build(out, {{"a/b", "now a file"}});
  EXPECT_EQ(site_files(out), (std::map<std::string, std::string>{{"a/b", "now a file"}}));
  build(out, {{"a/b/index.html", "a folder again"}});
  EXPECT_EQ(site_files(out),
            (std::map<std::string, std::string>{{"a/b/index.html", "a folder again"}}));
}

TEST(OutputWriter, AFolderMayTakeThePlaceOfAFileOfAnEarlierBuild) {
  TempDir temp;
  const fs::path out = temp.path() / "public";
  build(out, {{"a/b", "a file"}});
  build(out, {{"a/b", "a file"}});
  build(out, {{"a/b/c/index.html", "deeper"}});
  EXPECT_EQ(site_files(out), (std::map<std::string, std::string>{{"a/b/c/index.html", "deeper"}}));
}

TEST(OutputWriter, EachBuildShowsExactlyItsOwnFiles) {
  TempDir temp;
  const fs::path out = temp.path() / "public";
  build(out, {{"index.html", "1"}, {"x/index.html", "x"}});
  build(out, {{"index.html", "2"}, {"y/index.html", "y"}});
  build(out, {{"index.html", "3"}, {"x/index.html", "x3"}});
  EXPECT_EQ(site_files(out),
            (std::map<std::string, std::string>{{"index.html", "3"}, {"x/index.html", "x3"}}));
  EXPECT_EQ(read_file(temp.path() / ".public.cxo-inputs"), "record\n");
  EXPECT_TRUE(output_is_intact(out.string()));
  write_file(out / "x/index.html", "changed by hand");
  EXPECT_FALSE(output_is_intact(out.string()));
}

// A hand edit within the clock tick of the build keeps the manifest's time
// and the file's size; the bytes still tell.
TEST(OutputWriter, AnEditWithTheManifestsTimeAndSameSizeIsNoticed) {
  TempDir temp;
  const fs::path out = temp.path() / "public";
  build(out, {{"index.html", "abc"}});
  struct stat mark;
  ASSERT_EQ(::stat((out / kOutputMark).c_str(), &mark), 0);
  write_file(out / "index.html", "xyz");
  timespec times[2] = {{0, UTIME_OMIT}, mark.st_mtim};
  ASSERT_EQ(::utimensat(AT_FDCWD, (out / "index.html").c_str(), times, 0), 0);
  EXPECT_FALSE(output_is_intact(out.string()));
  build(out, {{"index.html", "abc"}});
  EXPECT_EQ(read_file(out / "index.html"), "abc");
}

std::string numbered_bytes(std::size_t size) {
  std::string bytes(size, '\0');
  for (std::size_t i = 0; i < size; ++i) bytes[i] = static_cast<char>((i * 2654435761u) >> 13);
  return bytes;
}

struct CopyCounts {
  std::size_t written = 0, unchanged = 0;
};

// One build that copies static/big.bin of `site` to big.bin.
CopyCounts copy_build(const fs::path& site, const fs::path& output) {
  DiskFileSystem files(site.string());
  OutputWriter writer(output.string());
  std::string error;
  EXPECT_TRUE(writer.begin(error)) << error;
  EXPECT_TRUE(writer.copy("big.bin", files, "static/big.bin", error)) << error;
  EXPECT_TRUE(writer.commit("record\n", error)) << error;
  return {writer.files_written(), writer.files_unchanged()};
}

// A file published as it is goes through a part at a time, arrives whole,
// and is kept by the next build (a hard link to the live file, as rsync
// wants) unless its bytes changed.
TEST(OutputWriter, CopiesALargeFileWholeAndKeepsItUnlessItChanged) {
  TempDir temp;
  const fs::path site = temp.path() / "site", out = temp.path() / "public";
  std::string big = numbered_bytes(3 * 1024 * 1024 + 7);
  write_file(site / "static/big.bin", big);
  CopyCounts first = copy_build(site, out);
  EXPECT_EQ(first.written, 1u);
  EXPECT_TRUE(read_file(out / "big.bin") == big);

  CopyCounts second = copy_build(site, out);
  EXPECT_EQ(second.written, 0u);
  EXPECT_EQ(second.unchanged, 1u);
  EXPECT_EQ(fs::hard_link_count(out / "big.bin"), 2u);
  EXPECT_TRUE(output_is_intact(out.string()));

  big[2 * 1024 * 1024] ^= 1;  // same size, one bit in the third piece
  write_file(site / "static/big.bin", big);
  CopyCounts third = copy_build(site, out);
  EXPECT_EQ(third.written, 1u);
  EXPECT_TRUE(read_file(out / "big.bin") == big);
  EXPECT_TRUE(output_is_intact(out.string()));
}

TEST(OutputWriter, ACopyWhoseSourceCannotBeReadNamesIt) {
  TempDir temp;
  fs::create_directories(temp.path() / "site");
  DiskFileSystem files((temp.path() / "site").string());
  OutputWriter writer((temp.path() / "public").string());
  std::string error;
  ASSERT_TRUE(writer.begin(error)) << error;
  EXPECT_FALSE(writer.copy("x.pdf", files, "static/x.pdf", error));
  EXPECT_EQ(error, "cannot read static/x.pdf: cannot read file");
}

// Editors build inside their clone of the archive, where public/ is
// ignored; what cxo keeps beside it must be too, or `git add -A` commits
// it.
TEST(OutputWriter, WhatItKeepsBesideTheOutputIsIgnoredByTheRepository) {
  const std::string repo = CXO_SOURCE_DIR;
  if (std::system(("git -C '" + repo + "' rev-parse --git-dir >/dev/null 2>&1").c_str()) != 0) {
    GTEST_SKIP() << "not a Git work tree: " << repo;
  }
  TempDir temp;
  build(temp.path() / "public", {{"index.html", "one"}});
  build(temp.path() / "public", {{"index.html", "two"}});
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(temp.path())) {
    std::string name = entry.path().filename().string();
    names.push_back(entry.is_directory() ? name + "/index.html" : name);
  }
  // public/, the lock, the input record and the previous tree.
  EXPECT_EQ(names.size(), 4u);
  for (const auto& name : names) {
    std::string command = "git -C '" + repo + "' check-ignore -q '" + name + "'";
    EXPECT_EQ(std::system(command.c_str()), 0) << name << " is not in .gitignore";
  }
}

}  // namespace
}  // namespace cxo::testing

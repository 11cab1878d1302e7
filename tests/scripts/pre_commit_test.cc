// The pre-commit hook (scripts/pre-commit) refuses a commit while cxo check
// finds an error in the site as it is being committed: what is staged,
// static/ included, since a communiqué may link to a file there.
#include <gtest/gtest.h>

#include <sys/wait.h>

#include <cstdlib>

#include "support/site_runner.h"

namespace cxo::testing {
namespace {

// Runs `command` with sh in `folder`; its exit status, its output in `output`.
int shell(const fs::path& folder, const std::string& command, std::string* output = nullptr) {
  fs::path log = folder.parent_path() / "shell.log";
  std::string line =
      "cd '" + folder.string() + "' && { " + command + "; } > '" + log.string() + "' 2>&1";
  int status = std::system(line.c_str());
  if (output) *output = read_file(log);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

TEST(PreCommitHook, ChecksTheStagedSiteStaticFilesIncluded) {
  TempDir temp;
  const fs::path repo = temp.path() / "repo";
  copy_tree(fixture("good"), repo);
  ASSERT_EQ(shell(repo,
                  "git init -q && git config user.email editor@example.org && "
                  "git config user.name Editor && git add -A && git commit -q -m base"),
            0);
  fs::create_symlink(source_dir() / "scripts/pre-commit", repo / ".git/hooks/pre-commit");
  const std::string commit = "CXO='" + std::string(CXO_BINARY) + "' git commit -q -m change";
  const std::string communique = "content/meetings/2023-12-05-dubai/communique.md";
  const std::string original = read_file(repo / communique);

  // A link to a file of static/, committed with it: accepted.
  write_file(repo / "static/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
  write_file(repo / communique, original + "\n![Logo](../../logo.svg)\n");
  std::string output;
  EXPECT_EQ(shell(repo, "git add -A && " + commit, &output), 0) << output;

  // A link to a meeting that does not exist: refused, with cxo's message.
  write_file(repo / communique, original + "\nSee [2019](../2019-12-dubia/).\n");
  EXPECT_NE(shell(repo, "git add -A && " + commit, &output), 0);
  EXPECT_NE(output.find("leads to meetings/2019-12-dubia/, which is not part of the site"),
            std::string::npos)
      << output;
  EXPECT_NE(output.find("pre-commit: cxo check found errors in the staged files"),
            std::string::npos)
      << output;
}

}  // namespace
}  // namespace cxo::testing

#include "load/static_files.h"

#include <gtest/gtest.h>

namespace cxo::load {
namespace {

std::vector<std::string> outputs(const std::vector<StaticFile>& files) {
  std::vector<std::string> paths;
  for (const auto& file : files) paths.push_back(file.source + " -> " + file.output);
  return paths;
}

std::vector<std::string> messages(const Diagnostics& diagnostics) {
  std::vector<std::string> lines;
  for (const auto& diagnostic : diagnostics.sorted())
    lines.push_back(format_diagnostic(diagnostic));
  return lines;
}

TEST(StaticFolder, PublishesEveryFileAtItsPathButHiddenOnes) {
  MemoryFileSystem files;
  files.add("static/favicon.ico", std::string("\0\1\2", 3));
  files.add("static/docs/2024/communique.pdf", "%PDF");
  files.add("static/.gitkeep", "");
  files.add("static/docs/.DS_Store", "");
  Diagnostics diagnostics;
  auto loaded = load_static_folder(files, {}, diagnostics);
  EXPECT_TRUE(messages(diagnostics).empty());
  EXPECT_EQ(outputs(loaded),
            (std::vector<std::string>{"static/docs/2024/communique.pdf -> docs/2024/communique.pdf",
                                      "static/favicon.ico -> favicon.ico"}));
}

TEST(StaticFolder, NoFolderNoFiles) {
  MemoryFileSystem files;
  files.add("content/topics.yaml", "[]");
  Diagnostics diagnostics;
  EXPECT_TRUE(load_static_folder(files, {}, diagnostics).empty());
  EXPECT_FALSE(diagnostics.has_errors());
}

TEST(StaticFolder, MayNotTakeTheArchivesOwnAddresses) {
  MemoryFileSystem files;
  files.add("static/meetings/2024-12-09-dubai/photo.jpg", "x");
  files.add("static/search/index.js", "x");
  files.add("static/robots.txt", "x");
  files.add("static/sitemap-2.xml", "x");
  files.add("static/about/index.html", "x");
  files.add("static/about/team.jpg", "x");
  files.add("static/logo.png", "x");
  Diagnostics diagnostics;
  auto loaded = load_static_folder(files, {"about"}, diagnostics);
  EXPECT_EQ(messages(diagnostics),
            (std::vector<std::string>{
                "static/about/index.html: error: this would replace the page made from "
                "content/pages/about.md; rename or remove it",
                "static/meetings: error: meetings/ holds the archive's own files; static/ may not "
                "add any; a meeting's files belong in its folder, content/meetings/<id>/",
                "static/robots.txt: error: the archive makes its own robots.txt; rename or "
                "remove this file",
                "static/search: error: search/ holds the archive's own files; static/ may not add "
                "any",
                "static/sitemap-2.xml: error: the archive makes its own sitemap-2.xml; rename or "
                "remove this file"}));
  EXPECT_EQ(outputs(loaded),
            (std::vector<std::string>{"static/about/index.html -> about/index.html",
                                      "static/about/team.jpg -> about/team.jpg",
                                      "static/logo.png -> logo.png"}));
}

TEST(MeetingFiles, PublishesTheOtherFilesBesideTheMeetingsPage) {
  MemoryFileSystem files;
  const std::string folder = "content/meetings/2024-12-09-dubai/";
  files.add(folder + "meeting.yaml", "kind: CxO\n");
  files.add(folder + "communique.md", "Text\n");
  files.add(folder + "photo.jpg", "jpg");
  files.add(folder + "slides/keynote.pdf", "pdf");
  Diagnostics diagnostics;
  auto loaded = load_meeting_files(files, "2024-12-09-dubai", diagnostics);
  EXPECT_TRUE(messages(diagnostics).empty());
  EXPECT_EQ(outputs(loaded),
            (std::vector<std::string>{
                folder + "photo.jpg -> meetings/2024-12-09-dubai/photo.jpg",
                folder + "slides/keynote.pdf -> meetings/2024-12-09-dubai/slides/keynote.pdf"}));
}

TEST(MeetingFiles, OtherMarkdownAndYamlAreIgnoredAndAPageIsRefused) {
  MemoryFileSystem files;
  const std::string folder = "content/meetings/2024-12-09-dubai/";
  files.add(folder + "meeting.yaml", "kind: CxO\n");
  files.add(folder + "communiqué.md", "Text\n");
  files.add(folder + "notes.yml", "a: 1\n");
  files.add(folder + "index.html", "<p>");
  Diagnostics diagnostics;
  EXPECT_TRUE(load_meeting_files(files, "2024-12-09-dubai", diagnostics).empty());
  const std::string ignored =
      "warning: ignored: a meeting's text is communique.md and its data meeting.yaml; other "
      "files here are published as they are, but not Markdown or YAML";
  EXPECT_EQ(messages(diagnostics),
            (std::vector<std::string>{
                folder + "communiqué.md: " + ignored + "; did you mean 'communique.md'?",
                folder + "index.html: error: this would replace the meeting's page; rename or "
                         "remove it",
                folder + "notes.yml: " + ignored}));
}

}  // namespace
}  // namespace cxo::load

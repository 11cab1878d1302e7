#include "check/content_links.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "util/utf8.h"

namespace cxo::check {

namespace {

void add_document(std::vector<ContentLink>& links, const markdown::Document& document,
                  const std::string& page_folder) {
  for (const auto& link : document.links) links.push_back({link.url, link.pos, page_folder});
}

void add_url(std::vector<ContentLink>& links, const std::string& url, const SourcePos& pos,
             const std::string& page_folder) {
  if (!url.empty()) links.push_back({url, pos, page_folder});
}

// source: is free text ("TSAG-TD55 (May 2025), https://…; https://…") in
// which the meeting page links every URL; the same split as
// views::source_view.
std::vector<std::string> urls_in_text(const std::string& text) {
  std::vector<std::string> urls;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t start = std::min(text.find("http://", at), text.find("https://", at));
    if (start == std::string::npos) break;
    std::size_t end = std::min(text.find_first_of(" \t;", start), text.size());
    while (end > start && std::string_view(",.)").find(text[end - 1]) != std::string_view::npos) {
      --end;
    }
    urls.push_back(text.substr(start, end - start));
    at = std::max(end, start + 1);
  }
  return urls;
}

std::vector<std::string> read_lines(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(std::move(line));
  return lines;
}

}  // namespace

std::vector<ContentLink> collect_content_links(const Site& site) {
  std::vector<ContentLink> links;
  for (const auto& org : site.organizations) {
    add_url(links, org.url, org.pos, "organizations/" + org.id + "/");
  }
  for (const auto& topic : site.topics)
    add_document(links, topic.summary, "topics/" + topic.id + "/");
  for (const auto& meeting : site.meetings) collect_meeting_links(meeting, links);
  for (const auto& page : site.pages) add_document(links, page.body, page.name + "/");
  return links;
}

void collect_meeting_links(const Meeting& meeting, std::vector<ContentLink>& links) {
  const std::string folder = "meetings/" + meeting.id + "/";
  for (const auto& document : meeting.documents) {
    add_url(links, document.url, document.pos, folder);
  }
  for (const auto& item : meeting.topics) {
    for (const auto& conclusion : item.conclusions) {
      for (const auto& entry : conclusion.follow_up) add_url(links, entry.url, entry.pos, folder);
    }
  }
  if (meeting.communique) {
    const auto& communique = *meeting.communique;
    add_document(links, communique.body, folder);
    for (const auto& url : urls_in_text(communique.source)) {
      add_url(links, url, {communique.path, 1, 1}, folder);
    }
  }
}

void point_at_urls(std::vector<ContentLink>& links, const std::string& source_dir) {
  std::map<std::string, std::vector<std::string>> files;
  for (auto& link : links) {
    if (link.pos.path.empty() || link.url.empty()) continue;
    auto [it, inserted] = files.try_emplace(link.pos.path);
    if (inserted) it->second = read_lines(std::filesystem::path(source_dir) / link.pos.path);
    const auto& lines = it->second;
    int first = std::max(link.pos.line, 1);
    for (int line = first; line <= static_cast<int>(lines.size()); ++line) {
      const std::string& text = lines[line - 1];
      std::size_t at = text.find(link.url);
      if (at != std::string::npos) {
        link.pos.line = line;
        link.pos.column = CharacterColumns(text).column(1, static_cast<int>(at) + 1);
        break;
      }
    }
  }
}

}  // namespace cxo::check

#include "load/registers.h"

#include "load/source_file.h"
#include "load/yaml_reader.h"
#include "markdown/render.h"

namespace cxo::load {

namespace {

// Reads a register file that must be a list of maps, calling `each` per map.
template <typename Each>
void read_register(const FileSystem& files, const std::string& path, const std::string& what,
                   Diagnostics& diagnostics, Each each) {
  if (files.type(path) == EntryType::Missing) {
    diagnostics.error({path, 0, 0}, "missing file; the site needs " + path + " (a list of " + what +
                                        "s, which may be empty: [])");
    return;
  }
  auto text = read_text_file(files, path, diagnostics);
  if (!text) return;
  YamlSource source{path, 1};
  auto root = parse_yaml(*text, source, diagnostics);
  if (!root) return;
  if (root->is_null()) {
    diagnostics.error({path, 0, 0},
                      "file is empty; write a list of " + what + "s (or [] for none)");
    return;
  }
  if (!root->is_list()) {
    diagnostics.error(position(*root, source), path + " must be a list of " + what +
                                                   "s ('- id: …'), not " + describe(*root));
    return;
  }
  for (const YamlNode& item : root->items) {
    if (!item.is_map()) {
      diagnostics.error(position(item, source), "each entry must be a map describing one " + what +
                                                    ", not " + describe(item));
      continue;
    }
    MapReader reader(item, source, what, diagnostics, true);
    each(reader);
  }
}

// Also moves `pos` to the id, where a duplicate is reported.
std::string read_id(MapReader& reader, const std::string& what, SourcePos& pos) {
  auto id = reader.text("id", true);
  if (!id) return {};
  pos = reader.position_of("id");
  if (!is_valid_id(*id)) {
    reader.diagnostics().error(reader.position_of("id"), invalid_id_message(what, *id));
    return {};
  }
  return *id;
}

std::vector<std::string> read_texts(MapReader& reader, const std::string& key) {
  std::vector<std::string> texts;
  for (auto& [text, pos] : reader.text_list(key)) texts.push_back(text);
  return texts;
}

}  // namespace

std::vector<Organization> load_organizations(const FileSystem& files, Diagnostics& diagnostics) {
  std::vector<Organization> organizations;
  read_register(
      files, "content/organizations.yaml", "organization", diagnostics, [&](MapReader& reader) {
        Organization org;
        org.pos = reader.map_position();
        org.id = read_id(reader, "organization", org.pos);
        org.name = reader.text("name", true).value_or("");
        org.short_name = reader.text("short").value_or("");
        org.aliases = read_texts(reader, "aliases");
        org.country = reader.text("country").value_or("");
        org.region = read_enum<Region>(reader, "region", names_of_regions());
        org.membership = read_enum<Membership>(reader, "membership", names_of_memberships());
        if (auto url = reader.text("url")) {
          org.url = *url;
          if (!has_allowed_scheme(*url)) {
            diagnostics.error(reader.position_of("url"), bad_scheme_message(*url));
          }
        }
        reader.finish({"id", "name", "short", "aliases", "country", "region", "membership", "url"});
        if (!org.id.empty()) organizations.push_back(std::move(org));
      });
  return organizations;
}

std::vector<Topic> load_topics(const FileSystem& files, bool unsafe_html,
                               Diagnostics& diagnostics) {
  std::vector<Topic> topics;
  read_register(files, "content/topics.yaml", "topic", diagnostics, [&](MapReader& reader) {
    Topic topic;
    topic.pos = reader.map_position();
    topic.id = read_id(reader, "topic", topic.pos);
    topic.title = reader.text("title", true).value_or("");
    topic.aliases = read_texts(reader, "aliases");
    if (auto summary = reader.text("summary")) {
      topic.summary_markdown = *summary;
      markdown::RenderOptions options;
      options.unsafe_html = unsafe_html;
      options.path = reader.source().path;
      options.first_line = reader.position_of("summary").line;
      options.page_folder = "topics/" + topic.id + "/";
      topic.summary = markdown::render(*summary, options);
      for (const auto& link : topic.summary.links) {
        if (!has_allowed_scheme(link.url)) {
          diagnostics.error(reader.position_of("summary"), bad_scheme_message(link.url));
        }
      }
    }
    topic.groups = read_texts(reader, "groups");
    for (auto& [id, pos] : reader.text_list("related")) topic.related.push_back({id, pos, -1});
    reader.finish({"id", "title", "aliases", "summary", "groups", "related"});
    if (!topic.id.empty()) topics.push_back(std::move(topic));
  });
  return topics;
}

}  // namespace cxo::load

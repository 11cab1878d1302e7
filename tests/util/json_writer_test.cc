#include "util/json_writer.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace cxo {
namespace {

using Json = nlohmann::ordered_json;

// A value with every shape the open data files use: nested objects and
// arrays, empty ones, nulls, numbers, booleans and text needing escapes.
void write_sample(JsonWriter& json) {
  json.begin_object();
  json.key("title").string("Archive \"CxO\" \\ 2024\n\ttabbed \x01 \b \f é");
  json.key("empty_list").begin_array().end_array();
  json.key("empty_object").begin_object().end_object();
  json.key("none").null();
  json.key("year").integer(2024);
  json.key("negative").integer(-7);
  json.key("summary").boolean(true);
  json.key("missing").string_or_null("");
  json.key("list").begin_array();
  json.string("a");
  json.begin_object().key("nested").begin_array().integer(1).integer(2).end_array().end_object();
  json.begin_array().end_array();
  json.end_array();
  json.end_object();
}

Json sample_tree() {
  Json root;
  root["title"] = "Archive \"CxO\" \\ 2024\n\ttabbed \x01 \b \f é";
  root["empty_list"] = Json::array();
  root["empty_object"] = Json::object();
  root["none"] = nullptr;
  root["year"] = 2024;
  root["negative"] = -7;
  root["summary"] = true;
  root["missing"] = nullptr;
  Json list = Json::array();
  list.push_back("a");
  Json nested;
  nested["nested"] = Json::array({1, 2});
  list.push_back(nested);
  list.push_back(Json::array());
  root["list"] = list;
  return root;
}

TEST(JsonWriter, IndentedIsByteForByteNlohmannDumpOfOne) {
  std::string out;
  JsonWriter json(out);
  write_sample(json);
  EXPECT_EQ(out, sample_tree().dump(1));
}

// Line breaks and indents come from one buffer of 64 spaces; deeper
// values take the longer way, and both must lay out as dump(1) does.
TEST(JsonWriter, IndentsEveryDepthAsNlohmannDumpOfOne) {
  std::string out;
  JsonWriter json(out);
  Json expected = "leaf";
  for (int depth = 0; depth < 70; ++depth) json.begin_array();
  json.string("leaf");
  for (int depth = 0; depth < 70; ++depth) {
    json.end_array();
    expected = Json::array({expected});
  }
  EXPECT_EQ(out, expected.dump(1));
}

TEST(JsonWriter, CompactIsByteForByteNlohmannDump) {
  std::string out;
  JsonWriter json(out, JsonWriter::Layout::Compact);
  write_sample(json);
  EXPECT_EQ(out, sample_tree().dump());
}

TEST(JsonWriter, ParsesBackToTheSameValue) {
  std::string out;
  JsonWriter json(out);
  write_sample(json);
  EXPECT_EQ(Json::parse(out), sample_tree());
}

TEST(JsonWriter, EscapesOnlyQuotesBackslashesAndControlCharacters) {
  std::string out;
  append_json_string(out, "a/b <c> é \"q\" \\ \x1f");
  EXPECT_EQ(out, "\"a/b <c> é \\\"q\\\" \\\\ \\u001f\"");
}

}  // namespace
}  // namespace cxo

// Runs every case of the official Mustache spec (tests/render/mustache-spec/)
// as its own test, named after the spec file and case, e.g.
// MustacheSpec/Case.interpolation_BasicInterpolation.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "render/mustache.h"
#include "render/value.h"

namespace cxo::render {
namespace {

namespace fs = std::filesystem;

struct SpecCase {
  std::string test_name;  // unique, [A-Za-z0-9_]
  std::string file;
  std::string name;
  nlohmann::json data;
};

void PrintTo(const SpecCase& spec_case, std::ostream* os) {
  *os << spec_case.file << ": " << spec_case.name;
}

fs::path spec_directory() {
  return fs::path(CXO_SOURCE_DIR) / "tests/render/mustache-spec";
}

// "~dynamic-names" -> "dynamic_names"
std::string file_label(std::string stem) {
  std::string label;
  for (char c : stem) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      label += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!label.empty() && label.back() != '_') {
      label += '_';
    }
  }
  while (!label.empty() && label.back() == '_') label.pop_back();
  return label;
}

// "Dotted Names - Basic Interpolation" -> "DottedNamesBasicInterpolation"
std::string case_label(const std::string& name) {
  std::string label;
  bool capitalize = true;
  for (char c : name) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      label += capitalize ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
      capitalize = false;
    } else {
      capitalize = true;
    }
  }
  return label;
}

struct LoadedSpec {
  std::vector<SpecCase> cases;
  std::vector<std::string> files;
  std::vector<std::string> problems;
};

const LoadedSpec& loaded_spec() {
  static const LoadedSpec spec = [] {
    LoadedSpec loaded;
    std::error_code error;
    std::vector<fs::path> paths;
    for (const auto& entry : fs::directory_iterator(spec_directory(), error)) {
      if (entry.path().extension() == ".json") paths.push_back(entry.path());
    }
    if (error) loaded.problems.push_back(spec_directory().string() + ": " + error.message());
    std::sort(paths.begin(), paths.end());
    std::map<std::string, int> seen;
    for (const fs::path& path : paths) {
      try {
        std::ifstream in(path);
        nlohmann::json file = nlohmann::json::parse(in);
        loaded.files.push_back(path.filename().string());
        std::string label = file_label(path.stem().string());
        for (const nlohmann::json& test : file.at("tests")) {
          SpecCase spec_case;
          spec_case.file = path.filename().string();
          spec_case.name = test.at("name").get<std::string>();
          spec_case.data = test;
          spec_case.test_name = label + "_" + case_label(spec_case.name);
          // The spec has two cases named "Text inside parent".
          int count = ++seen[spec_case.test_name];
          if (count > 1) spec_case.test_name.append("_").append(std::to_string(count));
          loaded.cases.push_back(std::move(spec_case));
        }
      } catch (const std::exception& e) {
        loaded.problems.push_back(path.string() + ": " + e.what());
      }
    }
    return loaded;
  }();
  return spec;
}

Value to_value(const nlohmann::json& json) {
  switch (json.type()) {
    case nlohmann::json::value_t::boolean:
      return Value(json.get<bool>());
    case nlohmann::json::value_t::number_integer:
      return Value(json.get<std::int64_t>());
    case nlohmann::json::value_t::number_unsigned:
      return Value(json.get<std::uint64_t>());
    case nlohmann::json::value_t::number_float:
      return Value(json.get<double>());
    case nlohmann::json::value_t::string:
      return Value(json.get<std::string>());
    case nlohmann::json::value_t::array: {
      Value list = Value::list();
      for (const auto& item : json) list.push(to_value(item));
      return list;
    }
    case nlohmann::json::value_t::object: {
      Value object = Value::object();
      for (const auto& [key, item] : json.items()) object.set(key, to_value(item));
      return object;
    }
    default:
      return Value();
  }
}

class MustacheSpec : public testing::TestWithParam<SpecCase> {};

TEST_P(MustacheSpec, Case) {
  const nlohmann::json& test = GetParam().data;
  SCOPED_TRACE(test.value("desc", ""));
  const std::string template_name = "<spec template>";  // no partial can have this name
  TemplateSet templates;
  std::vector<TemplateError> errors;
  if (test.contains("partials")) {
    for (const auto& [name, source] : test.at("partials").items()) {
      EXPECT_TRUE(templates.add(name, source.get<std::string>(), errors)) << "partial " << name;
    }
  }
  ASSERT_TRUE(templates.add(template_name, test.at("template").get<std::string>(), errors));
  for (const TemplateError& error : errors) {
    ADD_FAILURE() << error.template_name << ":" << error.line << ":" << error.column << ": "
                  << error.message;
  }
  Value data = to_value(test.at("data"));
  EXPECT_EQ(templates.render(template_name, data), test.at("expected").get<std::string>())
      << "template: " << test.at("template").dump();
}

INSTANTIATE_TEST_SUITE_P(, MustacheSpec, testing::ValuesIn(loaded_spec().cases),
                         [](const testing::TestParamInfo<SpecCase>& info) {
                           return info.param.test_name;
                         });

// Guards against the suite passing because nothing was loaded.
TEST(MustacheSpecFiles, EveryFileAndCaseLoads) {
  const LoadedSpec& spec = loaded_spec();
  for (const std::string& problem : spec.problems) ADD_FAILURE() << problem;
  EXPECT_GT(spec.cases.size(), 100u);
  for (const char* file :
       {"comments.json", "delimiters.json", "interpolation.json", "inverted.json", "partials.json",
        "sections.json", "~dynamic-names.json", "~inheritance.json"}) {
    EXPECT_NE(std::find(spec.files.begin(), spec.files.end(), file), spec.files.end()) << file;
  }
}

}  // namespace
}  // namespace cxo::render

#pragma once
// A reader for the YAML that content files are written in: block maps and
// lists, one-line plain and quoted texts, one-line flow lists ([a, b]),
// literal and folded block texts (| and >-) and comments. libyaml spends
// some 250 instructions a byte on meeting.yaml, the largest cost of loading
// after cmark-gfm; this reader about a tenth of that.
//
// It gives up at anything else (anchors, tags, flow maps, multi-line plain
// or quoted texts, escapes, tabs, document markers) and at anything that is
// not valid YAML, and libyaml reads the file: so every error message and
// every unusual construct still comes from libyaml, and what this reader
// accepts it reads into the same tree, places included (a test compares the
// two on every YAML file of the repository and on generated ones).
#include <string_view>

#include "load/yaml_tree.h"

namespace cxo::load {

// True with `root` filled when `text` is in the common form; false (with
// `root` in no particular state) when libyaml must read it.
bool read_common_yaml(std::string_view text, YamlNode& root);

}  // namespace cxo::load

#pragma once
// A build records beside its output what it read (".public.cxo-inputs",
// write/output.h): every file and
// folder the loaders touched, with its size and modification time as first
// seen, the cxo binary that built it, and the warnings it printed. The next
// build of the same site into the same folder compares that record with the
// disk by stat() alone and, when nothing differs and the output is as it was
// written, stops there: a rebuild with nothing changed costs a few thousand
// stat() calls instead of a build. (Like ninja and make, this trusts
// modification times; an editor that keeps them while changing a file defeats
// it, and removing the output folder forces a full build.)
#include <map>
#include <optional>
#include <string>

#include "util/file_system.h"

namespace cxo {

// The record's text. `source_root` is the site folder as given; `settings`
// what else the output depends on (one line: the command line's base URL);
// `warnings` is what the build printed about the content, replayed by a
// skipped build.
std::string write_input_record(const std::string& source_root, const std::string& settings,
                               const std::map<std::string, FileStamp>& stamps,
                               const std::string& warnings);

// The warnings to replay when `record` (a previous build's) still describes
// the disk under `source_root`, `settings` and this binary; nullopt when
// anything differs or the record is not one.
std::optional<std::string> unchanged_since(const std::string& source_root,
                                           const std::string& settings, const std::string& record);

}  // namespace cxo

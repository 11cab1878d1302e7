#pragma once
// Every problem cxo finds in a site is a Diagnostic that points at the file,
// line and column an editor has to change. Loading never stops at the first
// error: all of them are collected and reported in one run.
#include <mutex>
#include <string>
#include <vector>

namespace cxo {

// A place in a source file; path is relative to the site folder. Line and
// column are 1-based; 0 means "the whole file".
struct SourcePos {
  std::string path;
  int line = 0;
  int column = 0;
};

enum class Severity { Error, Warning };

struct Diagnostic {
  SourcePos pos;
  Severity severity = Severity::Error;
  std::string message;
};

// "path:line:col: error: message", or "path: error: message" without a line.
std::string format_diagnostic(const Diagnostic& diagnostic);

// Collects diagnostics from several threads; sorted() gives them in a stable
// order (by file, line, column) whatever order the threads found them in.
class Diagnostics {
 public:
  void error(SourcePos pos, std::string message);
  void warning(SourcePos pos, std::string message);
  void add(Diagnostic diagnostic);
  void append(const Diagnostics& other);

  bool has_errors() const;
  std::size_t error_count() const;
  std::size_t warning_count() const;
  std::vector<Diagnostic> sorted() const;

 private:
  mutable std::mutex mutex_;
  std::vector<Diagnostic> items_;
};

}  // namespace cxo

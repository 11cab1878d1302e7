#include "util/diagnostics.h"

#include <algorithm>
#include <tuple>

namespace cxo {

std::string format_diagnostic(const Diagnostic& diagnostic) {
  std::string text = diagnostic.pos.path;
  if (diagnostic.pos.line > 0) {
    text += ':' + std::to_string(diagnostic.pos.line) + ':' +
            std::to_string(std::max(diagnostic.pos.column, 1));
  }
  text += diagnostic.severity == Severity::Error ? ": error: " : ": warning: ";
  text += diagnostic.message;
  return text;
}

void Diagnostics::error(SourcePos pos, std::string message) {
  add({std::move(pos), Severity::Error, std::move(message)});
}

void Diagnostics::warning(SourcePos pos, std::string message) {
  add({std::move(pos), Severity::Warning, std::move(message)});
}

void Diagnostics::add(Diagnostic diagnostic) {
  std::lock_guard lock(mutex_);
  items_.push_back(std::move(diagnostic));
}

void Diagnostics::append(const Diagnostics& other) {
  auto items = other.sorted();
  std::lock_guard lock(mutex_);
  items_.insert(items_.end(), items.begin(), items.end());
}

bool Diagnostics::has_errors() const {
  std::lock_guard lock(mutex_);
  return std::any_of(items_.begin(), items_.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

// Counted as printed: a mistake two stages report alike is one mistake.
std::size_t Diagnostics::error_count() const {
  auto items = sorted();
  return std::count_if(items.begin(), items.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

std::size_t Diagnostics::warning_count() const {
  auto items = sorted();
  return std::count_if(items.begin(), items.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::Warning; });
}

std::vector<Diagnostic> Diagnostics::sorted() const {
  std::vector<Diagnostic> items;
  {
    std::lock_guard lock(mutex_);
    items = items_;
  }
  auto key = [](const Diagnostic& d) {
    return std::tie(d.pos.path, d.pos.line, d.pos.column, d.severity, d.message);
  };
  std::stable_sort(items.begin(), items.end(),
                   [&](const Diagnostic& a, const Diagnostic& b) { return key(a) < key(b); });
  items.erase(
      std::unique(items.begin(), items.end(),
                  [&](const Diagnostic& a, const Diagnostic& b) { return key(a) == key(b); }),
      items.end());
  return items;
}

}  // namespace cxo

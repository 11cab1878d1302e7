#pragma once
// ASCII case folding, for what compares without case: host and header names,
// sort keys. Other bytes, UTF-8 included, stay as they are.
#include <string>
#include <string_view>

namespace cxo {

inline std::string ascii_lower(std::string_view text) {
  std::string folded(text);
  for (char& c : folded) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return folded;
}

}  // namespace cxo

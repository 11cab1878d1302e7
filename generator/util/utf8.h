#pragma once
#include <cstddef>
#include <optional>
#include <string_view>

namespace cxo {

// Where a byte sequence stops being valid UTF-8 (1-based line and column of
// the offending byte, counted in characters), or nothing when it is valid.
struct Utf8Error {
  int line = 1;
  int column = 1;
  unsigned char byte = 0;
};

std::optional<Utf8Error> find_invalid_utf8(std::string_view text);

}  // namespace cxo

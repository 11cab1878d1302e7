#pragma once
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace cxo {

// Where a byte sequence stops being valid UTF-8 (1-based line and column of
// the offending byte, counted in characters), or nothing when it is valid.
struct Utf8Error {
  int line = 1;
  int column = 1;
  unsigned char byte = 0;
};

std::optional<Utf8Error> find_invalid_utf8(std::string_view text);

// Parsers (libyaml, cmark, our YAML reader) count columns in bytes;
// messages count characters, as editors show them. Converts for one text.
class CharacterColumns {
 public:
  explicit CharacterColumns(std::string_view text);
  // Whether the text has any character beyond ASCII (if not, columns agree).
  bool needed() const { return needed_; }
  // The column, in characters, of the byte at `byte_column` of `line` (both
  // 1-based, the line counted from the text's start); unchanged when the
  // line is not in the text.
  int column(int line, int byte_column) const;

 private:
  std::string_view text_;
  bool needed_ = false;
  mutable std::vector<std::size_t> line_starts_;
};

}  // namespace cxo

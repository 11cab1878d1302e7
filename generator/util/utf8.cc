#include "util/utf8.h"

#include "util/byte_scan.h"

namespace cxo {

namespace {

// Length of the valid UTF-8 sequence starting at text[i], or 0 if invalid
// (overlong forms, surrogates and code points past U+10FFFF are invalid).
std::size_t sequence_length(std::string_view text, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char lead = byte(i);
  if (lead < 0x80) return 1;
  std::size_t length;
  unsigned char min_second = 0x80, max_second = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) min_second = 0xA0;
    if (lead == 0xED) max_second = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) min_second = 0x90;
    if (lead == 0xF4) max_second = 0x8F;
  } else {
    return 0;
  }
  if (i + length > text.size()) return 0;
  if (byte(i + 1) < min_second || byte(i + 1) > max_second) return 0;
  for (std::size_t k = 2; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
  }
  return length;
}

// Whether `text` is valid UTF-8 without NUL: a fast pass over the files
// that are (nearly all), which need no line and column counting.
bool valid_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    if (i + bytes::kBlock <= text.size()) {
      bytes::Block block = bytes::load16(text.data() + i);
      if (!bytes::any_lane((block >= 0x80) | (block == 0))) {
        i += bytes::kBlock;
        continue;
      }
    }
    if (text[i] == '\0') return false;
    std::size_t length = sequence_length(text, i);
    if (length == 0) return false;
    i += length;
  }
  return true;
}

}  // namespace

CharacterColumns::CharacterColumns(std::string_view text)
    : text_(text),
      needed_(bytes::any_byte(text, [](bytes::Block b) { return bytes::any_lane(b >= 0x80); })) {}

int CharacterColumns::column(int line, int byte_column) const {
  if (!needed_ || line < 1 || byte_column < 1) return byte_column;
  // Most texts are asked for no column at all: lines are found on demand.
  if (line_starts_.empty()) {
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < text_.size(); ++i) {
      if (text_[i] == '\n') line_starts_.push_back(i + 1);
    }
  }
  if (static_cast<std::size_t>(line) > line_starts_.size()) return byte_column;
  std::size_t start = line_starts_[static_cast<std::size_t>(line - 1)];
  std::size_t end = std::min(text_.size(), start + static_cast<std::size_t>(byte_column - 1));
  int characters = 1;
  for (std::size_t i = start; i < end; ++i) {
    // Continuation bytes (10xxxxxx) belong to the character before them.
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++characters;
  }
  return characters;
}

std::optional<Utf8Error> find_invalid_utf8(std::string_view text) {
  if (valid_utf8(text)) return std::nullopt;
  int line = 1, column = 1;
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == '\0') return Utf8Error{line, column, 0};
    std::size_t length = sequence_length(text, i);
    if (length == 0) return Utf8Error{line, column, static_cast<unsigned char>(text[i])};
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
    i += length;
  }
  return std::nullopt;
}

}  // namespace cxo

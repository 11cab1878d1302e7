#include "util/json_writer.h"

#include <charconv>

#include "util/byte_scan.h"

namespace cxo {

namespace {

bool has_json_special(bytes::Block block) {
  return bytes::any_lane((block < 0x20) | (block == '"') | (block == '\\'));
}

}  // namespace

void append_json_string(std::string& out, std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  // Most strings (names, dates, ids) need no escaping: one append.
  auto is_special = [](char c) {
    auto b = static_cast<unsigned char>(c);
    return b < 0x20 || b == '"' || b == '\\';
  };
  if (!bytes::any_byte(text, has_json_special)) {
    out.append(text.data(), text.size());
    out += '"';
    return;
  }
  std::size_t plain = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    i = bytes::skip_clean_blocks(text, i, has_json_special);
    if (i == text.size()) break;
    if (!is_special(text[i])) continue;
    auto c = static_cast<unsigned char>(text[i]);
    out.append(text, plain, i - plain);
    plain = i + 1;
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 15];
    }
  }
  out.append(text, plain, text.size() - plain);
  out += '"';
}

void JsonWriter::new_line() {
  if (!indented_) return;
  // The line break and its indent in one append: the open data files have
  // a line per member, hundreds of thousands of them at 10,000 meetings.
  static constexpr std::string_view kBreak =
      "\n                                                                ";
  std::size_t indent = counts_.size();
  if (indent + 1 <= kBreak.size()) {
    out_.append(kBreak.data(), indent + 1);
  } else {
    out_ += '\n';
    out_.append(indent, ' ');
  }
}

void JsonWriter::start_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (counts_.empty()) return;
  if (counts_.back()++ > 0) out_ += ',';
  new_line();
}

JsonWriter& JsonWriter::key(std::string_view name) {
  start_value();
  append_json_string(out_, name);
  if (indented_) {
    out_.append(": ", 2);
  } else {
    out_ += ':';
  }
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::open(char bracket) {
  start_value();
  out_ += bracket;
  counts_.push_back(0);
  return *this;
}

JsonWriter& JsonWriter::close(char bracket) {
  bool empty = counts_.back() == 0;
  counts_.pop_back();
  if (!empty) new_line();
  out_ += bracket;
  return *this;
}

JsonWriter& JsonWriter::string(std::string_view text) {
  start_value();
  append_json_string(out_, text);
  return *this;
}

JsonWriter& JsonWriter::integer(std::int64_t number) {
  start_value();
  char buffer[24];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, number);
  out_.append(buffer, result.ptr);
  return *this;
}

JsonWriter& JsonWriter::boolean(bool value) {
  start_value();
  out_ += value ? "true" : "false";
  return *this;
}

JsonWriter& JsonWriter::null() {
  start_value();
  out_ += "null";
  return *this;
}

}  // namespace cxo

#pragma once
// The data a template sees. Views build a tree of Values; the Mustache engine
// reads it. Lists and objects are shared, immutable once built, so one
// meeting's summary can appear in many pages without copies and pages can be
// rendered from several threads at once.
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace cxo::render {

// An object member's name, with a word that tells most names apart in one
// compare: the first seven bytes and the length. Every variable a template
// writes is looked up by name through the objects on its context stack, and
// comparing names was the costliest part of rendering a page.
//
// Views name members with string literals, hundreds of thousands of times
// in a large build; a Key keeps their address instead of a copy, so it is
// three words, copied and freed for nothing. Names made at run time (a
// template's variables) are copied once into a store that lives as long as
// the process: there are as many of them as distinct names in the theme.
class Key {
 public:
  // Only a string literal, or another array that lives as long as the
  // process, may name a member this way.
  template <std::size_t N>
  constexpr Key(const char (&text)[N]) : data_(text), size_(N - 1), tag_(tag_of(text_view())) {}
  Key(std::string_view text);
  Key(const std::string& text) : Key(std::string_view(text)) {}

  std::string_view text() const { return text_view(); }
  bool empty() const { return size_ == 0; }
  bool operator==(std::string_view other) const { return text_view() == other; }

  // Whether both name the same member: the tags first, the bytes after the
  // seventh only when they agree.
  bool same_as(const Key& other) const {
    if (tag_ != other.tag_) return false;
    if (size_ <= kTagBytes) return true;
    return size_ == other.size_ &&
           std::memcmp(data_ + kTagBytes, other.data_ + kTagBytes, size_ - kTagBytes) == 0;
  }

 private:
  static constexpr std::size_t kTagBytes = 7;
  constexpr std::string_view text_view() const { return {data_, size_}; }
  // Byte by byte, so that a literal's tag can be computed by the compiler.
  static constexpr std::uint64_t tag_of(std::string_view text) {
    std::uint64_t tag = 0;
    std::size_t bytes = std::min(text.size(), kTagBytes);
    for (std::size_t i = 0; i < bytes; ++i) {
      tag |= static_cast<std::uint64_t>(static_cast<unsigned char>(text[i])) << (8 * i);
    }
    return tag | (static_cast<std::uint64_t>(std::min<std::size_t>(text.size(), 255)) << 56);
  }

  const char* data_;
  std::size_t size_;
  std::uint64_t tag_;
};

class Value {
 public:
  using List = std::vector<Value>;
  // Insertion-ordered; objects are small, so a linear lookup beats hashing.
  using Object = std::vector<std::pair<Key, Value>>;

  enum class Kind { Null, Bool, Integer, Number, String, List, Object };

  Value() = default;
  Value(std::nullptr_t) {}
  Value(bool b) : data_(b) {}
  Value(int i) : data_(static_cast<std::int64_t>(i)) {}
  Value(long i) : data_(static_cast<std::int64_t>(i)) {}
  Value(long long i) : data_(static_cast<std::int64_t>(i)) {}
  Value(unsigned i) : data_(static_cast<std::int64_t>(i)) {}
  Value(unsigned long i) : data_(static_cast<std::int64_t>(i)) {}
  Value(unsigned long long i) : data_(static_cast<std::int64_t>(i)) {}
  Value(double d) : data_(d) {}
  Value(std::string s) : data_(std::move(s)) {}
  Value(std::string_view s) : data_(std::string(s)) {}
  Value(const char* s) : data_(std::string(s)) {}
  // Text owned by something that outlives every page rendered from this
  // Value (the loaded site): a communiqué's HTML is shown on its meeting's
  // page, its topics' pages and its report, and is not copied for each.
  static Value borrowed(std::string_view text) {
    Value value;
    value.data_ = Borrowed{text};
    return value;
  }
  Value(List list) : data_(std::make_shared<List>(std::move(list))) {}
  Value(Object object) : data_(std::make_shared<Object>(std::move(object))) {}

  static Value list() { return Value(List{}); }
  static Value object() { return Value(Object{}); }

  Kind kind() const {
    return data_.index() == kBorrowedIndex ? Kind::String : static_cast<Kind>(data_.index());
  }
  bool is_null() const { return kind() == Kind::Null; }
  bool is_list() const { return kind() == Kind::List; }
  bool is_object() const { return kind() == Kind::Object; }
  bool is_string() const { return kind() == Kind::String; }

  // Mustache truthiness: null, false, the empty list and the empty text are
  // falsey (as in mustache.js), so {{#series}}…{{/series}} skips a missing
  // series; everything else, including 0, is truthy.
  bool truthy() const;

  bool as_bool() const { return std::get<bool>(data_); }
  std::int64_t as_integer() const { return std::get<std::int64_t>(data_); }
  double as_number() const { return std::get<double>(data_); }
  std::string_view as_string() const {
    if (const auto* borrowed = std::get_if<Borrowed>(&data_)) return borrowed->text;
    return std::get<std::string>(data_);
  }
  const List& as_list() const { return *std::get<std::shared_ptr<List>>(data_); }
  const Object& as_object() const { return *std::get<std::shared_ptr<Object>>(data_); }

  // The text {{name}} interpolates: strings as they are, integers in decimal,
  // numbers in their shortest round-trip form, booleans as true/false,
  // null as nothing.
  std::string to_text() const;

  // Object member lookup; nullptr when absent or when this is no object.
  const Value* find(std::string_view key) const;

  // Builders. They write through the shared pointer, so call them only while
  // this Value is being built and not yet shared.
  Value& set(Key key, Value value);
  Value& push(Value value);
  std::size_t size() const;  // list length or object member count, else 0

 private:
  struct Borrowed {
    std::string_view text;
  };
  // The alternatives in Kind's order, then borrowed text (Kind::String too).
  std::variant<std::monostate, bool, std::int64_t, double, std::string, std::shared_ptr<List>,
               std::shared_ptr<Object>, Borrowed>
      data_;
  static constexpr std::size_t kBorrowedIndex = 7;
};

}  // namespace cxo::render

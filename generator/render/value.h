#pragma once
// The data a template sees. Views build a tree of Values; the Mustache engine
// reads it. Lists and objects are shared, immutable once built, so one
// meeting's summary can appear in many pages without copies and pages can be
// rendered from several threads at once.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace cxo::render {

class Value {
 public:
  using List = std::vector<Value>;
  // Insertion-ordered; objects are small, so a linear lookup beats hashing.
  using Object = std::vector<std::pair<std::string, Value>>;

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
  Value& set(std::string key, Value value);
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

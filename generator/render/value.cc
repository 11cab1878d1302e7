#include "render/value.h"

#include <charconv>
#include <mutex>
#include <string>
#include <unordered_set>

namespace cxo::render {

Key::Key(std::string_view text) : size_(text.size()), tag_(tag_of(text)) {
  // Never freed: Keys are copied freely and must not outlive their text.
  static auto* store = new std::unordered_set<std::string>();
  static std::mutex mutex;
  std::lock_guard lock(mutex);
  data_ = store->emplace(text).first->data();
}

bool Value::truthy() const {
  switch (kind()) {
    case Kind::Null:
      return false;
    case Kind::Bool:
      return as_bool();
    case Kind::List:
      return !as_list().empty();
    case Kind::String:
      return !as_string().empty();
    default:
      return true;
  }
}

std::string Value::to_text() const {
  switch (kind()) {
    case Kind::Null:
      return {};
    case Kind::Bool:
      return as_bool() ? "true" : "false";
    case Kind::Integer:
      return std::to_string(as_integer());
    case Kind::Number: {
      char buffer[64];
      auto result = std::to_chars(buffer, buffer + sizeof buffer, as_number());
      return std::string(buffer, result.ptr);
    }
    case Kind::String:
      return std::string(as_string());
    default:
      return {};
  }
}

const Value* Value::find(std::string_view key) const {
  if (!is_object()) return nullptr;
  for (const auto& [name, value] : as_object()) {
    if (name == key) return &value;
  }
  return nullptr;
}

Value& Value::set(Key key, Value value) {
  auto& object = *std::get<std::shared_ptr<Object>>(data_);
  for (auto& [name, existing] : object) {
    if (name.same_as(key)) {
      existing = std::move(value);
      return *this;
    }
  }
  object.emplace_back(std::move(key), std::move(value));
  return *this;
}

Value& Value::push(Value value) {
  std::get<std::shared_ptr<List>>(data_)->push_back(std::move(value));
  return *this;
}

std::size_t Value::size() const {
  if (is_list()) return as_list().size();
  if (is_object()) return as_object().size();
  return 0;
}

}  // namespace cxo::render

#include "render/mustache.h"

#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "render/mustache_compile.h"
#include "render/mustache_nodes.h"
#include "util/byte_scan.h"

namespace cxo::render {
namespace mustache {
namespace {

// The spec escapes exactly these four characters.
constexpr std::string_view kEntities[] = {"", "&amp;", "&lt;", "&gt;", "&quot;"};

constexpr auto kEntityFor = [] {
  std::array<std::uint8_t, 256> table{};
  table['&'] = 1;
  table['<'] = 2;
  table['>'] = 3;
  table['"'] = 4;
  return table;
}();

}  // namespace

// Walks a compiled tree for one render call. Holds all per-call state, so
// concurrent renders of one TemplateSet share nothing mutable.
class Renderer {
 public:
  Renderer(const TemplateSet& templates, std::string& out) : templates_(templates), out_(out) {
    stack_.reserve(16);
  }

  // False when expansions nested deeper than TemplateSet::kMaxDepth.
  bool render(const Template& root, const Value& context) {
    stack_.push_back(&context);
    render(root.nodes);
    return !too_deep_;
  }

 private:
  // Enters a partial, parent or block expansion: counts the depth and, for a
  // standalone one, starts a fresh line with the extra indentation. Undone on
  // destruction.
  class Expansion {
   public:
    Expansion(Renderer& renderer, const Node& node)
        : renderer_(renderer), indent_size_(renderer.indent_.size()) {
      if (renderer_.depth_ >= TemplateSet::kMaxDepth) {
        renderer_.too_deep_ = true;
        allowed_ = false;
        return;
      }
      ++renderer_.depth_;
      if (node.standalone) {
        renderer_.line_start_ = true;
        renderer_.indent_ += node.indent;
      }
    }
    ~Expansion() {
      if (!allowed_) return;
      --renderer_.depth_;
      renderer_.indent_.resize(indent_size_);
    }
    Expansion(const Expansion&) = delete;
    Expansion& operator=(const Expansion&) = delete;

    bool allowed() const { return allowed_; }

   private:
    Renderer& renderer_;
    std::size_t indent_size_;
    bool allowed_ = true;
  };

  void render(const Nodes& nodes) {
    for (const Node& node : nodes) render(node);
  }

  void render(const Node& node) {
    switch (node.kind) {
      case Node::Kind::kText:
        write_text(node.text);
        break;
      case Node::Kind::kVariable:
        write_value(resolve(node.path), node.escaped);
        break;
      case Node::Kind::kSection:
        render_section(node);
        break;
      case Node::Kind::kInverted: {
        const Value* value = resolve(node.path);
        if (value == nullptr || !value->truthy()) render(node.children);
        break;
      }
      case Node::Kind::kPartial: {
        const Template* partial = find_template(node);
        if (partial == nullptr) break;
        Expansion expansion(*this, node);
        if (expansion.allowed()) render(partial->nodes);
        break;
      }
      case Node::Kind::kParent: {
        const Template* parent = find_template(node);
        if (parent == nullptr) break;
        Expansion expansion(*this, node);
        if (!expansion.allowed()) break;
        arguments_.push_back(&node.children);
        render(parent->nodes);
        arguments_.pop_back();
        break;
      }
      case Node::Kind::kBlock: {
        const Node* argument = find_argument(node.text);
        if (argument == nullptr) {
          render(node.children);  // the default content, as written
          break;
        }
        Expansion expansion(*this, node);
        if (expansion.allowed()) render(argument->children);
        break;
      }
    }
  }

  void render_section(const Node& node) {
    const Value* value = resolve(node.path);
    if (value == nullptr || !value->truthy()) return;
    if (value->is_list()) {
      for (const Value& item : value->as_list()) {
        stack_.push_back(&item);
        render(node.children);
        stack_.pop_back();
      }
      return;
    }
    stack_.push_back(value);
    render(node.children);
    stack_.pop_back();
  }

  // The spec's name resolution: the first part is looked up from the top of
  // the context stack down, the remaining parts only inside what it found.
  const Value* resolve(const Path& path) const {
    if (path.parts.empty()) return stack_.back();
    const Value* value = nullptr;
    for (auto it = stack_.rbegin(); it != stack_.rend() && value == nullptr; ++it) {
      value = member(**it, path.parts.front());
    }
    for (std::size_t i = 1; i < path.parts.size() && value != nullptr; ++i) {
      value = value->is_list() ? element(*value, path.parts[i]) : member(*value, path.parts[i]);
    }
    return value;
  }

  // As in mustache.js, a later part of a dotted name may index a list:
  // {{#hosts.0}}…{{/hosts.0}} renders once when the list is not empty.
  static const Value* element(const Value& list, const Key& index) {
    std::size_t position = 0;
    if (index.empty()) return nullptr;
    for (char c : index.text()) {
      if (c < '0' || c > '9') return nullptr;
      position = position * 10 + static_cast<std::size_t>(c - '0');
      if (position >= list.as_list().size()) return nullptr;
    }
    return &list.as_list()[position];
  }

  static const Value* member(const Value& object, const Key& key) {
    if (!object.is_object() || key.empty()) return nullptr;
    for (const auto& [name, value] : object.as_object()) {
      if (name.same_as(key)) return &value;
    }
    return nullptr;
  }

  const Template* find_template(const Node& node) const {
    if (!node.dynamic) return templates_.find(node.text);
    const Value* name = resolve(node.path);
    if (name == nullptr) return nullptr;
    if (name->is_string()) return templates_.find(name->as_string());
    if (name->kind() == Value::Kind::Integer) return templates_.find(name->to_text());
    return nullptr;
  }

  // Arguments passed by outer callers win over those of inner ones, so a page
  // overrides what its layout passes on to the layout's own parent.
  const Node* find_argument(const std::string& name) const {
    for (const Nodes* arguments : arguments_) {
      for (const Node& argument : *arguments) {
        if (argument.text == name) return &argument;
      }
    }
    return nullptr;
  }

  // Indentation is written lazily, just before the first output on a line, so
  // lines that turn out empty get none and nothing dangles at the end.
  void start_line(char first) {
    if (line_start_ && first != '\n' && first != '\r') out_ += indent_;
    line_start_ = false;
  }

  void write_text(std::string_view text) {
    if (indent_.empty()) {
      out_.append(text);
      return;
    }
    std::size_t pos = 0;
    while (pos < text.size()) {
      if (line_start_) start_line(text[pos]);
      std::size_t newline = text.find('\n', pos);
      std::size_t end = newline == std::string_view::npos ? text.size() : newline + 1;
      out_.append(text, pos, end - pos);
      // Only template text starts new lines; newlines inside values do not,
      // as the spec's "Standalone Indentation" test requires.
      if (newline != std::string_view::npos) line_start_ = true;
      pos = end;
    }
  }

  void write_raw(std::string_view text) {
    if (text.empty()) return;
    if (!indent_.empty()) start_line(text.front());
    out_.append(text);
  }

  static bool has_entity_byte(bytes::Block block) {
    return bytes::any_lane((block == '&') | (block == '<') | (block == '>') | (block == '"'));
  }

  void write_escaped(std::string_view text) {
    if (text.empty()) return;
    if (!indent_.empty()) start_line(text.front());
    // Most values (names, dates, titles) need no escaping: one append.
    if (!bytes::any_byte(text, has_entity_byte)) {
      out_.append(text.data(), text.size());
      return;
    }
    std::size_t run = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
      i = bytes::skip_clean_blocks(text, i, has_entity_byte);
      if (i == text.size()) break;
      std::uint8_t entity = kEntityFor[static_cast<unsigned char>(text[i])];
      if (entity == 0) continue;
      out_.append(text, run, i - run);
      out_.append(kEntities[entity]);
      run = i + 1;
    }
    out_.append(text, run, text.size() - run);
  }

  void write_value(const Value* value, bool escaped) {
    if (value == nullptr) return;
    char buffer[64];
    switch (value->kind()) {
      case Value::Kind::String:
        if (escaped) {
          write_escaped(value->as_string());
        } else {
          write_raw(value->as_string());
        }
        break;
      case Value::Kind::Integer: {
        auto result = std::to_chars(buffer, buffer + sizeof buffer, value->as_integer());
        write_raw(std::string_view(buffer, result.ptr - buffer));
        break;
      }
      case Value::Kind::Number: {
        auto result = std::to_chars(buffer, buffer + sizeof buffer, value->as_number());
        write_raw(std::string_view(buffer, result.ptr - buffer));
        break;
      }
      case Value::Kind::Bool:
        write_raw(value->as_bool() ? "true" : "false");
        break;
      case Value::Kind::Null:
      case Value::Kind::List:
      case Value::Kind::Object:
        break;
    }
  }

  const TemplateSet& templates_;
  std::string& out_;
  std::vector<const Value*> stack_;      // context stack, innermost last
  std::vector<const Nodes*> arguments_;  // blocks passed by enclosing parent tags
  std::string indent_;                   // prefix for each new line
  bool line_start_ = false;              // the next output begins a line
  int depth_ = 0;
  bool too_deep_ = false;
};

}  // namespace mustache

TemplateSet::TemplateSet() = default;
TemplateSet::~TemplateSet() = default;
TemplateSet::TemplateSet(TemplateSet&&) noexcept = default;
TemplateSet& TemplateSet::operator=(TemplateSet&&) noexcept = default;

bool TemplateSet::add(std::string name, std::string_view source,
                      std::vector<TemplateError>& errors) {
  auto compiled = std::make_unique<mustache::Template>();
  if (!mustache::compile(name, source, compiled->nodes, errors)) return false;
  templates_.insert_or_assign(std::move(name), std::move(compiled));
  return true;
}

bool TemplateSet::contains(std::string_view name) const {
  return find(name) != nullptr;
}

const mustache::Template* TemplateSet::find(std::string_view name) const {
  auto it = templates_.find(name);
  return it == templates_.end() ? nullptr : it->second.get();
}

bool TemplateSet::render(std::string_view name, const Value& context, std::string& out) const {
  const mustache::Template* compiled = find(name);
  if (compiled == nullptr) return false;
  out.reserve(out.size() + compiled->output_size.get());
  std::size_t start = out.size();
  bool ok = mustache::Renderer(*this, out).render(*compiled, context);
  compiled->output_size.note(out.size() - start);
  return ok;
}

std::string TemplateSet::render(std::string_view name, const Value& context) const {
  std::string out;
  render(name, context, out);
  return out;
}

}  // namespace cxo::render

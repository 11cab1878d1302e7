#pragma once
// Mustache templates: compiled once into a node tree, rendered many times.
//
// Implements the Mustache spec's required modules (comments, delimiters,
// interpolation, inverted, partials, sections) and the optional ~inheritance
// and ~dynamic-names modules; lambdas are not supported. The spec's test files
// live in tests/render/mustache-spec/ and all of them pass.
//
// Usage:
//   TemplateSet set;
//   std::vector<TemplateError> errors;
//   set.add("base", base_source, errors);        // a layout with {{$blocks}}
//   set.add("meeting", meeting_source, errors);  // {{<base}}{{$main}}…{{/main}}{{/base}}
//   std::string html = set.render("meeting", page_value);
//
// Partials ({{>name}}) and parents ({{<name}}…{{/name}}) are looked up by name
// in the same set when rendering, so templates may be added in any order; a
// missing one renders as nothing, as the spec says. A name starting with `*`
// ({{>*field}}) takes the template name from the context.
//
// Whitespace follows the spec: tags other than interpolations that stand alone
// on their line take the whole line with them, and a standalone partial or
// parent indents every line it expands to by the whitespace before its tag.
// Inheritance works the same way: a block standing alone in a layout, as in
//     <main>
//       {{$main}}
//       {{/main}}
//     </main>
// indents every line of the argument a page passes for it, here by the
// indentation of the line after the opening tag (or by the whitespace before
// the tag when `{{$main}}{{/main}}` share a line). An argument whose opening
// tag ends its line first loses its first line's indentation from every line,
// so a page may write its blocks flush left or indented, and they land under
// <main> either way:
//     {{<base}}
//     {{$main}}
//     <h1>{{title}}</h1>
//     {{/main}}
//     {{/base}}
// A block's default content renders as written. Newlines inside interpolated
// values are never indented.
//
// Thread safety: add() must not run concurrently with anything else; once all
// templates are added, any number of threads may render at the same time.
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "render/value.h"

namespace cxo::render {

namespace mustache {
struct Template;
class Renderer;
}  // namespace mustache

struct TemplateError {
  std::string template_name;
  int line = 0;    // 1-based
  int column = 0;  // 1-based, counted in UTF-8 characters
  std::string message;
};

class TemplateSet {
 public:
  // Partial, parent and block expansions nested deeper than this render as
  // nothing and make render() return false; it stops runaway recursion.
  static constexpr int kMaxDepth = 100;

  TemplateSet();
  ~TemplateSet();
  TemplateSet(TemplateSet&&) noexcept;
  TemplateSet& operator=(TemplateSet&&) noexcept;

  // Compiles `source` under `name` (e.g. "base", "meeting", "partials/nav"),
  // replacing any template of that name. On a malformed template (unclosed
  // tag or section, mismatched or stray closing tag, bad delimiter change,
  // empty tag, bad name) returns false, leaves the set unchanged and appends
  // one error with the 1-based line and column of the offending tag.
  bool add(std::string name, std::string_view source, std::vector<TemplateError>& errors);

  bool contains(std::string_view name) const;

  // Renders template `name` with `context` as the root of the context stack,
  // appending to `out`. Returns false when `name` is not in the set (nothing
  // is appended) or when expansions nested deeper than kMaxDepth (the output
  // then lacks those expansions).
  bool render(std::string_view name, const Value& context, std::string& out) const;
  std::string render(std::string_view name, const Value& context) const;

 private:
  friend class mustache::Renderer;

  struct NameHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view name) const noexcept {
      return std::hash<std::string_view>{}(name);
    }
  };

  const mustache::Template* find(std::string_view name) const;

  std::unordered_map<std::string, std::unique_ptr<mustache::Template>, NameHash, std::equal_to<>>
      templates_;
};

}  // namespace cxo::render

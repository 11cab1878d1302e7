// Behaviour the Mustache spec leaves open: errors, threads, recursion, and the
// layout inheritance our themes rely on.
#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "render/mustache.h"
#include "render/value.h"

namespace cxo::render {
namespace {

TemplateError compile_error(std::string_view source) {
  TemplateSet templates;
  std::vector<TemplateError> errors;
  EXPECT_FALSE(templates.add("page", source, errors)) << source;
  EXPECT_EQ(errors.size(), 1u) << source;
  EXPECT_FALSE(templates.contains("page"));
  return errors.empty() ? TemplateError{} : errors.front();
}

TEST(MustacheErrors, UnclosedSectionPointsAtItsOpeningTag) {
  TemplateError error = compile_error("<ul>\n  {{#items}}\n  <li>{{name}}</li>\n</ul>\n");
  EXPECT_EQ(error.template_name, "page");
  EXPECT_EQ(error.line, 2);
  EXPECT_EQ(error.column, 3);
  EXPECT_EQ(error.message, "section 'items' is never closed");
}

TEST(MustacheErrors, MismatchedClosingTagNamesBothTags) {
  TemplateError error = compile_error("{{#a}}\n{{^b}}\n{{/a}}\n{{/b}}\n");
  EXPECT_EQ(error.line, 3);
  EXPECT_EQ(error.column, 1);
  EXPECT_EQ(error.message,
            "closing tag '/a' does not match inverted section 'b' opened at line 2, column 1");
}

TEST(MustacheErrors, ClosingTagWithoutOpening) {
  TemplateError error = compile_error("text {{/a}}");
  EXPECT_EQ(error.line, 1);
  EXPECT_EQ(error.column, 6);
  EXPECT_EQ(error.message, "closing tag '/a' has nothing to close");
}

TEST(MustacheErrors, UnclosedBlockAndParent) {
  TemplateError block = compile_error("{{<base}}\n  {{$main}}x\n{{/base}}");
  EXPECT_EQ(block.line, 3);
  EXPECT_EQ(block.message,
            "closing tag '/base' does not match block 'main' opened at line 2, column 3");
  TemplateError parent = compile_error("a\n{{<base}}{{$main}}x{{/main}}");
  EXPECT_EQ(parent.line, 2);
  EXPECT_EQ(parent.column, 1);
  EXPECT_EQ(parent.message, "parent 'base' is never closed");
}

TEST(MustacheErrors, BadDelimiterChange) {
  TemplateError one = compile_error("ok\n  {{=<%=}}");
  EXPECT_EQ(one.line, 2);
  EXPECT_EQ(one.column, 3);
  EXPECT_NE(one.message.find("bad delimiter change '<%'"), std::string::npos) << one.message;
  TemplateError three = compile_error("{{=< % >=}}");
  EXPECT_NE(three.message.find("bad delimiter change"), std::string::npos) << three.message;
}

TEST(MustacheErrors, ErrorsAfterDelimiterChangeUseNewDelimiters) {
  TemplateError error = compile_error("{{=<% %>=}}\n<%#list%>\n{{#list}}\n");
  EXPECT_EQ(error.line, 2);
  EXPECT_EQ(error.column, 1);
  EXPECT_EQ(error.message, "section 'list' is never closed");
}

TEST(MustacheErrors, EmptyTags) {
  for (const char* source : {"ab {{}}", "ab {{ }}", "ab {{#}}{{/}}", "ab {{{ }}}", "ab {{> }}"}) {
    TemplateError error = compile_error(source);
    EXPECT_EQ(error.line, 1) << source;
    EXPECT_EQ(error.column, 4) << source;
    EXPECT_EQ(error.message, "empty tag: a name is missing") << source;
  }
}

TEST(MustacheErrors, UnclosedTagColumnCountsCharacters) {
  TemplateError error = compile_error("héllo wörld\nsäy {{name");
  EXPECT_EQ(error.line, 2);
  EXPECT_EQ(error.column, 5);
  EXPECT_EQ(error.message, "unclosed tag: no '}}' after '{{'");
  EXPECT_EQ(compile_error("{{{raw}}").message, "unclosed tag: no '}}}' after '{{'");
}

TEST(MustacheErrors, BadNames) {
  EXPECT_EQ(compile_error("{{first name}}").message, "tag name 'first name' contains whitespace");
  EXPECT_EQ(compile_error("{{a..b}}").message, "bad dotted name 'a..b'");
  EXPECT_EQ(compile_error("{{#.a}}{{/.a}}").message, "bad dotted name '.a'");
}

TEST(MustacheErrors, FailedAddKeepsPreviousTemplate) {
  TemplateSet templates;
  std::vector<TemplateError> errors;
  ASSERT_TRUE(templates.add("page", "v1", errors));
  EXPECT_FALSE(templates.add("page", "{{#broken}}", errors));
  EXPECT_EQ(templates.render("page", Value()), "v1");
  ASSERT_TRUE(templates.add("page", "v2", errors));
  EXPECT_EQ(templates.render("page", Value()), "v2");
  EXPECT_EQ(errors.size(), 1u);
}

TEST(MustacheRender, UnknownTemplateRendersNothingAndFails) {
  TemplateSet templates;
  std::string out = "kept";
  EXPECT_FALSE(templates.render("missing", Value(), out));
  EXPECT_EQ(out, "kept");
}

TEST(MustacheRender, EscapesOnlyTheSpecCharacters) {
  TemplateSet templates;
  std::vector<TemplateError> errors;
  ASSERT_TRUE(templates.add("t", "{{v}}|{{{v}}}|{{&v}}", errors));
  Value data = Value::object().set("v", "<a href=\"x\">Tom & Jerry's</a>");
  EXPECT_EQ(templates.render("t", data),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry's&lt;/a&gt;|"
            "<a href=\"x\">Tom & Jerry's</a>|<a href=\"x\">Tom & Jerry's</a>");
}

TEST(MustacheRender, DynamicPartialPicksTemplateFromData) {
  TemplateSet templates;
  std::vector<TemplateError> errors;
  ASSERT_TRUE(templates.add("items/text", "<p>{{content}}</p>", errors));
  ASSERT_TRUE(templates.add("items/image", "<img src=\"{{url}}\">", errors));
  ASSERT_TRUE(templates.add("page", "{{#items}}{{>*kind}}\n{{/items}}", errors));
  Value items = Value::list();
  items.push(Value::object().set("kind", "items/text").set("content", "Hi"));
  items.push(Value::object().set("kind", "items/image").set("url", "a.png"));
  items.push(Value::object().set("kind", "items/missing"));
  EXPECT_EQ(templates.render("page", Value::object().set("items", items)),
            "<p>Hi</p>\n<img src=\"a.png\">\n\n");
}

// The shape our themes use: a base layout with a title block and a main
// block, and page templates that fill them in.
constexpr std::string_view kBase =
    "<!doctype html>\n"
    "<html>\n"
    "<head>\n"
    "  <title>{{$title}}cxo{{/title}}</title>\n"
    "</head>\n"
    "<body>\n"
    "  <main>\n"
    "    {{$main}}\n"
    "    <p>Nothing here.</p>\n"
    "    {{/main}}\n"
    "  </main>\n"
    "</body>\n"
    "</html>\n";

constexpr std::string_view kMeeting =
    "{{<base}}\n"
    "{{$title}}{{meeting.title}} · cxo{{/title}}\n"
    "{{$main}}\n"
    "<h1>{{meeting.title}}</h1>\n"
    "<ul>\n"
    "  {{#items}}\n"
    "  <li>{{name}}</li>\n"
    "  {{/items}}\n"
    "</ul>\n"
    "{{/main}}\n"
    "{{/base}}\n";

Value meeting_data() {
  Value items = Value::list();
  items.push(Value::object().set("name", "one"));
  items.push(Value::object().set("name", "two"));
  return Value::object().set("meeting", Value::object().set("title", "Q&A")).set("items", items);
}

TemplateSet layout_templates() {
  TemplateSet templates;
  std::vector<TemplateError> errors;
  EXPECT_TRUE(templates.add("meeting", kMeeting, errors));  // before its parent: fine
  EXPECT_TRUE(templates.add("base", kBase, errors));
  EXPECT_TRUE(errors.empty());
  return templates;
}

TEST(MustacheInheritance, PageFillsTitleAndMainOfBaseLayout) {
  TemplateSet templates = layout_templates();
  EXPECT_EQ(templates.render("meeting", meeting_data()),
            "<!doctype html>\n"
            "<html>\n"
            "<head>\n"
            "  <title>Q&amp;A · cxo</title>\n"
            "</head>\n"
            "<body>\n"
            "  <main>\n"
            "    <h1>Q&amp;A</h1>\n"
            "    <ul>\n"
            "      <li>one</li>\n"
            "      <li>two</li>\n"
            "    </ul>\n"
            "  </main>\n"
            "</body>\n"
            "</html>\n");
}

TEST(MustacheInheritance, LayoutDefaultsAndIndentedArguments) {
  TemplateSet templates = layout_templates();
  std::vector<TemplateError> errors;
  // Blocks may be indented inside the parent tag; that indentation is dropped.
  ASSERT_TRUE(templates.add(
      "empty", "{{<base}}\n  {{$main}}\n    <p>{{note}}</p>\n  {{/main}}\n{{/base}}\n", errors));
  std::string page = templates.render("empty", Value::object().set("note", "hi"));
  EXPECT_NE(page.find("<title>cxo</title>"), std::string::npos) << page;
  EXPECT_NE(page.find("  <main>\n    <p>hi</p>\n  </main>\n"), std::string::npos) << page;
  // With no argument the block's default content renders in place.
  EXPECT_NE(
      templates.render("base", Value()).find("  <main>\n    <p>Nothing here.</p>\n  </main>\n"),
      std::string::npos);
}

TEST(MustacheInheritance, DefaultContentRendersAsWritten) {
  TemplateSet templates;
  std::vector<TemplateError> errors;
  ASSERT_TRUE(templates.add(
      "uneven", "<main>\n  {{$main}}\n    <p>a</p>\n  <p>b</p>\n  {{/main}}\n</main>\n", errors));
  ASSERT_TRUE(templates.add("inline", "<ul>\n  {{$items}}<li>a</li>\n<li>b</li>{{/items}}\n</ul>\n",
                            errors));
  EXPECT_EQ(templates.render("uneven", Value()), "<main>\n    <p>a</p>\n  <p>b</p>\n</main>\n");
  EXPECT_EQ(templates.render("inline", Value()), "<ul>\n  <li>a</li>\n<li>b</li>\n</ul>\n");
  // An argument, though, takes the block's indentation on every line.
  ASSERT_TRUE(templates.add(
      "page", "{{<inline}}{{$items}}<li>c</li>\n<li>d</li>{{/items}}{{/inline}}", errors));
  EXPECT_EQ(templates.render("page", Value()), "<ul>\n  <li>c</li>\n  <li>d</li>\n</ul>\n");
}

TEST(MustacheInheritance, MultiLevelLayouts) {
  TemplateSet templates = layout_templates();
  std::vector<TemplateError> errors;
  // A section layout fixes the title and leaves main to its pages.
  ASSERT_TRUE(templates.add("section", "{{<base}}{{$title}}Minutes{{/title}}{{/base}}", errors));
  ASSERT_TRUE(templates.add(
      "minutes", "{{<section}}\n{{$main}}\n<p>{{n}}</p>\n{{/main}}\n{{/section}}", errors));
  std::string page = templates.render("minutes", Value::object().set("n", 3));
  EXPECT_NE(page.find("<title>Minutes</title>"), std::string::npos) << page;
  EXPECT_NE(page.find("  <main>\n    <p>3</p>\n  </main>\n"), std::string::npos) << page;
}

TEST(MustacheRecursion, SelfIncludingPartialStops) {
  TemplateSet templates;
  std::vector<TemplateError> errors;
  ASSERT_TRUE(templates.add("loop", "x{{>loop}}", errors));
  std::string out;
  EXPECT_FALSE(templates.render("loop", Value(), out));
  EXPECT_EQ(out, std::string(TemplateSet::kMaxDepth + 1, 'x'));
}

TEST(MustacheRecursion, SelfInheritingParentAndSelfPassingBlockStop) {
  TemplateSet templates;
  std::vector<TemplateError> errors;
  ASSERT_TRUE(templates.add("self", "{{<self}}{{/self}}", errors));
  ASSERT_TRUE(templates.add("base", "[{{$a}}{{/a}}]", errors));
  ASSERT_TRUE(templates.add("page", "{{<base}}{{$a}}({{$a}}{{/a}}){{/a}}{{/base}}", errors));
  std::string out;
  EXPECT_FALSE(templates.render("self", Value(), out));
  EXPECT_EQ(out, "");
  EXPECT_FALSE(templates.render("page", Value(), out));
  EXPECT_EQ(out.substr(0, 4), "[(((");
}

TEST(MustacheRecursion, DeepButFiniteDataRecursionRenders) {
  TemplateSet templates;
  std::vector<TemplateError> errors;
  ASSERT_TRUE(templates.add("node", "{{name}}{{#child}}/{{>node}}{{/child}}", errors));
  // The leaf needs its own null `child`, or the lookup would climb the context
  // stack to its parent's child and recurse until the depth limit.
  Value tree = Value::object().set("name", 50).set("child", Value());
  for (int i = 49; i >= 0; --i) tree = Value::object().set("name", i).set("child", tree);
  std::string out;
  EXPECT_TRUE(templates.render("node", tree, out));
  EXPECT_EQ(out.substr(0, 8), "0/1/2/3/");
  EXPECT_EQ(out.substr(out.size() - 6), "/49/50");
}

TEST(MustacheThreads, ConcurrentRendersMatchSingleThreaded) {
  TemplateSet templates = layout_templates();
  std::vector<TemplateError> errors;
  ASSERT_TRUE(templates.add(
      "nav", "<nav>{{#links}}<a href=\"{{url}}\">{{label}}</a>{{/links}}</nav>\n", errors));
  ASSERT_TRUE(templates.add(
      "page", "{{<base}}{{$main}}\n{{>nav}}\n<p>{{n}}</p>\n{{/main}}{{/base}}", errors));

  std::vector<Value> pages;
  for (int i = 0; i < 8; ++i) {
    Value links = Value::list();
    for (int j = 0; j <= i; ++j) {
      links.push(Value::object()
                     .set("url", "/p/" + std::to_string(j))
                     .set("label", std::string("<").append(std::to_string(j)).append(">")));
    }
    pages.push_back(Value::object().set("n", i).set("links", links));
  }
  std::vector<std::string> expected;
  for (const Value& page : pages) expected.push_back(templates.render("page", page));

  std::vector<std::thread> threads;
  std::vector<int> mismatches(pages.size(), 0);
  for (std::size_t t = 0; t < pages.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 300; ++round) {
        std::size_t index = (t + round) % pages.size();
        std::string out;
        if (!templates.render("page", pages[index], out) || out != expected[index]) ++mismatches[t];
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (std::size_t t = 0; t < pages.size(); ++t) EXPECT_EQ(mismatches[t], 0) << "thread " << t;
  EXPECT_NE(expected[2].find("    <nav><a href=\"/p/0\">&lt;0&gt;</a>"), std::string::npos)
      << expected[2];
}

}  // namespace
}  // namespace cxo::render

namespace cxo::render {

TEST(MustacheExtensions, ADottedNumberIndexesAListAsInMustacheJs) {
  TemplateSet set;
  std::vector<TemplateError> errors;
  ASSERT_TRUE(
      set.add("t", "{{#hosts.0}}<ul>{{#hosts}}<li>{{.}}</li>{{/hosts}}</ul>{{/hosts.0}}{{hosts.1}}",
              errors));
  Value one = Value::object();
  one.set("hosts", Value(Value::List{Value("du"), Value("tdra")}));
  EXPECT_EQ(set.render("t", one), "<ul><li>du</li><li>tdra</li></ul>tdra");
  Value none = Value::object();
  none.set("hosts", Value::list());
  EXPECT_EQ(set.render("t", none), "");
}

// The escaper skips eight bytes at a time where none needs escaping, the
// tail by a last word overlapping the one before: a character to escape at
// any offset, in text long enough to be skipped in runs, must still be found.
TEST(MustacheEscaping, FindsACharacterToEscapeAtEveryOffset) {
  TemplateSet set;
  std::vector<TemplateError> errors;
  ASSERT_TRUE(set.add("t", "{{text}}", errors));
  for (std::size_t length = 1; length <= 40; ++length) {
    for (std::size_t at = 0; at < length; ++at) {
      for (auto [special, entity] : {std::pair{'&', "&amp;"}, std::pair{'<', "&lt;"},
                                     std::pair{'>', "&gt;"}, std::pair{'"', "&quot;"}}) {
        std::string text(length, 'x');
        text[at] = special;
        Value data = Value::object();
        data.set("text", text);
        EXPECT_EQ(set.render("t", data),
                  std::string(at, 'x') + entity + std::string(length - at - 1, 'x'))
            << length << " " << at;
      }
    }
  }
}

}  // namespace cxo::render

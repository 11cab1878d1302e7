// Template lookups compare member names by Key::same_as, which looks at a
// word of the first seven bytes and the length before the rest.
#include "render/value.h"

#include <gtest/gtest.h>

#include <string>

namespace cxo::render {
namespace {

TEST(Key, SameAsComparesEveryByteOfEveryLength) {
  for (std::size_t length = 1; length <= 20; ++length) {
    std::string name(length, 'k');
    EXPECT_TRUE(Key(name).same_as(Key(std::string(name)))) << length;
    EXPECT_FALSE(Key(name).same_as(Key(name + "k"))) << length;
    EXPECT_FALSE(Key(name + "k").same_as(Key(name))) << length;
    for (std::size_t at = 0; at < length; ++at) {
      std::string other = name;
      other[at] = 'K';
      EXPECT_FALSE(Key(name).same_as(Key(other))) << length << " " << at;
    }
  }
  EXPECT_TRUE(Key("").same_as(Key(std::string())));
}

// Views name members with literals (kept by address, tagged by the
// compiler); templates with names read at run time (interned). Both must
// meet.
TEST(Key, LiteralAndRuntimeNamesAgree) {
  const std::string read = "participant_count";
  EXPECT_TRUE(Key("participant_count").same_as(Key(read)));
  EXPECT_TRUE(Key(read).same_as(Key("participant_count")));
  EXPECT_FALSE(Key("participant_counts").same_as(Key(read)));
  EXPECT_FALSE(Key("participant_cOunt").same_as(Key(read)));
  EXPECT_TRUE(Key("id").same_as(Key(std::string_view("id"))));
  // An interned name stays when the text it was made from is gone.
  Key interned(std::string("a name read from a template"));
  EXPECT_EQ(interned.text(), "a name read from a template");
}

TEST(Key, SetTellsApartNamesThatShareTheirFirstSevenBytes) {
  Value object = Value::object();
  object.set("participants", 3);
  object.set("participant_count", 4);
  object.set("participants", 5);  // replaces, does not add
  EXPECT_EQ(object.size(), 2u);
  EXPECT_EQ(object.find("participants")->as_integer(), 5);
  EXPECT_EQ(object.find("participant_count")->as_integer(), 4);
}

}  // namespace
}  // namespace cxo::render

#pragma once
// The id part made from a city name: "São Paulo" -> "sao-paulo". Ids are
// ASCII ([a-z0-9]+(-[a-z0-9]+)*), so accents are dropped and a few letters
// are spelled out; a name in another script has no such spelling.
#include <string>
#include <string_view>

namespace cxo::scaffold {

// Empty when `name` holds a letter that has no ASCII spelling, or nothing
// usable at all.
std::string slug_of(std::string_view name);

}  // namespace cxo::scaffold

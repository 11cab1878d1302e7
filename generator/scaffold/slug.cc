#include "scaffold/slug.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace cxo::scaffold {

namespace {

// Letters that do not decompose into an ASCII letter and a mark.
const char* spelled_out(UChar32 c) {
  switch (c) {
    case 0x00DF:
      return "ss";  // ß
    case 0x00E6:
    case 0x00C6:
      return "ae";
    case 0x0153:
    case 0x0152:
      return "oe";
    case 0x00F8:
    case 0x00D8:
      return "o";
    case 0x0142:
    case 0x0141:
      return "l";
    case 0x0111:
    case 0x0110:
      return "d";
    case 0x00F0:
    case 0x00D0:
      return "d";
    case 0x00FE:
    case 0x00DE:
      return "th";
    case 0x0131:
      return "i";  // dotless i
    default:
      return nullptr;
  }
}

}  // namespace

std::string slug_of(std::string_view name) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return {};
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
  icu::UnicodeString decomposed = nfd->normalize(text, status);
  if (U_FAILURE(status)) return {};
  std::string slug;
  bool pending_hyphen = false;
  auto append = [&](std::string_view part) {
    if (pending_hyphen && !slug.empty()) slug += '-';
    pending_hyphen = false;
    slug += part;
  };
  for (int32_t i = 0; i < decomposed.length(); i = decomposed.moveIndex32(i, 1)) {
    UChar32 c = decomposed.char32At(i);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    if (c < 0x80 && u_isalnum(c)) {
      char letter = static_cast<char>(u_tolower(c));
      append(std::string_view(&letter, 1));
    } else if (const char* spelling = spelled_out(c)) {
      append(spelling);
    } else if (u_isalnum(c)) {
      return {};
    } else if (c != '\'' && c != 0x2019) {  // "N'Djamena" -> "ndjamena"
      pending_hyphen = true;
    }
  }
  return slug;
}

}  // namespace cxo::scaffold

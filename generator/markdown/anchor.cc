#include "markdown/anchor.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace cxo::markdown {

std::string slugify(std::string_view text) {
  std::string slug;
  bool pending_hyphen = false;
  int32_t i = 0;
  const auto length = static_cast<int32_t>(text.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  while (i < length) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) {
      pending_hyphen = true;
      continue;
    }
    UChar32 lower;
    bool keep;
    if (c < 0x80) {
      // Most headings are ASCII, where ICU's answer is plain: letters and
      // digits are kept, lower-cased.
      lower = c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
      keep = (lower >= 'a' && lower <= 'z') || (c >= '0' && c <= '9');
    } else {
      lower = u_tolower(c);
      int8_t type = u_charType(lower);
      keep = type == U_UPPERCASE_LETTER || type == U_LOWERCASE_LETTER ||
             type == U_TITLECASE_LETTER || type == U_MODIFIER_LETTER || type == U_OTHER_LETTER ||
             type == U_DECIMAL_DIGIT_NUMBER;
    }
    if (!keep) {
      pending_hyphen = true;
      continue;
    }
    if (pending_hyphen && !slug.empty()) slug += '-';
    pending_hyphen = false;
    char buffer[4];
    int32_t written = 0;
    U8_APPEND_UNSAFE(reinterpret_cast<uint8_t*>(buffer), written, lower);
    slug.append(buffer, static_cast<std::size_t>(written));
  }
  return slug;
}

std::string AnchorSet::claim(std::string_view text) {
  std::string base = slugify(text);
  if (base.empty()) base = "section";
  std::string anchor = base;
  for (int n = 2; taken_.count(anchor); ++n) anchor = base + "-" + std::to_string(n);
  taken_.insert(anchor);
  return anchor;
}

}  // namespace cxo::markdown

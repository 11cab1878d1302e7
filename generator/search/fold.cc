#include "search/fold.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace cxo::search {

namespace {

// Letters with no decomposition that readers still type without their
// stroke or ligature. search.js carries the same table.
void map_special_letters(icu::UnicodeString& text) {
  icu::UnicodeString out;
  bool changed = false;
  for (int32_t i = 0; i < text.length();) {
    UChar32 c = text.char32At(i);
    i += U16_LENGTH(c);
    const char16_t* replacement = nullptr;
    switch (c) {
      case u'ß':
        replacement = u"ss";
        break;
      case u'ø':
        replacement = u"o";
        break;
      case u'ł':
        replacement = u"l";
        break;
      case u'đ':
        replacement = u"d";
        break;
      case u'ð':
        replacement = u"d";
        break;
      case u'æ':
        replacement = u"ae";
        break;
      case u'œ':
        replacement = u"oe";
        break;
      case u'þ':
        replacement = u"th";
        break;
      case u'ı':
        replacement = u"i";
        break;
      case u'ς':
        replacement = u"σ";
        break;
      default:
        break;
    }
    if (replacement) {
      out.append(replacement, -1);
      changed = true;
    } else {
      out.append(c);
    }
  }
  if (changed) text = out;
}

}  // namespace

std::string fold(std::string_view word) {
  bool ascii = true;
  for (unsigned char c : word) ascii = ascii && c < 0x80;
  if (ascii) {
    std::string out(word);
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::string(word);
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  icu::UnicodeString decomposed = nfkd->normalize(text, status);
  icu::UnicodeString bare;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) != U_NON_SPACING_MARK) bare.append(c);
  }
  bare.toLower(icu::Locale::getRoot());
  map_special_letters(bare);
  icu::UnicodeString composed = nfc->normalize(bare, status);
  if (U_FAILURE(status)) return std::string(word);
  std::string out;
  composed.toUTF8String(out);
  return out;
}

}  // namespace cxo::search

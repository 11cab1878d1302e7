#include "util/suggest.h"

#include <algorithm>
#include <cctype>

namespace cxo {

namespace {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> previous(b.size() + 1), current(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      bool same = std::tolower(static_cast<unsigned char>(a[i - 1])) ==
                  std::tolower(static_cast<unsigned char>(b[j - 1]));
      current[j] =
          std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (same ? 0 : 1)});
    }
    std::swap(previous, current);
  }
  return previous[b.size()];
}

}  // namespace

std::string closest_match(std::string_view wrong, const std::vector<std::string>& candidates) {
  std::string best;
  std::size_t best_distance = 0;
  for (const auto& candidate : candidates) {
    std::size_t distance = edit_distance(wrong, candidate);
    if (best.empty() || distance < best_distance) {
      best = candidate;
      best_distance = distance;
    }
  }
  // A typo changes a few characters; more than a third of the word is a
  // different word, and suggesting it would mislead.
  std::size_t limit = std::max<std::size_t>(2, std::max(wrong.size(), best.size()) / 3);
  if (!best.empty() && best != wrong && best_distance <= limit) return best;
  // Not a typo, but perhaps a shortening: 'unsafe' for 'unsafe_html', 'src'
  // for 'source' (its letters in order, from the first). Only when one
  // candidate is.
  auto first_letter = [](std::string_view text) {
    for (char c : text) {
      if (std::isalnum(static_cast<unsigned char>(c))) {
        return std::tolower(static_cast<unsigned char>(c));
      }
    }
    return 0;
  };
  if (wrong.size() < 3 || first_letter(wrong) == 0) return {};
  std::string shortened;
  for (const auto& candidate : candidates) {
    // From the first letter ('#fraud' is no shortening of '#mitigating-…').
    if (candidate.size() <= wrong.size() || first_letter(candidate) != first_letter(wrong)) {
      continue;
    }
    std::size_t at = 0;
    for (char c : candidate) {
      if (at < wrong.size() && std::tolower(static_cast<unsigned char>(c)) ==
                                   std::tolower(static_cast<unsigned char>(wrong[at]))) {
        ++at;
      }
    }
    if (at < wrong.size()) continue;
    if (!shortened.empty()) return {};  // two could be meant: name neither
    shortened = candidate;
  }
  return shortened;
}

std::string did_you_mean(std::string_view wrong, const std::vector<std::string>& candidates) {
  std::string match = closest_match(wrong, candidates);
  return match.empty() ? std::string() : "; did you mean '" + match + "'?";
}

}  // namespace cxo

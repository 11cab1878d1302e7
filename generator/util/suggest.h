#pragma once
// "did you mean 'huawei'?" for a misspelled id or key.
#include <string>
#include <string_view>
#include <vector>

namespace cxo {

// The candidate closest to `wrong` by edit distance, if it is close enough to
// be a plausible typo; empty otherwise. Ties go to the first candidate.
std::string closest_match(std::string_view wrong, const std::vector<std::string>& candidates);

// " (did you mean 'x'?)"-style suffix: "; did you mean 'x'?" or "".
std::string did_you_mean(std::string_view wrong, const std::vector<std::string>& candidates);

}  // namespace cxo

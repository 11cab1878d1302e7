#pragma once
// The hash of a file's bytes, for the output manifest (write/output.h) and
// the input record's racily clean files (pipeline/input_record.h). XXH3
// rather than std::hash: every output byte is hashed (1 GB at 10,000
// meetings) and XXH3 does it several times faster; and it can be fed a
// piece at a time, so that a file too large to hold is hashed as it is
// copied.
#include <cstddef>
#include <memory>
#include <string_view>

#include <xxhash.h>

namespace cxo {

inline std::size_t hash_bytes(std::string_view bytes) {
  return static_cast<std::size_t>(XXH3_64bits(bytes.data(), bytes.size()));
}

// hash_bytes of the pieces joined, without joining them.
class PieceHash {
 public:
  PieceHash() : state_(XXH3_createState(), &XXH3_freeState) { reset(); }
  void reset() { XXH3_64bits_reset(state_.get()); }
  void add(std::string_view piece) { XXH3_64bits_update(state_.get(), piece.data(), piece.size()); }
  std::size_t value() const { return static_cast<std::size_t>(XXH3_64bits_digest(state_.get())); }

 private:
  std::unique_ptr<XXH3_state_t, decltype(&XXH3_freeState)> state_;
};

}  // namespace cxo

#pragma once
// An open-addressing hash table from a word's spelling (its bytes, as
// scan_words delimits it) to a small value. The index builder looks one up
// for every word of the archive, millions at 10,000 meetings, so it avoids
// allocating and hashes eight bytes at a time.
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "util/byte_scan.h"

namespace cxo::search {

template <typename Value>
class SpellingTable {
 public:
  SpellingTable() : slots_(1024) {}

  // The value for `key`, made by make(key) the first time.
  template <typename Make>
  const Value& find_or_add(std::string_view key, Make&& make) {
    std::uint64_t h = hash(key);
    std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      Slot& slot = slots_[i];
      if (slot.value == kEmpty) {
        slot.hash = h;
        slot.offset = static_cast<std::uint32_t>(arena_.size());
        slot.length = static_cast<std::uint32_t>(key.size());
        slot.value = static_cast<std::uint32_t>(values_.size());
        arena_.append(key);
        values_.push_back(make(key));
        std::uint32_t value = slot.value;
        if (++size_ * 2 > slots_.size()) grow();
        return values_[value];
      }
      if (slot.hash == h && slot.length == key.size() &&
          bytes::same_bytes(arena_.data() + slot.offset, key.data(), key.size())) {
        return values_[slot.value];
      }
    }
  }

  static std::uint64_t hash(std::string_view key) {
    const char* p = key.data();
    std::size_t n = key.size();
    std::uint64_t h = 0x9E3779B97F4A7C15ull ^ (n * 0xFF51AFD7ED558CCDull);
    for (; n >= 8; n -= 8, p += 8) {
      std::uint64_t v;
      std::memcpy(&v, p, 8);
      h = (h ^ v) * 0xBF58476D1CE4E5B9ull;
      h ^= h >> 31;
    }
    // The last 0 to 7 bytes without a variable-length copy, which is a
    // call to memcpy: two overlapping four-byte reads, or the first,
    // middle and last byte. With the length already in h, both tell every
    // tail apart.
    std::uint64_t tail = 0;
    if (n >= 4) {
      std::uint32_t head4, tail4;
      std::memcpy(&head4, p, 4);
      std::memcpy(&tail4, p + n - 4, 4);
      tail = head4 | (static_cast<std::uint64_t>(tail4) << 32);
    } else if (n > 0) {
      tail = static_cast<unsigned char>(p[0]) | (static_cast<unsigned char>(p[n / 2]) << 8) |
             (static_cast<unsigned char>(p[n - 1]) << 16);
    }
    h = (h ^ tail) * 0x94D049BB133111EBull;
    return h ^ (h >> 29);
  }

 private:
  static constexpr std::uint32_t kEmpty = 0xFFFFFFFFu;
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t offset = 0;
    std::uint32_t length = 0;
    std::uint32_t value = kEmpty;
  };

  void grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    std::size_t mask = slots_.size() - 1;
    for (const Slot& slot : old) {
      if (slot.value == kEmpty) continue;
      std::size_t i = slot.hash & mask;
      while (slots_[i].value != kEmpty) i = (i + 1) & mask;
      slots_[i] = slot;
    }
  }

  std::vector<Slot> slots_;
  std::string arena_;
  std::vector<Value> values_;
  std::size_t size_ = 0;
};

}  // namespace cxo::search

#pragma once
// The largest output of one kind seen so far, so that the next one can be
// reserved in one step instead of growing by doubling. Shared by the
// threads that render pages, hence atomic; relaxed, since it is only a hint.
#include <atomic>
#include <cstddef>

namespace cxo {

class SizeHint {
 public:
  std::size_t get() const { return largest_.load(std::memory_order_relaxed); }

  void note(std::size_t size) {
    std::size_t largest = get();
    while (size > largest &&
           !largest_.compare_exchange_weak(largest, size, std::memory_order_relaxed)) {
    }
  }

 private:
  std::atomic<std::size_t> largest_{0};
};

}  // namespace cxo

#pragma once
// Runs fn(0) … fn(count-1) on `threads` threads. Each index is processed
// exactly once, so results stored by index are the same whatever the thread
// count: output stays deterministic.
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace cxo {

unsigned default_thread_count();

template <typename Fn>
void parallel_for(std::size_t count, unsigned threads, Fn fn) {
  if (threads <= 1 || count < 2) {
    for (std::size_t i = 0; i < count; ++i) fn(i);
    return;
  }
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i; (i = next.fetch_add(1)) < count;) fn(i);
  };
  std::vector<std::thread> pool;
  unsigned extra = static_cast<unsigned>(std::min<std::size_t>(threads, count)) - 1;
  for (unsigned t = 0; t < extra; ++t) pool.emplace_back(work);
  work();
  for (auto& thread : pool) thread.join();
}

// True when pred(i) holds for every i in [0, count), checked on `threads`
// threads; stops soon after the first that does not hold.
template <typename Pred>
bool parallel_all(std::size_t count, unsigned threads, Pred pred) {
  std::atomic<bool> holds{true};
  // Chunks, so that a cheap predicate is not dominated by the shared counter.
  constexpr std::size_t kChunk = 256;
  std::size_t chunks = (count + kChunk - 1) / kChunk;
  parallel_for(chunks, threads, [&](std::size_t chunk) {
    std::size_t end = std::min(count, (chunk + 1) * kChunk);
    for (std::size_t i = chunk * kChunk; i < end && holds.load(std::memory_order_relaxed); ++i) {
      if (!pred(i)) holds = false;
    }
  });
  return holds;
}

}  // namespace cxo

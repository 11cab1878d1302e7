#include "markdown/cmark_arena.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace cxo::markdown {

namespace {

constexpr std::size_t kAlign = alignof(std::max_align_t);
constexpr std::size_t kHeader = kAlign;  // the block's size, in front of it
constexpr std::size_t kChunk = 256 * 1024;
// What a thread keeps for its next document: a large one's extra chunks go
// back to the system.
constexpr std::size_t kKept = 4 * 1024 * 1024;

[[noreturn]] void out_of_memory() {
  // What cmark's own allocator does; cmark cannot take an exception.
  std::fputs("[cmark] out of memory, aborting\n", stderr);
  std::abort();
}

std::size_t round_up(std::size_t size) {
  if (size > SIZE_MAX - kHeader - kAlign) out_of_memory();
  return (size + kAlign - 1) & ~(kAlign - 1);
}

class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;
  ~Arena() {
    for (const Chunk& chunk : chunks_) std::free(chunk.data);
  }

  void* allocate(std::size_t size) {
    std::size_t need = kHeader + round_up(size);
    if (chunks_.empty() || used_ + need > chunks_[current_].size) next_chunk(need);
    char* block = chunks_[current_].data + used_;
    std::memcpy(block, &size, sizeof size);
    used_ += need;
    last_ = block + kHeader;
    return last_;
  }

  // cmark's buffers grow by reallocation, mostly the one it allocated last
  // (the HTML being written, the line being read): that one grows in place.
  void* reallocate(void* pointer, std::size_t size) {
    if (!pointer) return allocate(size);
    char* old = static_cast<char*>(pointer);
    if (old == last_) {
      std::size_t begin = static_cast<std::size_t>(old - chunks_[current_].data);
      std::size_t end = begin + round_up(size);
      if (end <= chunks_[current_].size) {
        std::memcpy(old - kHeader, &size, sizeof size);
        used_ = end;
        return old;
      }
    }
    std::size_t old_size;
    std::memcpy(&old_size, old - kHeader, sizeof old_size);
    void* moved = allocate(size);
    std::memcpy(moved, old, std::min(old_size, size));
    return moved;
  }

  void release(void* pointer) {
    if (!pointer || pointer != last_) return;
    used_ =
        static_cast<std::size_t>(static_cast<char*>(pointer) - kHeader - chunks_[current_].data);
    last_ = nullptr;
  }

  void reset() {
    std::size_t kept = 0;
    std::size_t count = 0;
    for (const Chunk& chunk : chunks_) {
      if (kept + chunk.size <= kKept) {
        kept += chunk.size;
        chunks_[count++] = chunk;
      } else {
        std::free(chunk.data);
      }
    }
    chunks_.resize(count);
    current_ = 0;
    used_ = 0;
    last_ = nullptr;
  }

 private:
  struct Chunk {
    char* data;
    std::size_t size;
  };

  // The next kept chunk if the block fits in it, else a new one in front
  // of it.
  void next_chunk(std::size_t need) {
    std::size_t next = chunks_.empty() ? 0 : current_ + 1;
    if (next == chunks_.size() || chunks_[next].size < need) {
      std::size_t size = std::max(kChunk, need);
      auto* data = static_cast<char*>(std::malloc(size));
      if (!data) out_of_memory();
      chunks_.insert(chunks_.begin() + static_cast<std::ptrdiff_t>(next), Chunk{data, size});
    }
    current_ = next;
    used_ = 0;
    last_ = nullptr;
  }

  std::vector<Chunk> chunks_;
  std::size_t current_ = 0;  // the chunk being filled
  std::size_t used_ = 0;     // bytes of it handed out
  char* last_ = nullptr;     // the block handed out last, if in that chunk
};

thread_local Arena arena;

void* arena_calloc(std::size_t count, std::size_t size) {
  if (size != 0 && count > SIZE_MAX / size) out_of_memory();
  void* block = arena.allocate(count * size);
  std::memset(block, 0, count * size);
  return block;
}

void* arena_realloc(void* pointer, std::size_t size) {
  return arena.reallocate(pointer, size);
}

void arena_free(void* pointer) {
  arena.release(pointer);
}

cmark_mem arena_mem = {arena_calloc, arena_realloc, arena_free};

}  // namespace

cmark_mem* cmark_arena() {
  return &arena_mem;
}

CmarkArenaScope::~CmarkArenaScope() {
  arena.reset();
}

}  // namespace cxo::markdown

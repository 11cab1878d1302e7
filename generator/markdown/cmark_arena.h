#pragma once
// A cmark allocator that hands memory out of the calling thread's arena.
//
// cmark-gfm allocates every node, literal, buffer and delimiter on its own
// and frees the tree node by node: in a build, where the heap is shared
// with everything else cxo keeps, malloc and free are about a fifth of the
// Markdown time. A document's cmark memory all dies at once, when render
// returns, so an arena serves it by bumping a pointer, grows the buffer it
// handed out last in place, and takes everything back in one go.
#include <cmark-gfm.h>

namespace cxo::markdown {

// The allocator to pass to cmark_parser_new_with_mem. Its memory stays
// valid until the CmarkArenaScope open on this thread ends.
cmark_mem* cmark_arena();

// While one is alive, the thread's arena serves cmark_arena(); when it
// ends, everything allocated from it is gone. One at a time per thread.
class CmarkArenaScope {
 public:
  CmarkArenaScope() = default;
  CmarkArenaScope(const CmarkArenaScope&) = delete;
  CmarkArenaScope& operator=(const CmarkArenaScope&) = delete;
  ~CmarkArenaScope();
};

}  // namespace cxo::markdown

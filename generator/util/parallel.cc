#include "util/parallel.h"

namespace cxo {

unsigned default_thread_count() {
  unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : n;
}

}  // namespace cxo

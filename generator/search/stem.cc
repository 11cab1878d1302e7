#include "search/stem.h"

#include <libstemmer.h>

#include <memory>
#include <string>
#include <unordered_map>

namespace cxo::search {

namespace {

struct StemmerDeleter {
  void operator()(sb_stemmer* stemmer) const { sb_stemmer_delete(stemmer); }
};

// Stemming is a pure function of the word and the text of a large archive
// repeats a small vocabulary, so each thread remembers what it has stemmed.
struct ThreadStemmer {
  std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer{sb_stemmer_new("english", "UTF_8")};
  std::unordered_map<std::string, std::string> cache;
};

ThreadStemmer& thread_stemmer() {
  thread_local ThreadStemmer instance;
  return instance;
}

}  // namespace

bool stemmable(std::string_view word) {
  if (word.empty()) return false;
  for (char c : word) {
    if (c < 'a' || c > 'z') return false;
  }
  return true;
}

std::string stem(std::string_view word) {
  if (!stemmable(word) || word.size() < 3) return std::string(word);
  ThreadStemmer& self = thread_stemmer();
  std::string key(word);
  if (auto it = self.cache.find(key); it != self.cache.end()) return it->second;
  const sb_symbol* out =
      sb_stemmer_stem(self.stemmer.get(), reinterpret_cast<const sb_symbol*>(word.data()),
                      static_cast<int>(word.size()));
  std::string result =
      out ? std::string(reinterpret_cast<const char*>(out),
                        static_cast<std::size_t>(sb_stemmer_length(self.stemmer.get())))
          : key;
  // Bounded: a pathological text must not grow the cache without limit.
  if (self.cache.size() > 200000) self.cache.clear();
  self.cache.emplace(std::move(key), result);
  return result;
}

}  // namespace cxo::search

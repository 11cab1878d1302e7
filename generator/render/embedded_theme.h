#pragma once
// The built-in theme (themes/default) compiled into the binary by
// cmake/embed_theme.cmake, so cxo needs no install prefix to find it.
#include <span>
#include <string_view>

namespace cxo::render {

struct EmbeddedFile {
  std::string_view path;  // relative to the theme folder, '/'-separated
  std::string_view bytes;
};

std::span<const EmbeddedFile> embedded_theme_files();

}  // namespace cxo::render

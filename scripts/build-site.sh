#!/usr/bin/env bash
# Quick start, part one: install what is missing, build cxo, generate the
# archive from content/ into public/.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-build-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
cmake --build build --target cxo
build/cxo build --source . --output public
echo "Open public/index.html in a browser, or serve the public/ folder."

#!/usr/bin/env bash
# Quick start, part two: everything part one does, then every test: unit
# tests, whole-site builds of the fixture sites, the Mustache spec, HTML
# validation and accessibility checks in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-build-deps.sh --tests
scripts/install-test-tools.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=ON >/dev/null
cmake --build build
build/cxo build --source . --output public
ctest --test-dir build --output-on-failure -j "$(nproc)"

#!/usr/bin/env bash
# Installs, on Debian 12 as root, the packages cxo is built with. Installs
# only what is missing, so a second run takes a moment.
set -euo pipefail

packages=(
  g++ cmake ninja-build pkg-config
  libcmark-gfm-dev libcmark-gfm-extensions-dev libyaml-dev libxxhash-dev libmimalloc-dev libicu-dev
  nlohmann-json3-dev libcli11-dev libcpp-httplib-dev libcurl4-openssl-dev libstemmer-dev
  libgtest-dev
)
if [[ "${1:-}" == "--tests" ]]; then
  # Whole-site tests parse the feeds with xmllint and compare with cmark-gfm;
  # the open data tests check each JSON file against its JSON Schema and read
  # the calendar with Debian's Python (tests/data/check_files.py).
  packages+=(libxml2-utils cmark-gfm python3-jsonschema python3-icalendar)
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$package")
done
if ((${#missing[@]})); then
  if [[ $(id -u) -ne 0 ]]; then
    echo "cxo needs these Debian packages: ${missing[*]}" >&2
    echo "Run this script as root (or: sudo apt-get install ${missing[*]})." >&2
    exit 1
  fi
  echo "Installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

#!/usr/bin/env bash
# Instructions executed by one full build of the N-meeting corpus (default
# 1000), counted by callgrind: unlike wall time, the count does not depend on
# what else the machine is doing, so it compares commits on a shared machine.
# Single-threaded, into a fresh folder. Prints the total and the ten
# functions with the most instructions of their own.
#
#   bench/callgrind.sh [N]
source "$(dirname "$0")/common.sh"
n=${1:-1000}
command -v valgrind >/dev/null || { echo "missing valgrind: apt-get install valgrind" >&2; exit 1; }
dir=bench/work/$n
ensure_corpus "$n"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
valgrind --tool=callgrind --callgrind-out-file="$out/callgrind.out" \
  "$cxo" build --source "$dir/cxo" --output "$out/site" --jobs 1 --quiet 2>"$out/valgrind.log"
total=$(grep -E '^(summary|totals):' "$out/callgrind.out" | head -1 | awk '{print $2}')
printf "%s meetings: %'d instructions (callgrind, --jobs 1)\n" "$n" "$total"
callgrind_annotate "$out/callgrind.out" 2>/dev/null | grep -E '^ *[0-9,]+ \(' | head -11 | tail -10

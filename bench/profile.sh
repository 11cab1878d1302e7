#!/usr/bin/env bash
# Where the CPU time of one full build of the N-meeting corpus (default
# 10000) goes: samples it with perf (on all threads, kernel included) and
# sums the samples by part of the work (bench/profile.py). Unlike
# callgrind's count, this sees the kernel's share and the cost of memory
# that is not in the cache, which at 10,000 meetings are a large part of
# the time.
#
#   bench/profile.sh [N]
# Needs: apt-get install linux-perf; kernel.perf_event_paranoid <= 1 (or root).
source "$(dirname "$0")/common.sh"
n=${1:-10000}
command -v perf >/dev/null || { echo "missing perf: apt-get install linux-perf" >&2; exit 1; }
dir=bench/work/$n
ensure_corpus "$n"
out_root=${BENCH_OUT:-/dev/shm/cxo-bench}
mkdir -p "$out_root"
data=$(mktemp -d)
trap 'rm -rf "$data" "$out_root/profile-site"' EXIT
find "$dir/cxo" -type f -exec cat {} + >/dev/null  # input in the page cache
# Two builds (bench/profile.py says why): without call chains, then with
# the kernel's.
for run in plain kernel; do
  rm -rf "$out_root/profile-site"
  chains=()
  [[ $run == kernel ]] && chains=(-g --kernel-callchains)
  perf record -q "${chains[@]}" -F 999 -o "$data/$run.data" \
    "$cxo" build --source "$dir/cxo" --output "$out_root/profile-site" --quiet 2>/dev/null
  perf script -F ip,sym,dso --hide-call-graph -i "$data/$run.data" >"$data/$run-leaves" 2>/dev/null
done
perf script -F tid,ip,sym,dso -i "$data/kernel.data" >"$data/kernel-chains" 2>/dev/null
python3 bench/profile.py "$data/plain-leaves" "$data/kernel-leaves" "$data/kernel-chains"

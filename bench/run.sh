#!/usr/bin/env bash
# The benchmark: for each N (default 100 1000 10000), generates the corpus
# (bench/corpus.py) and measures, in the same run and on the same files:
#   cxo     a full build, then a rebuild with nothing changed
#   hugo    Debian's hugo building the same meetings (topics and
#           organizations taxonomies, comparable templates)
#   floor   cmark-gfm's own command-line renderer over the communiqués
#   write   bench/write_floor: writing cxo's finished output again, files
#           and folders, on two threads, with nothing else done
# Wall time, CPU time (user+sys) and peak memory come from GNU time. The
# three are run $BENCH_RUNS times (default 3) in turn, cxo, floor, Hugo, so
# that each meets the machine's load of the moment alike, and each figure
# is the median of its runs: on a shared virtual machine one build's wall
# time varies by up to 30% between runs. Prints
# one table and the ratios cxo/Hugo and cxo/floor, then for cxo: a rebuild
# with nothing changed, one communiqué edited in the preview server (save to
# reload event), the output size and the search index's cost per query, and
# for the largest N the stage and per-kind times of --timings; last, all
# sizes again as the Markdown table bench/README.md records.
#
# Both generators write into $BENCH_OUT (default /dev/shm/cxo-bench, a tmpfs,
# when there is one): the figures are the tools', not the disk's. On this
# machine's ext4 (no journal) creating a file costs 0.1 to 0.5 ms, more
# while inodes freed in the last minutes are skipped, which for 57,000 output
# files would swamp both tools.
#
#   bench/run.sh [N ...]        e.g. bench/run.sh 100 1000
source "$(dirname "$0")/common.sh"

sizes=("$@")
((${#sizes[@]})) || sizes=(100 1000 10000)
runs=${BENCH_RUNS:-3}
write_floor=build/write_floor
[[ -x $write_floor ]] || cmake --build build --target write_floor >/dev/null
for tool in hugo cmark-gfm /usr/bin/time python3; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install hugo cmark-gfm time" >&2; exit 1; }
done

work=bench/work
mkdir -p "$work"
out_root=${BENCH_OUT:-}
if [[ -z $out_root ]]; then
  if [[ -d /dev/shm && -w /dev/shm ]]; then out_root=/dev/shm/cxo-bench; else out_root=$work; fi
fi
mkdir -p "$out_root"
# Writing into a tmpfs that other files fill cost the kernel up to three
# times as much in two profiles (bench/README.md, "Where the time goes").
others_mb=$(( $(df -Pm "$out_root" | awk 'NR == 2 {print $3}') - $(du -sm "$out_root" | cut -f1) ))
if (( others_mb > 500 )); then
  echo "note: $(df -P "$out_root" | awk 'NR == 2 {print $6}') holds ${others_mb} MB besides the" \
    "benchmark's output; builds writing there may measure slower" >&2
fi

# Reads every file of a tree once, so that each tool starts with its input
# in the page cache: a tool measured first would otherwise pay for the disk.
warm() { find "$@" -type f -exec cat {} + >/dev/null; }

# Runs a command under GNU time; prints "wall cpu peak_mb".
measure() {
  local log
  log=$(mktemp)
  /usr/bin/time -f "%e %U %S %M" -o "$log" "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; cat "$log" >&2; exit 1; }
  awk '{printf "%.2f %.2f %.0f\n", $1, $2 + $3, $4 / 1024}' "$log"
  rm -f "$log"
}

# The "wall cpu peak_mb" line of the median wall time among those read.
median() { sort -n | awk '{ line[NR] = $0 } END { print line[int((NR + 1) / 2)] }'; }

# 12345 -> 12,345, as the README writes figures.
commas() { sed -e ':a' -e 's/^\([0-9]\+\)\([0-9]\{3\}\)/\1,\2/' -e 'ta' <<<"$1"; }
table_rows=()

printf "%-7s %-20s %9s %9s %9s\n" N what wall_s cpu_s peak_MB
for n in "${sizes[@]}"; do
  dir=$work/$n
  ensure_corpus "$n"
  out=$out_root/$n
  rm -rf "$out"
  mkdir -p "$out"

  warm "$dir/cxo" "$dir/hugo"
  find "$dir/cxo/content/meetings" -name communique.md | sort > "$dir/communiques.txt"
  cxo_runs=() floor_runs=() hugo_runs=()
  for ((run = 1; run <= runs; ++run)); do
    # Each build into an empty folder (and no staging tree kept beside it).
    rm -rf "$out/cxo" "$out"/.cxo.cxo-* "$out/hugo"
    cxo_runs+=("$(measure "$cxo" build --source "$dir/cxo" --output "$out/cxo" --quiet)")
    # The floor: cmark-gfm renders every communiqué, in batches (one process
    # per file would measure process start-up, not Markdown).
    floor_runs+=("$(measure sh -c \
      "xargs -a '$dir/communiques.txt' -n 500 cmark-gfm -e table -e strikethrough -e autolink -e tagfilter > /dev/null")")
    hugo_runs+=("$(measure hugo --quiet --source "$dir/hugo" --destination "$out/hugo")")
  done
  read -r cxo_wall cxo_cpu cxo_mem < <(printf '%s\n' "${cxo_runs[@]}" | median)
  read -r floor_wall floor_cpu floor_mem < <(printf '%s\n' "${floor_runs[@]}" | median)
  read -r hugo_wall hugo_cpu hugo_mem < <(printf '%s\n' "${hugo_runs[@]}" | median)
  read -r re_wall re_cpu re_mem < <(measure "$cxo" build --source "$dir/cxo" --output "$out/cxo" --quiet)
  printf "%-7s %-20s cxo %s s; floor %s s; hugo %s s\n" "$n" "wall time, each run" \
    "${cxo_runs[*]%% *}" "${floor_runs[*]%% *}" "${hugo_runs[*]%% *}"

  printf "%-7s %-20s %9s %9s %9s\n" "$n" "cxo build" "$cxo_wall" "$cxo_cpu" "$cxo_mem"
  printf "%-7s %-20s %9s %9s %9s\n" "$n" "cxo rebuild, same" "$re_wall" "$re_cpu" "$re_mem"
  printf "%-7s %-20s %9s %9s %9s\n" "$n" "hugo" "$hugo_wall" "$hugo_cpu" "$hugo_mem"
  printf "%-7s %-20s %9s %9s %9s\n" "$n" "cmark-gfm floor" "$floor_wall" "$floor_cpu" "$floor_mem"
  # Writing cxo's output again and nothing else: the part of a build that no
  # generator of this output avoids (wall and CPU of the writing alone).
  read -r write_wall write_cpu < <("$write_floor" "$out/cxo" "$out/write-floor" 2)
  printf "%-7s %-20s %9s %9s\n" "$n" "write floor" "$write_wall" "$write_cpu"
  rm -rf "$out/write-floor"
  awk -v c="$cxo_wall" -v h="$hugo_wall" -v f="$floor_wall" -v n="$n" \
    'BEGIN { printf "%-7s %-20s %9.2f   (cxo/hugo %.3f, hugo/cxo %.1fx, cxo/floor %.2f)\n", n, "ratios", c / h, c / h, h / c, c / f }'
  # One communiqué saved in the preview server, to the reload event (the
  # script restores the file).
  read -r preview_ms preview_line < <(python3 tests/serve/reload_latency.py --cxo "$cxo" --site "$dir/cxo" --runs 5 |
    python3 -c 'import json,sys; d=json.load(sys.stdin); m=d["save_to_reload_event_ms"]["median"]; print("%.1f %-7s %-20s %9.1f ms (median of %d; %.1f s to start)" % (m, sys.argv[1], "preview: edit 1", m, d["runs"], d["start_s"]))' "$n")
  echo "$preview_line"
  table_rows+=("$(awk -v n="$(commas "$n")" -v cw="$cxo_wall" -v cc="$cxo_cpu" -v cm="$(commas "$cxo_mem")" \
    -v rw="$re_wall" -v p="$preview_ms" -v hw="$hugo_wall" -v hc="$hugo_cpu" -v hm="$(commas "$hugo_mem")" \
    -v fw="$floor_wall" -v ww="$write_wall" -v wc="$write_cpu" 'BEGIN {
      printf "| %s | %.2f s | %.2f s | %s MB | %.2f s | %s ms | %.2f s | %.2f s | %s MB | %.2f s | %.2f s (%.2f s) | %.1f× | %.2f |",
        n, cw, cc, cm, rw, p, hw, hc, hm, fw, ww, wc, hw / cw, cw / fw }')")
  printf "%-7s %-20s %9s MB in %s files (hugo: %s MB)\n" "$n" "output" "$(du -sm "$out/cxo" | cut -f1)" \
    "$(find "$out/cxo" -type f | wc -l)" "$(du -sm "$out/hugo" | cut -f1)"
  # Search: the index's size and what the first query of one, two and three
  # words loads (tests/browser/search-cost.mjs runs the real search.js).
  if [[ -d tests/browser/node_modules ]]; then
    node tests/browser/search-cost.mjs "$out/cxo" network "optical network" "quantum security fraud" |
      python3 -c 'import json,sys; d=json.load(sys.stdin); print("%-7s %-20s %9.0f KB in %d files" % (sys.argv[1], "search index", d["index"]["bytes"]/1024, d["index"]["files"])); [print("%-7s %-20s %9.0f KB, ranked in %.1f ms" % (sys.argv[1], "query: " + q["query"][:12], q["bytes"]/1024, q["rankMs"])) for q in d["queries"]]' "$n"
  fi
  # Where the time goes, for the largest N: each stage, and each kind of
  # file's thread time building its data, rendering and writing it.
  if [[ $n == "${sizes[-1]}" ]]; then
    echo "$n      where the time goes (cxo build --timings, into an empty folder):"
    "$cxo" build --source "$dir/cxo" --output "$out/timings" --timings --quiet | awk 'NR <= 16' | sed 's/^/        /'
  fi
  rm -rf "$out"
done

echo
echo "The same, as bench/README.md's table:"
echo "| N | cxo build | cxo CPU | cxo peak | rebuild, nothing changed | preview, one edit | Hugo | Hugo CPU | Hugo peak | floor | write floor (CPU) | Hugo/cxo | cxo/floor |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|"
printf '%s\n' "${table_rows[@]}"

# Sourced by bench/run.sh, bench/callgrind.sh and bench/profile.sh: moves to
# the repository root and checks that cxo is built.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
cxo=build/cxo
[[ -x $cxo ]] || { echo "build cxo first (scripts/build-site.sh)" >&2; exit 1; }

# Generates the N-meeting corpus into bench/work/N the first time.
ensure_corpus() {
  [[ -f bench/work/$1/cxo/site.yaml ]] || python3 bench/corpus.py "$1" "bench/work/$1"
}

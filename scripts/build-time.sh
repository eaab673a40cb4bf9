#!/usr/bin/env bash
# Clean-build time of a one-line user crate depending on each candidate, measured in the
# same run and interleaved (A, B, C, A, B, C, ...) so machine noise hits all alike.
#
#   scripts/build-time.sh [runs]        (default 3 runs; prints the median of each)
#
# Candidates: tencent-errors-core (default features, and without them) against thiserror 2,
# each including all its dependencies, in the dev profile.
set -euo pipefail
runs=${1:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

make_crate() { # name, dependency line
  mkdir -p "$work/$1/src"
  printf '[package]\nname = "%s"\nversion = "0.0.0"\nedition = "2024"\n[workspace]\n[dependencies]\n%s\n' "$1" "$2" > "$work/$1/Cargo.toml"
  echo 'fn main() {}' > "$work/$1/src/main.rs"
  (cd "$work/$1" && cargo fetch -q)
}

make_crate core_default "tencent-errors-core = { path = \"$root/core\" }"
make_crate core_minimal "tencent-errors-core = { path = \"$root/core\", default-features = false }"
make_crate thiserror2 'thiserror = "2"'

declare -A times
for run in $(seq "$runs"); do
  for name in core_default core_minimal thiserror2; do
    rm -rf "$work/$name/target"
    start=$(date +%s.%N)
    (cd "$work/$name" && cargo build -q --offline 2>/dev/null)
    end=$(date +%s.%N)
    times[$name]+="$(echo "$end - $start" | bc) "
  done
done

median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
base=$(echo "${times[thiserror2]}" | median)
for name in core_default core_minimal thiserror2; do
  m=$(echo "${times[$name]}" | median)
  printf '%-14s median %6.2f s  (%s)  ratio to thiserror2 %.2f\n' "$name" "$m" "${times[$name]}" "$(echo "$m / $base" | bc -l)"
done

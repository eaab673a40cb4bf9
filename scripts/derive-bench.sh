#!/usr/bin/env bash
# Runs benches/derive.rs (derived vs hand-written enum: From<ApiError> + Display, one cycle of
# 30 errors per iteration) and prints criterion's median per element of each and the ratio
# derived / hand, read from target/criterion/derive/*/new/estimates.json (needs jq). The
# bench itself also prints the ratio of its own interleaved rounds.
#
#   scripts/derive-bench.sh [criterion args]     (goal: derived / hand <= 1.1)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
cargo bench -q --bench derive -- "$@"
dir=${CARGO_TARGET_DIR:-$root/target}/criterion/derive
n=30 # errors per cycle, as in benches/derive.rs
median() { jq '.median.point_estimate' "$dir/$1/new/estimates.json"; }
d=$(median derived)
h=$(median hand)
printf 'criterion medians: derived %.1f ns/element, hand %.1f ns/element, derived/hand %.3f (goal <= 1.1)\n' \
  "$(echo "$d / $n" | bc -l)" "$(echo "$h / $n" | bc -l)" "$(echo "$d / $h" | bc -l)"

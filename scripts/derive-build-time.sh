#!/usr/bin/env bash
# Build time of #[derive(TencentError)] in a user crate, against thiserror 2 and against the
# same impls written by hand, measured in the same run and interleaved (a, b, c, d, a, b, ...)
# so machine noise hits all alike. Prints the median of each and the ratios.
#
#   scripts/derive-build-time.sh [runs]      (default 5)
#
# The user crates (written by scripts/derive-gen.sh into a temporary directory; each a binary
# whose 100 codes are real catalog codes):
#   a derived    100 unit variants with #[derive(TencentError)] + an `other` variant;
#                tencent-errors by path, default-features = false
#   b thiserror  the same enum with #[derive(thiserror::Error)] and the same #[error("..")]
#                messages (no #[from]); thiserror = "2"
#   c hand       the impls the derive generates, written by hand; tencent-errors-core only
#   d tc_code    a plus 1,000 `const C_i: Code<'static> = tc_code!(..)` over real codes, every
#                fourth a `vod` product code; reported as d - a
# Each clean build is `cargo build` (dev profile) of the crate and all its dependencies, in a
# target directory of its own that is deleted before each build. After each clean build of
# a, b and c, one line of main.rs is edited and the incremental rebuild timed as well.
#
# The network is used once (`cargo fetch`); the builds run with --offline.
# Set TIMINGS=1 to keep a `cargo build --timings` report of one more clean build of a, b, d.
set -euo pipefail
runs=${1:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# shellcheck source=scripts/derive-gen.sh
source "$root/scripts/derive-gen.sh"

names=(derived thiserror hand tc_code)
for name in "${names[@]}"; do
  gen_crate "$work/$name" "$name" "$name"
  (cd "$work/$name" && cargo fetch -q)
done
wc -l "$work"/*/src/main.rs | sed 's|'"$work"'/||'

build() { # name -> seconds on stdout
  local start end
  start=$(date +%s.%N)
  if ! (cd "$work/$1" && CARGO_TARGET_DIR="$work/target-$1" cargo build -q --offline >"$work/log" 2>&1); then
    cat "$work/log" >&2
    exit 1
  fi
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

declare -A clean incr
for run in $(seq "$runs"); do
  for name in "${names[@]}"; do
    rm -rf "$work/target-$name"
    t=$(build "$name")
    clean[$name]+="$t "
    if [ "$name" != tc_code ]; then
      sed -i "s/let _edit = [0-9]*;/let _edit = $run;/" "$work/$name/src/main.rs"
      t=$(build "$name")
      incr[$name]+="$t "
    fi
  done
  echo "run $run: clean ${clean[*]} | incremental ${incr[*]}" | sed 's/  */ /g' >&2
done

median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
declare -A med
echo "clean dev build, including dependencies ($runs runs, median):"
for name in "${names[@]}"; do
  med[$name]=$(echo "${clean[$name]}" | median)
  printf '  %-10s %6.2f s  (%s)\n' "$name" "${med[$name]}" "${clean[$name]% }"
done
printf '  derived / thiserror: %.2f  (goal <= 1.25)\n' "$(echo "${med[derived]} / ${med[thiserror]}" | bc -l)"
printf '  derived / hand:      %.2f\n' "$(echo "${med[derived]} / ${med[hand]}" | bc -l)"
printf '  1,000 tc_code! (tc_code - derived): %+.2f s  (goal < 1 s)\n' "$(echo "${med[tc_code]} - ${med[derived]}" | bc -l)"
echo "incremental rebuild after a one-line edit of main ($runs runs, median):"
for name in derived thiserror hand; do
  m=$(echo "${incr[$name]}" | median)
  med[incr_$name]=$m
  printf '  %-10s %6.2f s  (%s)\n' "$name" "$m" "${incr[$name]% }"
done
printf '  derived / thiserror: %.2f\n' "$(echo "${med[incr_derived]} / ${med[incr_thiserror]}" | bc -l)"

if [ "${TIMINGS:-}" = 1 ]; then
  out=$root/target/derive-build-timings
  mkdir -p "$out"
  for name in derived thiserror tc_code; do
    rm -rf "$work/target-$name"
    (cd "$work/$name" && CARGO_TARGET_DIR="$work/target-$name" cargo build -q --offline --timings)
    cp "$work/target-$name"/cargo-timings/cargo-timing.html "$out/$name.html"
  done
  echo "cargo --timings reports: $out/{derived,thiserror,tc_code}.html"
fi

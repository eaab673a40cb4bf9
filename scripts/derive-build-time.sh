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
#   e derived_default  a with the facade's default features (json: serde + serde_json)
# Each clean build is `cargo build` (dev profile) of the crate and all its dependencies, in a
# target directory of its own that is deleted before each build. After each clean build of
# every crate, one line of main.rs is edited and the incremental rebuild timed as well.
#
# Wall time is what a user waits; cpu time (user + sys of cargo and every rustc) is less
# sensitive to other load on the machine, so both are reported.
# The network is used once (`cargo fetch`); the builds run with --offline.
# Set TIMINGS=1 (needs jq) to keep a `cargo build --timings` report of one more clean build of a, b, d.
set -euo pipefail
runs=${1:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# shellcheck source=scripts/derive-gen.sh
source "$root/scripts/derive-gen.sh"

names=(derived thiserror hand tc_code derived_default)
for name in "${names[@]}"; do
  gen_crate "$work/$name" "$name" "$name"
  (cd "$work/$name" && cargo fetch -q)
done
wc -l "$work"/*/src/main.rs | sed 's|'"$work"'/||'


declare -A clean incr clean_cpu incr_cpu
for run in $(seq "$runs"); do
  line="run $run:"
  for name in "${names[@]}"; do
    rm -rf "$work/target-$name"
    read -r wall cpu < <(build "$name")
    [ -n "${cpu:-}" ] || exit 1
    clean[$name]+="$wall "
    clean_cpu[$name]+="$cpu "
    line+=" $name $wall s (cpu $cpu s)"
    sed -i "s/let _edit = [0-9]*;/let _edit = $run;/" "$work/$name/src/main.rs"
    read -r wall cpu < <(build "$name")
    [ -n "${cpu:-}" ] || exit 1
    incr[$name]+="$wall "
    incr_cpu[$name]+="$cpu "
    line+=", edited $wall s;"
  done
  echo "$line" >&2
done

declare -A med
report() { # title, array name (wall), array name (cpu), names...
  local title=$1
  local -n wall_times=$2 cpu_times=$3
  shift 3
  echo "$title ($runs runs, median wall / median cpu = user + sys):"
  for name in "$@"; do
    med[$name]=$(echo "${wall_times[$name]}" | median)
    med[cpu_$name]=$(echo "${cpu_times[$name]}" | median)
    printf '  %-10s %6.2f s / cpu %6.2f s   (wall: %s)\n' "$name" "${med[$name]}" "${med[cpu_$name]}" "${wall_times[$name]% }"
  done
}
ratio() { # a b
  printf '%.2f / cpu %.2f' "$(echo "${med[$1]} / ${med[$2]}" | bc -l)" "$(echo "${med[cpu_$1]} / ${med[cpu_$2]}" | bc -l)"
}
report "clean dev build, including dependencies" clean clean_cpu "${names[@]}"
echo "  derived / thiserror: $(ratio derived thiserror)  (goal <= 1.25)"
echo "  derived / hand:      $(ratio derived hand)"
echo "  derived_default / thiserror: $(ratio derived_default thiserror)  (default features on)"
printf '  1,000 tc_code! (tc_code - derived): %+.2f s / cpu %+.2f s  (goal < 1 s)\n' \
  "$(echo "${med[tc_code]} - ${med[derived]}" | bc -l)" "$(echo "${med[cpu_tc_code]} - ${med[cpu_derived]}" | bc -l)"
report "incremental rebuild after a one-line edit of main" incr incr_cpu derived thiserror hand tc_code derived_default
echo "  derived / thiserror: $(ratio derived thiserror)"
# The derive and tc_code! run again in every rebuild (rustc does not cache macro expansions),
# so this difference is what the 1,000 invocations add to each edit-compile cycle.
printf '  1,000 tc_code! (tc_code - derived): %+.2f s / cpu %+.2f s\n' \
  "$(echo "${med[tc_code]} - ${med[derived]}" | bc -l)" "$(echo "${med[cpu_tc_code]} - ${med[cpu_derived]}" | bc -l)"

if [ "${TIMINGS:-}" = 1 ]; then
  out=$root/target/derive-build-timings
  mkdir -p "$out"
  for name in derived thiserror tc_code; do
    rm -rf "$work/target-$name"
    (cd "$work/$name" && CARGO_TARGET_DIR="$work/target-$name" cargo build -q --offline --timings)
    cp "$work/target-$name"/cargo-timings/cargo-timing.html "$out/$name.html"
    echo "--timings, $name: the longest units (s):"
    awk '/UNIT_DATA = \[/ { p = 1; print "["; next } p && /^\];/ { print "]"; exit } p' "$out/$name.html" |
      jq -r '.[] | "  \(.duration)\t\(.name) \(.target)"' | sort -rn | head -n 6
  done
  echo "cargo --timings reports: $out/{derived,thiserror,tc_code}.html"
fi

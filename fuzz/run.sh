#!/usr/bin/env bash
# Runs every fuzz target (`cargo fuzz list`: from_body, from_body_xml, module_code, suggest)
# for SECONDS each (default 60) with cargo-fuzz and libFuzzer, one worker, on the stable
# toolchain, and fails if any target finds a crash.
#
#   bash fuzz/run.sh [SECONDS]
#
# `--sanitizer none` keeps cargo-fuzz to stable rustc flags (the sanitizer flags are
# nightly-only); the fuzzed crate is `#![forbid(unsafe_code)]`, so AddressSanitizer would add
# little. Each target starts from its committed seeds in corpus/<target>/ but fuzzes in a
# scratch copy, so what the run discovers never lands in the repository. A crashing input is
# kept in fuzz/artifacts/<target>/ (ignored by git); reproduce it with
#   cargo fuzz run --sanitizer none <target> fuzz/artifacts/<target>/<file>
set -euo pipefail
cd "$(dirname "$0")"

seconds=${1:-60}
case $seconds in '' | *[!0-9]*)
  echo "usage: $0 [SECONDS]" >&2
  exit 2
  ;;
esac

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "installing cargo-fuzz from crates.io"
  start=$SECONDS
  cargo install cargo-fuzz --locked
  echo "cargo-fuzz installed in $((SECONDS - start)) s"
fi
cargo fuzz --version

# `suggest` runs an edit-distance loop over the codes it cannot rule out, up to a millisecond
# a call; comparison tracing in that loop makes it eight times slower (694 against 5,665 runs
# a second in 30 s), so it is built without (into its own target dir, keeping the other
# build's cache). Its exact-code oracle does not need comparison tracing: the harness picks
# catalog codes itself.
nocmp_dir="${CARGO_TARGET_DIR:-$PWD/target}/no-trace-compares"
build_options() {
  case $1 in
    suggest) echo --no-trace-compares --target-dir "$nocmp_dir" ;;
  esac
}
# Long texts only slow `suggest` down (catalog codes are short); the parsers get 4 KiB bodies.
max_len() {
  case $1 in
    suggest) echo 256 ;;
    *) echo 4096 ;;
  esac
}

cargo fuzz build --sanitizer none
# shellcheck disable=SC2046
cargo fuzz build --sanitizer none $(build_options suggest) suggest

work=$(mktemp -d "${TMPDIR:-/tmp}/tencent-errors-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT

failed=()
for target in $(cargo fuzz list); do
  printf '\n--- fuzz %s for %s s\n' "$target" "$seconds"
  mkdir -p "$work/$target"
  cp corpus/"$target"/* "$work/$target/"
  # shellcheck disable=SC2046 # build_options is meant to split into words
  if cargo fuzz run --sanitizer none $(build_options "$target") "$target" "$work/$target" -- \
    -max_total_time="$seconds" -max_len="$(max_len "$target")" -dict="dict/$target.dict" \
    -print_final_stats=1 >"$work/$target.log" 2>&1; then
    grep -E '^#[0-9]+[[:space:]]+DONE|^stat::(number_of_executed_units|average_exec_per_sec|new_units_added)' "$work/$target.log" || true
  else
    tail -n 60 "$work/$target.log"
    failed+=("$target")
  fi
done

if ((${#failed[@]})); then
  printf '\nfuzzing found crashes in: %s (inputs in fuzz/artifacts/)\n' "${failed[*]}" >&2
  exit 1
fi
printf '\nfuzzing: every target ran %s s without a crash\n' "$seconds"

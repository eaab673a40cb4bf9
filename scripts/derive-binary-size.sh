#!/usr/bin/env bash
# What #[derive(TencentError)] costs in a release binary: a program converting a few
# ApiErrors (built with ApiError::new, no serde_json) into the 100-variant enum of
# scripts/derive-gen.sh and printing them, with the derive (tencent-errors by path,
# default-features = false) against the same impls written by hand, and against the derived
# program that also calls `catalog::lookup` (what linking the catalog would cost). For the
# side-by-side table also: the same enum with thiserror 2 (its main prints the enum's
# variants; it has no ApiError conversion), and the derived program with the facade's default
# features (json: serde_json linked only if used, which this program does not).
#
#   scripts/derive-binary-size.sh
#
# Profile: opt-level = 3, lto = "fat", codegen-units = 1, strip = true (panic = unwind).
# Goal: derived within 16 KiB of hand-written, i.e. no catalog table linked. Checked also with
# `strings`: a catalog message that no variant uses must be absent from the derived binary
# (and present in the lookup one, which shows that the check can see catalog texts at all).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# shellcheck source=scripts/derive-gen.sh
source "$root/scripts/derive-gen.sh"

profile='[profile.release]
opt-level = 3
lto = "fat"
codegen-units = 1
strip = true'
export CARGO_TARGET_DIR=$work/target
declare -A size
for name in derived hand lookup thiserror derived_default; do
  gen_crate "$work/$name" "$name" "$name" "$profile"
  (cd "$work/$name" && cargo build -q --release)
  size[$name]=$(stat -c %s "$work/target/release/$name")
done
bin=$work/target/release

# The derived and hand-written programs must behave the same, or the sizes mean nothing.
for arg in "" 4100 -515 20301 RequestLimitExceeded InvalidParameter No.Such.Code; do
  if ! diff <("$bin/derived" "$arg") <("$bin/hand" "$arg") >/dev/null; then
    echo "derived and hand-written programs differ on '$arg'" >&2
    exit 1
  fi
done

printf 'stripped release binaries (opt-level 3, lto = "fat", codegen-units = 1):\n'
printf '  hand-written          %8d bytes\n' "${size[hand]}"
printf '  derived               %8d bytes  (%+d bytes = %+.1f KiB vs hand-written; goal within 16 KiB)\n' \
  "${size[derived]}" "$((size[derived] - size[hand]))" "$(echo "(${size[derived]} - ${size[hand]}) / 1024" | bc -l)"
printf '  derived + lookup      %8d bytes  (%+d bytes vs derived: the catalog)\n' \
  "${size[lookup]}" "$((size[lookup] - size[derived]))"
printf '  derived, default features %4d bytes  (%+d bytes vs derived)\n' \
  "${size[derived_default]}" "$((size[derived_default] - size[derived]))"
printf '  thiserror             %8d bytes  (a different program: no ApiError, no conversion)\n' "${size[thiserror]}"

# A catalog-only text: a vod product message no variant of the enum uses.
probe="The application ID does not match the bucket ID."
grep -qF "$probe" "$root/core/data/products.tsv"
! gen_codes "$root" | grep -qF "$probe"
used=$(gen_codes "$root" | awk -F'\t' '$1 == "-515" { print $3 }') # a text the enum does use
printf 'strings | grep -c, catalog-only "%s" / enum text "%s":\n' "$probe" "$used"
for name in hand derived lookup; do
  printf '  %-8s %s / %s\n' "$name" "$(strings -n 8 "$bin/$name" | grep -cF "$probe" || true)" \
    "$(strings -n 8 "$bin/$name" | grep -cF "$used" || true)"
done

#!/usr/bin/env bash
# Bytes the full catalog adds to a release binary, against the catalog's raw text bytes
# (every text of every entry, counted per entry as a naive table of strings would hold it).
#
# Two stripped release binaries differ only in whether they call `catalog::lookup`.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

make_bin() { # name, body of main
  mkdir -p "$work/$1/src"
  printf '[package]\nname = "%s"\nversion = "0.0.0"\nedition = "2024"\n[workspace]\n[dependencies]\ntencent-errors-core = { path = "%s/core", default-features = false }\n[profile.release]\nstrip = true\ncodegen-units = 1\n' "$1" "$root" > "$work/$1/Cargo.toml"
  printf 'use tencent_errors_core::{Code, Lang};\nfn main() {\n    let arg = std::env::args().nth(1).unwrap_or_default();\n    let code = Code::parse(&arg);\n    %s\n}\n' "$2" > "$work/$1/src/main.rs"
  (cd "$work/$1" && cargo build -q --release)
  stat -c %s "$work/$1/target/release/$1"
}

without=$(make_bin without 'println!("{code} {}", Lang::En.other() == Lang::Zh);')
with=$(make_bin with 'println!("{code} {:?}", tencent_errors_core::catalog::lookup(code).map(|e| e.message(Lang::En)));')
raw=$(cd "$root" && cargo run -q -p catalog-gen -- stats | sed -n 's/.*raw texts \([0-9]*\) bytes.*/\1/p')
added=$((with - without))
printf 'binary without lookup: %d bytes\nbinary with lookup:    %d bytes\nadded by the catalog:  %d bytes\nraw text bytes:        %d bytes\nadded / raw:           %.3f\n' \
  "$without" "$with" "$added" "$raw" "$(echo "$added / $raw" | bc -l)"

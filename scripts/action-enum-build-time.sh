#!/usr/bin/env bash
# Build time of the largest generated action enum, `action_error!` over cvm RunInstances
# (170 documented codes), against the same enum written with thiserror 2, in the same run and
# interleaved so machine noise hits both alike. Prints medians and the ratio.
#
#   scripts/action-enum-build-time.sh [runs]      (default 3)
#
#   generated  action_error!(pub enum RunInstancesError = cvm::RunInstances);
#              tencent-errors by path, default-features = false
#   thiserror  170 variants `Name(ApiError)` with #[derive(thiserror::Error)] and the catalog's
#              English message in #[error(".."))] plus `Other(ApiError)`; thiserror = "2" and
#              tencent-errors-core (for `ApiError`) without default features
# Both main functions build one error and print it. Each clean build is `cargo build` (dev
# profile) including all dependencies, in its own target directory, deleted first; then one
# line of main.rs is edited and the rebuild timed. Wall and cpu (user + sys) seconds.
set -euo pipefail
runs=${1:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# shellcheck source=scripts/derive-gen.sh
source "$root/scripts/derive-gen.sh" # build and median

# code <TAB> variant name <TAB> English message (Chinese where none), in code order.
codes() {
  awk -F'\t' 'FNR == 1 { next }
    FILENAME ~ /products.tsv$/ && $1 == "cvm" { msg[$2] = ($3 != "" ? $3 : $4) }
    FILENAME ~ /actions.tsv$/ && $1 == "cvm" && $2 == "RunInstances" { print $3 }' \
    "$root/core/data/products.tsv" "$root/core/data/actions.tsv" >"$work/codes"
  awk -F'\t' 'FNR == 1 { next } $1 == "cvm" { print $2 "\t" ($3 != "" ? $3 : $4) }' \
    "$root/core/data/products.tsv" >"$work/messages"
  awk -F'\t' 'NR == FNR { msg[$1] = $2; next }
    {
      code = $1; n = split(code, parts, /[._]/); name = ""
      for (i = 1; i <= n; i++) if (parts[i] != "") name = name toupper(substr(parts[i], 1, 1)) substr(parts[i], 2)
      base = name; k = 2
      while (name in seen) name = base k++
      seen[name] = 1
      m = msg[code]; gsub(/\\/, "\\\\", m); gsub(/"/, "\\\"", m); gsub(/\{/, "{{", m); gsub(/\}/, "}}", m)
      print code "\t" name "\t" m
    }' "$work/messages" "$work/codes"
}

manifest() { # dir name deps
  mkdir -p "$1/src"
  printf '[package]\nname = "%s"\nversion = "0.0.0"\nedition = "2024"\npublish = false\n\n[workspace]\n\n[dependencies]\n%s\n' "$2" "$3" >"$1/Cargo.toml"
}

manifest "$work/generated" generated "tencent-errors = { path = \"$root\", default-features = false }"
cat >"$work/generated/src/main.rs" <<'RUST'
use tencent_errors::{ApiError, Code, action_error};

action_error!(pub enum RunInstancesError = cvm::RunInstances);

fn main() {
    let error = RunInstancesError::from(ApiError::new(Code::Api3("InvalidParameter"), "x"));
    println!("{error}"); // edit
}
RUST

manifest "$work/thiserror" thiserror "thiserror = \"2\"
tencent-errors-core = { path = \"$root/core\", default-features = false }"
{
  echo 'use tencent_errors_core::{ApiError, Code};'
  echo
  echo '#[derive(Debug, thiserror::Error)]'
  echo '#[non_exhaustive]'
  echo 'pub enum RunInstancesError {'
  codes | while IFS=$'\t' read -r code name message; do
    printf '    /// `%s`\n    #[error("%s")]\n    %s(ApiError),\n' "$code" "$message" "$name"
  done
  printf '    #[error("{0}")]\n    Other(ApiError),\n}\n\n'
  echo 'fn main() {'
  echo '    let error = RunInstancesError::Other(ApiError::new(Code::Api3("InvalidParameter"), "x"));'
  echo '    println!("{error}"); // edit'
  echo '}'
} >"$work/thiserror/src/main.rs"
echo "thiserror enum: $(grep -c '(ApiError),' "$work/thiserror/src/main.rs") variants"

for name in generated thiserror; do (cd "$work/$name" && cargo fetch -q); done

declare -A clean clean_cpu incr
for run in $(seq "$runs"); do
  for name in generated thiserror; do
    rm -rf "$work/target-$name"
    read -r wall cpu < <(build "$name")
    clean[$name]+="$wall "
    clean_cpu[$name]+="$cpu "
    sed -i "s|// edit.*|// edit $run|" "$work/$name/src/main.rs"
    read -r wall _ < <(build "$name")
    incr[$name]+="$wall "
  done
  last() { echo "$1" | awk '{ print $NF }'; }
  echo "run $run: generated $(last "${clean[generated]}") s, thiserror $(last "${clean[thiserror]}") s"
done

for name in generated thiserror; do
  printf '%-10s clean %6.2f s wall, %6.2f s cpu; edit-rebuild %5.2f s\n' "$name" \
    "$(echo "${clean[$name]}" | median)" "$(echo "${clean_cpu[$name]}" | median)" "$(echo "${incr[$name]}" | median)"
done
ratio() { echo "scale=3; $(echo "${1}" | median) / $(echo "${2}" | median)" | bc; }
echo "generated / thiserror: clean wall $(ratio "${clean[generated]}" "${clean[thiserror]}"), cpu $(ratio "${clean_cpu[generated]}" "${clean_cpu[thiserror]}"), edit-rebuild $(ratio "${incr[generated]}" "${incr[thiserror]}")"

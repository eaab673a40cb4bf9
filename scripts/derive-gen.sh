#!/usr/bin/env bash
# Generator and timing helpers shared by scripts/derive-build-time.sh, derive-binary-size.sh
# and action-enum-build-time.sh (source it; it only defines functions). It writes user crates
# around one 100-variant error enum
# whose codes are real catalog codes, read from core/data/*.tsv:
#
#   the 38 API 3.0 common codes, the 55 access and video legacy codes, then the first 7
#   Cloud Monitor module codes (-515 .. -503), i.e. the first 100 of common + legacy,
#
# each a unit variant showing the catalog's English message, plus `Other(..)` for the rest.
#
#   gen_crate DIR NAME KIND [EXTRA]   KIND: derived | derived_default | thiserror | hand | lookup | tc_code
#                                     (derived_default: derived with the facade's default features)
#                                     EXTRA: what the crate's main does (see gen_main)
#   gen_codes ROOT                    the 100 codes: code <TAB> api3|legacy|module <TAB> message
#
# `derived`, `lookup` and `tc_code` depend on the tencent-errors facade by path without default
# features; `hand` depends on tencent-errors-core only (a hand-written crate needs no
# proc-macro); `thiserror` on thiserror 2 alone. Paths are taken from $root (the repo root).

# Timing helpers of the build-time scripts, which set $work (crates in $work/NAME):
#   build NAME    clean or incremental `cargo build` of $work/NAME into $work/target-NAME;
#                 prints "wall cpu" seconds (cpu: user + sys of cargo and every rustc)
#   median        the median of the numbers on standard input
build() { # name -> "wall cpu" seconds on stdout (cpu: user + sys of cargo and rustc)
  local wall user sys
  TIMEFORMAT='%R %U %S'
  if ! { time (cd "$work/$1" && CARGO_TARGET_DIR="$work/target-$1" cargo build -q --offline >"$work/log" 2>&1); } 2>"$work/time"; then
    cat "$work/log" >&2
    exit 1
  fi
  read -r wall user sys <"$work/time"
  echo "$wall $(echo "$user + $sys" | bc)"
}

median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

gen_codes() { # root
  local data=$1/core/data
  {
    tail -n +2 "$data/common.tsv" | awk -F'\t' '{ print $1 "\tapi3\t" $2 }'
    tail -n +2 "$data/legacy.tsv" | awk -F'\t' '$1 == "access" || $1 == "video" { print $2 "\tlegacy\t" $3 }'
    tail -n +2 "$data/legacy.tsv" | awk -F'\t' '$1 == "module" { print $2 "\tmodule\t" $3 }'
  } | head -n 100
}

# Rust names and literals for each code: variant <TAB> pattern <TAB> attr value <TAB> kind
# <TAB> message as a Rust string literal body <TAB> the same with braces doubled (thiserror).
gen_table() { # root
  gen_codes "$1" | awk -F'\t' '
    {
      code = $1; kind = $2; msg = $3
      gsub(/\\/, "\\\\", msg); gsub(/"/, "\\\"", msg)
      fmt = msg; gsub(/\{/, "{{", fmt); gsub(/\}/, "}}", fmt)
      if (kind == "api3") {
        name = code; gsub(/\./, "", name)
        pat = "Code::Api3(\"" code "\")"; attr = "\"" code "\""
      } else {
        name = (kind == "module" ? "Module" : "Legacy") (code < 0 ? "M" (-code) : code)
        pat = "Code::Legacy(" code ")"; attr = code
      }
      print name "\t" pat "\t" attr "\t" kind "\t" msg "\t" fmt
    }'
}

# The body of `main`: converts a few errors built with ApiError::new (hits of every kind and a
# miss) plus the first argument, and prints each with Display, code, retry and source.
gen_main() { # kind
  case $1 in
    thiserror)
      cat <<'EOF'
fn main() {
    let _edit = 0; // the line scripts/derive-build-time.sh edits
    let arg = std::env::args().nth(1).unwrap_or_default();
    let errors = [Error::AuthFailureSignatureFailure, Error::Legacy4100, Error::ModuleM514, Error::Other(arg)];
    for error in &errors {
        println!("{error} source {}", std::error::Error::source(error).is_some());
    }
}
EOF
      ;;
    *)
      cat <<'EOF'
fn main() {
    let _edit = 0; // the line scripts/derive-build-time.sh edits
    let arg = std::env::args().nth(1).unwrap_or_default();
    let errors = [
        ApiError::new(Code::Api3("AuthFailure.SignatureFailure"), "signature"),
        ApiError::new(Code::Legacy(4100), "auth"),
        ApiError::new(Code::Legacy(5100), "(-514) Resource already exists"),
        ApiError::new(Code::Api3("No.Such.Code"), "miss").with_request_id("req-1"),
        ApiError::new(Code::parse(&arg), "from the command line"),
    ];
    for error in errors {
        let error = Error::from(error);
        println!(
            "{error} | {} {:?} {:?} source {}",
            error.code(),
            error.retry(),
            error.request_id(),
            std::error::Error::source(&error).is_some()
        );
        let back = ApiError::from(error);
        println!("  back: {back}");
EOF
      if [ "$1" = lookup ]; then
        echo '        println!("  catalog: {:?}", tencent_errors::catalog::lookup(back.code()).map(|e| e.message(tencent_errors::Lang::En)));'
      fi
      echo '    }'
      echo '}'
      ;;
  esac
}

gen_enum_derived() { # root
  echo '#[derive(Debug, TencentError)]'
  echo 'pub enum Error {'
  gen_table "$1" | awk -F'\t' '{ printf "    #[tencent(code = %s)]\n    %s,\n", $3, $1 }'
  echo '    #[tencent(other)]'
  echo '    Other(ApiError),'
  echo '}'
}

gen_enum_thiserror() { # root
  echo '#[derive(Debug, thiserror::Error)]'
  echo 'pub enum Error {'
  gen_table "$1" | awk -F'\t' '{ printf "    #[error(\"%s\")]\n    %s,\n", $6, $1 }'
  echo '    #[error("{0}")]'
  echo '    Other(String),'
  echo '}'
}

# What the derive generates, written by hand: the same matches, texts and conversions.
gen_enum_hand() { # root
  local table
  table=$(gen_table "$1")
  echo '#[derive(Debug)]'
  echo 'pub enum Error {'
  awk -F'\t' '{ printf "    %s,\n", $1 }' <<<"$table"
  echo '    Other(ApiError),'
  echo '}'
  echo
  echo 'impl std::fmt::Display for Error {'
  echo '    fn fmt(&self, f: &mut std::fmt::Formatter<'"'"'_>) -> std::fmt::Result {'
  echo '        match self {'
  awk -F'\t' '{ printf "            Error::%s => f.write_str(\"%s\"),\n", $1, $5 }' <<<"$table"
  echo '            Error::Other(error) => std::fmt::Display::fmt(error, f),'
  echo '        }'
  echo '    }'
  echo '}'
  echo
  echo 'impl std::error::Error for Error {'
  echo '    fn source(&self) -> Option<&(dyn std::error::Error + '"'"'static)> {'
  echo '        match self {'
  echo '            Error::Other(error) => std::error::Error::source(error),'
  echo '            _ => None,'
  echo '        }'
  echo '    }'
  echo '}'
  echo
  echo 'impl TencentError for Error {'
  echo '    fn code(&self) -> Code<'"'"'_> {'
  echo '        match self {'
  awk -F'\t' '{ printf "            Error::%s => %s,\n", $1, $2 }' <<<"$table"
  echo '            Error::Other(error) => error.code(),'
  echo '        }'
  echo '    }'
  echo '    fn request_id(&self) -> Option<&str> {'
  echo '        match self {'
  echo '            Error::Other(error) => error.request_id(),'
  echo '            _ => None,'
  echo '        }'
  echo '    }'
  echo '    fn retry(&self) -> Retry {'
  echo '        match self {'
  echo '            Error::Other(error) => error.retry(),'
  echo '            _ => Retry::of_code(self.code()),'
  echo '        }'
  echo '    }'
  echo '}'
  echo
  echo 'impl From<ApiError> for Error {'
  echo '    fn from(error: ApiError) -> Self {'
  echo '        match error.code() {'
  awk -F'\t' '{ printf "            %s => return Error::%s,\n", $2, $1 }' <<<"$table"
  echo '            _ => {}'
  echo '        }'
  echo '        match error.module_code() {'
  awk -F'\t' '$4 == "module" { printf "            Some(%s) => return Error::%s,\n", $3, $1 }' <<<"$table"
  echo '            _ => {}'
  echo '        }'
  echo '        Error::Other(error)'
  echo '    }'
  echo '}'
  echo
  echo 'impl From<Error> for ApiError {'
  echo '    fn from(error: Error) -> Self {'
  echo '        match error {'
  awk -F'\t' '{ printf "            Error::%s => ApiError::new(%s, \"%s\"),\n", $1, $2, $5 }' <<<"$table"
  echo '            Error::Other(error) => error,'
  echo '        }'
  echo '    }'
  echo '}'
}

# N `const C_i: Code<'static> = tc_code!(..)`: every fourth a `vod` product code (`product =
# "vod"`), the others the 100 codes above in turn.
gen_tc_codes() { # root n
  local vod
  vod=$(awk -F'\t' '$1 == "vod" && $2 ~ /\./ { print $2 }' "$1/core/data/products.tsv")
  gen_table "$1" | awk -F'\t' -v n="$2" -v vod="$vod" '
    { attr[NR - 1] = $3 }
    END {
      nv = split(vod, v, "\n")
      for (i = 0; i < n; i++) {
        if (i % 4 == 3) arg = "\"" v[(int(i / 4) % nv) + 1] "\", product = \"vod\""
        else arg = attr[i % NR]
        printf "pub const C_%04d: Code<'"'"'static> = tc_code!(%s);\n", i, arg
      }
    }'
}

gen_crate() { # dir name kind [profile lines]
  local dir=$1 name=$2 kind=$3 profile=${4:-}
  local deps
  case $kind in
    derived | lookup | tc_code) deps="tencent-errors = { path = \"$root\", default-features = false }" ;;
    derived_default) deps="tencent-errors = { path = \"$root\" }" ;;
    hand) deps="tencent-errors-core = { path = \"$root/core\", default-features = false }" ;;
    thiserror) deps='thiserror = "2"' ;;
  esac
  mkdir -p "$dir/src"
  printf '[package]\nname = "%s"\nversion = "0.0.0"\nedition = "2024"\npublish = false\n[workspace]\n[dependencies]\n%s\n%s\n' \
    "$name" "$deps" "$profile" >"$dir/Cargo.toml"
  # Start from the repository's lock file so that shared dependencies have its versions.
  cp "$root/Cargo.lock" "$dir/Cargo.lock"
  {
    echo '#![allow(dead_code)]'
    case $kind in
      derived | derived_default | lookup) echo 'use tencent_errors::{ApiError, Code, TencentError};' ;;
      tc_code) echo 'use tencent_errors::{ApiError, Code, TencentError, tc_code};' ;;
      hand) echo 'use tencent_errors_core::{ApiError, Code, Retry, TencentError};' ;;
    esac
    echo
    case $kind in
      derived | derived_default | lookup | tc_code) gen_enum_derived "$root" ;;
      hand) gen_enum_hand "$root" ;;
      thiserror) gen_enum_thiserror "$root" ;;
    esac
    echo
    [ "$kind" = tc_code ] && gen_tc_codes "$root" 1000 && echo
    gen_main "$kind"
  } >"$dir/src/main.rs"
}

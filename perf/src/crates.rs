//! The user crates the measurements build, written into a scratch directory.
//!
//! Each is a binary crate with a `[workspace]` of its own, depending on this repository's
//! crates by path (see [`Dep`]) and starting from the repository's `Cargo.lock`, so that
//! dependencies shared with the workspace have its versions. Cargo compiles path dependencies
//! the way it compiles workspace members, incrementally, which makes a clean build slower
//! than the same crates from crates.io; so unless [`set_path_deps_incremental`] says
//! otherwise, the manifest turns incremental compilation off for this repository's packages,
//! and they build as they do in a user's project. Its `main` holds the line
//! [`EDIT_LINE`], which [`edit`] changes to time a rebuild after a one-line edit.
//!
//! Most crates are built around one 100-variant error enum whose codes are real catalog codes
//! ([`enum_codes`]): the 38 API 3.0 common codes, the 55 access and video legacy codes, then
//! the first 7 Cloud Monitor module codes, each a unit variant showing the catalog's English
//! message, plus an `Other` variant for the rest. [`enum_crate`] writes that enum the ways
//! [`EnumKind`] lists.

use std::fmt::Write as _;
use std::io;
use std::path::{Path, PathBuf};

use tencent_errors_core::catalog::{self, Action};
use tencent_errors_core::{Code, Entry, Family, Lang};

/// The repository root: the facade's manifest directory.
pub fn repo_root() -> &'static Path {
    let perf = Path::new(env!("CARGO_MANIFEST_DIR"));
    perf.parent().unwrap_or(perf)
}

/// Whether the generated crates build this repository's packages incrementally, as cargo does
/// by default for path dependencies (`perf --path-deps`), rather than as crates.io
/// dependencies, which cargo never builds incrementally.
static PATH_DEPS_INCREMENTAL: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Sets what [`PATH_DEPS_INCREMENTAL`] says, for every crate written afterwards.
pub fn set_path_deps_incremental(incremental: bool) {
    PATH_DEPS_INCREMENTAL.store(incremental, std::sync::atomic::Ordering::Relaxed);
}

/// A dependency of a generated crate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dep {
    /// `tencent-errors` (the facade) by path, with or without its default features.
    Facade { default_features: bool },
    /// `tencent-errors` by path, with its default features and `feature`.
    FacadeWith { feature: &'static str },
    /// `tencent-errors-core` by path, with or without its default features.
    Core { default_features: bool },
    /// `thiserror = "2"` from crates.io.
    Thiserror,
    /// `serde = "1"` with its `derive` feature, from crates.io.
    SerdeDerive,
    /// `serde_json = "1"` from crates.io.
    SerdeJson,
}

impl Dep {
    /// The dependency's line in `[dependencies]`, its path under `root` (a checkout of this
    /// repository).
    fn toml_line(self, root: &Path) -> String {
        let path = |dir: &str| {
            toml_string(&if dir.is_empty() { root.to_path_buf() } else { root.join(dir) }.to_string_lossy())
        };
        let features = |default: bool| if default { "" } else { ", default-features = false" };
        match self {
            Dep::Facade { default_features } => {
                format!("tencent-errors = {{ path = {}{} }}", path(""), features(default_features))
            }
            Dep::FacadeWith { feature } => {
                format!("tencent-errors = {{ path = {}, features = [{}] }}", path(""), toml_string(feature))
            }
            Dep::Core { default_features } => {
                format!("tencent-errors-core = {{ path = {}{} }}", path("core"), features(default_features))
            }
            Dep::Thiserror => "thiserror = \"2\"".to_owned(),
            Dep::SerdeDerive => "serde = { version = \"1\", features = [\"derive\"] }".to_owned(),
            Dep::SerdeJson => "serde_json = \"1\"".to_owned(),
        }
    }

    /// This repository's packages the dependency builds.
    fn packages(self) -> &'static [&'static str] {
        match self {
            Dep::Facade { .. } | Dep::FacadeWith { .. } => {
                &["tencent-errors", "tencent-errors-core", "tencent-errors-macros"]
            }
            Dep::Core { .. } => &["tencent-errors-core"],
            Dep::Thiserror | Dep::SerdeDerive | Dep::SerdeJson => &[],
        }
    }
}

/// `text` as a TOML basic string.
fn toml_string(text: &str) -> String {
    let mut quoted = String::with_capacity(text.len() + 2);
    quoted.push('"');
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                quoted.push('\\');
                quoted.push(c);
            }
            c if c.is_control() => {
                let _ = write!(quoted, "\\u{:04X}", u32::from(c));
            }
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

/// The release profile of the binary-size measurement.
pub const SIZE_PROFILE: &str = "[profile.release]\nopt-level = 3\nlto = \"fat\"\ncodegen-units = 1\nstrip = true\n";

/// The release profile of the catalog-size measurement.
pub const CATALOG_SIZE_PROFILE: &str = "[profile.release]\nstrip = true\ncodegen-units = 1\n";

/// The line of every generated `main` that [`edit`] changes.
pub const EDIT_LINE: &str = "    let _edit = 0; // the line `perf` edits before timing a rebuild";

/// One generated crate: its package name, dependencies, an optional profile section and the
/// text of `src/main.rs`.
#[derive(Clone, Debug)]
pub struct UserCrate {
    /// Package and binary name.
    pub name: String,
    /// Its `[dependencies]`.
    pub deps: Vec<Dep>,
    /// TOML appended to the manifest (a `[profile.release]`), or empty.
    pub profile: &'static str,
    /// `src/main.rs`.
    pub main_rs: String,
    /// The checkout of this repository the path dependencies point into: this one, or a
    /// baseline's ([`UserCrate::against`]).
    pub root: PathBuf,
}

impl UserCrate {
    /// The same crate built against another checkout of this repository (`root`, e.g. a
    /// `git worktree` of an older commit), named `<name>_baseline`.
    pub fn against(mut self, root: &Path) -> UserCrate {
        self.name.push_str("_baseline");
        self.root = root.to_path_buf();
        self
    }

    /// The crate's `Cargo.toml`.
    pub fn manifest(&self) -> String {
        let mut toml = format!(
            "[package]\nname = {}\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n[workspace]\n\n[dependencies]\n",
            toml_string(&self.name)
        );
        for dep in &self.deps {
            toml.push_str(&dep.toml_line(&self.root));
            toml.push('\n');
        }
        if !PATH_DEPS_INCREMENTAL.load(std::sync::atomic::Ordering::Relaxed) {
            let mut packages: Vec<&str> = self.deps.iter().flat_map(|dep| dep.packages()).copied().collect();
            packages.sort_unstable();
            packages.dedup();
            if !packages.is_empty() {
                toml.push_str("\n# This repository's packages, built as from crates.io: not incremental.\n");
            }
            for package in packages {
                let _ = write!(toml, "[profile.dev.package.{package}]\nincremental = false\n");
            }
        }
        if !self.profile.is_empty() {
            toml.push('\n');
            toml.push_str(self.profile);
        }
        toml
    }

    /// Writes the crate into `dir` (created if missing): `Cargo.toml`, the repository's
    /// `Cargo.lock` and `src/main.rs`.
    pub fn write(&self, dir: &Path) -> io::Result<()> {
        std::fs::create_dir_all(dir.join("src"))?;
        std::fs::write(dir.join("Cargo.toml"), self.manifest())?;
        std::fs::copy(self.root.join("Cargo.lock"), dir.join("Cargo.lock"))?;
        std::fs::write(dir.join("src/main.rs"), &self.main_rs)
    }
}

/// Sets the edited line of `dir/src/main.rs` (see [`EDIT_LINE`]) to `let _edit = value;`, so
/// that the next build recompiles the crate.
pub fn edit(dir: &Path, value: u32) -> io::Result<()> {
    let path = dir.join("src/main.rs");
    let text = std::fs::read_to_string(&path)?;
    let edited = edit_text(&text, value)
        .ok_or_else(|| io::Error::other(format!("{} has no `let _edit = ...;` line", path.display())))?;
    std::fs::write(path, edited)
}

/// `text` with the value of its `let _edit = N;` line replaced by `value`.
fn edit_text(text: &str, value: u32) -> Option<String> {
    let start = text.find("let _edit = ")? + "let _edit = ".len();
    let end = start + text[start..].find(';')?;
    Some(format!("{}{value}{}", &text[..start], &text[end..]))
}

/// The three kinds of code in the 100-variant enum.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeKind {
    /// An API 3.0 common code.
    Api3,
    /// An access or video legacy code.
    Legacy,
    /// A Cloud Monitor module code, which also matches an API 2.0 message `(-514) ...`.
    Module,
}

/// One variant of the 100-variant enum.
#[derive(Clone, Debug)]
pub struct Variant {
    /// Its code.
    pub code: Code<'static>,
    /// Which kind of code.
    pub kind: CodeKind,
    /// The variant's name: the API 3.0 code without its dots, `Legacy4100`, `ModuleM514`.
    pub name: String,
    /// The text `Display` shows: the English message of the catalog entry the derive's
    /// `code = ..` resolves to (`catalog::lookup`).
    pub message: &'static str,
}

impl Variant {
    /// The value of `#[tencent(code = ..)]`: a string for API 3.0, a number otherwise.
    pub fn attr_value(&self) -> String {
        match self.code {
            // The derive has no COS codes (and the catalog, where these come from, none yet).
            Code::Api3(code) | Code::Cos(code) => format!("{code:?}"),
            Code::Legacy(n) => n.to_string(),
        }
    }

    /// The `Code` pattern or expression for the code: `Code::Api3("..")`, `Code::Legacy(n)`.
    pub fn pattern(&self) -> String {
        match self.code {
            Code::Api3(code) => format!("Code::Api3({code:?})"),
            Code::Legacy(n) => format!("Code::Legacy({n})"),
            Code::Cos(code) => format!("Code::Cos({code:?})"),
        }
    }
}

/// The 100 codes of the enum, from the catalog: the API 3.0 common codes (38), then the
/// access and video legacy codes (55), then the first Cloud Monitor module codes, in catalog
/// order, up to 100.
pub fn enum_codes() -> Vec<Variant> {
    let of = |families: &'static [Family]| catalog::iter().filter(move |entry| families.contains(&entry.family()));
    let entries =
        of(&[Family::Common]).chain(of(&[Family::Access])).chain(of(&[Family::Video])).chain(of(&[Family::Module]));
    entries
        .take(100)
        .map(|entry: Entry| {
            let kind = match entry.family() {
                Family::Common => CodeKind::Api3,
                Family::Module => CodeKind::Module,
                _ => CodeKind::Legacy,
            };
            let name = match (entry.code(), kind) {
                (Code::Api3(code) | Code::Cos(code), _) => code.replace('.', ""),
                (Code::Legacy(n), kind) => {
                    let prefix = if kind == CodeKind::Module { "Module" } else { "Legacy" };
                    if n < 0 { format!("{prefix}M{}", n.unsigned_abs()) } else { format!("{prefix}{n}") }
                }
            };
            let message = catalog::lookup(entry.code()).unwrap_or(entry).message(Lang::En);
            Variant { code: entry.code(), kind, name, message }
        })
        .collect()
}

/// The ways [`enum_crate`] writes the 100-variant enum.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EnumKind {
    /// `#[derive(TencentError)]`; `tencent-errors` without default features.
    Derived,
    /// `Derived` with the facade's default features (`json`: serde, serde_json).
    DerivedDefault,
    /// `#[derive(thiserror::Error)]` with the same `#[error("..")]` texts, no `#[from]`;
    /// `thiserror = "2"` only. Its `main` prints a few variants (it has no `ApiError`).
    Thiserror,
    /// Everything the derive generates, written by hand; `tencent-errors-core` only (a
    /// hand-written crate needs no proc-macro).
    Hand,
    /// `Derived`, and `main` also calls `catalog::lookup` on each error (links the catalog).
    Lookup,
    /// `Derived` plus 1,000 `const C_i: Code<'static> = tc_code!(..)` (see [`tc_code_consts`]).
    TcCode,
}

impl EnumKind {
    /// The crate name the measurements use for this kind.
    pub fn name(self) -> &'static str {
        match self {
            EnumKind::Derived => "derived",
            EnumKind::DerivedDefault => "derived_default",
            EnumKind::Thiserror => "thiserror",
            EnumKind::Hand => "hand",
            EnumKind::Lookup => "lookup",
            EnumKind::TcCode => "tc_code",
        }
    }
}

/// The crate around the 100-variant enum written the `kind` way, with `profile` appended to
/// its manifest. Every kind but `Thiserror` has the same `main`: it converts five errors
/// built with `ApiError::new` (an API 3.0 hit, a legacy hit, a module code in an API 2.0
/// message, a miss with a request id, and one from the first argument) into the enum, prints
/// each with `Display`, `code()`, `retry()`, `request_id()` and `source()`, and converts it
/// back into an `ApiError`.
pub fn enum_crate(kind: EnumKind, profile: &'static str) -> UserCrate {
    let variants = enum_codes();
    let mut src = String::from("#![allow(dead_code)]\n");
    src.push_str(match kind {
        EnumKind::Derived | EnumKind::DerivedDefault | EnumKind::Lookup => {
            "use tencent_errors::{ApiError, Code, TencentError};\n\n"
        }
        EnumKind::TcCode => "use tencent_errors::{ApiError, Code, TencentError, tc_code};\n\n",
        EnumKind::Hand => "use tencent_errors_core::{ApiError, Code, Retry, TencentError};\n\n",
        EnumKind::Thiserror => "\n",
    });
    match kind {
        EnumKind::Thiserror => enum_thiserror(&mut src, &variants),
        EnumKind::Hand => enum_hand(&mut src, &variants),
        _ => enum_derived(&mut src, &variants),
    }
    src.push('\n');
    if kind == EnumKind::TcCode {
        tc_code_consts(&mut src, &variants, 1000);
        src.push('\n');
    }
    enum_main(&mut src, kind);
    let deps = match kind {
        EnumKind::Derived | EnumKind::Lookup | EnumKind::TcCode => vec![Dep::Facade { default_features: false }],
        EnumKind::DerivedDefault => vec![Dep::Facade { default_features: true }],
        EnumKind::Hand => vec![Dep::Core { default_features: false }],
        EnumKind::Thiserror => vec![Dep::Thiserror],
    };
    UserCrate { name: kind.name().to_owned(), deps, profile, main_rs: src, root: repo_root().to_path_buf() }
}

fn enum_derived(src: &mut String, variants: &[Variant]) {
    src.push_str("#[derive(Debug, TencentError)]\npub enum Error {\n");
    for variant in variants {
        let _ = writeln!(src, "    #[tencent(code = {})]\n    {},", variant.attr_value(), variant.name);
    }
    src.push_str("    #[tencent(other)]\n    Other(ApiError),\n}\n");
}

fn enum_thiserror(src: &mut String, variants: &[Variant]) {
    src.push_str("#[derive(Debug, thiserror::Error)]\npub enum Error {\n");
    for variant in variants {
        let _ = writeln!(src, "    #[error({:?})]\n    {},", format_literal(variant.message), variant.name);
    }
    src.push_str("    #[error(\"{0}\")]\n    Other(String),\n}\n");
}

/// `text` for a format string (`#[error("..")]`): braces doubled.
fn format_literal(text: &str) -> String {
    text.replace('{', "{{").replace('}', "}}")
}

/// What the derive generates, written by hand: the same matches, texts and conversions.
fn enum_hand(src: &mut String, variants: &[Variant]) {
    src.push_str("#[derive(Debug)]\npub enum Error {\n");
    for variant in variants {
        let _ = writeln!(src, "    {},", variant.name);
    }
    src.push_str("    Other(ApiError),\n}\n\n");

    src.push_str("impl std::fmt::Display for Error {\n");
    src.push_str("    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {\n        match self {\n");
    for variant in variants {
        let _ = writeln!(src, "            Error::{} => f.write_str({:?}),", variant.name, variant.message);
    }
    src.push_str("            Error::Other(error) => std::fmt::Display::fmt(error, f),\n        }\n    }\n}\n\n");

    src.push_str(
        "impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Other(error) => std::error::Error::source(error),
            _ => None,
        }
    }
}

impl TencentError for Error {
    fn code(&self) -> Code<'_> {
        match self {
",
    );
    for variant in variants {
        let _ = writeln!(src, "            Error::{} => {},", variant.name, variant.pattern());
    }
    src.push_str(
        "            Error::Other(error) => error.code(),
        }
    }
    fn api_error(&self) -> Option<&ApiError> {
        match self {
            Error::Other(error) => Some(error),
            _ => None,
        }
    }
    fn retry(&self) -> Retry {
        match self {
            Error::Other(error) => error.retry(),
            _ => self.code().retry(),
        }
    }
}

impl From<ApiError> for Error {
    fn from(error: ApiError) -> Self {
        match error.code() {
",
    );
    for variant in variants {
        let _ = writeln!(src, "            {} => return Error::{},", variant.pattern(), variant.name);
    }
    src.push_str("            _ => {}\n        }\n        match error.module_code() {\n");
    for variant in variants.iter().filter(|variant| variant.kind == CodeKind::Module) {
        let _ = writeln!(src, "            Some({}) => return Error::{},", variant.attr_value(), variant.name);
    }
    src.push_str(
        "            _ => {}
        }
        Error::Other(error)
    }
}

impl From<Error> for ApiError {
    fn from(error: Error) -> Self {
        match error {
",
    );
    for variant in variants {
        let _ = writeln!(
            src,
            "            Error::{} => ApiError::new({}, {:?}),",
            variant.name,
            variant.pattern(),
            variant.message
        );
    }
    src.push_str("            Error::Other(error) => error,\n        }\n    }\n}\n");
}

/// `n` constants `pub const C_i: Code<'static> = tc_code!(..);`: every fourth a `vod` product
/// code (`product = "vod"`, the catalog's vod codes with a `.` in turn), the others the enum's
/// codes in turn.
fn tc_code_consts(src: &mut String, variants: &[Variant], n: usize) {
    let vod: Vec<&str> = catalog::iter()
        .filter(|entry| entry.product() == Some("vod"))
        .filter_map(|entry| match entry.code() {
            Code::Api3(code) if code.contains('.') => Some(code),
            _ => None,
        })
        .collect();
    for i in 0..n {
        let arg = if i % 4 == 3 {
            format!("{:?}, product = \"vod\"", vod[(i / 4) % vod.len()])
        } else {
            variants[i % variants.len()].attr_value()
        };
        let _ = writeln!(src, "pub const C_{i:04}: Code<'static> = tc_code!({arg});");
    }
}

fn enum_main(src: &mut String, kind: EnumKind) {
    src.push_str("fn main() {\n");
    src.push_str(EDIT_LINE);
    src.push('\n');
    if kind == EnumKind::Thiserror {
        src.push_str(
            "    let arg = std::env::args().nth(1).unwrap_or_default();
    let errors = [Error::AuthFailureSignatureFailure, Error::Legacy4100, Error::ModuleM514, Error::Other(arg)];
    for error in &errors {
        println!(\"{error} source {}\", std::error::Error::source(error).is_some());
    }
}
",
        );
        return;
    }
    src.push_str(
        "    let arg = std::env::args().nth(1).unwrap_or_default();
    let errors = [
        ApiError::new(Code::Api3(\"AuthFailure.SignatureFailure\"), \"signature\"),
        ApiError::new(Code::Legacy(4100), \"auth\"),
        ApiError::new(Code::Legacy(5100), \"(-514) Resource already exists\"),
        ApiError::new(Code::Api3(\"No.Such.Code\"), \"miss\").with_request_id(\"req-1\"),
        ApiError::new(Code::parse(&arg), \"from the command line\"),
    ];
    for error in errors {
        let error = Error::from(error);
        println!(
            \"{error} | {} {:?} {:?} source {}\",
            error.code(),
            error.retry(),
            error.request_id(),
            std::error::Error::source(&error).is_some()
        );
        let back = ApiError::from(error);
        println!(\"  back: {back}\");
",
    );
    if kind == EnumKind::Lookup {
        src.push_str(
            "        println!(\"  catalog: {:?}\", tencent_errors::catalog::lookup(back.code()).map(|e| e.message(tencent_errors::Lang::En)));\n",
        );
    }
    src.push_str("    }\n}\n");
}

/// The variant names `action_error!` gives an action's codes, in the action's code order.
///
/// This repeats the macro's rule (`variant_name` in `macros/src/action_error.rs`), which the
/// macros crate cannot export (a proc-macro crate exports only macros): the segments of the
/// code between `.` and `_`, each with its first letter upper-cased; `Code` before a name that
/// would not start with a letter; a name already taken (`Other`, `Self`, or an earlier code's)
/// gets the smallest free suffix from 2. The test `action_variant_names_match_action_error`
/// checks it against what `action_error!` generates.
pub fn action_variant_names(action: Action) -> Vec<(Entry, String)> {
    let mut taken: std::collections::HashSet<String> = ["Other".to_owned(), "Self".to_owned()].into();
    action
        .codes()
        .map(|entry| {
            let code = entry.code().to_string();
            let mut base = String::with_capacity(code.len());
            for part in code.split(['.', '_']).filter(|part| !part.is_empty()) {
                let mut chars = part.chars();
                if let Some(first) = chars.next() {
                    base.extend(first.to_uppercase());
                    base.push_str(chars.as_str());
                }
            }
            if !base.starts_with(|c: char| c.is_ascii_alphabetic()) {
                base.insert_str(0, "Code");
            }
            let mut name = base.clone();
            let mut suffix = 2;
            while !taken.insert(name.clone()) {
                name = format!("{base}{suffix}");
                suffix += 1;
            }
            (entry, name)
        })
        .collect()
}

/// The two crates of the action-enum comparison for `product`'s `action`: `generated`, whose
/// enum is `action_error!(pub enum {Action}Error = product::Action)` (`tencent-errors`
/// without default features), and `thiserror`, the same enum written with
/// `#[derive(thiserror::Error)]`: one variant `Name(ApiError)` per documented code with the
/// catalog's English message, plus `Other(ApiError)` (`thiserror = "2"` and
/// `tencent-errors-core` without default features, for `ApiError`). Both `main`s build one
/// error and print it.
pub fn action_enum_crates(action: Action) -> [UserCrate; 2] {
    let ident = format!("{}Error", action.name());
    let main = |construct: &str| {
        format!(
            "fn main() {{\n{EDIT_LINE}\n    let error = {construct};\n    println!(\"{{error}}\");\n}}\n",
            construct = construct.replace("ENUM", &ident)
        )
    };
    let generated = format!(
        "use tencent_errors::{{ApiError, Code, action_error}};\n\naction_error!(pub enum {ident} = {}::{});\n\n{}",
        action.product(),
        action.name(),
        main("ENUM::from(ApiError::new(Code::Api3(\"InvalidParameter\"), \"x\"))")
    );
    let mut thiserror = format!(
        "use tencent_errors_core::{{ApiError, Code}};\n\n#[derive(Debug, thiserror::Error)]\n#[non_exhaustive]\npub enum {ident} {{\n"
    );
    for (entry, name) in action_variant_names(action) {
        let _ = writeln!(
            thiserror,
            "    /// `{}`\n    #[error({:?})]\n    {name}(ApiError),",
            entry.code(),
            format_literal(entry.message(Lang::En))
        );
    }
    thiserror.push_str("    #[error(\"{0}\")]\n    Other(ApiError),\n}\n\n");
    thiserror.push_str(&main("ENUM::Other(ApiError::new(Code::Api3(\"InvalidParameter\"), \"x\"))"));
    [
        UserCrate {
            name: "generated".to_owned(),
            deps: vec![Dep::Facade { default_features: false }],
            profile: "",
            main_rs: generated,
            root: repo_root().to_path_buf(),
        },
        UserCrate {
            name: "thiserror".to_owned(),
            deps: vec![Dep::Thiserror, Dep::Core { default_features: false }],
            profile: "",
            main_rs: thiserror,
            root: repo_root().to_path_buf(),
        },
    ]
}

/// A crate whose `main` is `body` after `let arg = ...; let code = Code::parse(&arg);`,
/// depending on `tencent-errors-core` with or without default features. `body` empty: an
/// empty `main` (the build-time baseline).
pub fn core_crate(name: &str, default_features: bool, body: &str, profile: &'static str) -> UserCrate {
    let main_rs = if body.is_empty() {
        format!("fn main() {{\n{EDIT_LINE}\n}}\n")
    } else {
        format!(
            "use tencent_errors_core::{{Code, Lang}};\n\nfn main() {{\n{EDIT_LINE}\n    let arg = std::env::args().nth(1).unwrap_or_default();\n    let code = Code::parse(&arg);\n    {body}\n}}\n"
        )
    };
    UserCrate {
        name: name.to_owned(),
        deps: vec![Dep::Core { default_features }],
        profile,
        main_rs,
        root: repo_root().to_path_buf(),
    }
}

/// A crate with an empty `main` and the one dependency `dep`.
/// A service crate that already depends on serde (with `derive`), serde_json and thiserror 2:
/// it reads a request with serde_json into a derived struct and has an error enum written
/// with thiserror; its 100 remote-error variants are `kind`'s enum (the thiserror one, or the
/// derived one with tencent-errors and its default features added to the dependencies).
pub fn service_crate(kind: EnumKind) -> UserCrate {
    let variants = enum_codes();
    let mut src = String::from("#![allow(dead_code)]\n");
    let mut deps = vec![Dep::SerdeDerive, Dep::SerdeJson, Dep::Thiserror];
    if kind == EnumKind::Thiserror {
        enum_thiserror(&mut src, &variants);
    } else {
        src.push_str("use tencent_errors::{ApiError, TencentError};\n\n");
        enum_derived(&mut src, &variants);
        deps.push(Dep::Facade { default_features: true });
    }
    src.push_str(
        "
#[derive(Debug, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = \"PascalCase\")]
struct Request {
    action: String,
    region: String,
    limit: u32,
}

#[derive(Debug, thiserror::Error)]
enum ServiceError {
    #[error(\"bad request: {0}\")]
    Json(#[from] serde_json::Error),
    #[error(\"remote: {0}\")]
    Remote(#[from] Error),
}

fn handle(body: &str) -> Result<String, ServiceError> {
    let request: Request = serde_json::from_str(body)?;
    Ok(serde_json::to_string(&request)?)
}

fn main() {
",
    );
    src.push_str(EDIT_LINE);
    src.push_str(
        "
    let body = std::env::args().nth(1).unwrap_or_else(|| r#\"{\"Action\":\"A\",\"Region\":\"r\",\"Limit\":1}\"#.to_owned());
    match handle(&body) {
        Ok(echo) => println!(\"{echo}\"),
        Err(error) => println!(\"{error}\"),
    }
",
    );
    if kind == EnumKind::Thiserror {
        src.push_str("    println!(\"{}\", ServiceError::from(Error::Other(body)));\n}\n");
    } else {
        src.push_str(
            "    let remote = Error::from(ApiError::new(tencent_errors::Code::Api3(\"RequestLimitExceeded\"), \"slow down\"));
    println!(\"{} {:?}\", ServiceError::from(remote), Error::from(ApiError::new(tencent_errors::Code::Legacy(4100), \"auth\")).retry());
}
",
        );
    }
    let name = if kind == EnumKind::Thiserror { "service" } else { "service_tencent_errors" };
    UserCrate { name: name.to_owned(), deps, profile: "", main_rs: src, root: repo_root().to_path_buf() }
}

/// The 100-variant derived enum's crate with default features and `feature` too, named
/// `with_<feature>`: what the feature adds to a build.
pub fn enum_crate_with(feature: &'static str) -> UserCrate {
    let mut krate = enum_crate(EnumKind::DerivedDefault, "");
    krate.name = format!("with_{}", feature.replace('-', "_"));
    krate.deps = vec![Dep::FacadeWith { feature }];
    krate
}

pub fn empty_crate(name: &str, dep: Dep) -> UserCrate {
    UserCrate {
        name: name.to_owned(),
        deps: vec![dep],
        profile: "",
        main_rs: format!("fn main() {{\n{EDIT_LINE}\n}}\n"),
        root: repo_root().to_path_buf(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_enum_has_100_real_codes_with_distinct_names() {
        let variants = enum_codes();
        assert_eq!(variants.len(), 100);
        let kinds = |kind| variants.iter().filter(|variant| variant.kind == kind).count();
        assert_eq!((kinds(CodeKind::Api3), kinds(CodeKind::Legacy), kinds(CodeKind::Module)), (38, 55, 7));
        let names: std::collections::HashSet<&str> = variants.iter().map(|variant| variant.name.as_str()).collect();
        assert_eq!(names.len(), 100);
        // The variants `main` names.
        for name in ["AuthFailureSignatureFailure", "Legacy4100", "ModuleM514"] {
            assert!(names.contains(name), "{name}");
        }
        let module = variants.iter().find(|variant| variant.name == "ModuleM515").unwrap();
        assert_eq!(module.message, "Unable to operate because a sub-resource exists");
        assert_eq!(module.attr_value(), "-515");
        assert_eq!(module.pattern(), "Code::Legacy(-515)");
    }

    #[test]
    fn every_kind_has_the_edit_line_and_its_dependencies() {
        for kind in [
            EnumKind::Derived,
            EnumKind::DerivedDefault,
            EnumKind::Thiserror,
            EnumKind::Hand,
            EnumKind::Lookup,
            EnumKind::TcCode,
        ] {
            let krate = enum_crate(kind, "");
            assert!(krate.main_rs.contains(EDIT_LINE), "{kind:?}");
            let manifest = krate.manifest();
            assert!(manifest.contains(&format!("name = \"{}\"", kind.name())), "{manifest}");
            assert_eq!(manifest.contains("thiserror = \"2\""), kind == EnumKind::Thiserror, "{manifest}");
        }
        let tc_code = enum_crate(EnumKind::TcCode, "").main_rs;
        assert_eq!(tc_code.matches("tc_code!(").count(), 1000);
        assert_eq!(tc_code.matches("product = \"vod\"").count(), 250);
        let lookup = enum_crate(EnumKind::Lookup, SIZE_PROFILE).manifest();
        assert!(lookup.ends_with(SIZE_PROFILE) && lookup.contains("default-features = false"), "{lookup}");
        // This repository's three packages build as they would from crates.io.
        assert_eq!(lookup.matches("incremental = false").count(), 3, "{lookup}");
        assert!(lookup.contains("[profile.dev.package.tencent-errors-macros]\nincremental = false"), "{lookup}");
        let thiserror = enum_crate(EnumKind::Thiserror, "").manifest();
        assert!(!thiserror.contains("incremental"), "{thiserror}");
    }

    #[test]
    fn a_feature_crate_adds_the_feature_to_the_default_ones() {
        let krate = enum_crate_with("xml");
        let manifest = krate.manifest();
        assert_eq!(krate.name, "with_xml");
        assert!(manifest.contains("tencent-errors = { path = ") && manifest.contains(", features = [\"xml\"] }"));
        assert!(!manifest.contains("default-features"), "{manifest}");
        assert_eq!(krate.main_rs, enum_crate(EnumKind::DerivedDefault, "").main_rs);
    }

    #[test]
    fn the_service_crates_differ_only_in_the_remote_errors() {
        let without = service_crate(EnumKind::Thiserror);
        let with = service_crate(EnumKind::DerivedDefault);
        for krate in [&without, &with] {
            let manifest = krate.manifest();
            for dep in
                ["serde = { version = \"1\", features = [\"derive\"] }", "serde_json = \"1\"", "thiserror = \"2\""]
            {
                assert!(manifest.contains(dep), "{manifest}");
            }
            assert!(krate.main_rs.contains(EDIT_LINE) && krate.main_rs.contains("serde_json::from_str"));
        }
        assert!(!without.manifest().contains("tencent-errors"));
        assert!(
            with.manifest().contains("tencent-errors = { path = ") && !with.manifest().contains("default-features")
        );
        assert!(with.main_rs.contains("#[derive(Debug, TencentError)]"));
        assert!(without.main_rs.contains("#[derive(Debug, thiserror::Error)]\npub enum Error"));
    }

    #[test]
    fn edit_changes_only_the_edit_line() {
        let text = format!("fn main() {{\n{EDIT_LINE}\n    println!(\"{{}}\", 1);\n}}\n");
        let edited = edit_text(&text, 7).unwrap();
        assert_eq!(edited, text.replace("let _edit = 0;", "let _edit = 7;"));
        assert_eq!(edit_text(&edited, 12).unwrap(), text.replace("let _edit = 0;", "let _edit = 12;"));
        assert_eq!(edit_text("fn main() {}", 1), None);
    }

    #[test]
    fn toml_strings_are_escaped() {
        assert_eq!(toml_string(r#"/a "b"\c"#), r#""/a \"b\"\\c""#);
    }

    // Two real actions through `action_error!` itself: each of their codes converts into the
    // variant the macro named for it, which `Debug` shows.
    tencent_errors::action_error!(enum RunInstancesError = cvm::RunInstances);
    tencent_errors::action_error!(enum DescribeMediaInfosError = vod::DescribeMediaInfos);

    #[test]
    fn action_variant_names_match_action_error() {
        fn variant(debug: String) -> String {
            debug.split('(').next().unwrap_or_default().to_owned()
        }
        let check = |product: &str, name: &str, generated: &dyn Fn(tencent_errors::ApiError) -> String| {
            let action = catalog::action(product, name).unwrap();
            let names = action_variant_names(action);
            assert_eq!(names.len(), action.codes().len());
            for (entry, expected) in names {
                let error = tencent_errors::ApiError::new(entry.code(), "x");
                assert_eq!(generated(error), expected, "{product} {name} {}", entry.code());
            }
        };
        check("cvm", "RunInstances", &|error| variant(format!("{:?}", RunInstancesError::from(error))));
        check("vod", "DescribeMediaInfos", &|error| variant(format!("{:?}", DescribeMediaInfosError::from(error))));
    }

    #[test]
    fn action_enum_crates_cover_every_code() {
        let action = catalog::action("cvm", "RunInstances").unwrap();
        let [generated, thiserror] = action_enum_crates(action);
        assert!(generated.main_rs.contains("action_error!(pub enum RunInstancesError = cvm::RunInstances);"));
        assert_eq!(thiserror.main_rs.matches("(ApiError),").count(), action.codes().len() + 1);
    }
}

//! Supply chain: every dependency (of every platform, dev and build dependencies included)
//! is under a license from the allow-list, read from `cargo metadata`. `cargo deny` would
//! also check advisories, but its advisory database is fetched from GitHub, which this
//! project's machines cannot reach; this test is the license half, enforced in CI.

use std::process::Command;

use serde_json::Value;

/// Permissive licenses compatible with shipping `tencent-errors` as MIT OR Apache-2.0.
const ALLOWED: &[&str] = &[
    "MIT",
    "Apache-2.0",
    "Apache-2.0 WITH LLVM-exception",
    "BSD-2-Clause",
    "BSD-3-Clause",
    "ISC",
    "Unlicense",
    "Unicode-3.0",
    "Zlib",
    "0BSD",
];

/// Whether an SPDX expression is satisfied by the allow-list: `A OR B` needs one side,
/// `A AND B` both, parentheses group. Old crates write `MIT/Apache-2.0` for `OR`.
fn allowed(expression: &str) -> bool {
    let normalized = expression.replace('/', " OR ").replace('(', " ( ").replace(')', " ) ");
    let tokens: Vec<&str> = normalized.split_whitespace().collect();
    let mut position = 0;
    let result = or_expression(&tokens, &mut position);
    result && position == tokens.len()
}

fn or_expression(tokens: &[&str], position: &mut usize) -> bool {
    let mut any = and_expression(tokens, position);
    while tokens.get(*position) == Some(&"OR") {
        *position += 1;
        any |= and_expression(tokens, position);
    }
    any
}

fn and_expression(tokens: &[&str], position: &mut usize) -> bool {
    let mut all = term(tokens, position);
    while tokens.get(*position) == Some(&"AND") {
        *position += 1;
        all &= term(tokens, position);
    }
    all
}

fn term(tokens: &[&str], position: &mut usize) -> bool {
    match tokens.get(*position) {
        Some(&"(") => {
            *position += 1;
            let inner = or_expression(tokens, position);
            let closed = tokens.get(*position) == Some(&")");
            *position += 1;
            inner && closed
        }
        Some(license) => {
            *position += 1;
            if tokens.get(*position) == Some(&"WITH") {
                let exception = tokens.get(*position + 1).copied().unwrap_or_default();
                *position += 2;
                return ALLOWED.contains(&format!("{license} WITH {exception}").as_str());
            }
            ALLOWED.contains(license)
        }
        None => false,
    }
}

#[test]
fn the_expression_reader_is_strict() {
    assert!(allowed("MIT OR Apache-2.0"));
    assert!(allowed("MIT/Apache-2.0"));
    assert!(allowed("(MIT OR Apache-2.0) AND Unicode-3.0"));
    assert!(allowed("MIT OR Apache-2.0 OR LGPL-2.1-or-later"));
    assert!(!allowed("GPL-3.0-only"));
    assert!(!allowed("MIT AND GPL-3.0-only"));
    assert!(!allowed("(MIT OR Apache-2.0"));
    assert!(!allowed(""));
}

#[test]
fn every_dependency_has_an_allowed_license() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let output = Command::new(cargo)
        .args([
            "metadata",
            "--format-version",
            "1",
            "--manifest-path",
            concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml"),
        ])
        .output()
        .expect("cargo metadata runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let metadata: Value = serde_json::from_slice(&output.stdout).expect("cargo metadata prints JSON");
    let members: Vec<&Value> = metadata["workspace_members"].as_array().expect("members").iter().collect();
    let mut checked = 0;
    let mut refused = Vec::new();
    for package in metadata["packages"].as_array().expect("packages") {
        if members.contains(&&package["id"]) {
            continue;
        }
        let name = package["name"].as_str().unwrap_or("?");
        match package["license"].as_str() {
            Some(license) if allowed(license) => checked += 1,
            other => refused.push(format!("{name} {}: {other:?}", package["version"])),
        }
    }
    assert!(refused.is_empty(), "dependencies with a license outside the allow-list: {refused:#?}");
    assert!(checked > 20, "only {checked} dependencies were checked");
}

/// The catalog data taken from Tencent's Apache-2.0 SDKs ships with its notice and license.
#[test]
fn sdk_derived_data_keeps_its_notice() {
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/core/data");
    let notice = std::fs::read_to_string(format!("{data}/NOTICE")).expect("core/data/NOTICE");
    assert!(notice.contains("Apache License"), "{notice}");
    assert!(notice.contains("Tencent"), "{notice}");
    let license = std::fs::read_to_string(format!("{data}/LICENSE-APACHE")).expect("core/data/LICENSE-APACHE");
    assert!(license.contains("Apache License") && license.contains("Version 2.0"));
    let manifest = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/core/Cargo.toml")).unwrap();
    assert!(manifest.contains("\"data/**\""), "core's package must include its data and notice");
}

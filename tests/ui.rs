//! Compile-time UI tests of `#[derive(TencentError)]` and `tc_code!`: every error the macros
//! report (with its span and wording) in `tests/ui/fail`, valid inputs that must build and
//! run in `tests/ui/pass`. Regenerate the snapshots with
//! `TRYBUILD=overwrite cargo test --all-features --test ui` and read every `.stderr`.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/fail/*.rs");
    t.pass("tests/ui/pass/*.rs");
}

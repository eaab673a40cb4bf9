//! Compile-time UI tests of `#[derive(TencentError)]` and `tc_code!`: every error the macros
//! report (with its span and wording) in `tests/ui/fail`, valid inputs that must build and
//! run in `tests/ui/pass`. Regenerate the snapshots with
//! `TRYBUILD=overwrite cargo test --all-features --test ui` and read every `.stderr`.
//!
//! Known issues, kept out of the snapshots:
//! * a rejected code literal (`code = 4100.0`, `code = "4100"`, ...) or `other = true` on a
//!   variant with no other rule used to add a second error, "variant `X` has no error code";
//!   the cases give the variant a valid rule beside the bad one so that they test only the
//!   literal's message;
//! * `#[derive(TencentError)] union U` without a `Debug` impl adds two rustc E0277 errors
//!   after ours (the stub impls require `Debug`), so `union.rs` implements `Debug`.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/fail/*.rs");
    t.pass("tests/ui/pass/*.rs");
}

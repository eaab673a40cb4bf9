//! Proc-macros of [`tencent-errors`](https://docs.rs/tencent-errors): `#[derive(TencentError)]`
//! and `tc_code!`, with every error code checked against the Tencent Cloud catalog while the
//! user's crate compiles. Use them through the `tencent-errors` facade.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

//! Proc-macros of [`tencent-errors`](https://docs.rs/tencent-errors): `#[derive(TencentError)]`
//! and `tc_code!`, with every error code checked against the Tencent Cloud catalog while the
//! user's crate compiles. Use them through the `tencent-errors` facade, whose documentation
//! has the examples; the generated code refers to `::tencent_errors`.
//!
//! The derive works in three stages, one file each: `ast.rs` and `attr.rs` read the input,
//! `valid.rs` (with `fmt.rs` for `display`, and for the catalog `codes.rs`, which spans the
//! messages of core's `__private::checks` on what the user wrote) checks it, collecting every
//! problem in a `ctxt::Ctxt`, and `expand.rs` writes the impls.
//! `tc_code.rs` is the function-like macro.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod action_error;
mod ast;
mod attr;
mod codes;
mod ctxt;
mod expand;
mod fmt;
#[cfg(test)]
mod never_panics;
mod tc_code;
mod valid;

use proc_macro::TokenStream;

/// Derives `Display`, `std::error::Error`, `tencent_errors::TencentError`,
/// `From<ApiError>` (or `TryFrom<ApiError>`) and `From<Self> for ApiError` for an error
/// enum or struct whose variants name Tencent Cloud error codes. Documented, with examples,
/// on `tencent_errors::TencentError`.
#[proc_macro_derive(TencentError, attributes(tencent))]
pub fn derive_tencent_error(input: TokenStream) -> TokenStream {
    match syn::parse::<syn::DeriveInput>(input) {
        Ok(input) => expand::derive(&input).into(),
        Err(error) => error.into_compile_error().into(),
    }
}

/// An error enum for one API action, one variant per documented code plus `Other`:
/// `action_error!(pub enum DescribeMediaInfosError = vod::DescribeMediaInfos);`. Documented,
/// with examples, on `tencent_errors::action_error`.
#[proc_macro]
pub fn action_error(input: TokenStream) -> TokenStream {
    action_error::expand(input.into()).into()
}

/// A `tencent_errors::Code` constant, checked against the catalog: `tc_code!(4100)`,
/// `tc_code!("AuthFailure.SignatureFailure")`, `tc_code!("...", product = "vod")`. Valid in
/// expressions, constants and patterns. Documented, with examples, on `tencent_errors::tc_code`.
#[proc_macro]
pub fn tc_code(input: TokenStream) -> TokenStream {
    tc_code::expand(input.into()).into()
}

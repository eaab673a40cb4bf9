//! Collects every problem found in one macro input, so that the user sees them all in one
//! build instead of fixing them one compile at a time (the shape of serde_derive's `Ctxt`).

use proc_macro2::{Span, TokenStream};
use quote::ToTokens;
use std::fmt::Display;

/// The problems found so far in one macro input.
#[derive(Default)]
pub struct Ctxt {
    errors: Vec<syn::Error>,
}

impl Ctxt {
    /// Records a problem spanned on `tokens` (all of them, so `-514` is underlined whole).
    pub fn error_spanned_by(&mut self, tokens: impl ToTokens, message: impl Display) {
        self.errors.push(syn::Error::new_spanned(tokens.into_token_stream(), message));
    }

    /// Records a problem at `span`.
    pub fn error_at(&mut self, span: Span, message: impl Display) {
        self.errors.push(syn::Error::new(span, message));
    }

    /// Records an error syn produced while parsing.
    pub fn syn_error(&mut self, error: syn::Error) {
        self.errors.push(error);
    }

    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }

    pub fn error_count(&self) -> usize {
        self.errors.len()
    }

    /// One `compile_error!` per problem, in the order they were found. The invocations are
    /// items' worth of tokens: fine after a derive, not inside an expression (see `tc_code`).
    pub fn into_compile_errors(self) -> TokenStream {
        self.errors.into_iter().map(syn::Error::into_compile_error).collect()
    }

    /// The problems, for callers that place them themselves.
    pub fn into_errors(self) -> Vec<syn::Error> {
        self.errors
    }
}

//! `tc_code!("AuthFailure.SignatureFailure")`, `tc_code!(-514)`,
//! `tc_code!("...", product = "vod")`, `tc_code!("NoSuchBucket", product = "cos")` (a
//! `Code::Cos`), `tc_code!("...", unlisted)`: a `Code` constant checked against the catalog.

use proc_macro2::TokenStream;
use quote::quote;
use syn::Token;
use syn::parse::{ParseStream, Parser};

use crate::attr::{self, CodeAttr, CodeValue, Place, TypeAttrs, VariantAttrs};
use crate::codes::{self, Site};
use crate::ctxt::Ctxt;
use crate::expand::code_tokens;

struct Args {
    code: Option<CodeAttr>,
    keys: TypeAttrs,
    /// Only `unlisted` is read from here.
    flags: VariantAttrs,
}

pub fn expand(tokens: TokenStream) -> TokenStream {
    let mut cx = Ctxt::default();
    let parsed = (|input: ParseStream| parse_args(input, &mut cx)).parse2(tokens);
    let args = match parsed {
        Ok(args) => Some(args),
        Err(error) => {
            cx.syn_error(error);
            None
        }
    };
    let code = args.as_ref().and_then(|args| {
        let scope = codes::scope(&args.keys.products, &args.keys.actions, Site::TcCode, &mut cx);
        let code = args.code.as_ref()?;
        let value = scope.interpret(code.value.as_code());
        let checked = match args.flags.unlisted {
            Some(_) => scope.check_unlisted(value, "remove `unlisted`").map(|_| ()),
            None => scope.resolve(value).and_then(|entry| scope.check_in_actions(value, entry)),
        };
        match checked {
            Ok(()) => Some(CodeValue::from(value)),
            Err(message) => {
                cx.error_spanned_by(&code.tokens, message);
                None
            }
        }
    });
    // The facade's path, when the invocation got far enough to be sure of it.
    let krate = args
        .as_ref()
        .filter(|args| !args.keys.krate_rejected)
        .map(|args| args.keys.krate.clone().unwrap_or_else(|| syn::parse_quote!(::tencent_errors)));
    match (code, krate) {
        (Some(code), Some(krate)) if !cx.has_errors() => code_tokens(&code, &krate),
        (_, krate) => errors_anywhere(cx, krate.as_ref()),
    }
}

/// The errors in a form valid as an expression, a pattern and a constant alike:
/// `compile_error!(a) | compile_error!(b)` is an or-pattern as well as an expression (two
/// invocations side by side would parse as neither). Inside `Code::Api3(...)` when the
/// facade's path is known: a match arm whose whole pattern is an error counts as matching
/// anything, and rustc would warn that the arms after it are unreachable.
fn errors_anywhere(cx: Ctxt, krate: Option<&syn::Path>) -> TokenStream {
    let errors = cx.into_errors().into_iter().map(syn::Error::into_compile_error);
    let errors = quote!(#(#errors)|*);
    match krate {
        Some(krate) => quote!(#krate::Code::Api3(#errors)),
        None => errors,
    }
}

fn parse_args(input: ParseStream, cx: &mut Ctxt) -> syn::Result<Args> {
    if input.is_empty() {
        return Err(syn::Error::new(
            proc_macro2::Span::call_site(),
            "`tc_code!` needs an error code: `tc_code!(\"AuthFailure.SignatureFailure\")` or `tc_code!(4100)`",
        ));
    }
    let code = attr::parse_code_value(input, cx)?;
    let (keys, flags) = if input.is_empty() {
        (TypeAttrs::default(), VariantAttrs::default())
    } else {
        input.parse::<Token![,]>()?;
        attr::parse_keys(input.parse()?, Place::TcCode, cx)
    };
    Ok(Args { code, keys, flags })
}

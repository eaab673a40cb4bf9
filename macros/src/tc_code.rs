//! `tc_code!("AuthFailure.SignatureFailure")`, `tc_code!(-514)`,
//! `tc_code!("...", product = "vod")`: a `Code` constant checked against the catalog.

use proc_macro2::TokenStream;
use quote::quote;
use syn::parse::{ParseStream, Parser};
use syn::{Ident, LitStr, Token};

use crate::attr::{self, CodeAttr};
use crate::codes::{Scope, Site};
use crate::ctxt::Ctxt;
use crate::expand::code_tokens;

/// The keys `tc_code!` accepts after the code.
const KEYS: &[&str] = &["product", "action", "crate"];

struct Args {
    code: Option<CodeAttr>,
    products: Vec<LitStr>,
    actions: Vec<LitStr>,
    krate: Option<syn::Path>,
    /// A `crate = ...` was given but is no path: `krate` cannot stand for it.
    bad_crate: bool,
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
        let scope = Scope::new(&args.products, &args.actions, Site::TcCode, &mut cx);
        let code = args.code.as_ref()?;
        match scope.resolve(&code.value).and_then(|entry| scope.check_in_actions(&code.value, entry)) {
            Ok(_) => Some(code),
            Err(message) => {
                cx.error_spanned_by(&code.tokens, message);
                None
            }
        }
    });
    // The facade's path, when the invocation got far enough to be sure of it.
    let krate = args
        .as_ref()
        .filter(|args| !args.bad_crate)
        .map(|args| args.krate.clone().unwrap_or_else(|| syn::parse_quote!(::tencent_errors)));
    match (code, krate) {
        (Some(code), Some(krate)) if !cx.has_errors() => code_tokens(&code.value, &krate),
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
    let mut args = Args {
        code: attr::parse_code_value(input, cx)?,
        products: Vec::new(),
        actions: Vec::new(),
        krate: None,
        bad_crate: false,
    };
    while !input.is_empty() {
        input.parse::<Token![,]>()?;
        if input.is_empty() {
            break;
        }
        let key: Ident = input.call(syn::ext::IdentExt::parse_any)?;
        if !input.peek(Token![=]) {
            return Err(syn::Error::new(key.span(), format!("`{key}` needs a value: `{key} = \"...\"`")));
        }
        input.parse::<Token![=]>()?;
        let value: syn::Lit = input.parse()?;
        let syn::Lit::Str(lit) = value else {
            cx.error_spanned_by(&value, format!("`{key}` expects a string literal, found {}", attr::describe(&value)));
            args.bad_crate |= key == "crate";
            continue;
        };
        match key.to_string().as_str() {
            "product" => args.products.push(lit),
            "action" => args.actions.push(lit),
            "crate" => match attr::parse_crate_path(&lit) {
                Ok(path) if args.krate.is_none() => args.krate = Some(path),
                Ok(_) => cx.error_spanned_by(&lit, "duplicate `crate`: it may be given once"),
                Err(message) => {
                    cx.error_spanned_by(&lit, message);
                    args.bad_crate = true;
                }
            },
            other => {
                let listed = KEYS.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ");
                let hint = attr::did_you_mean_key(other, KEYS);
                cx.error_spanned_by(&key, format!("unknown `tc_code!` key `{other}`: expected one of {listed}{hint}"));
            }
        }
    }
    Ok(args)
}

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
    match code {
        Some(code) if !cx.has_errors() => {
            let krate =
                args.as_ref().and_then(|a| a.krate.clone()).unwrap_or_else(|| syn::parse_quote!(::tencent_errors));
            code_tokens(&code.value, &krate)
        }
        _ => errors_anywhere(cx),
    }
}

/// The errors in a form valid as an expression, a pattern and a constant alike: one
/// `compile_error!`, or a tuple of them (two invocations side by side parse as neither).
fn errors_anywhere(cx: Ctxt) -> TokenStream {
    let errors: Vec<TokenStream> = cx.into_errors().into_iter().map(syn::Error::into_compile_error).collect();
    match errors.as_slice() {
        [one] => one.clone(),
        many => quote!((#(#many),*)),
    }
}

fn parse_args(input: ParseStream, cx: &mut Ctxt) -> syn::Result<Args> {
    if input.is_empty() {
        return Err(syn::Error::new(
            proc_macro2::Span::call_site(),
            "`tc_code!` needs an error code: `tc_code!(\"AuthFailure.SignatureFailure\")` or `tc_code!(4100)`",
        ));
    }
    let mut args =
        Args { code: attr::parse_code_value(input, cx)?, products: Vec::new(), actions: Vec::new(), krate: None };
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
            continue;
        };
        match key.to_string().as_str() {
            "product" => args.products.push(lit),
            "action" => args.actions.push(lit),
            "crate" => match attr::parse_crate_path(&lit) {
                Ok(path) if args.krate.is_none() => args.krate = Some(path),
                Ok(_) => cx.error_spanned_by(&lit, "duplicate `crate`: it may be given once"),
                Err(message) => cx.error_spanned_by(&lit, message),
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

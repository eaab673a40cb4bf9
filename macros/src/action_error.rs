//! `action_error!(pub enum DescribeMediaInfosError = vod::DescribeMediaInfos);`: an error enum
//! with one variant per code the action documents, plus `Other`, derived like a hand-written
//! `#[derive(TencentError)]` enum with `exhaustive`. A `#[tencent(crate = "path")]` among the
//! attributes names the facade when it is re-exported, as for the derive.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::parse::{Parse, ParseStream};
use syn::{Attribute, Ident, LitStr, Token, Visibility};
use tencent_errors_core::catalog::Action;
use tencent_errors_core::{Entry, Lang};

use crate::attr::{self, Place};
use crate::codes::{self, Site};
use crate::ctxt::Ctxt;
use crate::expand;

/// `#[attrs] vis enum Name = product::Action;`
struct Request {
    attrs: Vec<Attribute>,
    vis: Visibility,
    ident: Ident,
    product: Ident,
    action: Ident,
}

impl Parse for Request {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let attrs = input.call(Attribute::parse_outer)?;
        let vis = input.parse()?;
        input.parse::<Token![enum]>()?;
        let ident = input.parse()?;
        input.parse::<Token![=]>()?;
        let product = input.call(syn::ext::IdentExt::parse_any)?;
        input.parse::<Token![::]>()?;
        let action = input.parse()?;
        if !input.is_empty() {
            input.parse::<Token![;]>()?;
        }
        Ok(Request { attrs, vis, ident, product, action })
    }
}

pub fn expand(tokens: TokenStream) -> TokenStream {
    let request: Request = match syn::parse2(tokens) {
        Ok(request) => request,
        Err(error) => {
            let hint = "; write `action_error!(pub enum DescribeMediaInfosError = vod::DescribeMediaInfos);`";
            return syn::Error::new(error.span(), format!("{error}{hint}")).into_compile_error();
        }
    };
    let mut cx = Ctxt::default();
    let product = LitStr::new(&request.product.to_string(), request.product.span());
    let action_name = LitStr::new(&request.action.to_string(), request.action.span());
    let scope = codes::scope(std::slice::from_ref(&product), std::slice::from_ref(&action_name), Site::Derive, &mut cx);
    match scope.actions() {
        [action] if !cx.has_errors() => generate(&request, *action, &product, &action_name),
        _ => cx.into_compile_errors(),
    }
}

fn generate(request: &Request, action: Action, product: &LitStr, action_name: &LitStr) -> TokenStream {
    let Request { attrs, vis, ident, .. } = request;
    let krate = crate_path(attrs).map_or_else(|| quote!(::tencent_errors), |path| quote!(#path));
    // Names taken so far, searched in order (an action has a few hundred codes at most; a hash
    // set's code would be compiled into this crate, in every user's build).
    let mut taken: Vec<String> = vec!["Other".to_owned(), "Self".to_owned()];
    let variants: Vec<(Ident, Entry)> = action.codes().map(|entry| (variant_name(entry, &mut taken), entry)).collect();
    let codes = variants.iter().map(|(_, entry)| entry.code().to_string());
    let docs = variants.iter().map(|(_, entry)| format!("`{}`: {}", entry.code(), entry.message(Lang::En)));
    let names: Vec<&Ident> = variants.iter().map(|(name, _)| name).collect();
    let summary = format!(
        "The errors `{}` `{}` may return, one variant per documented code, and `Other` for the rest.",
        action.product(),
        action.name()
    );
    let body = quote! {
        #[doc = #summary]
        #(#attrs)*
        #[derive(Debug)]
        #[non_exhaustive]
        #vis enum #ident {
            #(
                #[doc = #docs]
                #[tencent(code = #codes)]
                #names(#krate::ApiError),
            )*
            /// Any other error: a common code, or one the action does not document.
            #[tencent(other)]
            Other(#krate::ApiError),
        }
    };
    let with_type_attrs = quote! {
        #[tencent(product = #product, action = #action_name, exhaustive)]
        #body
    };
    let input: syn::DeriveInput = match syn::parse2(with_type_attrs) {
        Ok(input) => input,
        Err(error) => return error.into_compile_error(),
    };
    let impls = expand::derive(&input);
    // The item itself without `#[tencent]`: no derive is there to claim the attribute.
    let mut item = input;
    strip_tencent_attrs(&mut item);
    quote!(#item #impls)
}

/// The caller's `crate = "..."`, read by the derive's own attribute parser. The derive reads
/// the same attributes again and reports whatever is wrong in them, so errors here are dropped.
fn crate_path(attrs: &[Attribute]) -> Option<syn::Path> {
    attr::parse(attrs, Place::Enum, &mut Ctxt::default()).0.krate
}

fn strip_tencent_attrs(input: &mut syn::DeriveInput) {
    input.attrs.retain(|attr| !attr.path().is_ident("tencent"));
    if let syn::Data::Enum(data) = &mut input.data {
        for variant in &mut data.variants {
            variant.attrs.retain(|attr| !attr.path().is_ident("tencent"));
        }
    }
}

/// `FailedOperation.InvalidVodUser` -> `FailedOperationInvalidVodUser`: the segments between
/// `.` and `_`, each with its first letter upper-cased. A name already taken (codes that differ
/// only in case or separators, or `Other`) gets the smallest free suffix from 2: `Name2`.
fn variant_name(entry: Entry, taken: &mut Vec<String>) -> Ident {
    let code = entry.code().to_string();
    let mut base = String::with_capacity(code.len());
    for part in code.split(['.', '_']).filter(|part| !part.is_empty()) {
        let mut chars = part.chars();
        if let Some(first) = chars.next() {
            base.extend(first.to_uppercase());
            base.push_str(chars.as_str());
        }
    }
    if base.is_empty() || !base.starts_with(|c: char| c.is_ascii_alphabetic()) {
        base.insert_str(0, "Code");
    }
    let mut name = base.clone();
    let mut suffix = 2;
    while taken.contains(&name) {
        name = format!("{base}{suffix}");
        suffix += 1;
    }
    taken.push(name.clone());
    format_ident!("{}", name)
}

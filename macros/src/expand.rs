//! Code generation for `#[derive(TencentError)]`.
//!
//! Texts and codes are inlined as literals, so the derived impls link no catalog table:
//! `Display` writes a string literal, `code()` returns a constant, `retry()` a constant
//! class, and matching a code is a `match` on string literals.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};
use syn::{DeriveInput, Generics, Member, WhereClause, parse_quote};
use tencent_errors_core::__private::rank;
use tencent_errors_core::{Lang, Retry};

use crate::fmt::DisplayFmt;

use crate::ast::{Input, Variant};
use crate::attr::CodeValue;
use crate::ctxt::Ctxt;
use crate::valid::{self, Rules};

/// Expands the derive: the impls, or every problem as a `compile_error!` plus stub impls
/// that keep the user's other code from failing for want of them.
pub fn derive(input: &DeriveInput) -> TokenStream {
    let mut cx = Ctxt::default();
    let default_krate: syn::Path = parse_quote!(::tencent_errors);
    let Some(parsed) = Input::from_syn(input, &mut cx) else {
        // A union gets no stub impls: it is not going to become an error type, and the
        // `Error` stub would add a "doesn't implement `Debug`" error to ours.
        return cx.into_compile_errors();
    };
    let (rules, lang) = valid::check(&parsed, &mut cx);
    let cos = crate::codes::is_cos_scope(&parsed.attrs.products);
    let krate = parsed.attrs.krate.clone().unwrap_or(default_krate);
    if cx.has_errors() {
        let catch_all = parsed.variants.iter().any(|v| v.attrs.other.is_some());
        let stubs = stubs(parsed.ident, parsed.generics, &krate, catch_all);
        let errors = cx.into_compile_errors();
        return quote!(#errors #stubs);
    }
    Gen { input: &parsed, rules: &rules, lang, krate: &krate, cos }.impls()
}

/// Names of the generated bindings. Leading underscores keep them out of the user's way;
/// macro-generated identifiers are hygienic for locals anyway.
fn carrier_binding() -> Ident {
    Ident::new("__tencent_error", Span::call_site())
}

struct Gen<'a> {
    input: &'a Input<'a>,
    rules: &'a [Rules],
    lang: Lang,
    krate: &'a syn::Path,
    /// `product = "cos"`: the type's codes are COS codes, its prefixes match `Code::Cos`.
    cos: bool,
}

impl Gen<'_> {
    fn impls(&self) -> TokenStream {
        let display = self.display();
        let error = self.error();
        let tencent_error = self.tencent_error();
        let from_api_error = self.impl_from_api_error();
        let into_api_error = self.impl_api_error_from_self();
        let diagnostic = self.diagnostic();
        quote! {
            #display
            #error
            #tencent_error
            #from_api_error
            #into_api_error
            #diagnostic
        }
    }

    /// `miette::Diagnostic` (feature `miette`): the Tencent code as the diagnostic code, the
    /// catalog's description (or, when `Display` shows something else, its message) as help,
    /// and the entry's documentation page as URL.
    #[cfg(feature = "miette")]
    fn diagnostic(&self) -> TokenStream {
        let krate = self.krate;
        let lang = self.lang;
        let help = self.match_self(&|_, rules| {
            let text = rules.primary().and_then(|primary| {
                let entry = primary.entry?;
                let shows_message = rules.display.is_none();
                entry.description(lang).or_else(|| (!shows_message).then(|| entry.message(lang)))
            });
            match text {
                Some(text) => quote!(::core::option::Option::Some(::std::boxed::Box::new(#text))),
                None => quote!(::core::option::Option::None),
            }
        });
        // The page of the primary code's entry (its product's documentation), where the
        // catalog has one.
        let url = self.match_self(&|_, rules| match rules.primary().and_then(|primary| primary.entry?.doc_url()) {
            Some(url) => quote!(::core::option::Option::Some(::std::boxed::Box::new(#url))),
            None => quote!(::core::option::Option::None),
        });
        let miette = quote!(#krate::__miette);
        self.impl_block(
            quote!(#miette::Diagnostic),
            true,
            quote! {
                fn code<'__a>(&'__a self) -> ::core::option::Option<::std::boxed::Box<dyn ::core::fmt::Display + '__a>> {
                    ::core::option::Option::Some(::std::boxed::Box::new(#krate::TencentError::code(self)))
                }
                fn help<'__a>(&'__a self) -> ::core::option::Option<::std::boxed::Box<dyn ::core::fmt::Display + '__a>> {
                    #help
                }
                fn severity(&self) -> ::core::option::Option<#miette::Severity> {
                    ::core::option::Option::Some(#miette::Severity::Error)
                }
                fn url<'__a>(&'__a self) -> ::core::option::Option<::std::boxed::Box<dyn ::core::fmt::Display + '__a>> {
                    #url
                }
            },
        )
    }

    #[cfg(not(feature = "miette"))]
    fn diagnostic(&self) -> TokenStream {
        TokenStream::new()
    }

    fn variants(&self) -> impl Iterator<Item = (&Variant<'_>, &Rules)> {
        self.input.variants.iter().zip(self.rules)
    }

    /// The texts `texts` picks from each variant's rules (its prefixes or its suffixes), each
    /// with its variant's position and the variant, longest first and in declaration order
    /// among texts of one length.
    fn longest_first(&self, texts: fn(&Rules) -> &Vec<String>) -> Vec<(usize, &String, &Variant<'_>)> {
        let found: Vec<(usize, &String, &Variant)> = self
            .variants()
            .enumerate()
            .flat_map(|(i, (variant, rules))| texts(rules).iter().map(move |text| (i, text, variant)))
            .collect();
        // Sorted as keys of (longest first, position): core's one sort, not a copy of ours.
        let mut keys: Vec<u64> =
            found.iter().enumerate().map(|(at, (_, text, _))| rank::key(u32::MAX as usize - text.len(), at)).collect();
        rank::sort(&mut keys);
        keys.into_iter().map(|key| found[rank::low(key)]).collect()
    }

    /// `Self::Variant { member: ref binding, .. }` (or `Self { .. }` for a struct).
    fn pattern(
        &self,
        variant: &Variant,
        bindings: &[(Member, Ident)],
        by_ref: bool,
        base: &TokenStream,
    ) -> TokenStream {
        let path = match variant.ident {
            Some(ident) => quote!(#base::#ident),
            None => base.clone(),
        };
        let by_ref = by_ref.then(|| quote!(ref));
        let fields = bindings.iter().map(|(member, binding)| quote!(#member: #by_ref #binding));
        quote!(#path { #(#fields,)* .. })
    }

    /// The pattern binding the variant's `ApiError` field by reference, if it has one.
    fn carrier_pattern(&self, variant: &Variant) -> TokenStream {
        let bindings: Vec<_> =
            variant.fields.carrier.iter().map(|member| (member.clone(), carrier_binding())).collect();
        self.pattern(variant, &bindings, true, &quote!(Self))
    }

    /// `match *self { arms }` over every variant; `arm` gives each arm's body. Variants that
    /// bind nothing and get the same body share one arm (`Self::A { .. } | Self::B { .. } =>
    /// None`): the user's crate compiles a few arms instead of one per variant (`source` of a
    /// 100-variant enum was 100 arms of `None`).
    /// (`arm` is a `dyn` so that its six callers share one compiled copy.)
    fn match_self(&self, arm: &dyn Fn(&Variant, &Rules) -> TokenStream) -> TokenStream {
        // (patterns, body, the body's text when its patterns bind nothing)
        let mut arms: Vec<(Vec<TokenStream>, TokenStream, Option<String>)> = Vec::new();
        for (variant, rules) in self.variants() {
            let pattern = self.carrier_pattern(variant);
            let body = arm(variant, rules);
            let text = variant.fields.carrier.is_none().then(|| body.to_string());
            match arms.iter_mut().find(|(_, _, shared)| text.is_some() && *shared == text) {
                Some((patterns, _, _)) => patterns.push(pattern),
                None => arms.push((vec![pattern], body, text)),
            }
        }
        let arms = arms.iter().map(|(patterns, body, _)| quote!(#(#patterns)|* => #body,));
        quote!(match *self { #(#arms)* })
    }

    fn display(&self) -> TokenStream {
        let lang = self.lang;
        let arms = self.variants().map(|(variant, rules)| {
            if let Some(display) = &rules.display {
                let bindings: Vec<(Member, Ident)> = display
                    .args
                    .iter()
                    .enumerate()
                    .map(|(i, member)| (member.clone(), format_ident!("__field{}", i)))
                    .collect();
                let pattern = self.pattern(variant, &bindings, true, &quote!(Self));
                let lit = &display.lit;
                let args = bindings.iter().map(|(_, binding)| binding);
                return Arm::result(pattern, quote!(::core::write!(__formatter, #lit #(, #args)*)));
            }
            let pattern = self.carrier_pattern(variant);
            let carrier = carrier_binding();
            let krate = self.krate;
            match (rules.primary(), &variant.fields.carrier) {
                (Some(primary), carrier_field) => match (primary.entry, carrier_field) {
                    // An entry documented in neither language (some COS codes) has no text to show.
                    (Some(entry), _) if !entry.message(lang).is_empty() => {
                        let message = entry.message(lang);
                        Arm::value(pattern, quote!(#message))
                    }
                    // Not in the catalog here (or without text): the server's message, or the code.
                    (_, Some(_)) => Arm::value(pattern, quote!(#krate::ApiError::message(#carrier))),
                    (_, None) => {
                        let code = primary.value.as_code().to_string();
                        Arm::value(pattern, quote!(#code))
                    }
                },
                (None, Some(_)) => Arm::result(pattern, quote!(::core::fmt::Display::fmt(#carrier, __formatter))),
                (None, None) => Arm::value(pattern, quote!("")),
            }
        });
        let body =
            select_then(quote!(*self), arms.collect(), quote!(__text: &str), quote!(__formatter.write_str(__text)));
        self.impl_block(
            quote!(::core::fmt::Display),
            false,
            quote! {
                fn fmt(&self, __formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    #body
                }
            },
        )
    }

    /// Whether the variant shows its carried error as its own text (a catch-all or a
    /// prefix match without custom `display`): its source is then the carried error's.
    fn is_transparent(variant: &Variant, rules: &Rules) -> bool {
        rules.primary().is_none() && rules.display.is_none() && variant.fields.carrier.is_some()
    }

    fn error(&self) -> TokenStream {
        let carrier = carrier_binding();
        let source = self.match_self(&|variant, rules| {
            if Self::is_transparent(variant, rules) {
                quote!(::core::error::Error::source(#carrier))
            } else if variant.fields.carrier.is_some() {
                quote!(::core::option::Option::Some(#carrier as &(dyn ::core::error::Error + 'static)))
            } else {
                quote!(::core::option::Option::None)
            }
        });
        self.impl_block(
            quote!(::core::error::Error),
            true,
            quote! {
                fn source(&self) -> ::core::option::Option<&(dyn ::core::error::Error + 'static)> {
                    #source
                }
            },
        )
    }

    fn tencent_error(&self) -> TokenStream {
        let krate = self.krate;
        let carrier = carrier_binding();
        let code = self.match_self(&|_, rules| match rules.primary() {
            Some(primary) => code_tokens(&primary.value, krate),
            None => quote!(#krate::ApiError::code(#carrier)),
        });
        let api_error = self.match_self(&|variant, _| match variant.fields.carrier {
            Some(_) => quote!(::core::option::Option::Some(#carrier)),
            None => quote!(::core::option::Option::None),
        });
        let retry = self.match_self(&|variant, rules| match (rules.retry, &variant.fields.carrier, rules.primary()) {
            // `retry = "..."` on the variant wins over its code's class.
            (Some(class), _, _) => retry_tokens(class, krate),
            (None, Some(_), _) => quote!(#krate::ApiError::retry(#carrier)),
            // `Code::retry` needs no catalog, so uncatalogued codes get their class too.
            (None, None, Some(primary)) => retry_tokens(primary.value.as_code().retry(), krate),
            (None, None, None) => quote!(#krate::Retry::Never),
        });
        self.impl_block(
            quote!(#krate::TencentError),
            true,
            quote! {
                fn code(&self) -> #krate::Code<'_> { #code }
                fn api_error(&self) -> ::core::option::Option<&#krate::ApiError> { #api_error }
                fn retry(&self) -> #krate::Retry { #retry }
            },
        )
    }

    /// `From<ApiError>` with a catch-all variant, `TryFrom<ApiError>` without: exact codes
    /// first, then module codes, then the longest prefix, the longest suffix, the catch-all.
    fn impl_from_api_error(&self) -> TokenStream {
        let krate = self.krate;
        let catch_all = self.variants().find(|(_, rules)| rules.other);
        let wrap = |construct: TokenStream| match catch_all {
            Some(_) => construct,
            None => quote!(::core::result::Result::Ok(#construct)),
        };

        let exact = self.variants().filter(|(_, rules)| !rules.codes.is_empty()).map(|(variant, rules)| {
            let patterns = rules.codes.iter().map(|code| code_tokens(&code.value, krate));
            let construct = wrap(self.construct(variant));
            quote!(#(#patterns)|* => return #construct,)
        });
        let exact = early_returns(quote!(#krate::ApiError::code(&__error)), exact.collect());

        let module = self.variants().flat_map(|(variant, rules)| {
            rules.codes.iter().filter(|code| code.is_module_code()).map(move |code| {
                let CodeValue::Legacy(n) = code.value else { unreachable!("module codes are legacy codes") };
                let n = int_tokens(n);
                let construct = wrap(self.construct(variant));
                quote!(::core::option::Option::Some(#n) => return #construct,)
            })
        });
        let module = early_returns(quote!(#krate::ApiError::module_code(&__error)), module.collect());

        // Longest first, so that `RequestLimitExceeded.UinLimitExceeded` wins over
        // `RequestLimitExceeded`; declaration order among equals; every prefix before any suffix.
        let prefixes = self.longest_first(|rules| &rules.prefixes);
        let prefix_checks = prefixes.iter().map(|(_, prefix, variant)| {
            let construct = wrap(self.construct(variant));
            if self.cos {
                // COS codes are one word: a prefix is the start of it (`NoSuch`).
                quote!(if ::core::primitive::str::starts_with(__code, #prefix) { return #construct; })
            } else {
                quote!(if #krate::__private::has_prefix(__code, #prefix) { return #construct; })
            }
        });
        let suffixes = self.longest_first(|rules| &rules.suffixes);
        let suffix_checks = suffixes.iter().map(|(_, suffix, variant)| {
            let construct = wrap(self.construct(variant));
            quote!(if #krate::__private::has_suffix(__code, #suffix) { return #construct; })
        });
        let kind = if self.cos { quote!(Cos) } else { quote!(Api3) };
        let prefix = (!prefixes.is_empty() || !suffixes.is_empty()).then(|| {
            quote! {
                if let #krate::Code::#kind(__code) = #krate::ApiError::code(&__error) {
                    #(#prefix_checks)*
                    #(#suffix_checks)*
                }
            }
        });

        let (impl_generics, ty_generics, where_clause) = self.input.generics.split_for_impl();
        let ident = self.input.ident;
        match catch_all {
            Some((variant, _)) => {
                let construct = self.construct(variant);
                quote! {
                    #[automatically_derived]
                    impl #impl_generics ::core::convert::From<#krate::ApiError> for #ident #ty_generics #where_clause {
                        fn from(__error: #krate::ApiError) -> Self {
                            #exact
                            #module
                            #prefix
                            #construct
                        }
                    }
                }
            }
            None => quote! {
                #[automatically_derived]
                impl #impl_generics ::core::convert::TryFrom<#krate::ApiError> for #ident #ty_generics #where_clause {
                    type Error = #krate::ApiError;
                    fn try_from(__error: #krate::ApiError) -> ::core::result::Result<Self, #krate::ApiError> {
                        #exact
                        #module
                        #prefix
                        ::core::result::Result::Err(__error)
                    }
                }
            },
        }
    }

    /// Builds the variant from `__error`: moved into its `ApiError` field, or dropped.
    fn construct(&self, variant: &Variant) -> TokenStream {
        let path = match variant.ident {
            Some(ident) => quote!(Self::#ident),
            None => quote!(Self),
        };
        let carrier = variant.fields.carrier.iter().map(|member| quote!(#member: __error,));
        let phantoms = variant.fields.phantoms.iter().map(|member| quote!(#member: ::core::marker::PhantomData,));
        quote!(#path { #(#carrier)* #(#phantoms)* })
    }

    /// `From<E> for ApiError`: carried errors come back as they were; unit variants become
    /// an error with their primary code and its catalog message (for a code the catalog
    /// does not have, the variant's `Display` text).
    fn impl_api_error_from_self(&self) -> TokenStream {
        let krate = self.krate;
        let ident = self.input.ident;
        let base = quote!(#ident);
        let carrier = carrier_binding();
        let arms = self.variants().map(|(variant, rules)| {
            let bindings: Vec<_> =
                variant.fields.carrier.iter().map(|member| (member.clone(), carrier.clone())).collect();
            let pattern = self.pattern(variant, &bindings, false, &base);
            match (&variant.fields.carrier, rules.primary()) {
                (Some(_), _) => Arm::result(pattern, quote!(#carrier)),
                (None, Some(primary)) => {
                    let code = code_tokens(&primary.value, krate);
                    let message = match primary.entry.map(|entry| entry.message(self.lang)) {
                        Some(message) if !message.is_empty() => message.to_owned(),
                        _ => uncatalogued_text(primary, rules.display.as_ref()),
                    };
                    Arm::value(pattern, quote!((#code, #message)))
                }
                (None, None) => unreachable!("validation requires a code or an ApiError field"),
            }
        });
        let body = select_then(
            quote!(__value),
            arms.collect(),
            quote!((__code, __message): (#krate::Code<'static>, &'static str)),
            quote!(#krate::ApiError::new(__code, __message)),
        );
        let (impl_generics, ty_generics, where_clause) = self.input.generics.split_for_impl();
        quote! {
            #[automatically_derived]
            impl #impl_generics ::core::convert::From<#ident #ty_generics> for #krate::ApiError #where_clause {
                fn from(__value: #ident #ty_generics) -> Self {
                    #body
                }
            }
        }
    }

    fn impl_block(&self, trait_path: TokenStream, needs_debug: bool, body: TokenStream) -> TokenStream {
        impl_block(self.input.ident, self.input.generics, trait_path, needs_debug, body)
    }
}

/// An arm of a match that [`select_then`] writes: its pattern, and either a value the match
/// gives or (`result`) the function's result.
struct Arm {
    pattern: TokenStream,
    body: TokenStream,
    is_result: bool,
}

impl Arm {
    fn value(pattern: TokenStream, body: TokenStream) -> Arm {
        Arm { pattern, body, is_result: false }
    }

    fn result(pattern: TokenStream, body: TokenStream) -> Arm {
        Arm { pattern, body, is_result: true }
    }
}

/// A function body that matches `scrutinee`, binds the value the arm gives to `binding`, and
/// ends with `tail` (`let __text: &str = match *self { .. }; __formatter.write_str(__text)`),
/// an arm that is the function's result returning it. Why: in a `Display` or `From` of a
/// 100-variant enum, one call after the match instead of a call in every arm is much less
/// code for the user's crate to compile. When every arm is the result, just the match
/// (code after it would be unreachable).
fn select_then(scrutinee: TokenStream, arms: Vec<Arm>, binding: TokenStream, tail: TokenStream) -> TokenStream {
    if arms.iter().all(|arm| arm.is_result) {
        let arms = arms.iter().map(|Arm { pattern, body, .. }| quote!(#pattern => #body,));
        return quote!(match #scrutinee { #(#arms)* });
    }
    let arms = arms.iter().map(
        |Arm { pattern, body, is_result }| {
            if *is_result { quote!(#pattern => return #body,) } else { quote!(#pattern => #body,) }
        },
    );
    quote! {
        let #binding = match #scrutinee { #(#arms)* };
        #tail
    }
}

/// What a unit variant whose primary code the catalog does not have displays: its
/// `display` (which, on a unit variant, names no field: only `{{` and `}}` to unescape), or
/// the code.
fn uncatalogued_text(primary: &valid::Resolved, display: Option<&DisplayFmt>) -> String {
    match display {
        Some(display) => display.lit.value().replace("{{", "{").replace("}}", "}"),
        None => primary.value.as_code().to_string(),
    }
}

/// `match scrutinee { arms, _ => {} }` where each arm returns, or nothing without arms.
fn early_returns(scrutinee: TokenStream, arms: Vec<TokenStream>) -> Option<TokenStream> {
    (!arms.is_empty()).then(|| quote!(match #scrutinee { #(#arms)* _ => {} }))
}

/// `impl<..> Trait for Type<..> where .. { body }`. Traits that require `Debug` get a
/// `Self: Debug` bound on generic types, so their parameters need not be `Debug` themselves.
fn impl_block(
    ident: &Ident,
    generics: &Generics,
    trait_path: TokenStream,
    needs_debug: bool,
    body: TokenStream,
) -> TokenStream {
    let (impl_generics, ty_generics, _) = generics.split_for_impl();
    let where_clause = where_clause(generics, needs_debug);
    quote! {
        #[automatically_derived]
        impl #impl_generics #trait_path for #ident #ty_generics #where_clause {
            #body
        }
    }
}

fn where_clause(generics: &Generics, needs_debug: bool) -> Option<WhereClause> {
    let mut generics = generics.clone();
    if needs_debug && !generics.params.is_empty() {
        generics.make_where_clause().predicates.push(parse_quote!(Self: ::core::fmt::Debug));
    }
    generics.where_clause
}

/// Impls with bodies that are never run, emitted beside compile errors so that the user's
/// uses of the type (`?`, `.code()`, `From`) do not add a cascade of unrelated errors.
fn stubs(ident: &Ident, generics: &Generics, krate: &syn::Path, catch_all: bool) -> TokenStream {
    let unreachable = quote!(::core::unreachable!("tencent-errors: the derive reported errors"));
    let display = impl_block(
        ident,
        generics,
        quote!(::core::fmt::Display),
        false,
        quote!(fn fmt(&self, _: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result { #unreachable }),
    );
    let error = impl_block(ident, generics, quote!(::core::error::Error), true, quote!());
    let tencent_error = impl_block(
        ident,
        generics,
        quote!(#krate::TencentError),
        true,
        quote!(fn code(&self) -> #krate::Code<'_> { #unreachable }),
    );
    let from = if catch_all {
        impl_block(
            ident,
            generics,
            quote!(::core::convert::From<#krate::ApiError>),
            false,
            quote!(fn from(_: #krate::ApiError) -> Self { #unreachable }),
        )
    } else {
        impl_block(
            ident,
            generics,
            quote!(::core::convert::TryFrom<#krate::ApiError>),
            false,
            quote! {
                type Error = #krate::ApiError;
                fn try_from(_: #krate::ApiError) -> ::core::result::Result<Self, #krate::ApiError> { #unreachable }
            },
        )
    };
    let diagnostic = if cfg!(feature = "miette") {
        impl_block(ident, generics, quote!(#krate::__miette::Diagnostic), true, quote!())
    } else {
        TokenStream::new()
    };
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    quote! {
        #display
        #error
        #tencent_error
        #diagnostic
        #from
        #[automatically_derived]
        impl #impl_generics ::core::convert::From<#ident #ty_generics> for #krate::ApiError #where_clause {
            fn from(_: #ident #ty_generics) -> Self { #unreachable }
        }
    }
}

/// `Code::Legacy(-514)`, `Code::Api3("...")` or `Code::Cos("...")`, valid as an expression, a constant and a
/// pattern.
pub fn code_tokens(code: &CodeValue, krate: &syn::Path) -> TokenStream {
    match code {
        CodeValue::Legacy(n) => {
            let n = int_tokens(*n);
            quote!(#krate::Code::Legacy(#n))
        }
        CodeValue::Api3(text) => quote!(#krate::Code::Api3(#text)),
        CodeValue::Cos(text) => quote!(#krate::Code::Cos(#text)),
    }
}

/// An `i32` as tokens: a minus sign and an unsuffixed literal, which is what a user writes
/// and what patterns accept (`i32::MIN` included: `-2147483648`).
fn int_tokens(n: i32) -> TokenStream {
    let magnitude = proc_macro2::Literal::u32_unsuffixed(n.unsigned_abs());
    if n < 0 { quote!(-#magnitude) } else { quote!(#magnitude) }
}

/// A `Retry` class as a path to its variant. The enum is `#[non_exhaustive]` and every class
/// is a unit variant, whose `Debug` is its name, so a new class needs no change here.
fn retry_tokens(retry: Retry, krate: &syn::Path) -> TokenStream {
    let class = Ident::new(&format!("{retry:?}"), Span::call_site());
    quote!(#krate::Retry::#class)
}

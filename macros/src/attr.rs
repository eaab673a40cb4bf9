//! Parsing of `#[tencent(...)]` attributes into plain values; no catalog knowledge here.
//!
//! Each key parses on its own: a bad value or an unknown key is recorded and parsing goes on
//! with the next key, so that one attribute with three mistakes reports three errors.

use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::meta::ParseNestedMeta;
use syn::parse::{ParseStream, Parser};
use syn::{Attribute, Lit, LitStr, Token};
use tencent_errors_core::__private::osa_distance;
use tencent_errors_core::{Code, Lang, Retry};

use crate::ctxt::Ctxt;

/// A code as the user wrote it: `"AuthFailure.SignatureFailure"`, `4100` or `-514`; a string
/// is a COS code (`"NoSuchBucket"`) in a scope that declares `product = "cos"`
/// (`Scope::interpret` of core's `__private::checks`).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CodeValue {
    Legacy(i32),
    Api3(String),
    Cos(String),
}

impl From<Code<'_>> for CodeValue {
    fn from(code: Code<'_>) -> CodeValue {
        match code {
            Code::Legacy(n) => CodeValue::Legacy(n),
            Code::Api3(s) => CodeValue::Api3(s.to_owned()),
            Code::Cos(s) => CodeValue::Cos(s.to_owned()),
        }
    }
}

impl CodeValue {
    pub fn as_code(&self) -> Code<'_> {
        match self {
            CodeValue::Legacy(n) => Code::Legacy(*n),
            CodeValue::Api3(s) => Code::Api3(s),
            CodeValue::Cos(s) => Code::Cos(s),
        }
    }
}

/// A code with the tokens it was written as, for spanning errors and the output.
#[derive(Clone)]
pub struct CodeAttr {
    pub value: CodeValue,
    pub tokens: TokenStream,
}

/// What `#[tencent(...)]` says about one variant (or about a struct, which is one variant).
#[derive(Default)]
pub struct VariantAttrs {
    pub codes: Vec<CodeAttr>,
    pub prefixes: Vec<LitStr>,
    /// `suffix = "NameInUse"`: codes whose last segment ends with it.
    pub suffixes: Vec<LitStr>,
    /// The `other` keyword, kept for its span.
    pub other: Option<syn::Path>,
    pub display: Option<LitStr>,
    /// `retry = "busy"`: the variant's retry class, whatever its code's.
    pub retry: Option<(Retry, LitStr)>,
    /// `unlisted`: Tencent returns the codes, but the catalog does not list them for the
    /// declared scope (outside the actions' lists or the products, or in no table).
    pub unlisted: Option<syn::Path>,
    /// A problem was reported in these attributes (a rejected code, an unknown key): then a
    /// missing code is most likely that problem, and not reported again.
    pub had_errors: bool,
}

/// What `#[tencent(...)]` says about the whole type.
#[derive(Default)]
pub struct TypeAttrs {
    pub products: Vec<LitStr>,
    pub actions: Vec<LitStr>,
    /// `exhaustive`: every documented code of the actions needs a variant.
    pub exhaustive: Option<syn::Path>,
    pub lang: Option<(Lang, LitStr)>,
    pub krate: Option<syn::Path>,
    /// A `crate = ...` was given but rejected: `krate` cannot stand for it, so the output
    /// must not name a facade path.
    pub krate_rejected: bool,
}

/// Where keys are written, which decides the keys accepted.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Enum,
    Struct,
    Variant,
    /// `tc_code!`'s arguments after the code.
    TcCode,
}

const TYPE_KEYS: &[&str] = &["product", "action", "exhaustive", "lang", "crate"];
const VARIANT_KEYS: &[&str] = &["code", "prefix", "suffix", "other", "unlisted", "display", "retry"];
/// The names `retry = "..."` takes, for "did you mean" (`Retry`'s `FromStr` is the rule).
const RETRY_CLASSES: &[&str] = &["throttling", "busy", "transient", "never"];
const TC_CODE_KEYS: &[&str] = &["product", "action", "unlisted", "crate"];

impl Place {
    fn accepts(self, key: &str) -> bool {
        self.keys().contains(&key)
    }

    fn keys(self) -> Vec<&'static str> {
        match self {
            Place::Enum => TYPE_KEYS.to_vec(),
            Place::Variant => VARIANT_KEYS.to_vec(),
            Place::Struct => VARIANT_KEYS.iter().chain(TYPE_KEYS).copied().collect(),
            Place::TcCode => TC_CODE_KEYS.to_vec(),
        }
    }
}

/// Reads every `#[tencent(...)]` among `attrs`; other attributes are not ours and are skipped.
pub fn parse(attrs: &[Attribute], place: Place, cx: &mut Ctxt) -> (TypeAttrs, VariantAttrs) {
    let mut type_attrs = TypeAttrs::default();
    let mut variant_attrs = VariantAttrs::default();
    let errors_before = cx.error_count();
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("tencent")) {
        let result = attr.parse_nested_meta(|meta| parse_key(&meta, place, &mut type_attrs, &mut variant_attrs, cx));
        if let Err(error) = result {
            cx.syn_error(error);
        }
    }
    variant_attrs.had_errors = cx.error_count() > errors_before;
    (type_attrs, variant_attrs)
}

/// Reads `key = value, ...` (`tc_code!`'s arguments after the code) with the same rules as
/// the attribute's keys.
pub fn parse_keys(tokens: TokenStream, place: Place, cx: &mut Ctxt) -> (TypeAttrs, VariantAttrs) {
    let mut type_attrs = TypeAttrs::default();
    let mut variant_attrs = VariantAttrs::default();
    let result =
        syn::meta::parser(|meta| parse_key(&meta, place, &mut type_attrs, &mut variant_attrs, cx)).parse2(tokens);
    if let Err(error) = result {
        cx.syn_error(error);
    }
    (type_attrs, variant_attrs)
}

/// One key of an attribute (or of `tc_code!`) and its value, recorded in `type_attrs` or
/// `variant_attrs`. Problems with a key are recorded in `cx` and parsing goes on with the
/// next; only broken token structure is an `Err`.
fn parse_key(
    meta: &ParseNestedMeta,
    place: Place,
    type_attrs: &mut TypeAttrs,
    variant_attrs: &mut VariantAttrs,
    cx: &mut Ctxt,
) -> syn::Result<()> {
    let Some(key) = meta.path.get_ident().map(ToString::to_string) else {
        let written = meta.path.to_token_stream().to_string().replace(' ', "");
        cx.error_spanned_by(&meta.path, unknown_key_message(&written, place));
        return skip_value(meta);
    };
    if !place.accepts(&key) {
        cx.error_spanned_by(&meta.path, unknown_key_message(&key, place));
        return skip_value(meta);
    }
    match key.as_str() {
        "code" => {
            if !meta.input.peek(Token![=]) {
                cx.error_spanned_by(
                    &meta.path,
                    "`code` needs a value: `code = \"AuthFailure.SignatureFailure\"` or `code = 4100`",
                );
                skip_value(meta)?;
                return Ok(());
            }
            if let Some(code) = parse_code_value(meta.value()?, cx)? {
                variant_attrs.codes.push(code);
            }
        }
        "prefix" => {
            if let Some(lit) = string_value(meta, cx)? {
                variant_attrs.prefixes.push(lit);
            }
        }
        "suffix" => {
            if let Some(lit) = string_value(meta, cx)? {
                variant_attrs.suffixes.push(lit);
            }
        }
        "other" => flag(meta, place, &mut variant_attrs.other, cx)?,
        "unlisted" => flag(meta, place, &mut variant_attrs.unlisted, cx)?,
        "exhaustive" => flag(meta, place, &mut type_attrs.exhaustive, cx)?,
        "action" => {
            if let Some(lit) = string_value(meta, cx)? {
                type_attrs.actions.push(lit);
            }
        }
        "retry" => {
            if let Some(lit) = string_value(meta, cx)? {
                match lit.value().parse::<Retry>() {
                    Ok(class) => set_once(&mut variant_attrs.retry, (class, lit.clone()), &lit, "retry", cx),
                    Err(_) => {
                        let hint = did_you_mean_key(&lit.value(), RETRY_CLASSES);
                        cx.error_spanned_by(
                            &lit,
                            format!(
                                "unknown retry class `{}`: expected `\"throttling\"`, `\"busy\"`, `\"transient\"` or `\"never\"`{hint}",
                                lit.value()
                            ),
                        );
                    }
                }
            }
        }
        "display" => {
            if let Some(lit) = string_value(meta, cx)? {
                set_once(&mut variant_attrs.display, lit.clone(), &lit, "display", cx);
            }
        }
        "product" => {
            if let Some(lit) = string_value(meta, cx)? {
                type_attrs.products.push(lit);
            }
        }
        "lang" => {
            if let Some(lit) = string_value(meta, cx)? {
                match lit.value().as_str() {
                    "en" => set_once(&mut type_attrs.lang, (Lang::En, lit.clone()), &lit, "lang", cx),
                    "zh" => set_once(&mut type_attrs.lang, (Lang::Zh, lit.clone()), &lit, "lang", cx),
                    other => {
                        cx.error_spanned_by(&lit, format!("unknown language `{other}`: expected `\"en\"` or `\"zh\"`"))
                    }
                }
            }
        }
        "crate" => match string_value(meta, cx)? {
            Some(lit) => match parse_crate_path(&lit) {
                Ok(path) => set_once(&mut type_attrs.krate, path, &lit, "crate", cx),
                Err(message) => {
                    cx.error_spanned_by(&lit, message);
                    type_attrs.krate_rejected = true;
                }
            },
            None => type_attrs.krate_rejected = true,
        },
        _ => unreachable!("Place::accepts admits only the keys matched above"),
    }
    Ok(())
}

/// A key without a value (`other`, `unlisted`, `exhaustive`), given at most once.
fn flag(meta: &ParseNestedMeta, place: Place, slot: &mut Option<syn::Path>, cx: &mut Ctxt) -> syn::Result<()> {
    let key = meta.path.get_ident().map(ToString::to_string).unwrap_or_default();
    if !meta.input.is_empty() && !meta.input.peek(Token![,]) {
        let written = match place {
            Place::TcCode => format!("tc_code!(\"...\", {key})"),
            _ => format!("#[tencent({key})]"),
        };
        cx.error_spanned_by(&meta.path, format!("`{key}` takes no value: write `{written}`"));
        skip_value(meta)?;
    } else if slot.is_some() {
        cx.error_spanned_by(&meta.path, format!("duplicate `{key}`"));
    } else {
        *slot = Some(meta.path.clone());
    }
    Ok(())
}

/// Fills `slot` with `value`, or reports a second `key` at `written` (the value's tokens).
fn set_once<T>(slot: &mut Option<T>, value: T, written: &LitStr, key: &str, cx: &mut Ctxt) {
    if slot.is_some() {
        cx.error_spanned_by(written, format!("duplicate `{key}`: it may be given once"));
    } else {
        *slot = Some(value);
    }
}

fn unknown_key_message(key: &str, place: Place) -> String {
    let keys = place.keys();
    let listed = keys.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ");
    let mut message = match place {
        Place::Variant if TYPE_KEYS.contains(&key) => {
            return format!(
                "`{key}` belongs on the type, not on a variant: write `#[tencent({key} = ...)]` above the enum"
            );
        }
        Place::Enum if VARIANT_KEYS.contains(&key) => {
            return format!("`{key}` belongs on a variant, not on the enum");
        }
        Place::TcCode => format!("unknown `tc_code!` key `{key}`: expected one of {listed}"),
        _ => format!("unknown `tencent` attribute key `{key}`: expected one of {listed}"),
    };
    message.push_str(&did_you_mean_key(key, &keys));
    message
}

/// `"; did you mean `code`?"` for a key within two edits of a valid one, else nothing.
pub fn did_you_mean_key(key: &str, keys: &[&str]) -> String {
    match keys.iter().find(|k| osa_distance(k, key) <= 2) {
        Some(close) => format!("; did you mean `{close}`?"),
        None => String::new(),
    }
}

/// Consumes `= value` (whatever it is) up to the next comma, so parsing can go on with the
/// next key after a reported problem.
fn skip_value(meta: &ParseNestedMeta) -> syn::Result<()> {
    skip_to_comma(meta.input)
}

fn skip_to_comma(input: ParseStream) -> syn::Result<()> {
    input.step(|cursor| {
        let mut rest = *cursor;
        while let Some((tt, next)) = rest.token_tree() {
            if matches!(&tt, proc_macro2::TokenTree::Punct(p) if p.as_char() == ',') {
                return Ok(((), rest));
            }
            rest = next;
        }
        Ok(((), rest))
    })
}

/// `crate = "path"`: where the user's crate has `tencent_errors`.
pub fn parse_crate_path(lit: &LitStr) -> Result<syn::Path, String> {
    let text = lit.value();
    if text.trim().is_empty() {
        return Err(
            "the `crate` path is empty: write the path to `tencent_errors`, such as `\"::tencent_errors\"`".into()
        );
    }
    lit.parse::<syn::Path>().map_err(|_| format!("`crate` must be a path such as `\"::tencent_errors\"`, not `{text}`"))
}

/// What a literal is called in messages: "a float literal `1.5`".
pub fn describe(lit: &Lit) -> String {
    let kind = match lit {
        Lit::Str(_) => "a string literal",
        Lit::ByteStr(_) => "a byte string literal",
        Lit::CStr(_) => "a C string literal",
        Lit::Byte(_) => "a byte literal",
        Lit::Char(_) => "a character literal",
        Lit::Int(_) => "an integer literal",
        Lit::Float(_) => "a float literal",
        Lit::Bool(_) => "a boolean literal",
        _ => "a literal",
    };
    format!("{kind} `{}`", lit.to_token_stream())
}

/// Whether a literal comes next; if not, reports `message` at what comes instead (or where the
/// value is missing) and skips it, so that parsing goes on with the next key.
fn expect_literal(input: ParseStream, message: &str, cx: &mut Ctxt) -> syn::Result<bool> {
    if input.peek(Lit) {
        return Ok(true);
    }
    match input.fork().parse::<proc_macro2::TokenTree>() {
        Ok(found) => cx.error_spanned_by(found, message),
        Err(_) => cx.error_at(input.span(), message),
    }
    skip_to_comma(input)?;
    Ok(false)
}

/// `= "text"`; anything else is recorded and gives `None`.
fn string_value(meta: &ParseNestedMeta, cx: &mut Ctxt) -> syn::Result<Option<LitStr>> {
    let key = meta.path.get_ident().map(ToString::to_string).unwrap_or_default();
    if !meta.input.peek(Token![=]) {
        cx.error_spanned_by(&meta.path, format!("`{key}` needs a value: `{key} = \"...\"`"));
        skip_value(meta)?;
        return Ok(None);
    }
    let input = meta.value()?;
    if !expect_literal(input, &format!("`{key}` expects a string literal"), cx)? {
        return Ok(None);
    }
    match input.parse::<Lit>()? {
        Lit::Str(lit) => Ok(Some(lit)),
        other => {
            cx.error_spanned_by(&other, format!("`{key}` expects a string literal, found {}", describe(&other)));
            Ok(None)
        }
    }
}

/// Reads a code: a string literal (API 3.0) or an integer literal with an optional minus
/// (legacy). Problems with the literal are recorded and give `Ok(None)`; only broken token
/// structure is an `Err`. Shared by `#[tencent(code = ...)]` and `tc_code!`.
pub fn parse_code_value(input: ParseStream, cx: &mut Ctxt) -> syn::Result<Option<CodeAttr>> {
    let minus: Option<Token![-]> = input.parse()?;
    let message = "expected an error code: a string literal such as `\"AuthFailure.SignatureFailure\"` \
                   or an integer literal such as `4100`";
    if !expect_literal(input, message, cx)? {
        return Ok(None);
    }
    let lit: Lit = input.parse()?;
    let tokens = quote::quote!(#minus #lit);
    let value = match &lit {
        Lit::Int(int) => {
            if !matches!(int.suffix(), "" | "i32") {
                cx.error_spanned_by(&tokens, format!("legacy codes are `i32`; drop the suffix `{}`", int.suffix()));
                return Ok(None);
            }
            let magnitude: i64 = match int.base10_parse() {
                Ok(n) => n,
                Err(_) => {
                    cx.error_spanned_by(&tokens, "this integer does not fit a legacy code (`i32`)");
                    return Ok(None);
                }
            };
            match i32::try_from(if minus.is_some() { -magnitude } else { magnitude }) {
                Ok(n) => CodeValue::Legacy(n),
                Err(_) => {
                    cx.error_spanned_by(&tokens, "this integer does not fit a legacy code (`i32`)");
                    return Ok(None);
                }
            }
        }
        Lit::Str(text) if minus.is_none() => {
            let text = text.value();
            match Code::parse(&text) {
                Code::Legacy(n) => {
                    cx.error_spanned_by(
                        &tokens,
                        format!("legacy codes are integers, not strings: write `{n}` without the quotes"),
                    );
                    return Ok(None);
                }
                Code::Api3(_) if text.trim() != text || text.is_empty() => {
                    cx.error_spanned_by(&tokens, "an error code cannot be empty or start or end with whitespace");
                    return Ok(None);
                }
                Code::Api3(_) => CodeValue::Api3(text),
                Code::Cos(_) => unreachable!("Code::parse never gives a COS code"),
            }
        }
        Lit::Str(_) => {
            cx.error_spanned_by(&tokens, "a minus sign goes only before an integer code such as `-514`");
            return Ok(None);
        }
        other => {
            cx.error_spanned_by(
                &tokens,
                format!("expected a string or integer literal for an error code, found {}", describe(other)),
            );
            return Ok(None);
        }
    };
    Ok(Some(CodeAttr { value, tokens }))
}

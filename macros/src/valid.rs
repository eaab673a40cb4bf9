//! The derive's rules: every code known and in scope, no code on two variants, one catch-all
//! at most, each variant with a shape its rule can use. Every problem is recorded in the
//! context; what passes is resolved against the catalog for the generator.

use syn::Ident;
use tencent_errors_core::__private::{has_prefix, has_suffix};
use tencent_errors_core::{Entry, Family, Lang, Retry};

use crate::ast::{Input, Variant};
use crate::attr::CodeValue;
use crate::codes::{self, Scope, Site};
use crate::ctxt::Ctxt;
use crate::fmt::{self, DisplayFmt};

/// A code of a variant, checked against the catalog.
pub struct Resolved {
    pub value: CodeValue,
    /// The catalog's entry for the code in the declared scope; `None` for an `unlisted`
    /// code the catalog does not have there, which displays without catalog text.
    pub entry: Option<Entry>,
}

impl Resolved {
    /// A Cloud Monitor module code, which also matches the `(-514)` an API 2.0 message carries.
    pub fn is_module_code(&self) -> bool {
        self.entry.is_some_and(|entry| entry.family() == Family::Module)
    }
}

/// What one variant matches and how it displays, after checking.
pub struct Rules {
    pub codes: Vec<Resolved>,
    pub prefixes: Vec<String>,
    pub suffixes: Vec<String>,
    pub other: bool,
    pub display: Option<DisplayFmt>,
    /// `retry = "..."`: the class `retry()` reports, whatever the code's.
    pub retry: Option<Retry>,
}

impl Rules {
    /// The first listed code: what `code()` returns and whose catalog text is shown.
    pub fn primary(&self) -> Option<&Resolved> {
        self.codes.first()
    }
}

/// Checks `input`, recording every problem; the result is only meaningful without errors.
pub fn check(input: &Input, cx: &mut Ctxt) -> (Vec<Rules>, Lang) {
    let scope = codes::scope(&input.attrs.products, &input.attrs.actions, Site::Derive, cx);
    let lang = input.attrs.lang.as_ref().map_or(Lang::En, |(lang, _)| *lang);
    // What earlier variants took, searched in order: an enum has a few hundred codes at most,
    // and a hash map's code would be compiled into this crate, in every user's build.
    let mut seen_codes: Vec<(CodeValue, &Ident)> = Vec::new();
    let mut seen_prefixes: Vec<(String, &Ident)> = Vec::new();
    let mut seen_suffixes: Vec<(String, &Ident)> = Vec::new();
    let mut first_other: Option<&Ident> = None;
    let mut all_rules = Vec::with_capacity(input.variants.len());
    for variant in &input.variants {
        let mut rules = Rules {
            codes: Vec::new(),
            prefixes: Vec::new(),
            suffixes: Vec::new(),
            other: false,
            display: None,
            retry: variant.attrs.retry.as_ref().map(|(class, _)| *class),
        };
        // Under `unlisted`, a listed code is moved away rather than the marker removed when
        // the variant's other codes need the marker.
        let unlisted_fix = if variant.attrs.unlisted.is_none()
            || variant.attrs.codes.iter().all(|code| scope.is_listed(scope.interpret(code.value.as_code())))
        {
            "remove `unlisted`"
        } else {
            "move it to a variant without `unlisted`"
        };
        for code in &variant.attrs.codes {
            let value = CodeValue::from(scope.interpret(code.value.as_code()));
            match seen_codes.iter().find(|(seen, _)| *seen == value).map(|&(_, first)| first) {
                Some(first) if first == variant.name => {
                    cx.error_spanned_by(
                        &code.tokens,
                        format!("code `{}` is listed twice on `{first}`", code.value.as_code()),
                    );
                    continue;
                }
                Some(first) => {
                    cx.error_spanned_by(
                        &code.tokens,
                        format!(
                            "code `{}` collides with the same code attributed to a previous variant `{first}`",
                            code.value.as_code()
                        ),
                    );
                    continue;
                }
                None => {
                    seen_codes.push((value.clone(), variant.name));
                }
            }
            let checked = match variant.attrs.unlisted {
                Some(_) => scope.check_unlisted(value.as_code(), unlisted_fix),
                None => scope
                    .resolve(value.as_code())
                    .and_then(|entry| scope.check_in_actions(value.as_code(), entry).map(|()| Some(entry))),
            };
            match checked {
                Ok(entry) => rules.codes.push(Resolved { value, entry }),
                Err(message) => cx.error_spanned_by(&code.tokens, message),
            }
        }
        for lit in &variant.attrs.prefixes {
            if let Some(prefix) =
                check_matcher(lit, "prefix", &mut seen_prefixes, variant, |p| scope.check_prefix(p), cx)
            {
                rules.prefixes.push(prefix);
            }
        }
        for lit in &variant.attrs.suffixes {
            if let Some(suffix) =
                check_matcher(lit, "suffix", &mut seen_suffixes, variant, |s| scope.check_suffix(s), cx)
            {
                rules.suffixes.push(suffix);
            }
        }
        if let Some(other) = &variant.attrs.other {
            rules.other = true;
            check_other(variant, other, &mut first_other, cx);
        }
        // Not a let chain: the library crates build with Rust 1.85.
        if let Some(unlisted) =
            variant.attrs.unlisted.as_ref().filter(|_| variant.attrs.codes.is_empty() && !variant.attrs.had_errors)
        {
            cx.error_spanned_by(
                unlisted,
                "`unlisted` marks the variant's `code`s as ones the catalog does not list here, but it has no \
                 `code`; a `prefix` or `suffix` must match catalogued codes",
            );
        }
        check_rule_and_shape(variant, cx);
        if let Some(lit) = &variant.attrs.display {
            match fmt::parse(lit, &variant.fields, &variant.name.to_string()) {
                Ok(display) => rules.display = Some(display),
                Err(message) => cx.error_spanned_by(lit, message),
            }
        }
        all_rules.push(rules);
    }
    if let Some(exhaustive) = &input.attrs.exhaustive {
        check_exhaustive(exhaustive, &scope, &all_rules, cx);
    }
    (all_rules, lang)
}

/// A `prefix` or `suffix` (`key`) of `variant`: given to no earlier variant and matching codes
/// in scope by `check`. `None` (with the problem recorded) otherwise.
fn check_matcher<'a>(
    lit: &syn::LitStr,
    key: &str,
    seen: &mut Vec<(String, &'a Ident)>,
    variant: &Variant<'a>,
    check: impl Fn(&str) -> Result<(), String>,
    cx: &mut Ctxt,
) -> Option<String> {
    let text = lit.value();
    if let Some(&(_, first)) = seen.iter().find(|(seen, _)| *seen == text) {
        cx.error_spanned_by(
            lit,
            format!("{key} `{text}` collides with the same {key} attributed to a previous variant `{first}`"),
        );
        return None;
    }
    seen.push((text.clone(), variant.name));
    match check(&text) {
        Ok(()) => Some(text),
        Err(message) => {
            cx.error_spanned_by(lit, message);
            None
        }
    }
}

/// `exhaustive`: every code the declared actions document has a variant, exact or by prefix
/// (a catch-all does not count: it is what `exhaustive` is there to avoid relying on).
fn check_exhaustive(exhaustive: &syn::Path, scope: &Scope, rules: &[Rules], cx: &mut Ctxt) {
    if !scope.declares_actions() {
        cx.error_spanned_by(
            exhaustive,
            "`exhaustive` checks the codes of the declared actions: add `action = \"...\"`",
        );
        return;
    }
    if !scope.checks_actions() {
        return;
    }
    let covered = |entry: &Entry| {
        let code = entry.code();
        rules.iter().any(|rules| {
            rules.codes.iter().any(|resolved| resolved.value.as_code() == code)
                || code.as_api3().is_some_and(|text| {
                    rules.prefixes.iter().any(|prefix| has_prefix(text, prefix))
                        || rules.suffixes.iter().any(|suffix| has_suffix(text, suffix))
                })
        })
    };
    let missing: Vec<Entry> = scope.action_entries().into_iter().filter(|entry| !covered(entry)).collect();
    if missing.is_empty() {
        return;
    }
    let listed: Vec<String> = missing.iter().take(40).map(|entry| format!("`{}`", entry.code())).collect();
    let more = missing.len().saturating_sub(listed.len());
    let more = if more > 0 { format!(" and {more} more") } else { String::new() };
    cx.error_spanned_by(
        exhaustive,
        format!(
            "`exhaustive`: {} documented code{} of {} {} no variant: {}{more}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            scope.describe_actions(),
            if missing.len() == 1 { "has" } else { "have" },
            listed.join(", "),
        ),
    );
}

fn check_other<'a>(variant: &Variant<'a>, other: &syn::Path, first_other: &mut Option<&'a Ident>, cx: &mut Ctxt) {
    if let Some(first) = first_other {
        cx.error_spanned_by(
            other,
            format!("only one variant can be `other`: `{first}` already catches every other code"),
        );
    } else {
        *first_other = Some(variant.name);
    }
    if !variant.attrs.codes.is_empty() || !variant.attrs.prefixes.is_empty() || !variant.attrs.suffixes.is_empty() {
        cx.error_spanned_by(
            other,
            "an `other` variant catches every code no other variant matches; it takes no `code`, `prefix` or `suffix`",
        );
    }
    if variant.fields.carrier.is_none() {
        cx.error_spanned_by(
            variant.name,
            format!(
                "the `other` variant `{}` must hold exactly one `ApiError` field, to keep the error it catches",
                variant.name
            ),
        );
    }
}

fn check_rule_and_shape(variant: &Variant, cx: &mut Ctxt) {
    let attrs = &variant.attrs;
    let by_pattern = !attrs.prefixes.is_empty() || !attrs.suffixes.is_empty();
    if attrs.codes.is_empty() && !by_pattern && attrs.other.is_none() {
        if attrs.had_errors {
            return;
        }
        let what = if variant.ident.is_some() { "variant" } else { "struct" };
        cx.error_spanned_by(
            variant.name,
            format!(
                "{what} `{}` has no error code: add `#[tencent(code = \"...\")]`, `#[tencent(prefix = \"...\")]` \
                 or `#[tencent(other)]`",
                variant.name
            ),
        );
    } else if attrs.codes.is_empty() && by_pattern && variant.fields.carrier.is_none() {
        let key = if attrs.prefixes.is_empty() { "suffix" } else { "prefix" };
        cx.error_spanned_by(
            variant.name,
            format!(
                "`{}` matches by `{key}`, so its code is known only at run time: it must hold an `ApiError` field",
                variant.name
            ),
        );
    }
}

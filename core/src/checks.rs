//! What `#[derive(TencentError)]` and `tc_code!` check codes, products, actions, prefixes and
//! suffixes against, with the "did you mean" messages they report. Not public API: the macros
//! reach it through `__private::checks`, and it may change in any release.
//!
//! Why it is here and not in `tencent-errors-macros`: every build that uses the derive
//! compiles the proc-macro after syn, on its critical path, while this crate compiles beside
//! syn; the checks are catalog knowledge, pure text in and text out, so the proc-macro keeps
//! only parsing, spans and code generation (`docs/perf.md` has the build times). The macros
//! span each message on what the user wrote.
//!
//! Every function is `#[inline]`: then this crate only type-checks and borrow-checks them, and
//! they are compiled to machine code where they are called, in the proc-macro, whose profile
//! has no debug information; this crate's own build has it, and is in every user's build
//! whether or not it uses the derive.

use alloc::borrow::ToOwned;
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec;
use alloc::vec::Vec;

use crate::__private::{has_prefix, has_suffix, osa_distance};
use crate::catalog::{self, Action};
use crate::{Code, Entry, Family, Lang};

/// How many suggestions an error lists.
const SUGGESTIONS: usize = 3;
/// How much of a catalog message a suggestion quotes.
const QUOTED_CHARS: usize = 60;

/// Which macro is asking, for the wording of the fix an error proposes.
#[derive(Clone, Copy, Debug)]
pub enum Site {
    /// `#[derive(TencentError)]` (and `action_error!`, which derives).
    Derive,
    /// `tc_code!`.
    TcCode,
}

/// What a problem [`Scope::new`] found is about: the declared product or action at this
/// position, for the macro to span the message on.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Declared {
    /// The product at this position of the `products` given.
    Product(usize),
    /// The action at this position of the `actions` given.
    Action(usize),
}

/// The product whose codes are COS's XML error codes rather than API 3.0 codes.
const COS: &str = "cos";

/// Whether the declared products make a COS scope (`product = "cos"`): the one rule, shared
/// by the checks and the generated matching.
#[inline]
pub fn is_cos_scope(products: &[String]) -> bool {
    products.iter().any(|product| product == COS)
}

/// The codes a type or a `tc_code!` accepts: the legacy codes, the API 3.0 common codes and
/// the business codes of the declared products; with declared actions, only the common codes
/// and those the actions document. With `product = "cos"`, COS's codes only: its XML bodies
/// carry no API 3.0 or legacy code, and COS has no API 3.0 actions.
pub struct Scope {
    products: Vec<String>,
    /// `product = "cos"`: string codes are COS codes.
    cos: bool,
    actions: Vec<Action>,
    /// A declared action was unknown or had no product: reported once, then actions are not
    /// checked against.
    actions_lenient: bool,
    /// A declared product was unknown: that error is reported, and codes are then only
    /// checked for existence so that one typo does not turn every code red.
    lenient: bool,
    site: Site,
}

impl Scope {
    /// Checks each declared product and action; the problems (an unknown one, with a
    /// suggestion) come with what they are about.
    #[inline]
    pub fn new(products: &[String], actions: &[String], site: Site) -> (Scope, Vec<(Declared, String)>) {
        let mut problems = Vec::new();
        let mut scope = Scope {
            products: Vec::new(),
            cos: is_cos_scope(products),
            actions: Vec::new(),
            actions_lenient: false,
            lenient: false,
            site,
        };
        for (i, name) in products.iter().enumerate().filter(|(_, name)| scope.cos && *name != COS) {
            // Reported on each other product, so that the user sees which to move.
            scope.lenient = true;
            problems.push((
                Declared::Product(i),
                format!(
                    "`product = \"cos\"` declares COS's XML error codes, which are matched apart from API 3.0 \
                     codes (COS `InternalError` is not API 3.0 `InternalError`); a type takes the codes of COS \
                     or of API 3.0 products, not both: give the codes of `{name}` a type of their own"
                ),
            ));
        }
        for (i, name) in products.iter().enumerate() {
            if catalog::is_product(name) {
                if !scope.products.contains(name) {
                    scope.products.push(name.clone());
                }
            } else {
                scope.lenient = true;
                let mut message = format!("unknown Tencent Cloud product `{name}`");
                if let Some(close) = catalog::suggest_products(name, 1).first() {
                    message.push_str(&format!("; did you mean `{close}`?"));
                }
                problems.push((Declared::Product(i), message));
            }
        }
        for (i, name) in actions.iter().enumerate() {
            match scope.find_action(name) {
                Ok(action) if !scope.actions.contains(&action) => scope.actions.push(action),
                Ok(_) => {}
                Err(message) => {
                    scope.actions_lenient = true;
                    if let Some(message) = message {
                        problems.push((Declared::Action(i), message));
                    }
                }
            }
        }
        (scope, problems)
    }

    /// The declared products' action `name`; `Err(None)` when a product problem was already
    /// reported.
    #[inline]
    fn find_action(&self, name: &str) -> Result<Action, Option<String>> {
        if self.products.is_empty() {
            return Err((!self.lenient).then(|| {
                format!("action `{name}` belongs to a product: add `{}` to say which", self.product_fix("..."))
            }));
        }
        if let Some(action) = self.products.iter().find_map(|p| catalog::action(p, name)) {
            return Ok(action);
        }
        let products = list(self.products.iter().map(|p| format!("`{p}`")), 5);
        let mut message = format!("unknown action `{name}` of {products}");
        let close: Vec<String> = self
            .products
            .iter()
            .flat_map(|p| catalog::suggest_actions(p, name, SUGGESTIONS))
            .take(SUGGESTIONS)
            .map(|a| format!("`{}`", a.name()))
            .collect();
        if !close.is_empty() {
            message.push_str(&format!("; did you mean {}?", list(close.into_iter(), SUGGESTIONS)));
        }
        Err(Some(message))
    }

    /// How the user declares `product`, in the syntax of the macro at hand.
    #[inline]
    fn product_fix(&self, product: &str) -> String {
        match self.site {
            Site::Derive => format!("#[tencent(product = \"{product}\")]"),
            Site::TcCode => format!("product = \"{product}\""),
        }
    }

    /// The declared actions, all found (empty when none was declared or one was unknown).
    #[inline]
    pub fn actions(&self) -> &[Action] {
        if self.actions_lenient { &[] } else { &self.actions }
    }

    /// Whether actions were declared and all found, so codes are checked against them.
    #[inline]
    pub fn checks_actions(&self) -> bool {
        !self.actions().is_empty()
    }

    /// Whether an action was declared at all (found or not).
    #[inline]
    pub fn declares_actions(&self) -> bool {
        !self.actions.is_empty() || self.actions_lenient
    }

    /// Every code the declared actions document, in code order, once each.
    #[inline]
    pub fn action_entries(&self) -> Vec<Entry> {
        // Each action's entries are in catalog order (by code, the common entry first among
        // one code's): merged, not sorted (see `smallest`).
        let mut lists: Vec<_> = self.actions.iter().map(|action| action.codes().peekable()).collect();
        let mut entries: Vec<Entry> = Vec::new();
        while let Some(next) = lists.iter_mut().filter_map(|list| list.peek().copied()).min() {
            for list in &mut lists {
                if list.peek() == Some(&next) {
                    list.next();
                }
            }
            if entries.last().map(|last| last.code()) != Some(next.code()) {
                entries.push(next);
            }
        }
        entries
    }

    /// "action `DescribeMediaInfos` of `vod`", "actions `A` or `B` of `vod`".
    #[inline]
    pub fn describe_actions(&self) -> String {
        let names = list(self.actions.iter().map(|a| format!("`{}`", a.name())), 5);
        let mut products: Vec<&str> = self.actions.iter().map(Action::product).collect();
        products.dedup();
        let products = list(products.iter().map(|p| format!("`{p}`")), 5);
        let noun = if self.actions.len() == 1 { "action" } else { "actions" };
        format!("{noun} {names} of {products}")
    }

    /// Checks that a resolved code is one the declared actions document, or a common code
    /// (which any action may return).
    #[inline]
    pub fn check_in_actions(&self, code: Code<'_>, entry: Entry) -> Result<(), String> {
        if !self.checks_actions() || is_shared(entry) {
            return Ok(());
        }
        if self.actions.iter().any(|action| action.contains(code)) {
            return Ok(());
        }
        let documented = self.action_entries();
        let mut message = format!("`{code}` is not among the codes {} may return", self.describe_actions());
        let text = code.to_string().to_ascii_lowercase();
        let limit = (text.len() / 5).max(2);
        let close = documented
            .iter()
            .map(|e| (osa_distance(&e.code().to_string().to_ascii_lowercase(), &text), e.code()))
            .filter(|&(distance, _)| distance <= limit)
            .min();
        match close {
            Some((_, best)) => message.push_str(&format!("; did you mean `{best}`?")),
            None => message.push('.'),
        }
        message.push_str(&format!(
            " It documents {} codes: {}",
            documented.len(),
            list_all(documented.iter().map(|e| format!("`{}`", e.code())), 12)
        ));
        Err(self.with_unlisted_hint(message))
    }

    /// `message` with the last sentence of every error that rejects a code for its scope or
    /// as unknown: how to say that Tencent returns it all the same.
    #[inline]
    fn with_unlisted_hint(&self, mut message: String) -> String {
        message.push_str(if message.ends_with('?') { " " } else { ". " });
        match self.site {
            Site::Derive => {
                message.push_str("If Tencent returns it anyway, mark the variant `#[tencent(code = ..., unlisted)]`")
            }
            Site::TcCode => {
                // The invocation to write, with the scope it declared (dropping it would turn
                // the code into another kind or scope).
                let mut args = String::new();
                for product in &self.products {
                    args.push_str(&format!(", product = \"{product}\""));
                }
                for action in &self.actions {
                    args.push_str(&format!(", action = \"{}\"", action.name()));
                }
                message.push_str(&format!(
                    "If Tencent returns it anyway, add `unlisted`: `tc_code!(\"...\"{args}, unlisted)`"
                ));
            }
        }
        message
    }

    /// Whether the catalog lists `code` for this scope: known, of a declared product (or
    /// common, or legacy) and, with declared actions, documented by one of them (or common).
    /// `false` when a declared product or action was unknown, since the scope is then unsure.
    #[inline]
    pub fn is_listed(&self, code: Code<'_>) -> bool {
        !self.lenient
            && !self.actions_lenient
            && self.resolve(code).and_then(|entry| self.check_in_actions(code, entry)).is_ok()
    }

    /// Checks a code marked `unlisted`: well formed, and not one the catalog lists for this
    /// scope (nor one differing from such a code only in case); `fix` is how to drop the
    /// marker. Gives the entry the code has in the declared products (a code outside the
    /// declared actions' lists), or `None` for a code the catalog does not have here.
    #[inline]
    pub fn check_unlisted(&self, code: Code<'_>, fix: &str) -> Result<Option<Entry>, String> {
        if self.is_listed(code) {
            let listed = self.resolve(code)?;
            return Err(format!("`{code}` is {}: {fix}", self.why_listed(listed)));
        }
        if let Code::Api3(text) | Code::Cos(text) = code {
            let same_but_case = catalog::iter()
                .filter_map(|entry| self.text_of(entry))
                .filter(|&other| other != text && other.eq_ignore_ascii_case(text))
                .find(|&other| self.is_listed(self.interpret(Code::Api3(other))));
            if let Some(other) = same_but_case {
                let listed = self.resolve(self.interpret(Code::Api3(other)))?;
                return Err(format!(
                    "`{text}` differs only in case from `{other}` ({}); Tencent's codes are case-sensitive: \
                     write `{other}` and remove `unlisted`",
                    self.why_listed(listed)
                ));
            }
        }
        check_well_formed(code)?;
        Ok(if self.lenient { None } else { self.resolve(code).ok() })
    }

    /// Why a code is listed for this scope, to follow "`X` is": "documented by `vod`".
    #[inline]
    fn why_listed(&self, entry: Entry) -> String {
        if entry.family() == Family::Cos {
            return "a code of COS's error-code page".to_owned();
        }
        if entry.family().is_legacy() {
            return "a documented legacy (API 2.0) code".to_owned();
        }
        if is_shared(entry) {
            return "a common code, which every product and action may return".to_owned();
        }
        if self.checks_actions() {
            return format!("documented by {}", self.describe_actions());
        }
        format!("documented by `{}`", entry.product().unwrap_or("..."))
    }

    /// A code as this scope reads it: a string is a COS code in a COS scope, an API 3.0 code
    /// elsewhere.
    #[inline]
    pub fn interpret<'a>(&self, code: Code<'a>) -> Code<'a> {
        match code {
            Code::Api3(text) if self.cos => Code::Cos(text),
            other => other,
        }
    }

    /// The entry `code` stands for in this scope: the declared product's own entry first,
    /// then the common one. The error message says what is wrong and proposes a fix.
    #[inline]
    pub fn resolve(&self, code: Code<'_>) -> Result<Entry, String> {
        if self.cos {
            return self.resolve_cos(code);
        }
        if let Some(cos) = code.as_api3().filter(|text| catalog::lookup_all(Code::Api3(text)).next().is_none()) {
            // Not an API 3.0 code: maybe the user is naming a COS one outside a COS scope.
            if catalog::lookup(Code::Cos(cos)).is_some() {
                return Err(format!(
                    "`{cos}` is a COS (Cloud Object Storage) code, not an API 3.0 one: product `cos` defines it, \
                     for COS's XML error bodies; to accept it, add `{}`",
                    self.product_fix(COS)
                ));
            }
        }
        let all: Vec<Entry> = catalog::lookup_all(code).collect();
        let Some(&first) = all.first() else {
            return Err(self.with_unlisted_hint(unknown_code(code, false)));
        };
        if first.family().is_legacy() || self.lenient {
            return Ok(first);
        }
        let own = self.products.iter().find_map(|p| all.iter().find(|e| e.product() == Some(p.as_str())));
        let common = all.iter().find(|&&e| is_shared(e));
        if let Some(&entry) = own.or(common) {
            return Ok(entry);
        }
        let owners: Vec<&str> = all.iter().filter_map(|e| e.product()).collect();
        Err(self.out_of_scope(code, &owners))
    }

    /// `resolve` in a COS scope: a COS code of the catalog, or an error that says why not.
    #[inline]
    fn resolve_cos(&self, code: Code<'_>) -> Result<Entry, String> {
        let text = match code {
            Code::Legacy(n) => {
                return Err(format!(
                    "`{n}` is a legacy (API 2.0) code, but `product = \"cos\"` declares COS's XML error codes, \
                     words such as `NoSuchBucket`"
                ));
            }
            Code::Api3(text) | Code::Cos(text) => text,
        };
        if let Some(entry) = catalog::lookup(Code::Cos(text)) {
            return Ok(entry);
        }
        if let Some(api3) = catalog::lookup(Code::Api3(text)) {
            let what = match api3.product() {
                Some(product) if !api3.family().is_legacy() => format!("an API 3.0 code of product `{product}`"),
                _ => format!("an API 3.0 {} code", api3.family()),
            };
            // No `unlisted` hint: a dotted code is no COS code, listed or not.
            return Err(format!(
                "`{text}` is {what}, not a COS code: COS's XML error bodies never carry it, and \
                 `product = \"cos\"` declares COS's codes only"
            ));
        }
        Err(self.with_unlisted_hint(unknown_code(Code::Cos(text), true)))
    }

    #[inline]
    fn out_of_scope(&self, code: Code<'_>, owners: &[&str]) -> String {
        let defined_by = match owners {
            [one] => format!("product `{one}`"),
            _ => format!("products {}", list(owners.iter().map(|p| format!("`{p}`")), 5)),
        };
        let declared = match self.products.as_slice() {
            [] => "not a common code".to_owned(),
            [one] => format!("neither a common code nor a code of product `{one}`"),
            many => format!(
                "neither a common code nor a code of products {}",
                list(many.iter().map(|p| format!("`{p}`")), 5)
            ),
        };
        let fix = self.product_fix(owners.first().copied().unwrap_or("..."));
        self.with_unlisted_hint(format!(
            "`{code}` is {declared}: it is defined by {defined_by}; to accept it, add `{fix}`"
        ))
    }

    /// Checks that some code in scope is `prefix` or starts with `prefix.`.
    #[inline]
    pub fn check_prefix(&self, prefix: &str) -> Result<(), String> {
        if prefix.is_empty() {
            return Err("an empty prefix would match every code: use `#[tencent(other)]` for a catch-all".into());
        }
        if self.cos {
            return self.check_cos_prefix(prefix);
        }
        if let Code::Legacy(n) = Code::parse(prefix) {
            return Err(format!("prefixes apply to API 3.0 codes only; for the legacy code write `code = {n}`"));
        }
        if let Some(trimmed) = prefix.strip_suffix('.') {
            return Err(format!(
                "write the prefix without the trailing `.`: `prefix = \"{trimmed}\"` matches `{trimmed}` and every `{trimmed}.*` code"
            ));
        }
        let matching =
            || catalog::iter().filter(move |e| e.code().as_api3().is_some_and(|code| has_prefix(code, prefix)));
        if matching().any(|e| self.lenient || self.in_scope(e)) {
            return Ok(());
        }
        let cos_match = cos_codes().any(|code| code.starts_with(prefix));
        // Then "no Tencent Cloud error code" would deny the COS codes the hint names.
        let noun = if cos_match { "API 3.0 error code" } else { "Tencent Cloud error code" };
        let close = self.close_prefixes(prefix);
        let mut message = self.matches_nothing(matching(), &format!("starts with prefix `{prefix}`"), &close, noun);
        if cos_match {
            message.push_str(if message.ends_with('?') { " " } else { ". " });
            message.push_str(&format!(
                "COS codes start with `{prefix}`: to match COS's XML error codes instead, add `{}`",
                self.product_fix(COS)
            ));
        }
        Err(message)
    }

    /// `check_prefix` in a COS scope: COS codes are one word, so a prefix is the start of one
    /// (`NoSuch` matches `NoSuchBucket` and `NoSuchKey`).
    #[inline]
    fn check_cos_prefix(&self, prefix: &str) -> Result<(), String> {
        if prefix.contains('.') {
            return Err(format!("COS codes have no `.`, so no COS code starts with prefix `{prefix}`"));
        }
        if cos_codes().any(|code| code.starts_with(prefix)) {
            return Ok(());
        }
        // The starts of COS codes at a word (`No`, `NoSuch`, `NoSuchBucket`) close to `prefix`.
        let lower = prefix.to_ascii_lowercase();
        let mut ranked: Vec<(usize, usize, &str)> = Vec::new();
        for code in cos_codes() {
            // A word starts at an upper-case letter after a lower-case one (`CORS` is one word).
            let bytes = code.as_bytes();
            let ends = (1..bytes.len()).filter(|&i| bytes[i].is_ascii_uppercase() && bytes[i - 1].is_ascii_lowercase());
            for end in ends.chain([code.len()]) {
                let candidate = &code[..end];
                if let Some(rank) = prefix_rank(candidate, &lower) {
                    ranked.push((rank, candidate.len(), candidate));
                }
            }
        }
        let close: Vec<String> = smallest(ranked, 3).into_iter().map(|(_, _, c)| format!("`{c}`")).collect();
        let mut message = format!("no COS error code starts with prefix `{prefix}`");
        if !close.is_empty() {
            message.push_str(&format!("; did you mean {}?", list(close.into_iter(), 3)));
        }
        Err(message)
    }

    /// Checks that some code in scope has a last segment ending with `suffix`.
    #[inline]
    pub fn check_suffix(&self, suffix: &str) -> Result<(), String> {
        if suffix.is_empty() {
            return Err("an empty suffix would match every code: use `#[tencent(other)]` for a catch-all".into());
        }
        if let Some((_, last)) = suffix.rsplit_once('.') {
            return Err(format!(
                "a suffix is matched against the last segment of a code, so it has no `.`: `suffix = \"{last}\"`"
            ));
        }
        if let Some(bad) = suffix.chars().find(|&c| !is_code_char(c)) {
            return Err(format!(
                "a suffix is made of ASCII letters, digits and `_`, like the codes it matches; `{bad}` is none of them"
            ));
        }
        // A COS code is one segment, so `has_suffix` reads it whole.
        let matching =
            || catalog::iter().filter(move |&e| self.text_of(e).is_some_and(|code| has_suffix(code, suffix)));
        if matching().any(|e| self.lenient || self.in_scope(e)) {
            return Ok(());
        }
        let noun = if self.cos { "COS error code" } else { "Tencent Cloud error code" };
        Err(self.matches_nothing(
            matching(),
            &format!("ends with suffix `{suffix}`"),
            &self.close_suffixes(suffix),
            noun,
        ))
    }

    /// Why a `prefix` or `suffix` matches nothing in scope (`matching` are the entries it
    /// matches anywhere): other products' codes, or none at all and the `close` candidates.
    #[inline]
    fn matches_nothing(
        &self,
        matching: impl Iterator<Item = Entry>,
        matches: &str,
        close: &[String],
        noun: &str,
    ) -> String {
        // The products owning a match, in name order (the order of `catalog::products`).
        let products: Vec<&str> = catalog::products().collect();
        let mut owns = vec![false; products.len()];
        for product in matching.filter_map(Entry::product) {
            if let Ok(i) = products.binary_search(&product) {
                owns[i] = true;
            }
        }
        let owners: Vec<&str> = products.iter().zip(&owns).filter(|&(_, &owns)| owns).map(|(&p, _)| p).collect();
        if !owners.is_empty() {
            let scope = match self.products.as_slice() {
                [] => "no common code".to_owned(),
                some => format!("no common code nor code of {}", list(some.iter().map(|p| format!("`{p}`")), 5)),
            };
            let products = list(owners.iter().map(|p| format!("`{p}`")), 5);
            let fix = self.product_fix(owners[0]);
            return format!("{scope} {matches}; products {products} have such codes; to accept them, add `{fix}`");
        }
        let mut message = format!("no {noun} {matches}");
        if !close.is_empty() {
            message.push_str(&format!("; did you mean {}?", list(close.iter().map(|p| format!("`{p}`")), 3)));
        }
        message
    }

    /// Suffixes in scope close to `suffix`: the tails of codes' last segments that start a
    /// word (`NameInUse` and `InUse` of `GroupNameInUse`) and are within two edits of it,
    /// or equal to it but for case.
    #[inline]
    fn close_suffixes(&self, suffix: &str) -> Vec<String> {
        let lower = suffix.to_ascii_lowercase();
        let mut ranked: Vec<(usize, usize, &str)> = Vec::new();
        for entry in catalog::iter().filter(|&e| self.lenient || self.in_scope(e)) {
            let Some(code) = self.text_of(entry) else { continue };
            let last = code.rsplit('.').next().unwrap_or(code);
            let starts = last.char_indices().filter(|&(i, c)| i == 0 || c.is_ascii_uppercase()).map(|(i, _)| i);
            for start in starts {
                let candidate = &last[start..];
                // Both are ASCII, and the distance is at least the difference in length.
                if candidate.len().abs_diff(lower.len()) > 2 {
                    continue;
                }
                let rank = match osa_distance(&candidate.to_ascii_lowercase(), &lower) {
                    d @ 0..=2 => d,
                    _ => continue,
                };
                ranked.push((rank, candidate.len(), candidate));
            }
        }
        smallest(ranked, 3).into_iter().map(|(_, _, candidate)| candidate.to_owned()).collect()
    }

    /// Prefixes in scope close to `prefix`: whole leading segments of codes (`RequestLimitExceeded`
    /// of `RequestLimitExceeded.UinLimitExceeded`) that extend it or are within two edits of it.
    #[inline]
    fn close_prefixes(&self, prefix: &str) -> Vec<String> {
        let lower = prefix.to_ascii_lowercase();
        let mut ranked: Vec<(usize, usize, &str)> = Vec::new();
        // Entries are in code order, so a code's leading segments seen before are those of the
        // code just before it.
        let mut previous = "";
        for entry in catalog::iter().filter(|&e| self.lenient || self.in_scope(e)) {
            let Some(code) = entry.code().as_api3() else { continue };
            let before = core::mem::replace(&mut previous, code);
            let ends = code.match_indices('.').map(|(i, _)| i).chain([code.len()]);
            for end in ends {
                let candidate = &code[..end];
                if has_prefix(before, candidate) {
                    continue;
                }
                if let Some(rank) = prefix_rank(candidate, &lower) {
                    ranked.push((rank, candidate.len(), candidate));
                }
            }
        }
        smallest(ranked, 3).into_iter().map(|(_, _, candidate)| candidate.to_owned()).collect()
    }

    #[inline]
    fn in_scope(&self, entry: Entry) -> bool {
        if (entry.family() == Family::Cos) != self.cos {
            return false;
        }
        match entry.product() {
            None => true,
            Some(product) => self.products.iter().any(|p| p == product),
        }
    }

    /// The text of an entry's code if it is of this scope's kind: COS codes in a COS scope,
    /// API 3.0 codes elsewhere.
    #[inline]
    fn text_of(&self, entry: Entry) -> Option<&'static str> {
        if self.cos { entry.code().as_cos() } else { entry.code().as_api3() }
    }
}

/// Every COS code of the catalog.
#[inline]
fn cos_codes() -> impl Iterator<Item = &'static str> {
    catalog::iter().filter_map(|entry| entry.code().as_cos())
}

/// Whether `c` may appear in a segment of an API 3.0 code.
#[inline]
fn is_code_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// The one rule for the shape of a code the catalog need not know: an API 3.0 code is
/// non-empty dot-separated segments of ASCII letters, digits and `_`; a COS code is ASCII
/// letters and digits (one word, no dots); a legacy code is an integer, which the parser has
/// already made sure of.
#[inline]
pub fn check_well_formed(code: Code<'_>) -> Result<(), String> {
    let text = match code {
        Code::Legacy(_) => return Ok(()),
        Code::Api3(text) => text,
        Code::Cos(text) => {
            // The catalog's one code with spaces (`Request has expired`) is listed, so never here.
            return match text.chars().find(|c| !c.is_ascii_alphanumeric()) {
                Some(bad) => Err(format!(
                    "`{text}` is not a well-formed COS error code: `{bad}` is not allowed; a COS code is ASCII \
                     letters and digits, without dots (`NoSuchBucket`)"
                )),
                None => Ok(()),
            };
        }
    };
    let rule = "an error code is non-empty dot-separated segments of ASCII letters, digits and `_`";
    if text.split('.').any(str::is_empty) {
        return Err(format!("`{text}` is not a well-formed error code: it has an empty segment; {rule}"));
    }
    if let Some(bad) = text.chars().find(|&c| c != '.' && !is_code_char(c)) {
        return Err(format!("`{text}` is not a well-formed error code: `{bad}` is not allowed; {rule}"));
    }
    Ok(())
}

/// `unknown Tencent Cloud error code `X`; did you mean `Y` ("message")?`, suggesting only COS
/// codes when `cos` (a COS scope) and never a COS code otherwise: a code of the other kind
/// would be rejected all the same.
#[inline]
pub fn unknown_code(code: Code<'_>, cos: bool) -> String {
    let mut message = match cos {
        true => format!("unknown COS error code `{code}`"),
        false => format!("unknown Tencent Cloud error code `{code}`"),
    };
    let text = code.to_string();
    // `suggest` ranks every kind together: ask for all it finds (its search is the same
    // whatever the limit) and keep the kind this scope takes.
    let suggestions: Vec<Entry> = catalog::suggest(&text, usize::MAX)
        .into_iter()
        .filter(|entry| (entry.family() == Family::Cos) == cos)
        .take(SUGGESTIONS)
        .collect();
    if !suggestions.is_empty() {
        let items = suggestions.iter().map(|entry| {
            // Legacy codes need no product, so only API 3.0 business codes name theirs.
            let owner = match entry.product() {
                Some(p) if !entry.family().is_legacy() && !cos => format!(" in product `{p}`"),
                _ => String::new(),
            };
            match entry.message(Lang::En) {
                "" => format!("`{}`{owner}", entry.code()),
                text => format!("`{}`{owner} (\"{}\")", entry.code(), quote_message(text)),
            }
        });
        message.push_str(&format!("; did you mean {}?", list(items, SUGGESTIONS)));
    }
    message
}

#[inline]
fn quote_message(message: &str) -> String {
    let mut chars = message.chars();
    let head: String = chars.by_ref().take(QUOTED_CHARS).collect();
    if chars.next().is_some() { format!("{}...", head.trim_end()) } else { head }
}

/// `a`, `a and b`, `a, b and c`, `a, b, c and 4 more`: for lists of what there is.
#[inline]
fn list_all(items: impl Iterator<Item = String>, max: usize) -> String {
    join_words(items.collect(), max, "and")
}

/// Whether any product, and any of its actions, may return the entry's code: the API 3.0
/// common codes, and the codes Tencent's SDKs raise on the client side.
#[inline]
fn is_shared(entry: Entry) -> bool {
    matches!(entry.family(), Family::Common | Family::Client)
}

/// How close a candidate prefix is to a mistyped one (`lower`, lower-cased): 0 when it extends
/// it, else its edit distance when 1 or 2, ignoring case; `None` when farther.
#[inline]
fn prefix_rank(candidate: &str, lower: &str) -> Option<usize> {
    let candidate = candidate.to_ascii_lowercase();
    if candidate.starts_with(lower) {
        return Some(0);
    }
    Some(osa_distance(&candidate, lower)).filter(|distance| (1..=2).contains(distance))
}

/// The `n` smallest of `items`, in ascending order, each once: the best "did you mean"
/// candidates. Picked rather than sorted because each element type handed to a sort compiles
/// another copy of the standard library's sort into the proc-macro (where these `#[inline]`
/// checks are compiled), which every user of the derive builds.
#[inline]
fn smallest<T: Ord>(items: Vec<T>, n: usize) -> Vec<T> {
    let mut best: Vec<T> = Vec::with_capacity(n + 1);
    for item in items {
        if best.len() == n && best.last().is_some_and(|last| item >= *last) || best.contains(&item) {
            continue;
        }
        let at = best.iter().position(|kept| item < *kept).unwrap_or(best.len());
        best.insert(at, item);
        best.truncate(n);
    }
    best
}

/// `a`, `a or b`, `a, b or c`, `a, b, c and 4 more`: for lists of choices.
#[inline]
fn list(items: impl Iterator<Item = String>, max: usize) -> String {
    join_words(items.collect(), max, "or")
}

/// The one body of `list` and `list_all`, compiled once rather than per iterator type.
#[inline]
fn join_words(items: Vec<String>, max: usize, last: &str) -> String {
    match items.len() {
        0 => String::new(),
        1 => items[0].clone(),
        n if n <= max => format!("{} {last} {}", items[..n - 1].join(", "), items[n - 1]),
        n => format!("{} and {} more", items[..max].join(", "), n - max),
    }
}

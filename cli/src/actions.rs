//! `tcerr actions PRODUCT [ACTION]`: a product's API actions, or the error codes one action
//! may return, as text or JSON.

use std::io::{self, Write};

use serde_json::{Value, json};
use tencent_errors::catalog::{self, Action};
use tencent_errors::{Entry, Lang};

use crate::output::{self, Status, one_line};

/// How many "did you mean" actions an unknown action gets.
const SUGGESTIONS: usize = 3;

/// What to list.
pub struct Request<'a> {
    /// The product (service), as Tencent names it: `vod`.
    pub product: &'a str,
    /// The action whose codes to list; `None`: list the product's actions.
    pub action: Option<&'a str>,
    /// One JSON object per line instead of text.
    pub json: bool,
}

/// Lists `request.action`'s codes, or `request.product`'s actions, with texts in `lang`.
pub fn run(out: &mut dyn Write, request: &Request<'_>, lang: Lang) -> io::Result<Status> {
    let product = request.product;
    if !catalog::is_product(product) {
        output::unknown_product(product);
        return Ok(Status::Failure);
    }
    match request.action {
        Some(name) => match catalog::action(product, name) {
            Some(action) if request.json => write_codes_json(out, action),
            Some(action) => write_codes_plain(out, action, lang),
            None => {
                unknown_action(product, name);
                Ok(Status::NotFound)
            }
        },
        None if catalog::actions(product).len() == 0 => {
            output::diagnose(format_args!("tcerr: no action of product `{product}` documents error codes"));
            Ok(Status::NotFound)
        }
        None if request.json => write_actions_json(out, product),
        None => write_actions_plain(out, product),
    }
}

/// Writes a header line (`vod DescribeMediaInfos: 10 error codes`), then one indented, aligned
/// line per code (the code and its message in `lang`), then what the catalog knows of the
/// action itself: its API version, whether it only reads, takes a `ClientToken` or has a
/// documented rate limit, and its page in Tencent's API Explorer.
fn write_codes_plain(out: &mut dyn Write, action: Action, lang: Lang) -> io::Result<Status> {
    let count = action.codes().len();
    writeln!(out, "{} {}: {count} error {}", action.product(), action.name(), plural(count, "code", "codes"))?;
    let (width, _) = output::column_widths(action.codes());
    for entry in action.codes() {
        let code = entry.code().to_string();
        writeln!(out, "  {code:<width$}  {}", one_line(entry.message(lang)))?;
    }
    let mut traits = vec![if action.is_read_only() { "read-only" } else { "writes" }.to_owned()];
    traits.push(if action.takes_client_token() { "takes a ClientToken" } else { "no ClientToken" }.to_owned());
    if let Some(rate) = action.rate_limit_per_second() {
        traits.push(format!("rate limit {rate} requests a second"));
    }
    writeln!(out, "api version: {} ({})", action.api_version(), traits.join("; "))?;
    writeln!(out, "explorer: {}", action.doc_url())?;
    Ok(Status::Success)
}

/// Writes the action's codes as JSON Lines, one object per code; see [`code_json`].
fn write_codes_json(out: &mut dyn Write, action: Action) -> io::Result<Status> {
    output::write_json_lines(out, action.codes().map(code_json))
}

/// The JSON form of one of an action's codes, with exactly the keys `code` (a string; a
/// number for a legacy code, which no action lists today), `message_en` and `message_zh`:
/// the texts as the catalog stores them, `null` where a language is missing.
fn code_json(entry: Entry) -> Value {
    json!({
        "code": entry.code(),
        "message_en": entry.message_in(Lang::En),
        "message_zh": entry.message_in(Lang::Zh),
    })
}

/// Writes a header line (`vod: 250 actions documenting error codes`), then one aligned line
/// per action: its name and how many codes it may return.
fn write_actions_plain(out: &mut dyn Write, product: &str) -> io::Result<Status> {
    let actions = catalog::actions(product);
    let count = actions.len();
    writeln!(out, "{product}: {count} {} documenting error codes", plural(count, "action", "actions"))?;
    let width = actions.clone().map(|action| action.name().chars().count()).max().unwrap_or(0);
    for action in actions {
        let codes = action.codes().len();
        writeln!(out, "  {:<width$}  {codes:>3} {}", action.name(), plural(codes, "code", "codes"))?;
    }
    Ok(Status::Success)
}

/// Writes the product's actions as JSON Lines: `{"action": name, "codes": count}`.
fn write_actions_json(out: &mut dyn Write, product: &str) -> io::Result<Status> {
    let actions = catalog::actions(product);
    output::write_json_lines(
        out,
        actions.map(|action| json!({ "action": action.name(), "codes": action.codes().len() })),
    )
}

/// Tells the user on standard error that `product` has no action `name`, with the closest
/// action names.
fn unknown_action(product: &str, name: &str) {
    output::diagnose(format_args!("tcerr: product `{product}` has no action `{name}` documenting error codes"));
    let close = catalog::suggest_actions(product, name, SUGGESTIONS);
    if close.is_empty() {
        output::diagnose(format_args!("  `tcerr actions {product}` lists its actions"));
    } else {
        let close: Vec<String> = close.iter().map(|action| format!("`{}`", action.name())).collect();
        output::diagnose(format_args!("  did you mean {}?", close.join(" or ")));
    }
}

/// `one` or `many` after `count`.
fn plural(count: usize, one: &'static str, many: &'static str) -> &'static str {
    if count == 1 { one } else { many }
}

//! `tcerr explain FILE|-`: what a Tencent Cloud response body (API 3.0 or API 2.0 JSON, or
//! COS's XML) says, and what the catalog adds to it.

use std::io::{self, Read, Write};
use std::path::Path;

use tencent_errors::{ApiError, Code, Entry, Family, Lang, catalog};

use crate::output::{self, Status, one_line};

/// Reads the body in `file` (`-`: standard input) and explains it; catalog entries are
/// looked up in `product`'s catalog if given.
pub fn run(out: &mut dyn Write, file: &Path, product: Option<&str>, lang: Lang) -> io::Result<Status> {
    let body = match read_body(file) {
        Ok(body) => body,
        Err(err) => {
            let name = if is_stdin(file) { "standard input".to_owned() } else { format!("`{}`", file.display()) };
            output::diagnose(format_args!("tcerr: cannot read {name}: {err}"));
            return Ok(Status::Failure);
        }
    };
    match ApiError::from_body(&body) {
        Ok(Some(error)) => {
            write_error(out, &error, product, lang)?;
            Ok(Status::Success)
        }
        Ok(None) => {
            writeln!(out, "success: the body is a successful response, it carries no error")?;
            Ok(Status::Success)
        }
        Err(err) => {
            // The parse error's text already holds the line and column.
            output::diagnose(format_args!("tcerr: {err}"));
            Ok(Status::Failure)
        }
    }
}

/// Whether `file` names standard input.
fn is_stdin(file: &Path) -> bool {
    file.as_os_str() == "-"
}

/// The whole body, from the file or standard input.
fn read_body(file: &Path) -> io::Result<Vec<u8>> {
    if is_stdin(file) {
        let mut body = Vec::new();
        io::stdin().lock().read_to_end(&mut body)?;
        Ok(body)
    } else {
        std::fs::read(file)
    }
}

/// Writes the error's own fields, then what the catalog says about its code (and its module
/// code, for API 2.0 messages such as `(-514) Resource already exists`).
fn write_error(out: &mut dyn Write, error: &ApiError, product: Option<&str>, lang: Lang) -> io::Result<()> {
    let code = error.code();
    field(out, "code", &code.to_string())?;
    field(out, "message", &one_line(error.message()))?;
    if let Some(request_id) = error.request_id() {
        field(out, "request id", request_id)?;
    }
    if let Some(code_desc) = error.code_desc() {
        field(out, "code desc", code_desc)?;
    }
    // COS's XML bodies: the bucket or object, and COS's own trace id.
    if let Some(resource) = error.resource() {
        field(out, "resource", resource)?;
    }
    if let Some(trace_id) = error.trace_id() {
        field(out, "trace id", trace_id)?;
    }
    field(out, "catalog", &catalog_text(code, product, lang))?;
    if let Some(module) = error.module_code() {
        field(out, "module code", &module.to_string())?;
        field(out, "module catalog", &catalog_text(Code::Legacy(module), product, lang))?;
        if let Some(equivalent) = lookup(Code::Legacy(module), product, lang).and_then(Entry::api3_equivalent) {
            field(out, "API 3.0 code", equivalent)?;
        }
    }
    // `ApiError::retry` weighs the module code too: `(-513)` inside a 4000 is transient.
    field(out, "retry", &error.retry().to_string())
}

/// The entry of `code`: `product`'s own if given, else the one the catalog shows a reader
/// of `lang`.
fn lookup(code: Code<'_>, product: Option<&str>, lang: Lang) -> Option<Entry> {
    match product {
        Some(product) => catalog::lookup_in(product, code),
        None => catalog::lookup_for(code, lang),
    }
}

/// The catalog's message for `code`, with whose wording it is and which other products
/// document the code, or a note that the catalog does not have it.
fn catalog_text(code: Code<'_>, product: Option<&str>, lang: Lang) -> String {
    let Some(entry) = lookup(code, product, lang) else { return "not in the catalog".to_owned() };
    let mut text = one_line(entry.message(lang)).into_owned();
    if let Some(own) = entry.product() {
        text.push_str(&format!(" ({own})"));
    }
    // A product's entry shown for a code that no common entry covers: say it is one of several.
    let others: Vec<&str> = entry.also_documented_by().collect();
    if entry.family() == Family::Product && !others.is_empty() && product.is_none() {
        let shown = others.iter().take(8).copied().collect::<Vec<_>>().join(", ");
        let more = others.len().saturating_sub(8);
        let more = if more > 0 { format!(" and {more} more") } else { String::new() };
        text.push_str(&format!("; also documented by {shown}{more} (--product NAME for its wording)"));
    }
    if let Some(source) = entry.last_listed() {
        text.push_str(&format!("; no longer listed by the newest SDK (last: {source})"));
    }
    let statuses: Vec<String> = entry.http_statuses().map(|status| status.to_string()).collect();
    if !statuses.is_empty() {
        text.push_str(&format!("; HTTP {}", statuses.join(", ")));
    }
    text
}

/// Width of the label column of `field`.
const LABEL_WIDTH: usize = 15;

/// Writes `label: value` with the values aligned.
fn field(out: &mut dyn Write, label: &str, value: &str) -> io::Result<()> {
    let label = format!("{label}:");
    writeln!(out, "{label:<LABEL_WIDTH$}  {value}")
}

//! `tcerr CODE`: everything the catalog knows about one code.

use std::io::{self, Write};

use tencent_errors::{Code, Entry, Family, Lang, catalog};

use crate::output::{self, Status, one_line};

/// How many "did you mean" codes an unknown code gets.
const SUGGESTIONS: usize = 5;
/// Width the list of products defining a code is wrapped to (`InternalError` has ~200).
const WRAP: usize = 100;
/// How many actions returning a code are named when no `--product` was asked for; the rest
/// are counted (`and 180 more`).
const ACTIONS_SHOWN: usize = 12;

/// The product whose codes are COS's XML error codes.
const COS: &str = "cos";

/// Shows `text`'s entry (in `product`'s catalog if given) in `lang`.
///
/// Text does not say whether a code is a COS code: with `--product cos` it is; without, it is
/// the API 3.0 (or legacy) code of that spelling if the catalog has one, else the COS code.
pub fn run(out: &mut dyn Write, text: &str, product: Option<&str>, lang: Lang) -> io::Result<Status> {
    let text = text.trim();
    let code = if product == Some(COS) { Code::Cos(text) } else { Code::parse(text) };
    let found = match product {
        Some(product) => catalog::lookup_in(product, code),
        None => catalog::lookup_for(code, lang).or_else(|| catalog::lookup(Code::Cos(text))),
    };
    match found {
        Some(entry) => {
            write_entry(out, entry, lang)?;
            write_actions(out, entry, product)?;
            // The same spelling is a COS code too (`InternalError`): say how to see that one.
            if product.is_none() && entry.code() != Code::Cos(text) && catalog::lookup(Code::Cos(text)).is_some() {
                field(out, "COS", &format!("COS has a code `{text}` too: tcerr --product cos {text}"))?;
            }
            Ok(Status::Success)
        }
        None => {
            not_found(text, code, product, lang);
            Ok(Status::NotFound)
        }
    }
}

/// Writes the full description of `entry`, one `label: value` line per field.
pub fn write_entry(out: &mut dyn Write, entry: Entry, lang: Lang) -> io::Result<()> {
    let code = entry.code();
    field(out, "code", &code.to_string())?;
    field(out, "family", &entry.family().to_string())?;
    field(out, "product", entry.product().unwrap_or("none (shared by every product)"))?;
    let statuses: Vec<String> = entry.http_statuses().map(|status| status.to_string()).collect();
    if !statuses.is_empty() {
        field(out, "HTTP status", &statuses.join(", "))?;
    }
    field(out, "message", &one_line(entry.message(lang)))?;
    // The other language's wording too, unless `message` already fell back to it.
    let other = lang.other();
    if let Some(text) = entry.message_in(other).filter(|_| entry.message_in(lang).is_some()) {
        field(out, &format!("message ({other})"), &one_line(text))?;
    }
    if let Some(description) = entry.description(lang) {
        field(out, "description", &one_line(description))?;
    }
    if let Some(equivalent) = entry.api3_equivalent() {
        field(out, "API 3.0 code", equivalent)?;
    }
    field(out, "retry", &entry.retry().to_string())?;
    if let Some(url) = entry.doc_url() {
        field(out, "docs", &url)?;
    }
    if let Some(source) = entry.last_listed() {
        field(out, "documented", &format!("no longer listed by the newest SDK (last listed by {source})"))?;
    }
    let mut alternates = entry.alternates().peekable();
    if alternates.peek().is_some() {
        writeln!(out, "alternates:")?;
        for alternate in alternates {
            writeln!(out, "  {} ({})", one_line(alternate.message()), alternate.source())?;
            if let Some(description) = alternate.description() {
                writeln!(out, "    {}", one_line(description))?;
            }
        }
    }
    let all: Vec<Entry> = catalog::lookup_all(code).collect();
    if all.len() > 1 {
        // `lookup_all` puts the common entry (the only product-less one for API 3.0 codes) first.
        let names: Vec<&str> = all.iter().map(|entry| entry.product().unwrap_or("common")).collect();
        let value = format!("{} entries: {}", names.len(), names.join(", "));
        field(out, "defined by", &wrap(&value, WRAP, LABEL_WIDTH + 2))?;
        let shown = match entry.product() {
            None => "the common entry".to_owned(),
            Some(product) => format!("{product}'s wording, one of several"),
        };
        writeln!(out, "  (shown: {shown}; --product NAME shows one product's wording)")?;
    }
    Ok(())
}

/// Writes which API actions may return `entry`'s code (an API 3.0 code).
///
/// With `--product`, every action of that product listing the code, common codes included;
/// without, the actions of the entry's own product, at most [`ACTIONS_SHOWN`] of them. A
/// common entry shown without `--product` belongs to no product, so it gets a hint instead
/// of a list; legacy and COS codes get nothing, as no API 3.0 action lists them.
fn write_actions(out: &mut dyn Write, entry: Entry, product: Option<&str>) -> io::Result<()> {
    let code = entry.code();
    if matches!(code, Code::Legacy(_) | Code::Cos(_)) {
        return Ok(());
    }
    let (owner, cap) = match (product, entry.product()) {
        (Some(product), _) => (product, usize::MAX),
        (None, Some(own)) => (own, ACTIONS_SHOWN),
        (None, None) => return field(out, "actions", "--product NAME lists the actions of that product returning it"),
    };
    let all = catalog::actions(owner).len();
    if all == 0 {
        return field(out, "actions", &format!("none: no action of {owner} documents error codes"));
    }
    let names: Vec<&str> = catalog::actions_returning(owner, code).map(|action| action.name()).collect();
    let value = match names.len() {
        0 => format!("none of the {all} actions of {owner} lists this code"),
        count => {
            let shown = names.len().min(cap);
            let mut value = format!("{count} of {owner}: {}", names[..shown].join(", "));
            if shown < count {
                value.push_str(&format!(", and {} more (--product {owner} lists them all)", count - shown));
            }
            value
        }
    };
    field(out, "actions", &wrap(&value, WRAP, LABEL_WIDTH + 2))
}

/// Tells the user on standard error that `text` is not in the catalog (or not in
/// `product`'s), with the closest codes.
fn not_found(text: &str, code: Code<'_>, product: Option<&str>, lang: Lang) {
    let others: Vec<&str> = catalog::lookup_all(code).filter_map(Entry::product).collect();
    if let (Some(product), false) = (product, others.is_empty()) {
        // The code exists, only not for this product: say who does define it.
        output::diagnose(format_args!("tcerr: product `{product}` does not document error code `{text}`"));
        output::diagnose(format_args!("  defined by: {}", wrap(&others.join(", "), WRAP, 14)));
        return;
    }
    let cos = product == Some(COS);
    let kind = if cos { "COS" } else { "Tencent Cloud" };
    output::diagnose(format_args!("tcerr: unknown {kind} error code `{text}`"));
    // With `--product cos`, COS codes only; otherwise every kind, COS codes marked as such.
    let close: Vec<Entry> = catalog::suggest(text, usize::MAX)
        .into_iter()
        .filter(|entry| !cos || entry.family() == Family::Cos)
        .take(SUGGESTIONS)
        .collect();
    if close.is_empty() {
        return;
    }
    output::diagnose(format_args!("did you mean:"));
    let shown = |entry: &Entry| match entry.family() {
        Family::Cos if !cos => format!("{} (COS)", entry.code()),
        _ => entry.code().to_string(),
    };
    let width = close.iter().map(|entry| shown(entry).chars().count()).max().unwrap_or(0);
    for entry in close {
        let code = shown(&entry);
        output::diagnose(format_args!("  {code:<width$}  {}", one_line(entry.message(lang))));
    }
}

/// Width of the label column of `field`, wide enough for the usual labels.
const LABEL_WIDTH: usize = 14;

/// Writes `label: value` with the values aligned.
fn field(out: &mut dyn Write, label: &str, value: &str) -> io::Result<()> {
    let label = format!("{label}:");
    writeln!(out, "{label:<LABEL_WIDTH$}  {value}")
}

/// `text` broken at spaces into lines of at most `width` characters (a longer word gets a
/// line of its own), the lines after the first indented by `indent`, which is where the first
/// line's value starts after its label.
fn wrap(text: &str, width: usize, indent: usize) -> String {
    let room = width.saturating_sub(indent);
    let mut wrapped = String::new();
    let mut line_len = 0;
    for word in text.split(' ').filter(|word| !word.is_empty()) {
        let word_len = word.chars().count();
        if line_len > 0 && line_len + 1 + word_len > room {
            wrapped.push('\n');
            wrapped.push_str(&" ".repeat(indent));
            line_len = 0;
        } else if line_len > 0 {
            wrapped.push(' ');
            line_len += 1;
        }
        wrapped.push_str(word);
        line_len += word_len;
    }
    wrapped
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn wraps_between_names() {
        assert_eq!(wrap("a, b, c", 100, 2), "a, b, c");
        assert_eq!(wrap("aaa, bbb, ccc", 11, 2), "aaa, bbb,\n  ccc");
        assert_eq!(wrap("", 10, 2), "");
        assert_eq!(wrap("a-very-long-word b", 5, 2), "a-very-long-word\n  b");
    }
}

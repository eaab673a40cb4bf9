//! `tcerr search WORD...`: full-text search of the catalog.

use std::io::{self, Write};

use tencent_errors::{Entry, Lang, catalog};

use crate::output::{self, Status};

/// Writes the entries matching every word in `words`, at most `limit` of them (0: no limit),
/// restricted to `product`'s entries if given.
pub fn run(
    out: &mut dyn Write,
    words: &[String],
    limit: usize,
    product: Option<&str>,
    lang: Lang,
) -> io::Result<Status> {
    let words: Vec<String> = words.iter().map(|word| word.to_lowercase()).collect();
    let hits: Vec<Entry> = catalog::iter()
        .filter(|entry| product.is_none_or(|product| entry.product() == Some(product)))
        .filter(|&entry| matches(entry, &words))
        .collect();
    if hits.is_empty() {
        let scope = product.map(|product| format!(" of product `{product}`")).unwrap_or_default();
        output::diagnose(format_args!("tcerr: no catalog entry{scope} matches `{}`", words.join(" ")));
        return Ok(Status::NotFound);
    }
    let shown = if limit == 0 { hits.len() } else { hits.len().min(limit) };
    let (code_width, product_width) = output::column_widths(hits[..shown].iter().copied());
    for &entry in &hits[..shown] {
        output::write_entry_line(out, entry, lang, code_width, product_width)?;
    }
    let more = hits.len() - shown;
    if more > 0 {
        // On standard error, so that standard output stays one entry per line for scripts.
        output::diagnose(format_args!(
            "tcerr: {more} more {} matched (--limit 0 shows all {})",
            if more == 1 { "entry" } else { "entries" },
            hits.len()
        ));
    }
    Ok(Status::Success)
}

/// Whether every word (already lower-cased) occurs in one of the entry's searchable texts:
/// its code, and its English and Chinese messages and descriptions as stored.
fn matches(entry: Entry, words: &[String]) -> bool {
    let code = entry.code().to_string();
    let texts = [
        Some(code.as_str()),
        entry.message_in(Lang::En),
        entry.message_in(Lang::Zh),
        entry.description_in(Lang::En),
        entry.description_in(Lang::Zh),
    ];
    // Lower-case each text once per entry, not once per word.
    let haystack: Vec<String> = texts.into_iter().flatten().map(str::to_lowercase).collect();
    words.iter().all(|word| haystack.iter().any(|text| text.contains(word.as_str())))
}

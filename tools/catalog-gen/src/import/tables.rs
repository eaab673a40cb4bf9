//! Rows out of the two table syntaxes the seed documents use: Markdown pipes and HTML.

use crate::text::normalize;

/// The cells of every Markdown table row in `text` (lines with `|`), normalised, without
/// the header and `|---|` rows: a row counts when its first cell looks like a code.
pub fn markdown_rows(text: &str) -> Vec<Vec<String>> {
    text.lines()
        .filter(|line| line.contains('|'))
        .map(|line| {
            let inner = line.trim().trim_start_matches('|').trim_end_matches('|');
            inner.split('|').map(normalize).collect::<Vec<_>>()
        })
        .filter(|cells| cells.first().is_some_and(|c| looks_like_code(c)))
        .collect()
}

/// The `<td>` cells of every `<tr>` row in `text`, normalised; header rows (`<th>`) have none
/// and are skipped.
pub fn html_rows(text: &str) -> Vec<Vec<String>> {
    text.split("<tr>")
        .map(|row| {
            row.split("<td>")
                .skip(1)
                .map(|cell| normalize(cell.split("</td>").next().unwrap_or("")))
                .collect::<Vec<_>>()
        })
        .filter(|cells| !cells.is_empty())
        .collect()
}

/// The part of `text` after the line `start` up to the line `end` (or the end).
pub fn section<'a>(text: &'a str, start: &str, end: Option<&str>) -> Option<&'a str> {
    let from = text.find(start)? + start.len();
    let rest = &text[from..];
    Some(match end.and_then(|e| rest.find(e)) {
        Some(to) => &rest[..to],
        None => rest,
    })
}

fn looks_like_code(cell: &str) -> bool {
    cell.parse::<i32>().is_ok() || (cell.starts_with(|c: char| c.is_ascii_uppercase()) && !cell.contains(' '))
}

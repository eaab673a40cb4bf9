//! Text clean-up shared by the importers.

/// Normalises whitespace the way every data file stores text: each run of Unicode
/// whitespace, control characters and zero-width spaces becomes one space; the ends are
/// trimmed. Mojibake of a zero-width space (its UTF-8 bytes read as Windows-1252, as in
/// seed 003's "values\u{e2}\u{20ac}\u{2039}are") counts as one too.
pub fn normalize(raw: &str) -> String {
    let repaired = raw.replace("\u{e2}\u{20ac}\u{2039}", "\u{200b}");
    let mut out = String::with_capacity(repaired.len());
    for word in repaired.split(|c: char| c.is_whitespace() || c.is_control() || c == '\u{200b}' || c == '\u{feff}') {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::normalize;

    #[test]
    fn collapses_whitespace_and_repairs_mojibake() {
        assert_eq!(normalize("  a\t b\u{3000}c \n"), "a b c");
        assert_eq!(normalize("parameter valuesâ€‹are not"), "parameter values are not");
        assert_eq!(normalize("x\u{200b}y"), "x y");
    }
}

//! Module codes carried in API 2.0 messages: `"(-514) Resource already exists"`.
//!
//! Cloud Monitor (and a few other API 2.0 products) answer with an access-layer `code` and put
//! the more precise module code in parentheses at the start of `message`. Tencent's documents
//! write it both as `(-514)` and `(- 514)`, and some products use non-negative codes glued to
//! the text: `(9123)EC_CDN_USER_EXIST cdn user exist`.

/// The module code at the start of `message`, if there is one.
///
/// Accepts leading whitespace, then `(`, an optional `-` (with spaces around it, as in
/// `(- 514)`), decimal digits and `)`; whitespace just inside the parentheses is tolerated.
/// Anything else, and numbers outside `i32`, give `None`.
pub(crate) fn module_code(message: &str) -> Option<i32> {
    let rest = message.trim_start().strip_prefix('(')?;
    let (inside, _) = rest.split_once(')')?;
    parse_signed(inside.trim())
}

/// Parses `-514`, `- 514` or `514`; no `+`, no inner spaces between digits.
fn parse_signed(text: &str) -> Option<i32> {
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest.trim_start()),
        None => (false, text),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // Parsing the magnitude as i64 lets `-2147483648` through while more than 18 digits fail
    // cleanly instead of wrapping.
    let magnitude: i64 = digits.parse().ok()?;
    let value = if negative { -magnitude } else { magnitude };
    i32::try_from(value).ok()
}

#[cfg(test)]
mod tests {
    use super::module_code;

    #[test]
    fn negative_code() {
        assert_eq!(module_code("(-514) Resource already exists"), Some(-514));
    }

    #[test]
    fn negative_code_with_space_after_sign() {
        assert_eq!(module_code("(- 514) Resource already exists"), Some(-514));
    }

    #[test]
    fn non_negative_code_glued_to_text() {
        assert_eq!(module_code("(9123)EC_CDN_USER_EXIST cdn user exist"), Some(9123));
    }

    #[test]
    fn leading_whitespace_and_padding() {
        assert_eq!(module_code("  \t(-513) db error"), Some(-513));
        assert_eq!(module_code("( -513 ) db error"), Some(-513));
        assert_eq!(module_code("(0)"), Some(0));
    }

    #[test]
    fn i32_limits() {
        assert_eq!(module_code("(-2147483648) x"), Some(i32::MIN));
        assert_eq!(module_code("(2147483647) x"), Some(i32::MAX));
        assert_eq!(module_code("(000514) x"), Some(514));
    }

    #[test]
    fn overflow_is_none() {
        assert_eq!(module_code("(2147483648) x"), None);
        assert_eq!(module_code("(-2147483649) x"), None);
        assert_eq!(module_code("(99999999999999999999999999) x"), None);
    }

    #[test]
    fn not_a_module_code() {
        for message in [
            "",
            "Resource already exists",
            "-514 Resource already exists",
            "()",
            "( )",
            "(-)",
            "(- )",
            "(+514) x",
            "(--514) x",
            "(5 14) x",
            "(514 x",
            "(abc) x",
            "(514a) x",
            "(٥١٤) x",
            "x (-514)",
            "（-514）全角括号",
            "(",
            ")",
        ] {
            assert_eq!(module_code(message), None, "{message:?}");
        }
    }
}

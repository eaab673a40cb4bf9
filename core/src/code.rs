//! [`Code`]: one Tencent Cloud error code, legacy (API 2.0) or API 3.0.

use alloc::string::ToString;
use core::fmt;

/// A Tencent Cloud error code.
///
/// API 2.0 ("legacy") responses carry an integer `code` (access-layer codes such as `4100`,
/// video-cloud codes such as `20301`, and Cloud Monitor module codes such as `-514`);
/// API 3.0 responses carry a dotted string (`AuthFailure.SignatureFailure`).
///
/// `Code` borrows its text, so it is `Copy` and can be built in `const` items and matched in
/// patterns (that is what `tc_code!` expands to).
///
/// ```
/// use tencent_errors_core::Code;
///
/// let code = Code::parse("AuthFailure.SignatureFailure");
/// assert_eq!(code, Code::Api3("AuthFailure.SignatureFailure"));
/// assert_eq!(Code::parse("4100"), Code::Legacy(4100));
/// assert_eq!(Code::Legacy(-514).to_string(), "-514");
/// assert_eq!(code.to_string(), "AuthFailure.SignatureFailure");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub enum Code<'a> {
    /// An integer code of the API 2.0 access layer, the video cloud or a module (`-514`).
    Legacy(i32),
    /// A dotted string code of API 3.0 (`AuthFailure.SignatureFailure`).
    Api3(&'a str),
}

impl<'a> Code<'a> {
    /// Reads a code as it is written in text: an optionally signed decimal integer is a
    /// [`Code::Legacy`] code, anything else is an [`Code::Api3`] code.
    ///
    /// This is the inverse of `Display`: `Code::parse(&code.to_string()) == code`.
    ///
    /// ```
    /// use tencent_errors_core::Code;
    /// assert_eq!(Code::parse("-514"), Code::Legacy(-514));
    /// assert_eq!(Code::parse("InternalError"), Code::Api3("InternalError"));
    /// ```
    pub fn parse(text: &'a str) -> Self {
        match parse_legacy(text) {
            Some(n) => Code::Legacy(n),
            None => Code::Api3(text),
        }
    }

    /// The API 3.0 code string, if this is one.
    ///
    /// ```
    /// use tencent_errors_core::Code;
    /// assert_eq!(Code::Api3("InternalError").as_api3(), Some("InternalError"));
    /// assert_eq!(Code::Legacy(4100).as_api3(), None);
    /// ```
    pub const fn as_api3(self) -> Option<&'a str> {
        match self {
            Code::Api3(s) => Some(s),
            Code::Legacy(_) => None,
        }
    }

    /// The legacy integer code, if this is one.
    ///
    /// ```
    /// use tencent_errors_core::Code;
    /// assert_eq!(Code::Legacy(4100).as_legacy(), Some(4100));
    /// assert_eq!(Code::Api3("InternalError").as_legacy(), None);
    /// ```
    pub const fn as_legacy(self) -> Option<i32> {
        match self {
            Code::Legacy(n) => Some(n),
            Code::Api3(_) => None,
        }
    }
}

/// Parses `text` as a legacy integer code only when `Display` would print it back the same
/// way, so that `"+5"` or `"007"` stay API 3.0 strings and the round trip is exact.
fn parse_legacy(text: &str) -> Option<i32> {
    let n: i32 = text.parse().ok()?;
    let canonical = (n.to_string() == text).then_some(n)?;
    Some(canonical)
}

impl fmt::Display for Code<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Code::Legacy(n) => fmt::Display::fmt(n, f),
            Code::Api3(s) => f.write_str(s),
        }
    }
}

impl From<i32> for Code<'_> {
    fn from(n: i32) -> Self {
        Code::Legacy(n)
    }
}

impl<'a> From<&'a str> for Code<'a> {
    /// Same as [`Code::parse`].
    fn from(text: &'a str) -> Self {
        Code::parse(text)
    }
}

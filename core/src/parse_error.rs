//! [`ParseError`]: why a response body could not be read.

use alloc::borrow::Cow;
use alloc::boxed::Box;
use core::fmt;

/// Why `ApiError::from_body` (feature `json`, and `xml` for COS bodies) could not read a
/// response body.
///
/// It tells what was wrong ([`kind`](ParseError::kind) and the `Display` text), where in the
/// response ([`path`](ParseError::path), such as `Response.Error.Code`) and where in the text
/// ([`line`](ParseError::line) and [`column`](ParseError::column)).
///
/// ```
/// # #[cfg(feature = "json")] {
/// use tencent_errors_core::{ApiError, ParseErrorKind};
///
/// let err = ApiError::from_body(br#"{"code": true}"#).unwrap_err();
/// assert_eq!(err.kind(), ParseErrorKind::Shape);
/// assert_eq!(err.path(), Some("code"));
/// assert_eq!(
///     err.to_string(),
///     "invalid Tencent Cloud response body: invalid type: boolean `true`, \
///      expected a string or integer in `code` at line 1 column 13",
/// );
/// # }
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    kind: ParseErrorKind,
    /// What was wrong, without the position (which has its own fields).
    detail: Box<str>,
    path: Option<Cow<'static, str>>,
    line: Option<usize>,
    column: Option<usize>,
}

/// The class of a [`ParseError`].
///
/// ```
/// # #[cfg(feature = "json")] {
/// use tencent_errors_core::{ApiError, ParseErrorKind};
///
/// assert_eq!(ApiError::from_body(b"{").unwrap_err().kind(), ParseErrorKind::Json);
/// assert_eq!(ApiError::from_body(b"[]").unwrap_err().kind(), ParseErrorKind::Shape);
/// # }
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ParseErrorKind {
    /// The body is not JSON: a syntax error, an early end, invalid UTF-8, or nesting deeper
    /// than the parser's recursion limit.
    ///
    /// ```
    /// # #[cfg(feature = "json")] {
    /// use tencent_errors_core::{ApiError, ParseErrorKind};
    /// let err = ApiError::from_body(br#"{"code": NaN}"#).unwrap_err();
    /// assert_eq!(err.kind(), ParseErrorKind::Json);
    /// # }
    /// ```
    Json,
    /// The body is JSON but not a Tencent Cloud response: not an object, neither `Response`
    /// nor `code` at the top, an `Error` without `Code`, a value of the wrong type, a key given
    /// twice, ...
    ///
    /// ```
    /// # #[cfg(feature = "json")] {
    /// use tencent_errors_core::{ApiError, ParseErrorKind};
    /// let err = ApiError::from_body(br#"{"Response":{"Error":{"Message":"no code"}}}"#);
    /// assert_eq!(err.unwrap_err().kind(), ParseErrorKind::Shape);
    /// # }
    /// ```
    Shape,
    /// The body starts with `<` (after whitespace) but is not well-formed XML, or uses what
    /// this reader refuses: a `<!DOCTYPE`, an entity other than the five predefined ones,
    /// nesting deeper than 32 elements, more than 32 attributes on one (feature `xml`). A
    /// well-formed body that is not a COS error (another root element, no `Code`, a `Code`
    /// given twice) is [`Shape`](Self::Shape).
    ///
    /// ```
    /// # #[cfg(feature = "xml")] {
    /// use tencent_errors_core::{ApiError, ParseErrorKind};
    /// let err = ApiError::from_body(b"<Error><Code>NoSuchKey</Code>").unwrap_err();
    /// assert_eq!(err.kind(), ParseErrorKind::Xml);
    /// # }
    /// ```
    Xml,
}

impl ParseError {
    /// The class of the problem.
    ///
    /// ```
    /// # #[cfg(feature = "json")] {
    /// use tencent_errors_core::{ApiError, ParseErrorKind};
    /// let err = ApiError::from_body(br#"{"code": 4100} trailing"#).unwrap_err();
    /// assert_eq!(err.kind(), ParseErrorKind::Json);
    /// # }
    /// ```
    pub fn kind(&self) -> ParseErrorKind {
        self.kind
    }

    /// The 1-based line of the body where the problem was found, when known.
    ///
    /// ```
    /// # #[cfg(feature = "json")] {
    /// use tencent_errors_core::ApiError;
    /// let err = ApiError::from_body(b"{\n\"code\": [] }").unwrap_err();
    /// assert_eq!(err.line(), Some(2));
    /// # }
    /// ```
    pub fn line(&self) -> Option<usize> {
        self.line
    }

    /// The 1-based column (in bytes) where the problem was found, when known.
    ///
    /// ```
    /// # #[cfg(feature = "json")] {
    /// use tencent_errors_core::ApiError;
    /// // The `x` is the 16th byte.
    /// let err = ApiError::from_body(br#"{"code": 4100} x"#).unwrap_err();
    /// assert_eq!(err.column(), Some(16));
    /// # }
    /// ```
    pub fn column(&self) -> Option<usize> {
        self.column
    }

    /// The field of the response where the problem was found, keys joined by `.` as in
    /// `Response.Error.Code`; `None` for problems with the body as a whole (empty body,
    /// trailing characters, not an object, ...).
    ///
    /// ```
    /// # #[cfg(feature = "json")] {
    /// use tencent_errors_core::ApiError;
    /// let err = ApiError::from_body(br#"{"Response":{"Error":{"Code":5}}}"#).unwrap_err();
    /// assert_eq!(err.path(), Some("Response.Error.Code"));
    /// # }
    /// ```
    pub fn path(&self) -> Option<&str> {
        self.path.as_deref()
    }
}

#[cfg(feature = "json")]
impl ParseError {
    /// Converts a `serde_json` error found while reading the field at `path`.
    pub(crate) fn from_json(err: &serde_json::Error, path: Option<Cow<'static, str>>) -> Self {
        let kind = match err.classify() {
            serde_json::error::Category::Data => ParseErrorKind::Shape,
            serde_json::error::Category::Io
            | serde_json::error::Category::Syntax
            | serde_json::error::Category::Eof => ParseErrorKind::Json,
        };
        let (line, column) = match err.line() {
            // serde_json reports line 0 for errors that did not come from its reader.
            0 => (None, None),
            line => (Some(line), Some(err.column())),
        };
        ParseError { kind, detail: json_detail(err).into(), path, line, column }
    }

    /// A body that is not UTF-8; `valid_up_to` is the length of its valid prefix.
    pub(crate) fn invalid_utf8(body: &[u8], valid_up_to: usize) -> Self {
        let prefix = body.get(..valid_up_to).unwrap_or(body);
        let line_start = prefix.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let line = 1 + prefix.iter().filter(|&&b| b == b'\n').count();
        ParseError {
            kind: ParseErrorKind::Json,
            detail: "invalid UTF-8".into(),
            path: None,
            line: Some(line),
            // Columns count bytes and point at the first bad one, as serde_json's do.
            column: Some(prefix.len() - line_start + 1),
        }
    }
}

#[cfg(feature = "xml")]
impl ParseError {
    /// An error found at byte `offset` of `body`, with its line and (byte) column.
    pub(crate) fn at_offset(
        kind: ParseErrorKind,
        detail: alloc::string::String,
        path: Option<Cow<'static, str>>,
        body: &[u8],
        offset: u64,
    ) -> Self {
        let offset = usize::try_from(offset).unwrap_or(usize::MAX).min(body.len());
        let prefix = &body[..offset];
        let line_start = prefix.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let line = 1 + prefix.iter().filter(|&&b| b == b'\n').count();
        ParseError {
            kind,
            detail: detail.into_boxed_str(),
            path,
            line: Some(line),
            column: Some(offset - line_start + 1),
        }
    }
}

/// The text of a `serde_json` error without the " at line L column C" that its `Display`
/// appends, since `ParseError` keeps the position in fields of its own.
#[cfg(feature = "json")]
fn json_detail(err: &serde_json::Error) -> alloc::string::String {
    use alloc::borrow::ToOwned;
    use alloc::string::ToString;

    let full = err.to_string();
    let suffix = alloc::format!(" at line {} column {}", err.line(), err.column());
    match full.strip_suffix(&suffix) {
        Some(detail) => detail.to_owned(),
        None => full,
    }
}

#[cfg(feature = "json")]
impl From<serde_json::Error> for ParseError {
    /// Classifies a `serde_json` error: syntax, early end of input and I/O errors are
    /// [`ParseErrorKind::Json`], data errors (wrong types, missing fields, ...) are
    /// [`ParseErrorKind::Shape`]. The result has no [`path`](ParseError::path).
    ///
    /// ```
    /// use tencent_errors_core::{ParseError, ParseErrorKind};
    ///
    /// let json_err = serde_json::from_str::<serde_json::Value>("{").unwrap_err();
    /// let err = ParseError::from(json_err);
    /// assert_eq!(err.kind(), ParseErrorKind::Json);
    /// assert_eq!((err.line(), err.column()), (Some(1), Some(1)));
    /// ```
    fn from(err: serde_json::Error) -> Self {
        ParseError::from_json(&err, None)
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid Tencent Cloud response body: {}", self.detail)?;
        if let Some(path) = &self.path {
            write!(f, " in `{path}`")?;
        }
        match (self.line, self.column) {
            (Some(line), Some(column)) => write!(f, " at line {line} column {column}"),
            (Some(line), None) => write!(f, " at line {line}"),
            _ => Ok(()),
        }
    }
}

impl core::error::Error for ParseError {}

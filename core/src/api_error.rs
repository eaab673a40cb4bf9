//! [`ApiError`]: an error response from Tencent Cloud, owned.

use alloc::boxed::Box;
use alloc::string::String;
use core::fmt;

use crate::code::OwnedCode;
#[cfg(feature = "json")]
use crate::parse_error::ParseError;
use crate::{Code, Entry, Retry, TencentError, catalog, module_code};

/// An error response from Tencent Cloud, in any of its formats (API 3.0, API 2.0, COS),
/// owning its strings.
///
/// Read one from a response body with `from_body` (feature `json`), or
/// build one with [`new`](ApiError::new). Its code leads to the catalog
/// ([`entry`](ApiError::entry)) and to the retry advice ([`retry`](ApiError::retry)).
///
/// ```
/// use tencent_errors_core::{ApiError, Code, Retry};
///
/// let err = ApiError::new(
///     Code::Api3("AuthFailure.SignatureFailure"),
///     "The provided credentials could not be validated.",
/// )
/// .with_request_id("ed93f3cb-f35e-473f-b9f3-0d451b8b79c6");
///
/// assert_eq!(err.code(), Code::Api3("AuthFailure.SignatureFailure"));
/// assert_eq!(err.retry(), Retry::Never);
/// assert_eq!(
///     err.to_string(),
///     "[AuthFailure.SignatureFailure] The provided credentials could not be validated. \
///      (request id ed93f3cb-f35e-473f-b9f3-0d451b8b79c6)",
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ApiError {
    code: OwnedCode,
    message: Box<str>,
    request_id: Option<Box<str>>,
    code_desc: Option<Box<str>>,
    /// The HTTP status of the response, when the error was read from a whole response.
    http_status: Option<u16>,
    /// COS's `<Resource>`: the bucket or object the request named.
    resource: Option<Box<str>>,
    /// COS's `<TraceId>`.
    trace_id: Option<Box<str>>,
}

/// The code of a transport failure, as Tencent's Go SDK names it.
const NETWORK_ERROR: &str = "ClientError.NetworkError";

/// The code of an HTTP error status without a Tencent Cloud error body, as the Go SDK names it.
#[cfg(feature = "json")]
const HTTP_STATUS_CODE_ERROR: &str = "ClientError.HttpStatusCodeError";

impl ApiError {
    /// An error with `code` and `message`, no request id and no code description.
    ///
    /// The code is stored [normalized](Code::normalized), so `Code::Api3("4100")` and
    /// `Code::Legacy(4100)` make equal errors.
    ///
    /// ```
    /// use tencent_errors_core::{ApiError, Code};
    ///
    /// let err = ApiError::new(Code::Legacy(4100), "鉴权失败");
    /// assert_eq!(err.code(), Code::Legacy(4100));
    /// assert_eq!(err.message(), "鉴权失败");
    /// assert_eq!(err.request_id(), None);
    /// assert_eq!(ApiError::new(Code::Api3("4100"), "鉴权失败"), err);
    /// ```
    pub fn new(code: Code<'_>, message: impl Into<String>) -> ApiError {
        ApiError {
            code: OwnedCode::new(code),
            message: message.into().into_boxed_str(),
            request_id: None,
            code_desc: None,
            http_status: None,
            resource: None,
            trace_id: None,
        }
    }

    /// A transport failure: the request got no response at all (the connection was refused or
    /// reset, TLS failed, or it timed out). Its code is `ClientError.NetworkError`, the one
    /// Tencent's Go SDK gives such failures, and `message` says what happened (the HTTP
    /// client's error, as text).
    ///
    /// Whether the server acted on the request is unknown, so it is
    /// [`Retry::Transient`]: safe to repeat only when the call is idempotent.
    ///
    /// ```
    /// use tencent_errors_core::{ApiError, Code, Retry};
    ///
    /// let err = ApiError::network("connection reset by peer");
    /// assert_eq!(err.code(), Code::Api3("ClientError.NetworkError"));
    /// assert_eq!(err.retry(), Retry::Transient);
    /// assert_eq!(err.http_status(), None);
    /// ```
    pub fn network(message: impl Into<String>) -> ApiError {
        ApiError::new(Code::Api3(NETWORK_ERROR), message)
    }

    /// Sets the HTTP status of the response the error came in.
    ///
    /// ```
    /// use tencent_errors_core::{ApiError, Code};
    /// let err = ApiError::new(Code::Api3("InternalError"), "oops").with_http_status(500);
    /// assert_eq!(err.http_status(), Some(500));
    /// ```
    #[must_use]
    pub fn with_http_status(mut self, status: u16) -> Self {
        self.http_status = Some(status);
        self
    }

    /// The HTTP status of the response the error came in, when it was read with
    /// [`from_response`](ApiError::from_response) (or given with
    /// [`with_http_status`](ApiError::with_http_status)). Tencent Cloud answers most API
    /// errors with status 200; a status of its own matters for errors a gateway made.
    pub fn http_status(&self) -> Option<u16> {
        self.http_status
    }

    /// Sets the id Tencent Cloud gave the failed request.
    ///
    /// ```
    /// use tencent_errors_core::{ApiError, Code};
    ///
    /// let err = ApiError::new(Code::Api3("InternalError"), "oops").with_request_id("req-1");
    /// assert_eq!(err.request_id(), Some("req-1"));
    /// ```
    #[must_use]
    pub fn with_request_id(mut self, request_id: impl Into<String>) -> Self {
        self.request_id = Some(request_id.into().into_boxed_str());
        self
    }

    /// Sets the code description, the `codeDesc` of API 2.0 responses (`"AuthFailure"`).
    ///
    /// ```
    /// use tencent_errors_core::{ApiError, Code};
    ///
    /// let err = ApiError::new(Code::Legacy(4100), "鉴权失败").with_code_desc("AuthFailure");
    /// assert_eq!(err.code_desc(), Some("AuthFailure"));
    /// ```
    #[must_use]
    pub fn with_code_desc(mut self, code_desc: impl Into<String>) -> Self {
        self.code_desc = Some(code_desc.into().into_boxed_str());
        self
    }

    /// Sets COS's `<Resource>`, the bucket or object the failed request named.
    ///
    /// ```
    /// use tencent_errors_core::{ApiError, Code};
    ///
    /// let err = ApiError::new(Code::Cos("NoSuchBucket"), "The specified bucket does not exist.")
    ///     .with_resource("examplebucket-1250000000.cos.ap-beijing.myqcloud.com");
    /// assert_eq!(err.resource(), Some("examplebucket-1250000000.cos.ap-beijing.myqcloud.com"));
    /// ```
    #[must_use]
    pub fn with_resource(mut self, resource: impl Into<String>) -> Self {
        self.resource = Some(resource.into().into_boxed_str());
        self
    }

    /// Sets COS's `<TraceId>`, the id COS gives the failed request for its support.
    ///
    /// ```
    /// use tencent_errors_core::{ApiError, Code};
    ///
    /// let err = ApiError::new(Code::Cos("SlowDown"), "Reduce your request rate").with_trace_id("OGVmYzZl");
    /// assert_eq!(err.trace_id(), Some("OGVmYzZl"));
    /// ```
    #[must_use]
    pub fn with_trace_id(mut self, trace_id: impl Into<String>) -> Self {
        self.trace_id = Some(trace_id.into().into_boxed_str());
        self
    }

    /// Reads a response body of any of Tencent Cloud's formats: the two JSON ones and, with
    /// feature `xml`, the XML of COS.
    ///
    /// Returns `Ok(Some(error))` for an error response, `Ok(None)` for a success (an API 3.0
    /// `Response` without `Error`, or an API 2.0 `code` of 0), and `Err` for a body that is
    /// not one of the two formats.
    ///
    /// * API 3.0, `{"Response":{"Error":{"Code":"..","Message":".."},"RequestId":".."}}`:
    ///   `Code` is required and read with [`Code::parse`]; a missing `Message` reads as an
    ///   empty message; `"Error": null` counts as no error.
    /// * API 2.0, `{"code":4100,"message":"..","codeDesc":"..","requestId":".."}`: `code` is
    ///   an integer or a string holding one (`"4100"`), as some products send it; a missing
    ///   `message` reads as an empty message.
    /// * Optional string fields may be `null`, meaning absent. Keys this reader does not know
    ///   are skipped; a known key given twice, a top-level object with both `Response` and
    ///   `code` or with neither, and any JSON error (including trailing characters, a byte
    ///   order mark, invalid UTF-8 and nesting deeper than 128 levels) are errors.
    /// * COS (feature `xml`): a body whose first character after leading whitespace is `<`
    ///   is XML, `<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchBucket</Code>
    ///   <Message>..</Message><Resource>..</Resource><RequestId>..</RequestId>
    ///   <TraceId>..</TraceId></Error>`, with or without the declaration. It is always an
    ///   error (there is no XML success body): its code is a [`Code::Cos`], taken verbatim
    ///   (never parsed as an integer), `Message` missing reads as empty, and
    ///   [`resource`](ApiError::resource) and [`trace_id`](ApiError::trace_id) carry
    ///   `Resource` and `TraceId`. The root must be `Error`; `Code` is required; a known
    ///   element given twice, an element inside a known one, text outside the root and any
    ///   XML error are errors; unknown elements are skipped, attributes ignored. Only the five
    ///   predefined entities and character references are expanded: a `<!DOCTYPE` is an
    ///   error (so no DTD, no external entity, no billion laughs), and so is nesting deeper
    ///   than 32 elements or more than 32 attributes on one element. A byte order mark is an
    ///   error, as in JSON. Without feature `xml`, such a body is a JSON syntax error.
    ///
    /// ```
    /// use tencent_errors_core::{ApiError, Code};
    ///
    /// let body = br#"{"Response":{"Error":{"Code":"AuthFailure.SignatureFailure",
    ///     "Message":"The provided credentials could not be validated."},
    ///     "RequestId":"ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"}}"#;
    /// let err = ApiError::from_body(body)?.expect("an error response");
    /// assert_eq!(err.code(), Code::Api3("AuthFailure.SignatureFailure"));
    /// assert_eq!(err.request_id(), Some("ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"));
    ///
    /// let legacy = ApiError::from_body(r#"{"code":"4100","message":"鉴权失败"}"#.as_bytes())?;
    /// assert_eq!(legacy.map(|err| err.code().as_legacy()), Some(Some(4100)));
    ///
    /// assert_eq!(ApiError::from_body(br#"{"code":0,"message":""}"#)?, None);
    /// assert!(ApiError::from_body(br#"{"Response":{"Error":{}}}"#).is_err());
    ///
    /// # #[cfg(feature = "xml")] {
    /// let cos = br#"<?xml version="1.0" encoding="UTF-8"?>
    /// <Error>
    ///   <Code>NoSuchBucket</Code>
    ///   <Message>The specified bucket does not exist.</Message>
    ///   <Resource>examplebucket-1250000000.cos.ap-beijing.myqcloud.com</Resource>
    ///   <RequestId>NjQ4NTc0ZjNfOGFhYzJhMDlfMjQ3ZV8xMg==</RequestId>
    ///   <TraceId>OGVmYzZlMmMxMjM0</TraceId>
    /// </Error>"#;
    /// let err = ApiError::from_body(cos)?.expect("an error response");
    /// assert_eq!(err.code(), Code::Cos("NoSuchBucket"));
    /// assert_eq!(err.resource(), Some("examplebucket-1250000000.cos.ap-beijing.myqcloud.com"));
    /// assert_eq!(err.trace_id(), Some("OGVmYzZlMmMxMjM0"));
    /// # }
    /// # Ok::<(), tencent_errors_core::ParseError>(())
    /// ```
    #[cfg(feature = "json")]
    pub fn from_body(body: &[u8]) -> Result<Option<ApiError>, ParseError> {
        crate::wire::read_body(body)
    }

    /// Reads a whole response: its HTTP `status` and its `body`.
    ///
    /// * A Tencent Cloud error body gives that error, with [`http_status`](ApiError::http_status)
    ///   set, whatever the status. That includes a COS error body (feature `xml`) with status
    ///   200, which COS sends for a `PUT Object - Copy` that failed after it began.
    /// * A success body with a 2xx status is `Ok(None)`.
    /// * A status outside 2xx without a Tencent Cloud error body (a gateway's 502 page, an
    ///   empty body, a success body) is `ClientError.HttpStatusCodeError`, the code Tencent's
    ///   Go SDK gives it, with the status and, as its message, the status and the start of
    ///   the body (at most [`BODY_SNIPPET_CHARS`](ApiError::BODY_SNIPPET_CHARS) characters,
    ///   invalid UTF-8 replaced).
    /// * A 2xx status with a body that is not a Tencent Cloud response is the [`ParseError`]
    ///   [`from_body`](ApiError::from_body) gives.
    ///
    /// ```
    /// use tencent_errors_core::{ApiError, Code, Retry};
    ///
    /// let body = br#"{"Response":{"Error":{"Code":"InternalError","Message":"oops"},"RequestId":"r-1"}}"#;
    /// let err = ApiError::from_response(200, body)?.unwrap();
    /// assert_eq!((err.code(), err.http_status()), (Code::Api3("InternalError"), Some(200)));
    ///
    /// let err = ApiError::from_response(502, b"<html>Bad Gateway</html>")?.unwrap();
    /// assert_eq!(err.code(), Code::Api3("ClientError.HttpStatusCodeError"));
    /// assert_eq!(err.message(), "HTTP status 502, body: <html>Bad Gateway</html>");
    /// assert_eq!(err.retry(), Retry::Transient);
    ///
    /// assert_eq!(ApiError::from_response(200, br#"{"Response":{"RequestId":"r-2"}}"#)?, None);
    /// assert!(ApiError::from_response(200, b"<html>").is_err());
    /// # Ok::<(), tencent_errors_core::ParseError>(())
    /// ```
    #[cfg(feature = "json")]
    pub fn from_response(status: u16, body: &[u8]) -> Result<Option<ApiError>, ParseError> {
        let success = (200..300).contains(&status);
        match ApiError::from_body(body) {
            Ok(Some(error)) => Ok(Some(error.with_http_status(status))),
            Ok(None) if success => Ok(None),
            Err(err) if success => Err(err),
            Ok(None) | Err(_) => Ok(Some(ApiError::http_status_error(status, body))),
        }
    }

    /// Reads an [`http::Response`] (feature `http`) the way
    /// [`from_response`](ApiError::from_response) reads a status and a body, and takes the
    /// request id from the `X-TC-RequestId` header when the body has none (a gateway's error
    /// page, or an API 2.0 body without `requestId`).
    ///
    /// ```
    /// use tencent_errors_core::{ApiError, Code};
    ///
    /// let response = http::Response::builder()
    ///     .status(502)
    ///     .header("X-TC-RequestId", "6d3a0c7e")
    ///     .body(b"Bad Gateway".to_vec())
    ///     .unwrap();
    /// let err = ApiError::from_http_response(&response)?.unwrap();
    /// assert_eq!(err.code(), Code::Api3("ClientError.HttpStatusCodeError"));
    /// assert_eq!((err.http_status(), err.request_id()), (Some(502), Some("6d3a0c7e")));
    /// # Ok::<(), tencent_errors_core::ParseError>(())
    /// ```
    #[cfg(feature = "http")]
    pub fn from_http_response<B: AsRef<[u8]>>(response: &http::Response<B>) -> Result<Option<ApiError>, ParseError> {
        let found = ApiError::from_response(response.status().as_u16(), response.body().as_ref())?;
        let header = response.headers().get("X-TC-RequestId").and_then(|value| value.to_str().ok());
        Ok(found.map(|error| match header {
            Some(id) if error.request_id().is_none() => error.with_request_id(id),
            _ => error,
        }))
    }

    /// At most this many characters of a body go into the message of a
    /// `ClientError.HttpStatusCodeError` ([`from_response`](ApiError::from_response)).
    pub const BODY_SNIPPET_CHARS: usize = 256;

    /// `ClientError.HttpStatusCodeError` for `status`, with the start of `body`.
    #[cfg(feature = "json")]
    fn http_status_error(status: u16, body: &[u8]) -> ApiError {
        // Only the start is decoded, so a 100 MB body costs no more than a short one.
        let start = &body[..body.len().min(4 * Self::BODY_SNIPPET_CHARS)];
        let text = String::from_utf8_lossy(start);
        let mut snippet: String = text.trim().chars().take(Self::BODY_SNIPPET_CHARS).collect();
        if snippet.len() < text.trim().len() || start.len() < body.len() {
            snippet.push_str("...");
        }
        let message = if snippet.is_empty() {
            alloc::format!("HTTP status {status}, empty body")
        } else {
            alloc::format!("HTTP status {status}, body: {snippet}")
        };
        ApiError::new(Code::Api3(HTTP_STATUS_CODE_ERROR), message).with_http_status(status)
    }

    /// Writes the error as a response body that [`from_body`](ApiError::from_body) reads back
    /// as an equal error.
    ///
    /// An API 3.0 code gives `{"Response":{"Error":{"Code":..,"Message":..},"RequestId":..}}`,
    /// without `RequestId` when there is none. A legacy code gives the API 2.0 shape
    /// `{"code":4100,"message":..,"codeDesc":..,"requestId":..}`, the last two only when set,
    /// since API 3.0 has only string codes. Two cases have no Tencent equivalent: legacy code
    /// 0, which API 2.0 reserves for success, is written in the API 3.0 shape as
    /// `"Code":"0"`; a code description on an API 3.0 error is written as `"CodeDesc"`
    /// beside `Code` in `Error`.
    ///
    /// A [`Code::Cos`] code gives COS's XML (whatever the features; reading it back needs
    /// feature `xml`): `<?xml version="1.0" encoding="UTF-8"?>` and `<Error>` with `Code`,
    /// `Message`, then `Resource`, `RequestId`, `TraceId` and `CodeDesc` when set, text
    /// escaped (`&amp;`, `&lt;`, `&gt;`, and `&#13;` for a carriage return, which XML would
    /// otherwise read as a line feed). [`resource`](ApiError::resource) and
    /// [`trace_id`](ApiError::trace_id) are written in this shape only.
    ///
    /// ```
    /// use tencent_errors_core::{ApiError, Code};
    ///
    /// let err = ApiError::new(Code::Legacy(4100), "鉴权失败").with_code_desc("AuthFailure");
    /// assert_eq!(err.to_body(), r#"{"code":4100,"message":"鉴权失败","codeDesc":"AuthFailure"}"#);
    /// assert_eq!(ApiError::from_body(err.to_body().as_bytes()), Ok(Some(err)));
    ///
    /// let err = ApiError::new(Code::Api3("InternalError"), "say \"hi\"").with_request_id("r-1");
    /// assert_eq!(
    ///     err.to_body(),
    ///     r#"{"Response":{"Error":{"Code":"InternalError","Message":"say \"hi\""},"RequestId":"r-1"}}"#,
    /// );
    /// ```
    /// ```
    /// use tencent_errors_core::{ApiError, Code};
    ///
    /// let err = ApiError::new(Code::Cos("AccessDenied"), "a < b & c").with_request_id("r-1");
    /// assert_eq!(
    ///     err.to_body(),
    ///     "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>AccessDenied</Code>\
    ///      <Message>a &lt; b &amp; c</Message><RequestId>r-1</RequestId></Error>",
    /// );
    /// ```
    #[cfg(feature = "json")]
    pub fn to_body(&self) -> String {
        if let OwnedCode::Cos(code) = &self.code {
            return self.to_xml(code);
        }
        // serde_json fails only for map keys that are not strings and for errors a
        // `Serialize` impl raises; `ApiError`'s writes neither.
        serde_json::to_string(self).expect("an ApiError always serializes")
    }

    /// COS's XML error body (`to_body` of a COS error).
    #[cfg(feature = "json")]
    fn to_xml(&self, code: &str) -> String {
        let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>");
        let fields = [
            ("Code", Some(code)),
            ("Message", Some(self.message())),
            ("Resource", self.resource()),
            ("RequestId", self.request_id()),
            ("TraceId", self.trace_id()),
            ("CodeDesc", self.code_desc()),
        ];
        for (name, value) in fields {
            if let Some(value) = value {
                out.push('<');
                out.push_str(name);
                out.push('>');
                push_xml_escaped(&mut out, value);
                out.push_str("</");
                out.push_str(name);
                out.push('>');
            }
        }
        out.push_str("</Error>");
        out
    }

    /// COS's `<Resource>`, the bucket or object the failed request named, if the response had
    /// one.
    ///
    /// ```
    /// use tencent_errors_core::{ApiError, Code};
    /// let err = ApiError::new(Code::Cos("NoSuchKey"), "x");
    /// assert_eq!(err.resource(), None);
    /// assert_eq!(err.with_resource("/a.txt").resource(), Some("/a.txt"));
    /// ```
    pub fn resource(&self) -> Option<&str> {
        self.resource.as_deref()
    }

    /// COS's `<TraceId>`, if the response had one.
    ///
    /// ```
    /// use tencent_errors_core::{ApiError, Code};
    /// let err = ApiError::new(Code::Cos("NoSuchKey"), "x").with_trace_id("t-1");
    /// assert_eq!(err.trace_id(), Some("t-1"));
    /// ```
    pub fn trace_id(&self) -> Option<&str> {
        self.trace_id.as_deref()
    }

    /// The error code.
    ///
    /// ```
    /// use tencent_errors_core::{ApiError, Code};
    /// let err = ApiError::new(Code::Api3("InvalidParameter"), "bad");
    /// assert_eq!(err.code(), Code::Api3("InvalidParameter"));
    /// ```
    pub fn code(&self) -> Code<'_> {
        self.code.as_code()
    }

    /// The message Tencent Cloud sent; empty if the response had none.
    ///
    /// ```
    /// use tencent_errors_core::{ApiError, Code};
    /// let err = ApiError::new(Code::Legacy(4100), "鉴权失败");
    /// assert_eq!(err.message(), "鉴权失败");
    /// ```
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The id Tencent Cloud gave the failed request, if the response had one.
    ///
    /// ```
    /// use tencent_errors_core::{ApiError, Code};
    /// let err = ApiError::new(Code::Legacy(4100), "x");
    /// assert_eq!(err.request_id(), None);
    /// assert_eq!(err.with_request_id("req-1").request_id(), Some("req-1"));
    /// ```
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The module code that an API 2.0 message carries at its start, as in
    /// `"(-514) Resource already exists"` or `"(9123)EC_CDN_USER_EXIST cdn user exist"`;
    /// always `None` for API 3.0 and COS codes.
    ///
    /// ```
    /// use tencent_errors_core::{ApiError, Code};
    ///
    /// let err = ApiError::new(Code::Legacy(4000), "(- 514) Resource already exists");
    /// assert_eq!(err.module_code(), Some(-514));
    /// assert_eq!(ApiError::new(Code::Legacy(4000), "no module code").module_code(), None);
    /// assert_eq!(ApiError::new(Code::Api3("InternalError"), "(-514) x").module_code(), None);
    /// ```
    pub fn module_code(&self) -> Option<i32> {
        match self.code {
            OwnedCode::Legacy(_) => module_code::module_code(&self.message),
            OwnedCode::Api3(_) | OwnedCode::Cos(_) => None,
        }
    }

    /// The code description (`codeDesc` of API 2.0 responses), if the response had one.
    ///
    /// ```
    /// use tencent_errors_core::{ApiError, Code};
    /// let err = ApiError::new(Code::Legacy(4100), "x").with_code_desc("AuthFailure");
    /// assert_eq!(err.code_desc(), Some("AuthFailure"));
    /// ```
    pub fn code_desc(&self) -> Option<&str> {
        self.code_desc.as_deref()
    }

    /// The catalog entry of the code, if the catalog documents it; `None` for COS codes for
    /// now (the catalog has no COS family yet).
    ///
    /// ```
    /// use tencent_errors_core::{ApiError, Code};
    ///
    /// let err = ApiError::new(Code::Api3("AuthFailure.SignatureFailure"), "x");
    /// assert_eq!(err.entry().map(|entry| entry.code()), Some(err.code()));
    /// assert!(ApiError::new(Code::Api3("No.Such.Code"), "x").entry().is_none());
    /// ```
    pub fn entry(&self) -> Option<Entry> {
        catalog::lookup(self.code())
    }

    /// Whether and how to retry, by the rules of [`Retry`]. When an API 2.0 message carries a
    /// module code, that more specific code decides if it is retryable: `5100` ("Resource
    /// operation failed") with `(-513) DB operation failed` is [`Retry::Transient`].
    ///
    /// The rules need no catalog table, so calling this links none.
    ///
    /// ```
    /// use tencent_errors_core::{ApiError, Code, Retry};
    /// let err = ApiError::new(Code::Api3("RequestLimitExceeded"), "slow down");
    /// assert_eq!(err.retry(), Retry::Throttling);
    /// let err = ApiError::new(Code::Legacy(5100), "(-513) DB operation failed");
    /// assert_eq!(err.retry(), Retry::Transient);
    /// ```
    pub fn retry(&self) -> Retry {
        let by_code = self.code().retry();
        match self.module_code().map(|code| Code::Legacy(code).retry()) {
            Some(by_module) if by_module != Retry::Never => by_module,
            _ => by_code,
        }
    }

    /// Whether the call may be sent again whatever it does: `self.retry().is_retryable()`;
    /// see [`Retry::is_retryable_when`] for calls known to be idempotent.
    ///
    /// ```
    /// use tencent_errors_core::{ApiError, Code};
    /// assert!(ApiError::new(Code::Api3("RequestLimitExceeded"), "slow down").is_retryable());
    /// // A server failure may have taken effect: not for any call.
    /// assert!(!ApiError::new(Code::Legacy(6000), "try later").is_retryable());
    /// assert!(!ApiError::new(Code::Legacy(4100), "auth").is_retryable());
    /// ```
    pub fn is_retryable(&self) -> bool {
        self.retry().is_retryable()
    }
}

/// Appends `text` to `out` escaped for XML character data: `&`, `<` and `>` as the predefined
/// entities, a carriage return as `&#13;` (which XML's end-of-line handling would otherwise
/// turn into a line feed on reading).
#[cfg(feature = "json")]
fn push_xml_escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\r' => out.push_str("&#13;"),
            c => out.push(c),
        }
    }
}

/// `[code] message (request id ...)`; the parenthesis only with a request id, the message
/// only when not empty.
///
/// ```
/// use tencent_errors_core::{ApiError, Code};
/// let err = ApiError::new(Code::Legacy(4100), "鉴权失败");
/// assert_eq!(err.to_string(), "[4100] 鉴权失败");
/// ```
impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[{}]", self.code())?;
        if !self.message.is_empty() {
            write!(f, " {}", self.message)?;
        }
        if let Some(request_id) = &self.request_id {
            write!(f, " (request id {request_id})")?;
        }
        Ok(())
    }
}

/// ```
/// use tencent_errors_core::{ApiError, Code};
/// let err: Box<dyn std::error::Error> = Box::new(ApiError::new(Code::Legacy(4100), "auth"));
/// assert_eq!(err.to_string(), "[4100] auth");
/// ```
impl core::error::Error for ApiError {}

/// ```
/// use tencent_errors_core::{ApiError, Code, TencentError};
///
/// fn describe(err: &dyn TencentError) -> String {
///     format!("{} {:?}", err.code(), err.request_id())
/// }
/// let err = ApiError::new(Code::Api3("InternalError"), "x").with_request_id("r-1");
/// assert_eq!(describe(&err), r#"InternalError Some("r-1")"#);
/// ```
impl TencentError for ApiError {
    fn code(&self) -> Code<'_> {
        self.code.as_code()
    }

    fn api_error(&self) -> Option<&ApiError> {
        Some(self)
    }

    fn retry(&self) -> Retry {
        ApiError::retry(self)
    }
}

#[cfg(test)]
mod tests {
    use alloc::string::ToString;

    use super::*;

    #[test]
    fn owned_code_is_compact() {
        assert_eq!(size_of::<OwnedCode>(), size_of::<Box<str>>() + size_of::<usize>());
    }

    #[test]
    fn api3_integer_text_is_the_legacy_code() {
        assert_eq!(ApiError::new(Code::Api3("-514"), "").code(), Code::Legacy(-514));
        // Texts `Code::parse` keeps as strings stay strings.
        assert_eq!(ApiError::new(Code::Api3("007"), "").code(), Code::Api3("007"));
        assert_eq!(ApiError::new(Code::Api3("+5"), "").code(), Code::Api3("+5"));
    }

    #[test]
    fn display_without_message() {
        assert_eq!(ApiError::new(Code::Legacy(4100), "").to_string(), "[4100]");
    }
}

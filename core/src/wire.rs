//! The two JSON wire formats of Tencent Cloud error responses.
//!
//! * API 3.0: `{"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"..."},
//!   "RequestId":"..."}}`; a success has a `Response` without `Error`.
//! * API 2.0: `{"code":4100,"message":"...","codeDesc":"AuthFailure","requestId":"..."}`;
//!   `code` 0 is a success.
//!
//! Reading runs serde_json's parser straight into hand-written visitors (the library takes no
//! proc-macro dependency, so no derive) that borrow strings from the body wherever they hold
//! no escapes; the `ApiError`'s owned strings are allocated once, after the whole body has
//! proved valid. That keeps `from_body` close to a derived, borrowing struct in speed.
//!
//! The visitors need only serde, so this module is compiled with feature `serde` alone: the
//! `Deserialize` impl of `ApiError` (`serde_impls`) drives them from any deserializer, and
//! `read_body` (feature `json`) from serde_json's.
//!
//! Writing is a small infallible JSON writer rather than `serde_json::to_string`, whose
//! `Result` could only be unwrapped.

use alloc::borrow::{Cow, ToOwned};
use alloc::format;
use alloc::string::{String, ToString};
use core::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Unexpected, Visitor};

use crate::Code;
use crate::api_error::ApiError;
#[cfg(feature = "json")]
use crate::parse_error::ParseError;

/// Reads a response body; `ApiError::from_body` documents the rules.
#[cfg(feature = "json")]
pub(crate) fn read_body(body: &[u8]) -> Result<Option<ApiError>, ParseError> {
    // serde_json's slice reader does not check UTF-8 inside values it skips, so check the
    // whole body here; its str reader then need not check the strings it keeps again.
    let text = core::str::from_utf8(body).map_err(|err| ParseError::invalid_utf8(body, err.valid_up_to()))?;
    let mut trail = Trail::default();
    let mut parser = serde_json::Deserializer::from_str(text);
    let found =
        parser.deserialize_map(BodyVisitor { trail: &mut trail }).and_then(|found| parser.end().map(|()| found));
    match found {
        Ok(found) => Ok(found.map(Found::into_api_error)),
        Err(err) => Err(ParseError::from_json(&err, trail.path)),
    }
}

/// Reads a response of either format from any deserializer: `Ok(None)` for a success.
///
/// The path the visitors note is dropped: a generic `D::Error` has no room for it.
pub(crate) fn deserialize_body<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<ApiError>, D::Error> {
    let mut trail = Trail::default();
    let found = deserializer.deserialize_map(BodyVisitor { trail: &mut trail })?;
    Ok(found.map(Found::into_api_error))
}

/// The field where reading failed, for [`ParseError::path`].
///
/// serde_json's errors carry a position but not the field, so each reader notes its field as
/// an error passes through it; the innermost one notes first and wins.
#[derive(Default)]
struct Trail {
    path: Option<Cow<'static, str>>,
}

/// Passes `result` through, noting `path` in `trail` if it is an error.
fn note<T, E>(result: Result<T, E>, trail: &mut Trail, path: impl FnOnce() -> Cow<'static, str>) -> Result<T, E> {
    if result.is_err() && trail.path.is_none() {
        trail.path = Some(path());
    }
    result
}

/// Fails if `slot` already holds a value: a key given twice would make the response
/// ambiguous.
fn once<T, E: de::Error>(slot: &Option<T>, key: &'static str, trail: &mut Trail, path: &'static str) -> Result<(), E> {
    match slot {
        Some(_) => note(Err(E::duplicate_field(key)), trail, || path.into()),
        None => Ok(()),
    }
}

/// Skips the value of a key this reader does not know.
fn skip<'de, A: MapAccess<'de>>(
    map: &mut A,
    trail: &mut Trail,
    path: impl FnOnce() -> Cow<'static, str>,
) -> Result<(), A::Error> {
    note(map.next_value_seed(Skip), trail, path)
}

/// Skips any value while still going through the parser's recursion limit.
///
/// `IgnoredAny` would be faster, but serde_json skips it with a loop that has no depth limit,
/// so a skipped value nested 10,000 deep would be accepted, unlike the same nesting anywhere
/// else; this keeps one rule for the whole body.
struct Skip;

impl<'de> DeserializeSeed<'de> for Skip {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Skip {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        Ok(())
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        Ok(())
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        Ok(())
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        Ok(())
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        Ok(())
    }

    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element_seed(Skip)?.is_some() {}
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while map.next_key_seed(Skip)?.is_some() {
            map.next_value_seed(Skip)?;
        }
        Ok(())
    }
}

/// An error response as read, its strings still borrowed from the body where possible.
struct Found<'de> {
    code: FoundCode<'de>,
    message: Cow<'de, str>,
    code_desc: Option<Cow<'de, str>>,
    request_id: Option<Cow<'de, str>>,
}

enum FoundCode<'de> {
    Legacy(i32),
    Api3(Cow<'de, str>),
}

impl Found<'_> {
    fn into_api_error(self) -> ApiError {
        let code = match &self.code {
            FoundCode::Legacy(code) => Code::Legacy(*code),
            // Parsed, not taken verbatim, so that `"Code":"0"` (how `to_body` writes legacy
            // code 0, which API 2.0 reserves for success) reads back as `Code::Legacy(0)`.
            FoundCode::Api3(code) => Code::parse(code),
        };
        let mut error = ApiError::new(code, self.message);
        if let Some(request_id) = self.request_id {
            error = error.with_request_id(request_id);
        }
        if let Some(code_desc) = self.code_desc {
            error = error.with_code_desc(code_desc);
        }
        error
    }
}

/// The top-level object, of either format.
struct BodyVisitor<'t> {
    trail: &'t mut Trail,
}

/// The API 2.0 fields of the top-level object; the outer `Option` records that a key was
/// seen, so that a repeated `"message": null` is caught too.
#[derive(Default)]
struct Legacy<'de> {
    code: Option<i32>,
    message: Option<Option<Cow<'de, str>>>,
    code_desc: Option<Option<Cow<'de, str>>>,
    request_id: Option<Option<Cow<'de, str>>>,
}

impl<'de> Visitor<'de> for BodyVisitor<'_> {
    type Value = Option<Found<'de>>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a Tencent Cloud response object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let trail = self.trail;
        let mut response = None;
        let mut legacy = Legacy::default();
        while let Some(key) = map.next_key_seed(StrSeed)? {
            match &*key {
                "Response" => {
                    once(&response, "Response", trail, "Response")?;
                    let value = map.next_value_seed(ResponseSeed { trail: &mut *trail });
                    response = Some(note(value, trail, || "Response".into())?);
                }
                "code" => {
                    once(&legacy.code, "code", trail, "code")?;
                    let value = map.next_value_seed(LegacyCodeSeed);
                    legacy.code = Some(note(value, trail, || "code".into())?);
                }
                "message" => {
                    once(&legacy.message, "message", trail, "message")?;
                    let value = map.next_value_seed(OptionalStrSeed);
                    legacy.message = Some(note(value, trail, || "message".into())?);
                }
                "codeDesc" => {
                    once(&legacy.code_desc, "codeDesc", trail, "codeDesc")?;
                    let value = map.next_value_seed(OptionalStrSeed);
                    legacy.code_desc = Some(note(value, trail, || "codeDesc".into())?);
                }
                "requestId" => {
                    once(&legacy.request_id, "requestId", trail, "requestId")?;
                    let value = map.next_value_seed(OptionalStrSeed);
                    legacy.request_id = Some(note(value, trail, || "requestId".into())?);
                }
                _ => skip(&mut map, trail, || key.to_string().into())?,
            }
        }
        match (response, legacy.code) {
            (Some(found), None) => Ok(found),
            (None, Some(code)) => Ok(legacy_error(code, legacy)),
            (Some(_), Some(_)) => {
                Err(de::Error::custom("both `Response` (API 3.0) and `code` (API 2.0) at the top level"))
            }
            (None, None) => Err(de::Error::custom("expected a `Response` (API 3.0) or `code` (API 2.0) key")),
        }
    }
}

/// The error an API 2.0 body describes, or `None` for code 0, its success.
fn legacy_error<'de>(code: i32, fields: Legacy<'de>) -> Option<Found<'de>> {
    (code != 0).then(|| Found {
        code: FoundCode::Legacy(code),
        message: fields.message.flatten().unwrap_or_default(),
        code_desc: fields.code_desc.flatten(),
        request_id: fields.request_id.flatten(),
    })
}

/// API 3.0 `Response`: the error it holds, or `None` for a success.
struct ResponseSeed<'t> {
    trail: &'t mut Trail,
}

impl<'de> DeserializeSeed<'de> for ResponseSeed<'_> {
    type Value = Option<Found<'de>>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for ResponseSeed<'_> {
    type Value = Option<Found<'de>>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the `Response` object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let trail = self.trail;
        let mut error = None;
        let mut request_id = None;
        while let Some(key) = map.next_key_seed(StrSeed)? {
            match &*key {
                "Error" => {
                    once(&error, "Error", trail, "Response.Error")?;
                    let value = map.next_value_seed(ErrorSeed { trail: &mut *trail });
                    error = Some(note(value, trail, || "Response.Error".into())?);
                }
                "RequestId" => {
                    once(&request_id, "RequestId", trail, "Response.RequestId")?;
                    let value = map.next_value_seed(OptionalStrSeed);
                    request_id = Some(note(value, trail, || "Response.RequestId".into())?);
                }
                _ => skip(&mut map, trail, || format!("Response.{key}").into())?,
            }
        }
        Ok(error.flatten().map(|error| Found {
            code: FoundCode::Api3(error.code),
            message: error.message.unwrap_or_default(),
            code_desc: error.code_desc,
            request_id: request_id.flatten(),
        }))
    }
}

/// API 3.0 `Response.Error`; `null` counts as absent, like a missing `Error`.
struct ErrorSeed<'t> {
    trail: &'t mut Trail,
}

struct Api3Error<'de> {
    code: Cow<'de, str>,
    message: Option<Cow<'de, str>>,
    code_desc: Option<Cow<'de, str>>,
}

impl<'de> DeserializeSeed<'de> for ErrorSeed<'_> {
    type Value = Option<Api3Error<'de>>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_option(self)
    }
}

impl<'de> Visitor<'de> for ErrorSeed<'_> {
    type Value = Option<Api3Error<'de>>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the `Error` object")
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_map(self)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let trail = self.trail;
        let mut code = None;
        let mut message = None;
        let mut code_desc = None;
        while let Some(key) = map.next_key_seed(StrSeed)? {
            match &*key {
                "Code" => {
                    once(&code, "Code", trail, "Response.Error.Code")?;
                    let value = map.next_value_seed(StrSeed);
                    code = Some(note(value, trail, || "Response.Error.Code".into())?);
                }
                "Message" => {
                    once(&message, "Message", trail, "Response.Error.Message")?;
                    let value = map.next_value_seed(OptionalStrSeed);
                    message = Some(note(value, trail, || "Response.Error.Message".into())?);
                }
                // Not sent by Tencent: `to_body` writes it so that a code description set on
                // an API 3.0 error survives the round trip.
                "CodeDesc" => {
                    once(&code_desc, "CodeDesc", trail, "Response.Error.CodeDesc")?;
                    let value = map.next_value_seed(OptionalStrSeed);
                    code_desc = Some(note(value, trail, || "Response.Error.CodeDesc".into())?);
                }
                _ => skip(&mut map, trail, || format!("Response.Error.{key}").into())?,
            }
        }
        let code = code.ok_or_else(|| de::Error::missing_field("Code"))?;
        Ok(Some(Api3Error { code, message: message.flatten(), code_desc: code_desc.flatten() }))
    }
}

/// API 2.0 `code`: an integer, or a string holding one, as some products send it.
struct LegacyCodeSeed;

impl<'de> DeserializeSeed<'de> for LegacyCodeSeed {
    type Value = i32;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<i32, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl Visitor<'_> for LegacyCodeSeed {
    type Value = i32;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string or integer")
    }

    fn visit_i64<E: de::Error>(self, code: i64) -> Result<i32, E> {
        i32::try_from(code).map_err(|_| E::invalid_value(Unexpected::Signed(code), &INT32))
    }

    fn visit_u64<E: de::Error>(self, code: u64) -> Result<i32, E> {
        i32::try_from(code).map_err(|_| E::invalid_value(Unexpected::Unsigned(code), &INT32))
    }

    fn visit_str<E: de::Error>(self, code: &str) -> Result<i32, E> {
        code.parse().map_err(|_| E::invalid_value(Unexpected::Str(code), &INT32))
    }
}

/// What an API 2.0 `code` must fit in.
const INT32: &str = "a 32-bit integer";

/// A string, borrowed from the body unless it holds escapes.
struct StrSeed;

impl<'de> DeserializeSeed<'de> for StrSeed {
    type Value = Cow<'de, str>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for StrSeed {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_borrowed_str<E: de::Error>(self, text: &'de str) -> Result<Self::Value, E> {
        Ok(Cow::Borrowed(text))
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
        Ok(Cow::Owned(text.to_owned()))
    }

    fn visit_string<E: de::Error>(self, text: String) -> Result<Self::Value, E> {
        Ok(Cow::Owned(text))
    }
}

/// An optional string field: `null` counts as absent.
struct OptionalStrSeed;

impl<'de> DeserializeSeed<'de> for OptionalStrSeed {
    type Value = Option<Cow<'de, str>>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_option(self)
    }
}

impl<'de> Visitor<'de> for OptionalStrSeed {
    type Value = Option<Cow<'de, str>>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string or null")
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        StrSeed.deserialize(deserializer).map(Some)
    }
}

#[cfg(feature = "json")]
/// Writes `error` as a response body; `ApiError::to_body` documents the shapes.
pub(crate) fn write_body(error: &ApiError) -> String {
    let mut out = String::with_capacity(96 + error.message().len());
    match error.code() {
        Code::Legacy(code) if code != 0 => write_legacy(&mut out, code, error),
        // API 2.0 reserves code 0 for success, so legacy code 0 can only be written as the
        // API 3.0 `"Code":"0"`, which `read_body` parses back to `Code::Legacy(0)`.
        Code::Legacy(code) => write_api3(&mut out, &code.to_string(), error),
        Code::Api3(code) => write_api3(&mut out, code, error),
    }
    out
}

#[cfg(feature = "json")]
fn write_api3(out: &mut String, code: &str, error: &ApiError) {
    out.push_str(r#"{"Response":{"Error":{"Code":"#);
    push_json_str(out, code);
    out.push_str(r#","Message":"#);
    push_json_str(out, error.message());
    if let Some(code_desc) = error.code_desc() {
        out.push_str(r#","CodeDesc":"#);
        push_json_str(out, code_desc);
    }
    out.push('}');
    if let Some(request_id) = error.request_id() {
        out.push_str(r#","RequestId":"#);
        push_json_str(out, request_id);
    }
    out.push_str("}}");
}

#[cfg(feature = "json")]
fn write_legacy(out: &mut String, code: i32, error: &ApiError) {
    out.push_str(r#"{"code":"#);
    out.push_str(&code.to_string());
    out.push_str(r#","message":"#);
    push_json_str(out, error.message());
    if let Some(code_desc) = error.code_desc() {
        out.push_str(r#","codeDesc":"#);
        push_json_str(out, code_desc);
    }
    if let Some(request_id) = error.request_id() {
        out.push_str(r#","requestId":"#);
        push_json_str(out, request_id);
    }
    out.push('}');
}

#[cfg(feature = "json")]
/// Appends `text` as a JSON string literal, escaping exactly what RFC 8259 requires (quote,
/// backslash, U+0000 to U+001F), the way serde_json does.
fn push_json_str(out: &mut String, text: &str) {
    const HEX: [char; 16] = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'];
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{08}' => out.push_str("\\b"),
            '\u{0c}' => out.push_str("\\f"),
            '\u{00}'..='\u{1f}' => {
                let byte = c as u32;
                out.push_str("\\u00");
                // Both nibbles are below 16: the mask makes the indexing total.
                out.push(HEX[(byte >> 4 & 0xf) as usize]);
                out.push(HEX[(byte & 0xf) as usize]);
            }
            _ => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(all(test, feature = "json"))]
mod tests {
    use alloc::vec::Vec;

    use super::{String, push_json_str};

    fn quoted(text: &str) -> String {
        let mut out = String::new();
        push_json_str(&mut out, text);
        out
    }

    #[test]
    fn escapes_like_serde_json() {
        let mut samples: Vec<String> = (0u32..0x80).filter_map(char::from_u32).map(String::from).collect();
        samples.extend(
            ["", "plain", "a \"quoted\" \\path\\", "鉴权失败，请检查签名", "\u{7f}\u{2028}\u{10ffff}"]
                .map(String::from),
        );
        for sample in samples {
            let expected = serde_json::to_string(&sample).ok();
            assert_eq!(Some(quoted(&sample)), expected, "{sample:?}");
        }
    }
}

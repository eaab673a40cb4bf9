//! The two JSON wire formats of Tencent Cloud error responses (COS's XML is in `xml`).
//!
//! * API 3.0: `{"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"..."},
//!   "RequestId":"..."}}`; a success has a `Response` without `Error`.
//! * API 2.0: `{"code":4100,"message":"...","codeDesc":"AuthFailure","requestId":"..."}`;
//!   `code` 0 is a success.
//! * The API 3.0 error without its wrapper, `{"Error":{"Code":..,"Message":..},"RequestId":..}`,
//!   which some of Tencent's SDKs (the PHP STS SDK) throw: read only with an `Error` object.
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
//! Writing is `ApiError`'s `Serialize` impl (`serde_impls`), which `to_body` hands to
//! serde_json: one description of the shapes for both.

use alloc::borrow::{Cow, ToOwned};
use alloc::format;
use alloc::string::{String, ToString};
use core::cell::Cell;
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
    // `<` after JSON's whitespace is COS's XML. A byte order mark is neither (`trim_start`
    // does not take it), so it stays an error, as in JSON.
    #[cfg(feature = "xml")]
    if text.trim_start_matches([' ', '\t', '\r', '\n']).starts_with('<') {
        return crate::xml::read_xml(text).map(Some);
    }
    let trail = Trail::default();
    let mut parser = serde_json::Deserializer::from_str(text);
    let found = parser.deserialize_map(BodyVisitor { trail: &trail }).and_then(|found| parser.end().map(|()| found));
    match found {
        Ok(found) => Ok(found.map(Found::into_api_error)),
        Err(err) => Err(ParseError::from_json(&err, trail.path.into_inner())),
    }
}

/// Reads a response of either format from any deserializer: `Ok(None)` for a success.
///
/// The path the visitors note is dropped: a generic `D::Error` has no room for it.
pub(crate) fn deserialize_body<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<ApiError>, D::Error> {
    let trail = Trail::default();
    let found = deserializer.deserialize_map(BodyVisitor { trail: &trail })?;
    Ok(found.map(Found::into_api_error))
}

/// The field where reading failed, for [`ParseError::path`].
///
/// serde_json's errors carry a position but not the field, so each reader notes its field as
/// an error passes through it; the innermost one notes first and wins.
///
/// Readers share it (a `Cell`, so that a nested reader can hold it while its parent notes
/// too).
#[derive(Default)]
struct Trail {
    path: Cell<Option<Cow<'static, str>>>,
}

/// Passes `result` through, noting `path` in `trail` if it is an error.
fn note<T, E>(result: Result<T, E>, trail: &Trail, path: impl FnOnce() -> Cow<'static, str>) -> Result<T, E> {
    if result.is_err() {
        let noted = trail.path.take().unwrap_or_else(path);
        trail.path.set(Some(noted));
    }
    result
}

/// Reads the value of the key at the end of `path` into `slot` with `seed`: a key given
/// twice is an error, and an error notes `path`.
fn read_field<'de, A, S>(
    map: &mut A,
    slot: &mut Option<S::Value>,
    path: &'static str,
    trail: &Trail,
    seed: S,
) -> Result<(), A::Error>
where
    A: MapAccess<'de>,
    S: DeserializeSeed<'de>,
{
    if slot.is_some() {
        // A key given twice would make the response ambiguous.
        let key = path.rsplit('.').next().unwrap_or(path);
        return note(Err(de::Error::duplicate_field(key)), trail, || path.into());
    }
    let value = map.next_value_seed(seed);
    *slot = Some(note(value, trail, || path.into())?);
    Ok(())
}

/// Skips the value of a key this reader does not know.
fn skip<'de, A: MapAccess<'de>>(
    map: &mut A,
    trail: &Trail,
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
    trail: &'t Trail,
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
        let (mut bare_error, mut bare_request_id) = (None, None);
        while let Some(key) = map.next_key_seed(StrSeed)? {
            match &*key {
                "Response" => read_field(&mut map, &mut response, "Response", trail, ResponseSeed { trail })?,
                "Error" => read_field(&mut map, &mut bare_error, "Error", trail, ErrorSeed { trail, place: BARE })?,
                "RequestId" => read_field(&mut map, &mut bare_request_id, "RequestId", trail, OptionalStrSeed)?,
                "code" => read_field(&mut map, &mut legacy.code, "code", trail, LegacyCodeSeed)?,
                "message" => read_field(&mut map, &mut legacy.message, "message", trail, OptionalStrSeed)?,
                "codeDesc" => read_field(&mut map, &mut legacy.code_desc, "codeDesc", trail, OptionalStrSeed)?,
                "requestId" => read_field(&mut map, &mut legacy.request_id, "requestId", trail, OptionalStrSeed)?,
                _ => skip(&mut map, trail, || key.to_string().into())?,
            }
        }
        match (response, legacy.code, bare_error) {
            (Some(found), None, None) => Ok(found),
            (None, Some(code), None) => Ok(legacy_error(code, legacy)),
            (None, None, Some(Some(error))) => Ok(Some(error.found(bare_request_id.flatten()))),
            (None, None, Some(None)) => Err(de::Error::custom("a bare `Error` must be an error object, not null")),
            (Some(_), Some(_), _) => {
                Err(de::Error::custom("both `Response` (API 3.0) and `code` (API 2.0) at the top level"))
            }
            (_, _, Some(_)) => Err(de::Error::custom("a bare `Error` beside a `Response` or `code` key")),
            (None, None, None) => Err(de::Error::custom("expected a `Response` (API 3.0) or `code` (API 2.0) key")),
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
    trail: &'t Trail,
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
                    read_field(&mut map, &mut error, "Response.Error", trail, ErrorSeed { trail, place: WRAPPED })?
                }
                "RequestId" => read_field(&mut map, &mut request_id, "Response.RequestId", trail, OptionalStrSeed)?,
                _ => skip(&mut map, trail, || format!("Response.{key}").into())?,
            }
        }
        Ok(error.flatten().map(|error| error.found(request_id.flatten())))
    }
}

/// API 3.0 `Response.Error` (or a bare `Error`); `null` counts as absent, like a missing
/// `Error`.
struct ErrorSeed<'t> {
    trail: &'t Trail,
    /// The paths of its fields, for errors.
    place: ErrorPaths,
}

/// The paths of `Code`, `Message` and `CodeDesc` of an `Error` object.
type ErrorPaths = [&'static str; 3];
const WRAPPED: ErrorPaths = ["Response.Error.Code", "Response.Error.Message", "Response.Error.CodeDesc"];
const BARE: ErrorPaths = ["Error.Code", "Error.Message", "Error.CodeDesc"];

struct Api3Error<'de> {
    code: Cow<'de, str>,
    message: Option<Cow<'de, str>>,
    code_desc: Option<Cow<'de, str>>,
}

impl<'de> Api3Error<'de> {
    fn found(self, request_id: Option<Cow<'de, str>>) -> Found<'de> {
        Found {
            code: FoundCode::Api3(self.code),
            message: self.message.unwrap_or_default(),
            code_desc: self.code_desc,
            request_id,
        }
    }
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
        let [code_path, message_path, code_desc_path] = self.place;
        let mut code = None;
        let mut message = None;
        let mut code_desc = None;
        while let Some(key) = map.next_key_seed(StrSeed)? {
            match &*key {
                "Code" => read_field(&mut map, &mut code, code_path, trail, StrSeed)?,
                "Message" => read_field(&mut map, &mut message, message_path, trail, OptionalStrSeed)?,
                // Not sent by Tencent: `to_body` writes it so that a code description set on
                // an API 3.0 error survives the round trip.
                "CodeDesc" => read_field(&mut map, &mut code_desc, code_desc_path, trail, OptionalStrSeed)?,
                _ => skip(&mut map, trail, || format!("{}.{key}", code_path.trim_end_matches(".Code")).into())?,
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

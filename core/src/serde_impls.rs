//! `Serialize` and `Deserialize` for [`Code`] and [`ApiError`] (feature `serde`).
//!
//! Hand-written rather than derived, for three reasons: the library takes no proc-macro
//! dependency; the derived shapes would not be Tencent's (`{"Legacy":4100}`, or a struct of
//! private fields), while these are exactly the wire formats that `ApiError::from_body`
//! reads and `ApiError::to_body` writes (it is this `Serialize`); and reading reuses the
//! visitors of `wire`, so `from_body` and `Deserialize` cannot drift apart.

use core::fmt;

use serde::de::{self, Deserialize, Deserializer, Unexpected, Visitor};
use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::{ApiError, Code};

/// A legacy code is a number, an API 3.0 code a string: the way each API format sends it.
/// A COS code is a string too, so it reads back as the API 3.0 code of the same spelling:
/// serde formats have no room for the distinction (see [`Code::Cos`]).
///
/// ```
/// use tencent_errors_core::Code;
///
/// assert_eq!(serde_json::to_string(&Code::Legacy(-514)).unwrap(), "-514");
/// assert_eq!(serde_json::to_string(&Code::Api3("InternalError")).unwrap(), r#""InternalError""#);
/// ```
impl Serialize for Code<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match *self {
            Code::Legacy(code) => serializer.serialize_i32(code),
            Code::Api3(code) | Code::Cos(code) => serializer.serialize_str(code),
        }
    }
}

/// Reads a number that fits in an `i32` as a legacy code and a string with [`Code::parse`],
/// so `"4100"` is `Code::Legacy(4100)`, as in [`ApiError::new`]. A string is never a
/// [`Code::Cos`]: nothing in it says so; COS codes come from COS bodies (`ApiError::from_body`).
///
/// An API 3.0 code borrows its text from the input, which is why `'de: 'a`: a string the
/// deserializer cannot lend (one holding escapes, or any string of a reader-based or
/// value-based deserializer) is an error saying so, unless it holds a legacy integer, which
/// needs no borrow. Read such input into a `String` and use [`Code::parse`], or read a whole
/// [`ApiError`], which owns its strings. In a derived struct, mark the field
/// `#[serde(borrow)]`, as serde requires for borrowed types other than `&str` and `&[u8]`.
///
/// The format must be self-describing (JSON, YAML, ...), since the value may be either type.
///
/// ```
/// use tencent_errors_core::Code;
///
/// let code: Code<'_> = serde_json::from_str(r#""AuthFailure.SignatureFailure""#).unwrap();
/// assert_eq!(code, Code::Api3("AuthFailure.SignatureFailure"));
/// assert_eq!(serde_json::from_str::<Code<'_>>("4100").unwrap(), Code::Legacy(4100));
/// assert_eq!(serde_json::from_str::<Code<'_>>(r#""4100""#).unwrap(), Code::Legacy(4100));
///
/// // An escape means the text is not in the input as is, so there is nothing to borrow.
/// let err = serde_json::from_str::<Code<'_>>(r#""Internal\u0045rror""#).unwrap_err();
/// assert!(err.to_string().starts_with("cannot borrow the code \"InternalError\""));
/// ```
impl<'de: 'a, 'a> Deserialize<'de> for Code<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(CodeVisitor)
    }
}

struct CodeVisitor;

impl<'de> Visitor<'de> for CodeVisitor {
    type Value = Code<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a 32-bit integer or a string borrowed from the input")
    }

    fn visit_i64<E: de::Error>(self, code: i64) -> Result<Code<'de>, E> {
        i32::try_from(code).map(Code::Legacy).map_err(|_| E::invalid_value(Unexpected::Signed(code), &self))
    }

    fn visit_u64<E: de::Error>(self, code: u64) -> Result<Code<'de>, E> {
        i32::try_from(code).map(Code::Legacy).map_err(|_| E::invalid_value(Unexpected::Unsigned(code), &self))
    }

    fn visit_borrowed_str<E: de::Error>(self, text: &'de str) -> Result<Code<'de>, E> {
        Ok(Code::parse(text))
    }

    /// A string that does not live as long as the input (`visit_string` ends here too).
    fn visit_str<E: de::Error>(self, text: &str) -> Result<Code<'de>, E> {
        match Code::parse(text) {
            Code::Legacy(code) => Ok(Code::Legacy(code)),
            Code::Api3(_) | Code::Cos(_) => Err(E::custom(format_args!(
                "cannot borrow the code {text:?} from the input: it holds escapes, or the \
                 deserializer does not lend its strings; read a String and use Code::parse"
            ))),
        }
    }
}

/// Writes a response body; `ApiError::to_body` (feature `json`) is this impl through
/// serde_json, so `serde_json::to_string(&err)` equals `err.to_body()`: the API 3.0 shape
/// `{"Response":{"Error":{"Code":..,"Message":..},"RequestId":..}}` for string codes, the
/// API 2.0 shape `{"code":4100,"message":..,"codeDesc":..,"requestId":..}` for legacy codes,
/// and the API 3.0 shape with `"Code":"0"` for legacy code 0, which API 2.0 reserves for
/// success. Absent optional fields are left out, not written as `null`.
///
/// serde has no COS shape: a [`Code::Cos`] error is written in the API 3.0 shape (its
/// `resource` and `trace_id` left out), and reads back as an API 3.0 error. Its `to_body`
/// is COS's XML instead, the one case where `to_body` is not this impl.
///
/// ```
/// use tencent_errors_core::{ApiError, Code};
///
/// let err = ApiError::new(Code::Api3("InternalError"), "oops").with_request_id("r-1");
/// let json = serde_json::to_string(&err).unwrap();
/// assert_eq!(json, r#"{"Response":{"Error":{"Code":"InternalError","Message":"oops"},"RequestId":"r-1"}}"#);
/// # #[cfg(feature = "json")]
/// assert_eq!(json, err.to_body());
///
/// let err = ApiError::new(Code::Legacy(4100), "鉴权失败");
/// assert_eq!(serde_json::to_string(&err).unwrap(), r#"{"code":4100,"message":"鉴权失败"}"#);
/// ```
impl Serialize for ApiError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.code() {
            Code::Legacy(code) if code != 0 => {
                let len = 2 + usize::from(self.code_desc().is_some()) + usize::from(self.request_id().is_some());
                let mut body = serializer.serialize_struct("ApiError", len)?;
                body.serialize_field("code", &code)?;
                body.serialize_field("message", self.message())?;
                optional_field(&mut body, "codeDesc", self.code_desc())?;
                optional_field(&mut body, "requestId", self.request_id())?;
                body.end()
            }
            Code::Legacy(_) => Api3Body { code: "0", error: self }.serialize(serializer),
            Code::Api3(code) | Code::Cos(code) => Api3Body { code, error: self }.serialize(serializer),
        }
    }
}

/// Writes `value` under `key`, or skips the field when it is `None`.
fn optional_field<S: SerializeStruct>(body: &mut S, key: &'static str, value: Option<&str>) -> Result<(), S::Error> {
    match value {
        Some(value) => body.serialize_field(key, value),
        None => body.skip_field(key),
    }
}

/// `{"Response":{"Error":{..},"RequestId":..}}` with `code` as the `Code` string.
struct Api3Body<'e> {
    code: &'e str,
    error: &'e ApiError,
}

impl Serialize for Api3Body<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut body = serializer.serialize_struct("ApiError", 1)?;
        body.serialize_field("Response", &Api3Response(self))?;
        body.end()
    }
}

/// The `Response` object: `Error`, then `RequestId` if any.
struct Api3Response<'b, 'e>(&'b Api3Body<'e>);

impl Serialize for Api3Response<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let error = self.0.error;
        let mut response = serializer.serialize_struct("Response", 1 + usize::from(error.request_id().is_some()))?;
        response.serialize_field("Error", &Api3Error(self.0))?;
        optional_field(&mut response, "RequestId", error.request_id())?;
        response.end()
    }
}

/// The `Error` object: `Code`, `Message`, then `CodeDesc` if any.
struct Api3Error<'b, 'e>(&'b Api3Body<'e>);

impl Serialize for Api3Error<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let Api3Body { code, error } = *self.0;
        let mut fields = serializer.serialize_struct("Error", 2 + usize::from(error.code_desc().is_some()))?;
        fields.serialize_field("Code", code)?;
        fields.serialize_field("Message", error.message())?;
        optional_field(&mut fields, "CodeDesc", error.code_desc())?;
        fields.end()
    }
}

/// Reads a response body of either API format, by the rules of `ApiError::from_body` and
/// with the same visitors, from any self-describing deserializer; a success response (an
/// API 3.0 `Response` without `Error`, an API 2.0 `code` of 0) is an error, since it holds
/// no error.
///
/// For whole bodies prefer `from_body` (feature `json`): it also checks that the body is UTF-8 throughout
/// (serde_json does not check inside values it skips), reads a success as `Ok(None)`, and
/// its [`ParseError`](crate::ParseError) names the field at fault (`Response.Error.Code`),
/// which a generic `D::Error` cannot carry. This impl is for an error embedded in other data.
///
/// ```
/// use tencent_errors_core::{ApiError, Code};
///
/// let err: ApiError = serde_json::from_str(r#"{"code":"4100","message":"鉴权失败"}"#).unwrap();
/// assert_eq!(err, ApiError::new(Code::Legacy(4100), "鉴权失败"));
///
/// let success = serde_json::from_str::<ApiError>(r#"{"Response":{"RequestId":"r-1"}}"#);
/// assert!(success.unwrap_err().to_string().starts_with("a success response holds no error"));
/// ```
impl<'de> Deserialize<'de> for ApiError {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::wire::deserialize_body(deserializer)?
            .ok_or_else(|| de::Error::custom("a success response holds no error"))
    }
}

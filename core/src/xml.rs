//! COS's XML error bodies (feature `xml`):
//! `<?xml ...?><Error><Code>NoSuchBucket</Code><Message>..</Message><Resource>..</Resource>
//! <RequestId>..</RequestId><TraceId>..</TraceId></Error>`.
//!
//! The tokenizer is quick-xml 0.41 (a maintained pull parser; 0.42 needs Rust 1.86, above the
//! library's MSRV of 1.85). It reads from the body slice without copying and has no DTD
//! support at all: it hands a `<!DOCTYPE` over as an event, which this reader rejects, and
//! it hands every entity reference over as an event too, which this reader resolves itself:
//! only the five predefined entities and character references, anything else is an error.
//! So nothing is ever expanded beyond one character per reference, and nothing external is
//! fetched.
//!
//! Memory and time stay linear in the body: elements nested deeper than [`MAX_DEPTH`] are an
//! error before quick-xml's stack of open names grows further, so are more than
//! [`MAX_ATTRIBUTES`] attributes on one element (quick-xml keeps their names to find
//! duplicates), and text is kept only for the known fields of `<Error>`. What is kept is at
//! most the body's size: the known fields' text, and the names of the open elements.

use alloc::borrow::Cow;
use alloc::format;
use alloc::string::String;

use quick_xml::Reader;
use quick_xml::events::{BytesRef, BytesStart, Event};

use crate::Code;
use crate::api_error::ApiError;
use crate::parse_error::{ParseError, ParseErrorKind};

/// The deepest nesting of elements accepted, the root counting as 1. COS's bodies have 2.
pub(crate) const MAX_DEPTH: usize = 32;

/// The most attributes accepted on one element. COS sends none.
pub(crate) const MAX_ATTRIBUTES: usize = 32;

/// The fields of `<Error>` this reader keeps, in the order of [`Fields`]'s slots.
const FIELDS: [&str; 6] = ["Code", "Message", "Resource", "RequestId", "TraceId", "CodeDesc"];

/// The paths of [`FIELDS`], for errors.
const PATHS: [&str; 6] =
    ["Error.Code", "Error.Message", "Error.Resource", "Error.RequestId", "Error.TraceId", "Error.CodeDesc"];

/// What has been read of each field of [`FIELDS`], by index.
type Fields = [Option<String>; 6];

/// Reads a COS XML error body; `text` is the whole body, already checked to be UTF-8.
/// `ApiError::from_body` documents the rules.
pub(crate) fn read_xml(text: &str) -> Result<ApiError, ParseError> {
    let mut reader = Reader::from_str(text);
    let config = reader.config_mut();
    config.trim_text(false);
    config.check_end_names = true;
    config.check_comments = true;
    config.allow_dangling_amp = false;
    config.allow_unmatched_ends = false;
    config.expand_empty_elements = false;

    let error = |kind, detail: String, path: Option<&'static str>, offset: u64| {
        ParseError::at_offset(kind, detail, path.map(Cow::Borrowed), text.as_bytes(), offset)
    };

    let mut fields: Fields = Default::default();
    // The number of open elements; the root is depth 1.
    let mut depth = 0usize;
    // The field of `FIELDS` being read: its element is open at depth 2.
    let mut field: Option<usize> = None;
    let mut root_seen = false;
    let mut any_event = false;
    loop {
        let start = reader.buffer_position();
        let event = match reader.read_event() {
            Ok(event) => event,
            Err(err) => {
                let path = field.map(|i| PATHS[i]);
                return Err(error(ParseErrorKind::Xml, format!("{err}"), path, reader.error_position()));
            }
        };
        // The declaration must come first; only the whitespace `from_body` skips may precede it.
        let first = !any_event;
        any_event |= !matches!(&event, Event::Text(text) if depth == 0 && is_whitespace(text));
        match event {
            Event::Decl(_) if first => {}
            Event::Decl(_) => {
                return Err(error(ParseErrorKind::Xml, "an XML declaration not at the start".into(), None, start));
            }
            Event::DocType(_) => {
                return Err(error(
                    ParseErrorKind::Xml,
                    "a DOCTYPE is not allowed (no DTD is processed)".into(),
                    None,
                    start,
                ));
            }
            Event::PI(_) | Event::Comment(_) => {}
            Event::Start(element) => {
                open(&element, &mut depth, &mut field, &mut root_seen, &fields)
                    .map_err(|(kind, detail, path)| error(kind, detail, path, start))?;
                if let Some(i) = field {
                    fields[i].get_or_insert_with(String::new);
                }
            }
            Event::Empty(element) => {
                open(&element, &mut depth, &mut field, &mut root_seen, &fields)
                    .map_err(|(kind, detail, path)| error(kind, detail, path, start))?;
                if let Some(i) = field.take() {
                    fields[i] = Some(String::new());
                }
                depth -= 1;
                if depth == 0 {
                    return Err(error(ParseErrorKind::Shape, "missing element `Code`".into(), None, start));
                }
            }
            Event::End(_) => {
                // quick-xml has checked that it closes the element open (so depth > 0; checked
                // all the same, an underflow would panic).
                if depth == 2 {
                    field = None;
                }
                let Some(outer) = depth.checked_sub(1) else {
                    return Err(error(ParseErrorKind::Xml, "an end tag without a start tag".into(), None, start));
                };
                depth = outer;
                if depth == 0 {
                    return finish(&mut reader, fields, text);
                }
            }
            // Text is decoded only inside a known field: elsewhere it is skipped (and outside
            // the root must be whitespace), so a huge skipped text costs no memory.
            Event::Text(content) => match field {
                Some(i) => {
                    let content = content
                        .xml10_content()
                        .map_err(|err| error(ParseErrorKind::Xml, format!("{err}"), Some(PATHS[i]), start))?;
                    fields[i].get_or_insert_with(String::new).push_str(&content);
                }
                None if depth == 0 && !is_whitespace(&content) => {
                    return Err(error(ParseErrorKind::Xml, "text outside the root element".into(), None, start));
                }
                None => {}
            },
            Event::CData(content) => match field {
                Some(i) => {
                    let content = content
                        .xml10_content()
                        .map_err(|err| error(ParseErrorKind::Xml, format!("{err}"), Some(PATHS[i]), start))?;
                    fields[i].get_or_insert_with(String::new).push_str(&content);
                }
                None if depth == 0 => {
                    return Err(error(ParseErrorKind::Xml, "CDATA outside the root element".into(), None, start));
                }
                None => {}
            },
            Event::GeneralRef(reference) => {
                let c = resolve(&reference)
                    .map_err(|detail| error(ParseErrorKind::Xml, detail, field.map(|i| PATHS[i]), start))?;
                if depth == 0 {
                    return Err(error(ParseErrorKind::Xml, "text outside the root element".into(), None, start));
                }
                if let Some(i) = field {
                    fields[i].get_or_insert_with(String::new).push(c);
                }
            }
            Event::Eof => {
                let detail = if root_seen { "unexpected end of the body inside an element" } else { "no root element" };
                return Err(error(ParseErrorKind::Xml, detail.into(), None, start));
            }
        }
    }
}

/// Opens `element`: checks the root and the depth, and notes a known field of `<Error>`.
fn open(
    element: &BytesStart<'_>,
    depth: &mut usize,
    field: &mut Option<usize>,
    root_seen: &mut bool,
    fields: &Fields,
) -> Result<(), (ParseErrorKind, String, Option<&'static str>)> {
    // Attributes are ignored, but must be well-formed, names unique included. quick-xml keeps
    // the names seen to find a duplicate, so their number is limited, as the depth is.
    for (n, attribute) in element.attributes().with_checks(true).enumerate() {
        if n == MAX_ATTRIBUTES {
            return Err((ParseErrorKind::Xml, format!("more than {MAX_ATTRIBUTES} attributes on an element"), None));
        }
        attribute.map_err(|err| (ParseErrorKind::Xml, format!("{err}"), field.map(|i| PATHS[i])))?;
    }
    let name = element.name();
    let name = name.as_ref();
    *depth += 1;
    if *depth > MAX_DEPTH {
        return Err((ParseErrorKind::Xml, format!("elements nested deeper than {MAX_DEPTH}"), None));
    }
    match *depth {
        1 => {
            if *root_seen {
                return Err((ParseErrorKind::Xml, "a second root element".into(), None));
            }
            *root_seen = true;
            if name != b"Error" {
                let name = String::from_utf8_lossy(name);
                return Err((
                    ParseErrorKind::Shape,
                    format!("expected the root element `Error`, found `{name}`"),
                    None,
                ));
            }
        }
        2 => {
            if let Some(i) = FIELDS.iter().position(|known| known.as_bytes() == name) {
                if fields[i].is_some() {
                    return Err((ParseErrorKind::Shape, format!("duplicate element `{}`", FIELDS[i]), Some(PATHS[i])));
                }
                *field = Some(i);
            }
        }
        _ => {
            if let Some(i) = *field {
                return Err((
                    ParseErrorKind::Shape,
                    format!("an element inside `{}`, which holds text", FIELDS[i]),
                    Some(PATHS[i]),
                ));
            }
        }
    }
    Ok(())
}

/// Whether `text` is XML whitespace only (the same four characters as JSON's).
fn is_whitespace(text: &[u8]) -> bool {
    text.iter().all(|b| matches!(b, b' ' | b'\t' | b'\r' | b'\n'))
}

/// The character an entity reference stands for: one of the five predefined entities or a
/// character reference. Any other name is an error: no DTD declares it.
fn resolve(reference: &BytesRef<'_>) -> Result<char, String> {
    if reference.is_char_ref() {
        return match reference.resolve_char_ref() {
            Ok(Some(c)) => Ok(c),
            Ok(None) | Err(_) => Err(format!("invalid character reference `&{};`", String::from_utf8_lossy(reference))),
        };
    }
    match &**reference {
        b"lt" => Ok('<'),
        b"gt" => Ok('>'),
        b"amp" => Ok('&'),
        b"apos" => Ok('\''),
        b"quot" => Ok('"'),
        other => Err(format!(
            "unknown entity `&{};` (only the five predefined ones are read)",
            String::from_utf8_lossy(other)
        )),
    }
}

/// After the root closed: only whitespace, comments and processing instructions may follow.
fn finish(reader: &mut Reader<&[u8]>, mut fields: Fields, text: &str) -> Result<ApiError, ParseError> {
    loop {
        let start = reader.buffer_position();
        let trailing =
            |detail: &str| ParseError::at_offset(ParseErrorKind::Xml, detail.into(), None, text.as_bytes(), start);
        match reader.read_event() {
            Ok(Event::Eof) => break,
            Ok(Event::Comment(_) | Event::PI(_)) => {}
            Ok(Event::Text(content)) if is_whitespace(&content) => {}
            Ok(_) => return Err(trailing("trailing content after the root element")),
            Err(err) => {
                return Err(ParseError::at_offset(
                    ParseErrorKind::Xml,
                    format!("{err}"),
                    None,
                    text.as_bytes(),
                    reader.error_position(),
                ));
            }
        }
    }
    let [code, message, resource, request_id, trace_id, code_desc] = &mut fields;
    let Some(code) = code.take() else {
        return Err(ParseError::at_offset(
            ParseErrorKind::Shape,
            "missing element `Code`".into(),
            None,
            text.as_bytes(),
            reader.buffer_position(),
        ));
    };
    let mut error = ApiError::new(Code::Cos(&code), message.take().unwrap_or_default());
    if let Some(resource) = resource.take() {
        error = error.with_resource(resource);
    }
    if let Some(request_id) = request_id.take() {
        error = error.with_request_id(request_id);
    }
    if let Some(trace_id) = trace_id.take() {
        error = error.with_trace_id(trace_id);
    }
    if let Some(code_desc) = code_desc.take() {
        error = error.with_code_desc(code_desc);
    }
    Ok(error)
}

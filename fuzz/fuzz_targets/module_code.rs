//! The API 2.0 module-code extraction (`ApiError::module_code`).
//!
//! The input is split into a 4-byte i32 `n` (when there are 4 bytes) and a message text. Checks:
//! * the text as the message of a legacy error gives the module code that an independent,
//!   deliberately naive reading of the documented rule gives (leading whitespace, `(`,
//!   whitespace, optional `-` and whitespace, ASCII digits fitting i32, whitespace, `)`);
//! * the same message on an API 3.0 error gives `None`;
//! * `"({n}) {text}"`, `"({n}){text}"`, `"( {n} ) {text}"` and, for negative `n`,
//!   `"(- {|n|}) {text}"`, behind leading whitespace, all give `Some(n)`;
//! * the module code survives `to_body`/`from_body`, and `retry` never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tencent_errors_core::{ApiError, Code};

fuzz_target!(|data: &[u8]| {
    let (n, rest) = match data.split_first_chunk::<4>() {
        Some((head, rest)) => (i32::from_le_bytes(*head), rest),
        None => (0, data),
    };
    let text = String::from_utf8_lossy(rest);

    let err = ApiError::new(Code::Legacy(4000), &*text);
    let found = err.module_code();
    assert_eq!(found, reference(&text), "module code of {text:?}");
    let _ = err.retry();
    let back = ApiError::from_body(err.to_body().as_bytes()).unwrap().unwrap();
    assert_eq!(back.module_code(), found);
    assert_eq!(ApiError::new(Code::Api3("InternalError"), &*text).module_code(), None);

    // Leading whitespace taken from the text itself, so the fuzzer steers it too.
    let indent: String = text.chars().take_while(|c| c.is_whitespace()).collect();
    let mut written =
        vec![format!("{indent}({n}) {text}"), format!("{indent}({n}){text}"), format!("{indent}( {n} ) {text}")];
    if n < 0 {
        written.push(format!("{indent}(- {}) {text}", n.unsigned_abs()));
        written.push(format!("{indent}(-\t{})", n.unsigned_abs()));
    }
    for message in written {
        let module = ApiError::new(Code::Legacy(5100), &*message).module_code();
        assert_eq!(module, Some(n), "module code of {message:?}");
    }
});

/// The documented rule, written out without sharing code with the library.
fn reference(message: &str) -> Option<i32> {
    let start = message.find(|c: char| !c.is_whitespace())?;
    let rest = &message[start..];
    if !rest.starts_with('(') {
        return None;
    }
    let close = rest.find(')')?;
    let inside: Vec<char> = rest[1..close].chars().collect();
    let mut i = 0;
    while i < inside.len() && inside[i].is_whitespace() {
        i += 1;
    }
    let negative = i < inside.len() && inside[i] == '-';
    if negative {
        i += 1;
        while i < inside.len() && inside[i].is_whitespace() {
            i += 1;
        }
    }
    let mut value: i64 = 0;
    let mut digits = 0;
    while i < inside.len() && inside[i].is_ascii_digit() {
        value = (value * 10 + i64::from(inside[i] as u8 - b'0')).min(1 << 40);
        digits += 1;
        i += 1;
    }
    while i < inside.len() && inside[i].is_whitespace() {
        i += 1;
    }
    if digits == 0 || i != inside.len() {
        return None;
    }
    i32::try_from(if negative { -value } else { value }).ok()
}

//! 100 MB bodies: parsed in bounded time and memory. `from_body` reads the slice it is given
//! without copying it; what it allocates is the strings it keeps (the error's fields), so a
//! huge skipped value costs no memory and a huge message costs its own size once.
#![cfg(feature = "json")]

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

use tencent_errors_core::{ApiError, Code, ParseErrorKind};

/// Counts live and peak heap bytes, so the tests can bound what parsing allocates.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is forwarded unchanged to the system allocator; only counters are added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let live = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
        PEAK.fetch_max(live, Ordering::Relaxed);
        // SAFETY: the caller upholds `GlobalAlloc::alloc`'s contract, which we pass on.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: `ptr` came from `alloc` above with this `layout`.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const MB: usize = 1 << 20;
const SIZE: usize = 100 * MB;
/// Generous for a debug build on a loaded 2-core machine; a release build takes well under
/// a second.
const TIME_LIMIT: Duration = Duration::from_secs(60);

/// The counters are process-wide: the tests take turns, each holding this for its whole run
/// (building a 100 MB body in one test would count in another's measurement).
static SERIAL: Mutex<()> = Mutex::new(());

fn take_turn() -> MutexGuard<'static, ()> {
    SERIAL.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Parses `body`, returning the result and the peak heap bytes allocated during the parse.
fn measured(body: &[u8]) -> (Result<Option<ApiError>, tencent_errors_core::ParseError>, usize) {
    let base = LIVE.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let start = Instant::now();
    let result = ApiError::from_body(body);
    assert!(start.elapsed() < TIME_LIMIT, "took {:?}", start.elapsed());
    let peak = PEAK.load(Ordering::Relaxed).saturating_sub(base);
    (result, peak)
}

/// Builds a body of about `SIZE` bytes from a head, a repeated filler and a tail.
fn body(head: &str, filler: &str, tail: &str) -> Vec<u8> {
    let mut body = Vec::with_capacity(SIZE + head.len() + tail.len());
    body.extend_from_slice(head.as_bytes());
    while body.len() < SIZE {
        body.extend_from_slice(filler.as_bytes());
    }
    body.extend_from_slice(tail.as_bytes());
    body
}

#[test]
fn huge_skipped_value_costs_no_memory() {
    let _turn = take_turn();
    let body = body(
        r#"{"Response":{"Data":["#,
        r#""abcdefghij",12345,{"k":[true,null]},"#,
        r#"0],"Error":{"Code":"InternalError","Message":"m"},"RequestId":"r"}}"#,
    );
    let (result, peak) = measured(&body);
    let error = result.expect("well-formed").expect("an error response");
    assert_eq!(error.code(), Code::Api3("InternalError"));
    assert!(peak < MB, "parsing allocated {peak} bytes");
}

#[test]
fn huge_message_is_kept_once() {
    let _turn = take_turn();
    let body = body(r#"{"code":4100,"message":""#, "鉴权失败 auth failed ", r#"","codeDesc":"AuthFailure"}"#);
    let (result, peak) = measured(&body);
    let error = result.expect("well-formed").expect("an error response");
    assert!(error.message().len() >= SIZE - 64);
    // The message itself, plus growth slack of the string being built: at most 2x.
    assert!(peak <= 2 * error.message().len() + MB, "parsing allocated {peak} bytes");
}

#[test]
fn huge_escaped_message_decodes() {
    let _turn = take_turn();
    let body = body(r#"{"Response":{"Error":{"Code":"X","Message":""#, r#"\u00e9\n\"\\"#, r#""}}}"#);
    let (result, _) = measured(&body);
    let error = result.expect("well-formed").expect("an error response");
    assert!(error.message().starts_with("é\n\"\\"));
}

#[test]
fn huge_garbage_is_a_quick_error() {
    let _turn = take_turn();
    let noise = body("", "\u{1}not json at all ", "");
    let (result, peak) = measured(&noise);
    assert_eq!(result.unwrap_err().kind(), ParseErrorKind::Json);
    assert!(peak < MB, "parsing allocated {peak} bytes");

    let truncated = body(r#"{"Response":{"Error":{"Code":"X","Message":""#, "abcdefgh", "");
    let (result, _) = measured(&truncated);
    assert_eq!(result.unwrap_err().kind(), ParseErrorKind::Json);
}

#[test]
fn huge_whitespace_then_a_body() {
    let _turn = take_turn();
    let body = body("", "    \n\t\r", r#"{"code":0,"message":""}"#);
    let (result, peak) = measured(&body);
    assert_eq!(result, Ok(None));
    assert!(peak < MB, "parsing allocated {peak} bytes");
}

// ---- COS's XML (feature `xml`): the same bounds -----------------------------------------------

#[cfg(feature = "xml")]
mod xml {
    use super::*;

    #[test]
    fn huge_skipped_element_costs_no_memory() {
        let _turn = take_turn();
        let body = body(
            "<?xml version=\"1.0\"?>\n<Error><Data>",
            "<Item a=\"1\">abcdefghij &amp; &#x41;</Item><!-- c --><Empty/>",
            "</Data><Code>InternalError</Code><Message>m</Message></Error>",
        );
        let (result, peak) = measured(&body);
        let error = result.expect("well-formed").expect("an error response");
        assert_eq!(error.code(), Code::Cos("InternalError"));
        assert!(peak < MB, "parsing allocated {peak} bytes");
    }

    #[test]
    fn huge_message_is_kept_once() {
        let _turn = take_turn();
        let body = body(
            "<Error><Code>SlowDown</Code><Message>",
            "Reduce your request rate 请降低访问频率 ",
            "</Message></Error>",
        );
        let (result, peak) = measured(&body);
        let error = result.expect("well-formed").expect("an error response");
        assert!(error.message().len() >= SIZE - 64);
        assert!(peak <= 2 * error.message().len() + MB, "parsing allocated {peak} bytes");
    }

    #[test]
    fn huge_message_of_entities_decodes() {
        let _turn = take_turn();
        let body = body("<Error><Code>X</Code><Message>", "&lt;&amp;&#233;\r\n", "</Message></Error>");
        let (result, peak) = measured(&body);
        let error = result.expect("well-formed").expect("an error response");
        assert!(error.message().starts_with("<&é\n<&é\n"));
        assert!(peak <= 2 * SIZE + MB, "parsing allocated {peak} bytes");
    }

    #[test]
    fn huge_garbage_and_truncation_are_quick_errors() {
        let _turn = take_turn();
        let noise = body("<", "\u{1}not xml at all ", "");
        let (result, peak) = measured(&noise);
        assert_eq!(result.unwrap_err().kind(), ParseErrorKind::Xml);
        assert!(peak < MB, "parsing allocated {peak} bytes");

        let truncated = body("<Error><Code>X</Code><Message>", "abcdefgh", "");
        let (result, _) = measured(&truncated);
        assert_eq!(result.unwrap_err().kind(), ParseErrorKind::Xml);
    }

    #[test]
    fn huge_nesting_and_attributes_are_quick_errors() {
        let _turn = take_turn();
        // 10 million open elements: rejected at the 33rd.
        let deep = body("<Error>", "<a>", "");
        let (result, peak) = measured(&deep);
        let err = result.unwrap_err();
        assert_eq!(err.kind(), ParseErrorKind::Xml);
        assert!(err.to_string().contains("nested deeper than 32"), "{err}");
        assert!(peak < MB, "parsing allocated {peak} bytes");

        let attributes = body("<Error", " a=\"1\"", "><Code>X</Code></Error>");
        let (result, peak) = measured(&attributes);
        assert_eq!(result.unwrap_err().kind(), ParseErrorKind::Xml);
        assert!(peak < MB, "parsing allocated {peak} bytes");

        let comment = body("<Error><!--", "--", "--><Code>X</Code></Error>");
        let (result, peak) = measured(&comment);
        assert_eq!(result.unwrap_err().kind(), ParseErrorKind::Xml);
        assert!(peak < MB, "parsing allocated {peak} bytes");
    }

    #[test]
    fn huge_element_name_is_kept_at_most_once() {
        let _turn = take_turn();
        // quick-xml keeps the names of open elements to check the end tags: one copy.
        let body = body("<Error><", "abcdefgh", "/><Code>X</Code></Error>");
        let (result, peak) = measured(&body);
        assert_eq!(result.expect("well-formed").map(|err| err.code().as_cos().map(str::len)), Some(Some(1)));
        assert!(peak <= 2 * SIZE + MB, "parsing allocated {peak} bytes");
    }

    #[test]
    fn huge_whitespace_then_a_body() {
        let _turn = take_turn();
        let body = body("", "    \n\t\r", "<Error><Code>X</Code></Error>\n");
        let (result, peak) = measured(&body);
        assert_eq!(result.map(|err| err.map(|err| err.code().as_cos().map(str::to_owned))), Ok(Some(Some("X".into()))));
        assert!(peak < MB, "parsing allocated {peak} bytes");
    }
}

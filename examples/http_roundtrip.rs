//! A real HTTP round trip on loopback: a tiny HTTP/1.1 server on a thread answers like
//! Tencent Cloud does (error bodies of both API versions, always with HTTP 200), `ureq`
//! calls it the way a Tencent Cloud API call is made, and each body becomes a derived enum.
//! Nothing leaves 127.0.0.1.
//!
//! The server, its routes and the derived `VodError` they exercise live in
//! `tests/support/loopback.rs`, shared with `tests/http.rs`: the test checks exactly the enum
//! and the responses this example prints.
//!
//! ```sh
//! cargo run --example http_roundtrip
//! ```

// Included by path, not a crate: the same file `tests/http.rs` uses, so what this example
// shows is what the test checks.
#[path = "../tests/support/loopback.rs"]
mod loopback;

use std::error::Error;

use loopback::{ROUTES, Server, VodError};
use tencent_errors::{ApiError, TencentError};

/// The request body of every call; the server's record of it is checked against this.
const REQUEST_BODY: &str = r#"{"FileIds":["5285890784246869930"]}"#;

fn main() -> Result<(), Box<dyn Error>> {
    let server = Server::start()?;
    let agent = loopback::agent();
    println!("serving Tencent-shaped responses on http://{}\n", server.addr);

    for (path, _, _) in ROUTES {
        // A POST with the route's X-TC-Action and the other X-TC-* headers, like a real call.
        let mut response = server.tencent_call(&agent, path).send(REQUEST_BODY)?;
        let status = response.status();
        let body = response.body_mut().read_to_vec()?;

        // Show the request as the server received it, not as it was meant to be sent.
        let request = server.seen().pop().ok_or("the server recorded no request")?;
        if request.body != REQUEST_BODY.as_bytes() {
            return Err(format!("the server received a different body for {path}").into());
        }
        let received_action = request.header("x-tc-action").unwrap_or("-");
        println!("{} {}  (X-TC-Action: {received_action})", request.method, request.path);
        println!("  HTTP {status}, {} bytes: {}", body.len(), String::from_utf8_lossy(&body));
        match ApiError::from_body(&body) {
            Ok(None) => println!("  => success, nothing to handle"),
            Ok(Some(error)) => describe(&VodError::from(error)),
            Err(error) => println!("  => not a Tencent response: {error} ({:?})", error.kind()),
        }
        println!();
    }
    Ok(())
}

fn describe(error: &VodError) {
    let (variant, advice) = match error {
        VodError::BadSignature(_) => ("BadSignature", "check the SecretId/SecretKey pair and the clock"),
        VodError::FileNotFound(_) => ("FileNotFound", "upload the file first"),
        VodError::Throttled { .. } => ("Throttled", "back off, then retry"),
        VodError::AlreadyExists(_) => ("AlreadyExists", "nothing to do, it is there"),
        VodError::Other(_) if error.is_retryable() => ("Other", "retry a bounded number of times"),
        // The outcome is unknown: DescribeMediaInfos only reads, so a retry is safe.
        VodError::Other(_) if error.retry().is_retryable_when(true) => ("Other", "retry, since the call only reads"),
        VodError::Other(_) => ("Other", "give up and report it"),
    };
    println!("  => VodError::{variant}");
    println!("     code:       {}", error.code());
    println!("     request id: {}", error.request_id().unwrap_or("-"));
    println!("     display:    {error}");
    println!("     retry:      {:?}, so {advice}", error.retry());
}

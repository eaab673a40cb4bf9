//! The loopback HTTP round trip shared by `tests/http.rs` and `examples/http_roundtrip.rs`:
//! a tiny HTTP/1.1 server on a thread that answers like Tencent Cloud does (error bodies of
//! both API versions, always with HTTP 200) and records every request it reads, the `ureq`
//! agent and the Tencent-shaped request that call it, and `VodError`, the derived enum the
//! bodies become.
//!
//! It is one file included by path (`#[path = ...] mod loopback;`) rather than a crate, so
//! that the example and the test need no extra workspace member or dev-dependency; it lives
//! under `tests/support/` because cargo only turns top-level `tests/*.rs` into test targets.
//! Nothing leaves 127.0.0.1: the server binds port 0 there and the agent ignores proxies.
//!
//! Every item is used by both includers, so neither needs an `allow(dead_code)`.

use std::io::{self, Write};
use std::net::{Shutdown, SocketAddr, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tencent_errors::{ApiError, TencentError};

#[path = "http_server.rs"]
mod http_server;
use ureq::RequestBuilder;
use ureq::typestate::WithBody;

/// The errors a VOD client would handle, one variant per form of `#[tencent(...)]` match, and
/// each exercised by a route in [`ROUTES`]. Every code was checked against the catalog at
/// build time.
#[derive(Debug, TencentError)]
#[tencent(product = "vod")]
pub enum VodError {
    /// Two codes, one per API version: API 3.0's (the primary one, which `code()` returns)
    /// and the legacy API 2.0 code 4100 for the same failure.
    #[tencent(code = "AuthFailure.SignatureFailure", code = 4100)]
    BadSignature(ApiError),
    /// A VOD business code, accepted because of `product = "vod"` above.
    #[tencent(code = "ResourceNotFound.FileNotExist")]
    FileNotFound(ApiError),
    /// `RequestLimitExceeded` and every `RequestLimitExceeded.*` code; the error may be a
    /// named field as well as a tuple one.
    #[tencent(prefix = "RequestLimitExceeded")]
    Throttled { source: ApiError },
    /// An API 2.0 module code, which arrives at the start of the message: `(-514) ...`.
    #[tencent(code = -514)]
    AlreadyExists(ApiError),
    /// Everything else; with this variant, `From<ApiError>` never fails.
    #[tencent(other)]
    Other(ApiError),
}

/// Path, API action and the body the server answers with HTTP 200.
///
/// The bodies are real Tencent Cloud shapes: API 3.0 errors and success, API 2.0 errors with
/// a numeric and a string `code`, an API 2.0 success, and one truncated body.
pub const ROUTES: &[(&str, &str, &str)] = &[
    (
        "/api3/signature-failure",
        "DescribeMediaInfos",
        r#"{"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"The provided credentials could not be validated. Please check your signature is correct."},"RequestId":"ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"}}"#,
    ),
    (
        "/api3/file-not-exist",
        "DeleteMedia",
        r#"{"Response":{"Error":{"Code":"ResourceNotFound.FileNotExist","Message":"file 5285890784246869930 not exist"},"RequestId":"6ef60bec-0242-43af-bb20-270359fb54a7"}}"#,
    ),
    (
        "/api3/throttled",
        "SearchMedia",
        r#"{"Response":{"Error":{"Code":"RequestLimitExceeded","Message":"Your current request times exceeds the frequency limit."},"RequestId":"b5b41468-520d-4192-b42f-595cc34b6c1c"}}"#,
    ),
    (
        "/api3/internal-error",
        "ProcessMedia",
        r#"{"Response":{"Error":{"Code":"InternalError","Message":"internal error, please retry"},"RequestId":"0d6f4a52-9d3c-4b7e-8f21-5a6c7e3b2d10"}}"#,
    ),
    (
        "/api2/module-code",
        "CreatePolicyGroup",
        r#"{"code":4000,"message":"(-514) Resource already exists","codeDesc":"InvalidParameter"}"#,
    ),
    ("/api2/string-code", "DescribeInstances", r#"{"code":"4100","message":"鉴权失败","codeDesc":"AuthFailure"}"#),
    (
        "/api3/success",
        "DescribeMediaInfos",
        r#"{"Response":{"MediaInfoSet":[],"NotExistFileIdSet":[],"RequestId":"4c1b1c4c-1d7e-4f79-9f3a-1c3a2f7b9e01"}}"#,
    ),
    ("/api2/success", "DescribeInstances", r#"{"code":0,"message":"","codeDesc":"Success","data":{}}"#),
    ("/malformed", "DescribeMediaInfos", r#"{"Response":{"Error":{"Code":"InternalError","Mess"#),
];

/// What the server saw of one request, so that callers can check what actually went over
/// the wire rather than what they meant to send.
#[derive(Debug, Clone)]
pub struct Seen {
    /// The request method, as sent (`POST`).
    pub method: String,
    /// The request target, as sent (`/api3/success`).
    pub path: String,
    /// Header names in lower case (HTTP names are case-insensitive), values trimmed, in the
    /// order they were sent.
    pub headers: Vec<(String, String)>,
    /// Exactly `Content-Length` bytes of body.
    pub body: Vec<u8>,
}

impl Seen {
    /// The first value of the header `name`, which must be given in lower case.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }
}

/// A minimal HTTP/1.1 server on 127.0.0.1: one request per connection, answered with
/// `Connection: close`, so no keep-alive or chunked handling is needed. Dropping it stops
/// the thread and joins it.
pub struct Server {
    /// Where it listens: 127.0.0.1 and a port the OS chose, so parallel tests never clash.
    pub addr: SocketAddr,
    /// The accepting thread, kept for its `Drop`, which stops it.
    _listening: http_server::Listening,
    /// Every request that was read completely, in the order they arrived.
    seen: Arc<Mutex<Vec<Seen>>>,
}

impl Server {
    /// Binds 127.0.0.1 on an ephemeral port and starts answering from [`ROUTES`] on a thread.
    pub fn start() -> io::Result<Server> {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let listening = http_server::Listening::start({
            let seen = Arc::clone(&seen);
            move |stream| serve(stream, &seen)
        })?;
        Ok(Server { addr: listening.addr, _listening: listening, seen })
    }

    /// The full `http://` URL of `path` on this server.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// A POST to the route `path` shaped like a Tencent Cloud API 3.0 call: the route's
    /// action in `X-TC-Action`, the other `X-TC-*` headers and a JSON content type. The
    /// caller adds the body, and any header it wants on top (such as `Authorization`).
    ///
    /// Panics if `path` is not in [`ROUTES`]: there would be no action to send.
    pub fn tencent_call(&self, agent: &ureq::Agent, path: &str) -> RequestBuilder<WithBody> {
        let (_, action, _) = ROUTES.iter().find(|(route, _, _)| *route == path).expect("a known route");
        agent
            .post(self.url(path))
            .header("X-TC-Action", *action)
            .header("X-TC-Version", "2018-07-17")
            .header("X-TC-Region", "ap-guangzhou")
            .header("X-TC-Timestamp", "1700000000")
            .content_type("application/json; charset=utf-8")
    }

    /// A copy of the requests seen so far. The server records a request before it answers
    /// it, so once the client has a response, its request is in here.
    pub fn seen(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }
}

/// Reads one request (head up to `\r\n\r\n`, then `Content-Length` bytes of body, so that
/// closing the socket with unread data does not reset it), appends it to `seen` and answers
/// it from [`ROUTES`] by path, or with a 404 for any other path.
fn serve(mut stream: TcpStream, seen: &Mutex<Vec<Seen>>) -> io::Result<()> {
    let http_server::Request { method, path, headers, body } = http_server::read(&mut stream)?;
    let (status, content_type, payload) = match ROUTES.iter().find(|(route, _, _)| *route == path) {
        Some((_, _, payload)) => ("200 OK", "application/json", *payload),
        None => ("404 Not Found", "text/plain", "no such route"),
    };
    // Recorded before answering: a client that got its response may look at `seen` at once.
    seen.lock().unwrap().push(Seen { method, path, headers, body });
    write!(
        stream,
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{payload}",
        payload.len()
    )?;
    stream.flush()?;
    // Half-close so the client sees the end of the response even before the socket drops.
    stream.shutdown(Shutdown::Write)
}

/// A `ureq` agent for the loopback server.
pub fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        // Loopback only: environment proxies must not see these requests.
        .proxy(None)
        // A bug in the server must fail the call, not hang the test run or the example.
        .timeout_global(Some(Duration::from_secs(10)))
        .build()
        .new_agent()
}

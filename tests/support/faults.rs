//! A scripted fault server for `tests/retry_faults.rs`: a tiny HTTP/1.1 server on 127.0.0.1
//! (port 0) that answers each request as the request's own script says, and counts the
//! requests of every call.
//!
//! A request names its call in `X-Call-Id` and carries its script in `X-Faults`, a
//! comma-separated list of [`Fault`] names (`throttle,drop,ok`): the call's first request
//! gets the first fault, the second the second, and any request past the end the last one.
//! The server keeps, per call id, the faults it served, so a test can check what went over the
//! wire rather than what the client meant to send.
//!
//! One request per connection (`Connection: close`), served one at a time on one thread;
//! dropping the server stops the thread and joins it. It is included by path
//! (`#[path = "support/faults.rs"] mod faults;`), not through `support/mod.rs`, so the other
//! tests do not compile it.

use std::collections::HashMap;
use std::io::{self, Write};
use std::net::{Shutdown, SocketAddr, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tencent_errors::Retry;

#[path = "http_server.rs"]
mod http_server;

/// One scripted answer.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Fault {
    /// HTTP 200 with a `RequestLimitExceeded` body (throttling).
    Throttle,
    /// HTTP 200 with a `ResourceBusy` body (busy).
    Busy,
    /// HTTP 200 with an `InternalError` body (transient), as Tencent Cloud sends it.
    Internal,
    /// HTTP 502 without a body, as a gateway sends it (transient).
    BadGateway,
    /// The request is read, then the connection is closed without an answer (transient).
    Drop,
    /// HTTP 200 with an `AuthFailure.SignatureFailure` body (never retried).
    Auth,
    /// HTTP 200 with a success body.
    Ok,
}

impl Fault {
    /// Every fault, for tables.
    pub const ALL: [Fault; 7] =
        [Fault::Throttle, Fault::Busy, Fault::Internal, Fault::BadGateway, Fault::Drop, Fault::Auth, Fault::Ok];

    /// The name in `X-Faults`.
    pub fn name(self) -> &'static str {
        match self {
            Fault::Throttle => "throttle",
            Fault::Busy => "busy",
            Fault::Internal => "internal",
            Fault::BadGateway => "bad-gateway",
            Fault::Drop => "drop",
            Fault::Auth => "auth",
            Fault::Ok => "ok",
        }
    }

    /// Reads a name written by [`Fault::name`].
    pub fn parse(name: &str) -> Option<Fault> {
        Fault::ALL.into_iter().find(|fault| fault.name() == name.trim())
    }

    /// The retry class the client should see for this fault, `None` for success.
    pub fn class(self) -> Option<Retry> {
        match self {
            Fault::Throttle => Some(Retry::Throttling),
            Fault::Busy => Some(Retry::Busy),
            Fault::Internal | Fault::BadGateway | Fault::Drop => Some(Retry::Transient),
            Fault::Auth => Some(Retry::Never),
            Fault::Ok => None,
        }
    }

    /// Status line and body of the answer; `None` for [`Fault::Drop`].
    fn answer(self) -> Option<(&'static str, &'static str)> {
        match self {
            Fault::Throttle => Some(("200 OK", THROTTLE)),
            Fault::Busy => Some(("200 OK", BUSY)),
            Fault::Internal => Some(("200 OK", INTERNAL)),
            Fault::BadGateway => Some(("502 Bad Gateway", "")),
            Fault::Auth => Some(("200 OK", AUTH)),
            Fault::Ok => Some(("200 OK", r#"{"Response":{"InstanceSet":[],"RequestId":"r-ok"}}"#)),
            Fault::Drop => None,
        }
    }
}

const THROTTLE: &str = r#"{"Response":{"Error":{"Code":"RequestLimitExceeded","Message":"Your current request times exceeds the frequency limit."},"RequestId":"r-throttle"}}"#;
const BUSY: &str = r#"{"Response":{"Error":{"Code":"ResourceBusy","Message":"The resource is busy. Try again later."},"RequestId":"r-busy"}}"#;
const INTERNAL: &str = r#"{"Response":{"Error":{"Code":"InternalError","Message":"internal error, please retry"},"RequestId":"r-internal"}}"#;
const AUTH: &str = r#"{"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"The provided credentials could not be validated."},"RequestId":"r-auth"}}"#;

/// Served faults per call id, in order.
type Served = Arc<Mutex<HashMap<String, Vec<Fault>>>>;

/// The scripted server. Dropping it stops and joins its thread.
pub struct FaultServer {
    /// 127.0.0.1 and a port the OS chose.
    pub addr: SocketAddr,
    /// The accepting thread, kept for its `Drop`, which stops it.
    _listening: http_server::Listening,
    served: Served,
}

impl FaultServer {
    /// Binds 127.0.0.1 on an ephemeral port and starts serving on a thread.
    pub fn start() -> io::Result<FaultServer> {
        let served: Served = Arc::default();
        let listening = http_server::Listening::start({
            let served = Arc::clone(&served);
            move |stream| serve(stream, &served)
        })?;
        Ok(FaultServer { addr: listening.addr, _listening: listening, served })
    }

    /// The URL every call posts to.
    pub fn url(&self) -> String {
        format!("http://{}/", self.addr)
    }

    /// The faults served so far, per call id.
    pub fn served(&self) -> HashMap<String, Vec<Fault>> {
        self.served.lock().unwrap().clone()
    }
}

/// Reads one request (head, then `Content-Length` bytes of body), records the fault its
/// script gives it and answers with that fault.
fn serve(mut stream: TcpStream, served: &Mutex<HashMap<String, Vec<Fault>>>) -> io::Result<()> {
    let request = http_server::read(&mut stream)?;
    let header = |name: &str| request.header(name).map(str::to_owned);
    let call = header("x-call-id").unwrap_or_default();
    let script: Vec<Fault> = header("x-faults").unwrap_or_default().split(',').filter_map(Fault::parse).collect();
    let fault = {
        let mut served = served.lock().unwrap();
        let seen = served.entry(call).or_default();
        let fault = script.get(seen.len()).or(script.last()).copied().unwrap_or(Fault::Ok);
        // Recorded before answering: a client that got its answer finds it here.
        seen.push(fault);
        fault
    };
    let Some((status, body)) = fault.answer() else {
        // Accept, read, and hang up without a word.
        return stream.shutdown(Shutdown::Both);
    };
    let content_type = if body.is_empty() { "text/plain" } else { "application/json" };
    write!(
        stream,
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )?;
    stream.flush()?;
    stream.shutdown(Shutdown::Write)
}

/// A `ureq` agent for the fault server: no proxy, non-2xx statuses as responses (so that a
/// 502 is read like any other answer), and a timeout so that a bug cannot hang the test.
pub fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .proxy(None)
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(5)))
        .build()
        .new_agent()
}

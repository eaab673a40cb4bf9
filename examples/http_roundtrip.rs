//! A real HTTP round trip on loopback: a tiny HTTP/1.1 server on a thread answers like
//! Tencent Cloud does (error bodies of both API versions, always with HTTP 200), `ureq`
//! calls it the way a Tencent Cloud API call is made, and each body becomes a derived enum.
//! Nothing leaves 127.0.0.1.
//!
//! ```sh
//! cargo run --example http_roundtrip
//! ```

use std::error::Error;
use std::io::{self, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::JoinHandle;
use std::time::Duration;

use tencent_errors::{ApiError, TencentError};

/// The errors this program handles; every code was checked against the catalog at build time.
#[derive(Debug, TencentError)]
#[tencent(product = "vod")]
enum VodError {
    #[tencent(code = "AuthFailure.SignatureFailure", code = 4100)]
    BadSignature(ApiError),
    #[tencent(code = "ResourceNotFound.FileNotExist")]
    FileNotFound(ApiError),
    #[tencent(prefix = "RequestLimitExceeded")]
    Throttled { source: ApiError },
    #[tencent(code = -514)]
    AlreadyExists(ApiError),
    #[tencent(other)]
    Other(ApiError),
}

/// Path, API action and the body the server answers with HTTP 200.
const ROUTES: &[(&str, &str, &str)] = &[
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

fn main() -> Result<(), Box<dyn Error>> {
    let server = Server::start()?;
    let agent: ureq::Agent = ureq::Agent::config_builder()
        // Loopback only: environment proxies must not see these requests.
        .proxy(None)
        .timeout_global(Some(Duration::from_secs(10)))
        .build()
        .new_agent();
    println!("serving Tencent-shaped responses on http://{}\n", server.addr);

    for (path, action, _) in ROUTES {
        let url = format!("http://{}{path}", server.addr);
        let mut response = agent
            .post(&url)
            .header("X-TC-Action", *action)
            .header("X-TC-Version", "2018-07-17")
            .header("X-TC-Region", "ap-guangzhou")
            .header("X-TC-Timestamp", "1700000000")
            .content_type("application/json; charset=utf-8")
            .send(r#"{"FileIds":["5285890784246869930"]}"#)?;
        let status = response.status();
        let body = response.body_mut().read_to_vec()?;

        println!("POST {path}  (X-TC-Action: {action})");
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
        VodError::Other(_) => ("Other", "give up and report it"),
    };
    println!("  => VodError::{variant}");
    println!("     code:       {}", error.code());
    println!("     request id: {}", error.request_id().unwrap_or("-"));
    println!("     display:    {error}");
    println!("     retry:      {:?}, so {advice}", error.retry());
}

/// A minimal HTTP/1.1 server on 127.0.0.1: one request per connection, answered with
/// `Connection: close`. Dropping it stops the thread and joins it.
struct Server {
    addr: SocketAddr,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Server {
    fn start() -> io::Result<Server> {
        let listener = TcpListener::bind(("127.0.0.1", 0))?;
        let addr = listener.local_addr()?;
        let stop = Arc::new(AtomicBool::new(false));
        let thread = std::thread::spawn({
            let stop = Arc::clone(&stop);
            move || {
                for stream in listener.incoming() {
                    if stop.load(Ordering::SeqCst) {
                        break;
                    }
                    // A broken connection fails that request only; the client reports it.
                    let _ = stream.and_then(serve);
                }
            }
        });
        Ok(Server { addr, stop, thread: Some(thread) })
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the blocking `accept`; if that fails, leave the thread detached, never hang.
        if TcpStream::connect_timeout(&self.addr, Duration::from_secs(2)).is_ok()
            && let Some(thread) = self.thread.take()
        {
            let _ = thread.join();
        }
    }
}

/// Reads one request (head up to `\r\n\r\n`, then `Content-Length` bytes of body, so that
/// closing the socket does not reset it) and answers it from [`ROUTES`] by path.
fn serve(mut stream: TcpStream) -> io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(5)))?;
    stream.set_write_timeout(Some(Duration::from_secs(5)))?;
    let mut data = Vec::new();
    let mut chunk = [0; 4096];
    let head_end = loop {
        if let Some(at) = data.windows(4).position(|w| w == b"\r\n\r\n") {
            break at;
        }
        if data.len() > 64 * 1024 {
            return Err(io::Error::new(io::ErrorKind::InvalidData, "request head too long"));
        }
        match stream.read(&mut chunk)? {
            0 => return Err(io::ErrorKind::UnexpectedEof.into()),
            n => data.extend_from_slice(&chunk[..n]),
        }
    };
    let head = String::from_utf8_lossy(&data[..head_end]).into_owned();
    let mut lines = head.split("\r\n");
    let path = lines.next().unwrap_or_default().split(' ').nth(1).unwrap_or_default();
    let length: usize = lines
        .filter_map(|line| line.split_once(':'))
        .find(|(name, _)| name.trim().eq_ignore_ascii_case("content-length"))
        .and_then(|(_, value)| value.trim().parse().ok())
        .unwrap_or(0);
    let mut read = data.len() - (head_end + 4);
    while read < length {
        match stream.read(&mut chunk)? {
            0 => return Err(io::ErrorKind::UnexpectedEof.into()),
            n => read += n,
        }
    }

    let (status, content_type, payload) = match ROUTES.iter().find(|(route, _, _)| *route == path) {
        Some((_, _, payload)) => ("200 OK", "application/json", *payload),
        None => ("404 Not Found", "text/plain", "no such route"),
    };
    write!(
        stream,
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{payload}",
        payload.len()
    )?;
    stream.flush()?;
    stream.shutdown(Shutdown::Write)
}

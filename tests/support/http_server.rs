//! What the test servers (`loopback.rs`, `faults.rs`, which include this file by path) share:
//! a thread accepting connections on 127.0.0.1 until dropped ([`Listening`]), and reading one
//! HTTP/1.1 request off a socket ([`read`]): the head up to `\r\n\r\n`, then `Content-Length`
//! bytes of body, so that closing the socket with unread data does not reset it.
//!
//! Each server uses what it needs of a request, so some items go unused in each includer.
#![allow(dead_code)]

use std::io::{self, Read};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::JoinHandle;
use std::time::Duration;

/// A thread answering connections on 127.0.0.1, on a port the OS chose so that parallel tests
/// never clash. Dropping it stops and joins the thread.
pub struct Listening {
    /// Where it listens.
    pub addr: SocketAddr,
    /// Set by `Drop`; the accept loop checks it after each connection.
    stop: Arc<AtomicBool>,
    /// `None` once joined, or if it could not be woken and was left detached.
    thread: Option<JoinHandle<()>>,
}

impl Listening {
    /// Binds 127.0.0.1 on an ephemeral port and calls `serve` with each connection, on a thread.
    pub fn start(serve: impl Fn(TcpStream) -> io::Result<()> + Send + 'static) -> io::Result<Listening> {
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
                    let _ = stream.and_then(&serve);
                }
            }
        });
        Ok(Listening { addr, stop, thread: Some(thread) })
    }
}

impl Drop for Listening {
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

/// A request as read: method, path, headers (names lower-cased) and body.
pub struct Request {
    pub method: String,
    pub path: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Request {
    /// The value of header `name` (lower-case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }
}

/// Reads one request. A client stuck for 5 s, a head over 64 KiB or an early end is an error,
/// so that no client can hold a server's accept loop (and so its `Drop`) forever.
pub fn read(stream: &mut TcpStream) -> io::Result<Request> {
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
    let mut request_line = lines.next().unwrap_or_default().split(' ');
    let method = request_line.next().unwrap_or_default().to_owned();
    let path = request_line.next().unwrap_or_default().to_owned();
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_ascii_lowercase(), value.trim().to_owned()))
        .collect();
    let length: usize =
        headers.iter().find(|(name, _)| name == "content-length").and_then(|(_, v)| v.parse().ok()).unwrap_or(0);
    let mut body = data.split_off(head_end + 4);
    while body.len() < length {
        match stream.read(&mut chunk)? {
            0 => return Err(io::ErrorKind::UnexpectedEof.into()),
            n => body.extend_from_slice(&chunk[..n]),
        }
    }
    body.truncate(length);
    Ok(Request { method, path, headers, body })
}

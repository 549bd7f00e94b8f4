//! Raw HTTP/1.1 over a plain TCP connection, for requests no client library would send: the bytes
//! go out exactly as written, and the answer is read until the server closes the connection.

use std::net::SocketAddr;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// How long any raw exchange may take before the test gives up on it: a bound against hangs, not
/// a timing target.
pub const BOUND: Duration = Duration::from_secs(20);

/// What the server sent back on one connection.
#[derive(Debug)]
pub struct Answer {
    pub bytes: Vec<u8>,
    /// The server closed the connection (or reset it) within [`BOUND`].
    pub closed: bool,
}

impl Answer {
    /// The status code of the first response, if one was sent.
    pub fn status(&self) -> Option<u16> {
        let line = self.bytes.split(|&b| b == b'\n').next()?;
        let line = std::str::from_utf8(line).ok()?;
        let mut parts = line.split(' ');
        if !parts.next()?.starts_with("HTTP/") {
            return None;
        }
        parts.next()?.parse().ok()
    }

    /// The whole answer as text, invalid bytes replaced.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.bytes).into_owned()
    }

    /// The value of a header of the first response.
    pub fn header(&self, name: &str) -> Option<String> {
        let text = self.text();
        let head = text.split("\r\n\r\n").next()?;
        head.lines().skip(1).find_map(|line| {
            let (key, value) = line.split_once(':')?;
            key.trim()
                .eq_ignore_ascii_case(name)
                .then(|| value.trim().to_owned())
        })
    }

    /// The body of the first response (everything after its head).
    pub fn body(&self) -> &[u8] {
        match self.bytes.windows(4).position(|w| w == b"\r\n\r\n") {
            Some(at) => &self.bytes[at + 4..],
            None => &[],
        }
    }

    /// The first line, for messages.
    pub fn status_line(&self) -> String {
        self.text().lines().next().unwrap_or_default().to_owned()
    }

    /// A refusal: a 4xx answer, or the connection closed without any answer.
    pub fn is_refusal(&self) -> bool {
        match self.status() {
            Some(status) => (400..500).contains(&status),
            None => self.closed,
        }
    }
}

/// Sends `request` on a fresh connection and reads until the server closes it or [`BOUND`] passes.
/// Write errors are ignored: the server may answer and close before it has read everything.
pub async fn exchange(addr: SocketAddr, request: &[u8]) -> Answer {
    let mut stream = TcpStream::connect(addr).await.unwrap();
    let _ = stream.write_all(request).await;
    read_to_close(&mut stream, BOUND).await
}

/// Reads until the server closes the connection or `bound` passes; a reset counts as closed.
pub async fn read_to_close(stream: &mut TcpStream, bound: Duration) -> Answer {
    let mut bytes = Vec::new();
    let closed = tokio::time::timeout(bound, async {
        let mut chunk = [0u8; 16 * 1024];
        loop {
            match stream.read(&mut chunk).await {
                Ok(0) | Err(_) => return,
                Ok(n) => bytes.extend_from_slice(&chunk[..n]),
            }
        }
    })
    .await
    .is_ok();
    Answer { bytes, closed }
}

/// A GET as raw bytes, with the given extra header lines (each without its CRLF), closing after
/// the answer.
pub fn get(target: &[u8], headers: &[&[u8]]) -> Vec<u8> {
    let mut request = b"GET ".to_vec();
    request.extend_from_slice(target);
    request.extend_from_slice(b" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
    for header in headers {
        request.extend_from_slice(header);
        request.extend_from_slice(b"\r\n");
    }
    request.extend_from_slice(b"\r\n");
    request
}

/// A POST as raw bytes with a Content-Length that matches the body.
pub fn post(target: &str, headers: &[&[u8]], body: &[u8]) -> Vec<u8> {
    let mut request = format!(
        "POST {target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    )
    .into_bytes();
    for header in headers {
        request.extend_from_slice(header);
        request.extend_from_slice(b"\r\n");
    }
    request.extend_from_slice(b"\r\n");
    request.extend_from_slice(body);
    request
}

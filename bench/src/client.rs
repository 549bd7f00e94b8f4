//! One keep-alive HTTP/1.1 connection with a cookie jar: what a browser tab does, minus the
//! rendering. Built directly on hyper's connection API so the client costs as little CPU as
//! possible next to the server it measures on the same machine.

use std::net::SocketAddr;
use std::time::Duration;

use anyhow::{Context, anyhow};
use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::client::conn::http1::{self, SendRequest};
use hyper::header::{self, HeaderValue};
use hyper::{Method, Request, StatusCode};
use hyper_util::rt::TokioIo;
use tokio::net::TcpStream;

/// Longer than any sane response; a request that takes this long counts as an error.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// What came back.
#[derive(Debug)]
pub struct Reply {
    pub status: StatusCode,
    pub location: Option<String>,
    pub body: Bytes,
}

impl Reply {
    pub fn text(&self) -> &str {
        std::str::from_utf8(&self.body).unwrap_or("")
    }

    /// Whether the status is `expected` and the body contains `marker`.
    pub fn check(&self, expected: StatusCode, marker: &str) -> anyhow::Result<()> {
        if self.status != expected {
            return Err(anyhow!("status {} (expected {expected})", self.status));
        }
        if !self.text().contains(marker) {
            return Err(anyhow!("the body lacks {marker:?}"));
        }
        Ok(())
    }

    /// Whether this is a 303 to a location starting with `prefix`; returns the location.
    pub fn see_other(&self, prefix: &str) -> anyhow::Result<&str> {
        if self.status != StatusCode::SEE_OTHER {
            return Err(anyhow!("status {} (expected 303)", self.status));
        }
        match self.location.as_deref() {
            Some(location) if location.starts_with(prefix) => Ok(location),
            other => Err(anyhow!("redirect to {other:?} (expected {prefix}…)")),
        }
    }
}

/// A client for one server; it reconnects after a transport error.
pub struct Client {
    addr: SocketAddr,
    host: HeaderValue,
    origin: HeaderValue,
    sender: Option<SendRequest<Full<Bytes>>>,
    cookies: Vec<(String, String)>,
}

impl Client {
    pub fn new(addr: SocketAddr) -> anyhow::Result<Client> {
        Ok(Client {
            addr,
            host: HeaderValue::from_str(&addr.to_string())?,
            origin: HeaderValue::from_str(&format!("http://{addr}"))?,
            sender: None,
            cookies: Vec::new(),
        })
    }

    pub fn cookie(&self, wanted: &str) -> Option<&str> {
        self.cookies
            .iter()
            .find(|(name, _)| name == wanted)
            .map(|(_, value)| value.as_str())
    }

    pub fn set_cookie(&mut self, name: &str, value: &str) {
        self.cookies.retain(|(existing, _)| existing != name);
        if !value.is_empty() {
            self.cookies.push((name.to_owned(), value.to_owned()));
        }
    }

    /// Opens the connection now (otherwise the first request does).
    pub async fn connect(&mut self) -> anyhow::Result<()> {
        if self.sender.is_none() {
            let stream = TcpStream::connect(self.addr)
                .await
                .with_context(|| format!("cannot connect to {}", self.addr))?;
            stream.set_nodelay(true)?;
            let (sender, connection) = http1::handshake(TokioIo::new(stream)).await?;
            tokio::spawn(async move {
                let _ = connection.await;
            });
            self.sender = Some(sender);
        }
        Ok(())
    }

    pub async fn get(&mut self, path: &str) -> anyhow::Result<Reply> {
        self.send(Method::GET, path, None).await
    }

    pub async fn post_form(&mut self, path: &str, body: String) -> anyhow::Result<Reply> {
        self.send(Method::POST, path, Some(body)).await
    }

    async fn send(
        &mut self,
        method: Method,
        path: &str,
        form: Option<String>,
    ) -> anyhow::Result<Reply> {
        let result = tokio::time::timeout(REQUEST_TIMEOUT, self.exchange(method, path, form)).await;
        let reply = match result {
            Ok(reply) => reply,
            Err(_) => Err(anyhow!("no answer within {REQUEST_TIMEOUT:?}")),
        };
        if reply.is_err() {
            // The connection may be half-way through a response; start afresh next time.
            self.sender = None;
        }
        reply
    }

    async fn exchange(
        &mut self,
        method: Method,
        path: &str,
        form: Option<String>,
    ) -> anyhow::Result<Reply> {
        self.connect().await?;
        let mut builder = Request::builder()
            .method(method)
            .uri(path)
            .header(header::HOST, self.host.clone())
            .header(header::ACCEPT_LANGUAGE, "de");
        if !self.cookies.is_empty() {
            let jar = self
                .cookies
                .iter()
                .map(|(name, value)| format!("{name}={value}"))
                .collect::<Vec<_>>()
                .join("; ");
            builder = builder.header(header::COOKIE, jar);
        }
        let body = match form {
            Some(form) => {
                builder = builder
                    .header(header::ORIGIN, self.origin.clone())
                    .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
                Full::new(Bytes::from(form))
            }
            None => Full::new(Bytes::new()),
        };
        let request = builder.body(body)?;
        let sender = self
            .sender
            .as_mut()
            .ok_or_else(|| anyhow!("not connected"))?;
        sender.ready().await?;
        let response = sender.send_request(request).await?;
        let (parts, incoming) = response.into_parts();
        let body = incoming.collect().await?.to_bytes();
        for value in parts.headers.get_all(header::SET_COOKIE) {
            let Ok(text) = value.to_str() else { continue };
            let pair = text.split(';').next().unwrap_or_default();
            if let Some((name, value)) = pair.split_once('=') {
                let removed = text.to_ascii_lowercase().contains("max-age=0");
                self.set_cookie(name.trim(), if removed { "" } else { value.trim() });
            }
        }
        Ok(Reply {
            status: parts.status,
            location: parts
                .headers
                .get(header::LOCATION)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned),
            body,
        })
    }
}

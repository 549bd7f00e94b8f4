//! The baseline: a bare hyper server that answers every request with one static HTML page of a
//! given size. It accepts connections the way `digifit`'s server does (hyper-util's automatic
//! HTTP/1.1-or-2 builder, no delay, a multi-threaded tokio runtime with default workers) and does
//! nothing else, so the ratio to it is the cost of everything digifit adds per request.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;

use bytes::Bytes;
use http_body_util::Full;
use hyper::body::Incoming;
use hyper::header::{CONTENT_TYPE, HeaderValue};
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::{TokioExecutor, TokioIo};
use hyper_util::server::conn::auto;
use tokio::net::TcpListener;

/// The text every baseline page contains; the load generator checks for it.
pub const MARKER: &str = "digifit-bench baseline";

/// An HTML page of exactly `size` bytes (or the smallest possible, if `size` is smaller).
pub fn page(size: usize) -> String {
    let head = format!(
        "<!DOCTYPE html>\n<html lang=\"de\"><head><meta charset=\"utf-8\"><title>{MARKER}</title></head><body><main><h1>{MARKER}</h1><p>"
    );
    let tail = "</p></main></body></html>\n";
    let filler = size.saturating_sub(head.len() + tail.len());
    let mut page = String::with_capacity(size);
    page.push_str(&head);
    page.extend(std::iter::repeat_n('x', filler));
    page.push_str(tail);
    page
}

/// Serves the page until the process is terminated.
pub async fn serve(listen: SocketAddr, size: usize) -> anyhow::Result<()> {
    let page = Bytes::from(page(size));
    let listener = TcpListener::bind(listen).await?;
    let builder = Arc::new(auto::Builder::new(TokioExecutor::new()));
    loop {
        let Ok((tcp, _)) = listener.accept().await else {
            continue;
        };
        let _ = tcp.set_nodelay(true);
        let page = page.clone();
        let builder = builder.clone();
        tokio::spawn(async move {
            let service = service_fn(move |_request: Request<Incoming>| {
                let mut response = Response::new(Full::new(page.clone()));
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("text/html; charset=utf-8"),
                );
                async move { Ok::<_, Infallible>(response) }
            });
            let _ = builder.serve_connection(TokioIo::new(tcp), service).await;
        });
    }
}

#[cfg(test)]
mod tests {
    use super::{MARKER, page};

    #[test]
    fn page_has_the_size_asked_for_and_the_marker() {
        assert_eq!(page(5000).len(), 5000);
        assert!(page(5000).contains(MARKER));
        assert!(page(10).contains(MARKER));
    }
}

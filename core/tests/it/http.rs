//! The HTTP layer: health and readiness, security headers, compression, hashed static assets and
//! path traversal, HTTP/2 with prior knowledge, and clients that are slow or send floods of headers.

use std::time::Duration;

use axum::body::Body;
use reqwest::header;
use reqwest::{StatusCode, Version};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tower::ServiceExt;

use crate::testkit::{self, Browser, Page, TestServer};

/// Sends raw bytes on a fresh connection and reads until the server closes it (or 15 s pass).
async fn raw_exchange(server: &TestServer, request: &[u8]) -> String {
    let mut stream = TcpStream::connect(server.server.local_addr).await.unwrap();
    // The server may answer and close before it has read everything; that is fine.
    let _ = stream.write_all(request).await;
    let mut answer = Vec::new();
    let _ = tokio::time::timeout(Duration::from_secs(15), stream.read_to_end(&mut answer)).await;
    String::from_utf8_lossy(&answer).into_owned()
}

#[tokio::test]
async fn health_and_readiness() {
    let server = TestServer::start().await;
    let browser = server.browser();
    let page = browser.get("/healthz").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.body, "ok");
    testkit::assert_security_headers(&page, false);
    let page = browser.get("/readyz").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.body, "ready");
    server.shutdown().await;

    // While the store is still opening, the start-up routes answer instead.
    let starting = digifit::pages::health::starting_routes();
    for (path, status) in [
        ("/readyz", StatusCode::SERVICE_UNAVAILABLE),
        ("/healthz", StatusCode::OK),
        ("/", StatusCode::SERVICE_UNAVAILABLE),
        ("/login", StatusCode::SERVICE_UNAVAILABLE),
    ] {
        let request = axum::http::Request::get(path).body(Body::empty()).unwrap();
        let response = starting.clone().oneshot(request).await.unwrap();
        assert_eq!(response.status().as_u16(), status.as_u16(), "{path}");
        assert!(response.headers().contains_key("content-security-policy"));
        if status == StatusCode::SERVICE_UNAVAILABLE {
            assert_eq!(response.headers()["retry-after"], "1");
        }
    }
}

#[tokio::test]
async fn pages_carry_the_security_headers_and_are_not_cached() {
    let server = TestServer::start().await;
    let browser = server.browser();
    let page = browser.get("/login").await;
    assert_eq!(page.status, StatusCode::OK);
    testkit::assert_security_headers(&page, false);
    assert_eq!(page.header(header::X_FRAME_OPTIONS), Some("DENY"));
    assert_eq!(page.header(header::CACHE_CONTROL), Some("no-store"));
    assert!(!page.body.contains("<script"), "no inline script");
    assert!(!page.body.contains("style="), "no inline style");
    let permissions = page.header("permissions-policy").unwrap();
    assert!(permissions.contains("camera=()"), "{permissions}");
    // Redirects and error pages carry them too.
    testkit::assert_security_headers(&browser.get("/").await, false);
    testkit::assert_security_headers(&browser.get("/nowhere").await, false);
    server.shutdown().await;
}

#[tokio::test]
async fn pages_are_gzipped_when_the_client_accepts_it() {
    let server = TestServer::start().await;
    let browser = server.browser();
    let plain = browser.get("/login").await;
    assert_eq!(plain.header(header::CONTENT_ENCODING), None);
    let response = browser
        .client
        .get(browser.url("/login"))
        .header(header::ACCEPT_ENCODING, "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()[header::CONTENT_ENCODING], "gzip");
    let body = response.bytes().await.unwrap();
    assert_eq!(&body[..2], &[0x1f, 0x8b], "a gzip stream");
    assert!(body.len() < plain.body.len());
    server.shutdown().await;
}

#[tokio::test]
async fn assets_are_served_under_hashed_names_and_nothing_else_is() {
    let server = TestServer::start().await;
    let browser = server.browser();
    let login = browser.get("/login").await;
    let css = testkit::between(&login.body, "rel=\"stylesheet\" href=\"", "\"")
        .unwrap()
        .to_owned();
    let name = css.strip_prefix("/static/app.").unwrap();
    let hash = name.strip_suffix(".css").unwrap();
    assert_eq!(hash.len(), 8, "{css}");
    assert!(hash.chars().all(|c| c.is_ascii_hexdigit()), "{css}");
    let page = browser.get(&css).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(
        page.header(header::CONTENT_TYPE),
        Some("text/css; charset=utf-8")
    );
    assert_eq!(
        page.header(header::CACHE_CONTROL),
        Some("public, max-age=31536000, immutable")
    );
    assert_eq!(
        page.body,
        include_str!("../../assets/app.css"),
        "the embedded file"
    );
    testkit::assert_security_headers(&page, false);

    let wrong = if hash == "00000000" {
        "ffffffff"
    } else {
        "00000000"
    };
    for path in [
        format!("/static/app.{wrong}.css"),
        "/static/app.css".to_owned(),
        "/static/".to_owned(),
        "/static/..%2F..%2F..%2Fetc%2Fpasswd".to_owned(),
        "/static/..%2FCargo.toml".to_owned(),
        "/static/%2e%2e%2fCargo.toml".to_owned(),
    ] {
        let page = browser.get(&path).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{path}");
        assert!(!page.body.contains("root:"), "{path}");
        assert!(!page.body.contains("[package]"), "{path}");
    }
    // Dot segments a client library would normalise away, sent as they are.
    for target in [
        "/static/../Cargo.toml",
        "/static/../../Cargo.toml",
        "/static/..\\Cargo.toml",
        "/static/%2e%2e/%2e%2e/etc/passwd",
    ] {
        let answer = raw_exchange(
            &server,
            format!("GET {target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").as_bytes(),
        )
        .await;
        let status_line = answer.lines().next().unwrap_or_default();
        assert!(
            status_line.starts_with("HTTP/1.1 404") || status_line.starts_with("HTTP/1.1 400"),
            "{target}: {status_line}"
        );
        assert!(!answer.contains("[package]"), "{target}");
        assert!(!answer.contains("root:"), "{target}");
    }
    server.shutdown().await;
}

#[tokio::test]
async fn http2_with_prior_knowledge_works_on_plain_http() {
    let server = TestServer::start().await;
    let browser = Browser::with(&server.url(), |builder| builder.http2_prior_knowledge());
    let page = browser.get("/login").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.version, Version::HTTP_2);
    testkit::assert_security_headers(&page, false);
    // A whole login works over it, cookies included.
    let response = testkit::login(&browser, "demo", "demo").await;
    assert_eq!(response.version(), Version::HTTP_2);
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let page = browser.get("/").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Dana Demo"));
    drop(browser);
    server.shutdown().await;
}

/// Connects, sends `opening` and waits for the server to close the connection; returns what the
/// server said, or `None` when the connection was still open after `bound`.
async fn wait_for_close(
    addr: std::net::SocketAddr,
    opening: &[u8],
    bound: Duration,
) -> Option<String> {
    let mut stream = TcpStream::connect(addr).await.unwrap();
    stream.write_all(opening).await.unwrap();
    let mut answer = Vec::new();
    match tokio::time::timeout(bound, stream.read_to_end(&mut answer)).await {
        // EOF or a reset: closed either way.
        Ok(_) => Some(String::from_utf8_lossy(&answer).into_owned()),
        Err(_) => None,
    }
}

#[tokio::test]
async fn slow_and_silent_clients_are_disconnected() {
    let server = TestServer::start_with(|settings| settings.header_read_timeout_seconds = 1).await;
    let addr = server.server.local_addr;
    let bound = Duration::from_secs(15);
    let start = std::time::Instant::now();
    // One client stops in the middle of its headers, one never says anything, one sends only the
    // start of the HTTP/2 preface. All are waited on at once; real time is the point here.
    let (partial, silent, preface) = tokio::join!(
        wait_for_close(addr, b"GET / HTTP/1.1\r\nHost: x\r\n", bound),
        wait_for_close(addr, b"", bound),
        wait_for_close(addr, b"PRI * HTTP/2.0\r\n", bound),
    );
    for (what, answer) in [
        ("partial headers", partial),
        ("silence", silent),
        ("a partial HTTP/2 preface", preface),
    ] {
        let answer = answer.unwrap_or_else(|| panic!("{what}: still open after {bound:?}"));
        assert!(!answer.contains(" 200 "), "{what}: {answer}");
    }
    assert!(start.elapsed() < bound);
    // The server still serves everyone else.
    assert_eq!(
        server.browser().get("/healthz").await.status,
        StatusCode::OK
    );
    server.shutdown().await;
}

#[tokio::test]
async fn header_floods_are_refused_and_the_server_goes_on() {
    let server = TestServer::start().await;
    let mut many = String::from("GET /healthz HTTP/1.1\r\nHost: x\r\n");
    for i in 0..2000 {
        many.push_str(&format!("X-Flood-{i}: {i}\r\n"));
    }
    many.push_str("\r\n");
    let huge = format!(
        "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: {}\r\n\r\n",
        "a".repeat(100 * 1024)
    );
    for (what, request) in [("2000 headers", many), ("a 100 KiB header", huge)] {
        let answer = raw_exchange(&server, request.as_bytes()).await;
        let status_line = answer.lines().next().unwrap_or_default();
        assert!(
            status_line.starts_with("HTTP/1.1 431") || answer.is_empty(),
            "{what}: {status_line:?}"
        );
        assert_eq!(
            server.browser().get("/healthz").await.status,
            StatusCode::OK,
            "after {what}"
        );
    }
    // The same over HTTP/2: the request is refused, the connection and server survive.
    let browser = Browser::with(&server.url(), |builder| builder.http2_prior_knowledge());
    let mut request = browser.client.get(browser.url("/healthz"));
    for i in 0..2000 {
        request = request.header(format!("x-flood-{i}"), "x".repeat(64));
    }
    let outcome = tokio::time::timeout(Duration::from_secs(15), request.send())
        .await
        .expect("the flood is answered or refused, not left hanging");
    if let Ok(response) = outcome {
        assert_ne!(response.status(), StatusCode::OK);
    }
    let page = Page::of(
        browser
            .client
            .get(browser.url("/healthz"))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(page.status, StatusCode::OK);
    drop(browser);
    server.shutdown().await;
}

//! Size limits beyond those `http.rs` and `forms.rs` test: a body over `max_body_bytes` on every
//! POST route in its own encoding, sent with a Content-Length, chunked, or only announced; a body
//! of exactly the limit still reaching its handler; and cookies that are huge or numerous, over
//! HTTP/1.1 and HTTP/2. Refused with 413 or 431 (or a closed connection), never a 5xx, and the
//! store unchanged.

use reqwest::StatusCode;
use reqwest::header;

use super::raw;
use super::routes::{Encoding, ROUTES, Who};
use super::{StoreDump, assert_healthy, assert_unchanged};
use crate::testkit::{self, Browser, Page, TestServer};

/// A small limit keeps the bodies small.
const LIMIT: usize = 32 * 1024;

fn cookie_header(browser: &Browser) -> String {
    let session = browser.cookie("digifit-session").unwrap();
    format!("Cookie: digifit-session={session}")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bodies_over_the_limit_are_refused_on_every_post_route() {
    let server = TestServer::start_with(|settings| settings.max_body_bytes = LIMIT).await;
    let store = server.store().clone();
    let anonymous = server.browser();
    let player = server.browser_as("demo", "demo").await;
    let admin = server.browser_as("admin", "admin").await;
    let before = StoreDump::of(&store);
    for route in ROUTES {
        let browser = match route.who {
            Who::Anonymous => &anonymous,
            Who::Player => &player,
            Who::Admin => &admin,
        };
        let csrf = browser.csrf().await;
        let path = route.pattern.replace("{id}", "1");
        let filler = "a".repeat(LIMIT + 1024);
        let page = match route.encoding {
            Encoding::Urlencoded => {
                let field = route.fields.first().copied().unwrap_or("filler");
                let body = format!("csrf={csrf}&{field}={filler}");
                browser
                    .post_raw(&path, "application/x-www-form-urlencoded", body)
                    .await
            }
            Encoding::Multipart(file_field) => {
                let body = format!(
                    "--b\r\nContent-Disposition: form-data; name=\"{file_field}\"; \
                     filename=\"big\"\r\n\r\n{filler}\r\n--b--\r\n"
                );
                browser
                    .post_raw(
                        &format!("{path}?csrf={csrf}"),
                        "multipart/form-data; boundary=b",
                        body,
                    )
                    .await
            }
        };
        testkit::assert_error_page(&page, StatusCode::PAYLOAD_TOO_LARGE, "Zu große Datenmenge");
        assert_unchanged(&before, &store, route.pattern);
    }

    // The limit is exactly the configured one: a form of exactly LIMIT bytes reaches the handler
    // (which refuses the name as too long), one byte more does not.
    let csrf = admin.csrf().await;
    let head = format!("csrf={csrf}&name=");
    let at_limit = format!("{head}{}", "a".repeat(LIMIT - head.len()));
    assert_eq!(at_limit.len(), LIMIT);
    let page = admin
        .post_raw(
            "/admin/orgunits",
            "application/x-www-form-urlencoded",
            at_limit.clone(),
        )
        .await;
    assert_eq!(
        page.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        page.body
    );
    let page = admin
        .post_raw(
            "/admin/orgunits",
            "application/x-www-form-urlencoded",
            format!("{at_limit}a"),
        )
        .await;
    assert_eq!(page.status, StatusCode::PAYLOAD_TOO_LARGE);

    // Chunked, without a Content-Length: the limit applies to what arrives.
    let cookie = cookie_header(&admin);
    for (target, content_type, start) in [
        (
            "/admin/orgunits".to_owned(),
            "application/x-www-form-urlencoded".to_owned(),
            format!("csrf={csrf}&name="),
        ),
        (
            format!("/admin/users/import?csrf={csrf}"),
            "multipart/form-data; boundary=b".to_owned(),
            "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x\"\r\n\r\n"
                .to_owned(),
        ),
    ] {
        let mut request = format!(
            "POST {target} HTTP/1.1\r\nHost: localhost\r\n{cookie}\r\nContent-Type: {content_type}\r\n\
             Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
        )
        .into_bytes();
        let mut sent = 0;
        let mut chunk = start.into_bytes();
        while sent <= LIMIT {
            chunk.resize(8192, b'a');
            request.extend_from_slice(format!("{:x}\r\n", chunk.len()).as_bytes());
            request.extend_from_slice(&chunk);
            request.extend_from_slice(b"\r\n");
            sent += chunk.len();
            chunk.clear();
        }
        request.extend_from_slice(b"0\r\n\r\n");
        let answer = raw::exchange(server.server.local_addr, &request).await;
        assert!(
            answer.status() == Some(413) || (answer.status().is_none() && answer.closed),
            "chunked {target}: {}",
            answer.status_line()
        );
        assert_unchanged(&before, &store, &format!("chunked {target}"));
    }

    // A body only announced: the 413 comes without waiting for it (the request timeout is
    // longer than the bound).
    let request = format!(
        "POST /admin/orgunits HTTP/1.1\r\nHost: localhost\r\n{cookie}\r\n\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\ncsrf=",
        LIMIT * 100
    );
    let mut stream = tokio::net::TcpStream::connect(server.server.local_addr)
        .await
        .unwrap();
    tokio::io::AsyncWriteExt::write_all(&mut stream, request.as_bytes())
        .await
        .unwrap();
    let answer = raw::read_to_close(&mut stream, raw::BOUND).await;
    assert_eq!(answer.status(), Some(413), "{}", answer.text());
    // The unread body ends the connection, and the answer says so.
    assert_eq!(answer.header("connection").as_deref(), Some("close"));
    drop(stream);

    assert_unchanged(&before, &store, "oversized bodies");
    assert_healthy(&server, "oversized bodies").await;
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn huge_and_numerous_cookies_are_refused_or_ignored() {
    let server = TestServer::start().await;
    let addr = server.server.local_addr;
    let player = server.browser_as("demo", "demo").await;
    let session = cookie_header(&player);
    let before = StoreDump::of(server.store());

    // One cookie of 100 KiB: more than the connection's buffer.
    let huge = format!("Cookie: big={}", "x".repeat(100 * 1024));
    let answer = raw::exchange(addr, &raw::get(b"/account", &[huge.as_bytes()])).await;
    assert!(
        answer.status() == Some(431) || (answer.status().is_none() && answer.closed),
        "a 100 KiB cookie: {}",
        answer.status_line()
    );

    // Five thousand cookies in one header, the session last: within the buffer, so the request
    // is served, and the session found.
    let mut many = String::from("Cookie: ");
    for i in 0..5000 {
        many.push_str(&format!("c{i}=v; "));
    }
    many.push_str(session.strip_prefix("Cookie: ").unwrap());
    let answer = raw::exchange(addr, &raw::get(b"/account", &[many.as_bytes()])).await;
    assert_eq!(
        answer.status(),
        Some(200),
        "5000 cookies: {}",
        answer.status_line()
    );

    // Ninety Cookie header lines of 500 bytes, the session in the last one.
    let mut lines: Vec<String> = (0..90)
        .map(|i| format!("Cookie: c{i}={}", "v".repeat(500)))
        .collect();
    lines.push(session.clone());
    let lines: Vec<&[u8]> = lines.iter().map(|line| line.as_bytes()).collect();
    let answer = raw::exchange(addr, &raw::get(b"/account", &lines)).await;
    assert!(
        matches!(answer.status(), Some(200 | 431)),
        "90 cookie lines: {}",
        answer.status_line()
    );

    // The same huge cookie over HTTP/2, where the header list is limited to 64 KiB.
    let browser = Browser::with(&server.url(), |builder| builder.http2_prior_knowledge());
    let outcome = tokio::time::timeout(
        raw::BOUND,
        browser
            .client
            .get(browser.url("/account"))
            .header(header::COOKIE, format!("big={}", "x".repeat(100 * 1024)))
            .send(),
    )
    .await
    .expect("the huge cookie is answered or refused, not left hanging");
    if let Ok(response) = outcome {
        let page = Page::of(response).await;
        assert!(page.status.is_client_error(), "HTTP/2: {}", page.status);
    }
    let page = browser.get("/healthz").await;
    assert_eq!(page.status, StatusCode::OK);

    assert_unchanged(&before, server.store(), "cookies");
    assert_healthy(&server, "cookies").await;
    server.shutdown().await;
}

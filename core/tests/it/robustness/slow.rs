//! Slow clients beyond the silent and half-finished ones of `http.rs`: headers trickled a byte at
//! a time without end, a body trickled or stalled halfway, a stalled upload. With short timeouts
//! each is cut off (408 or a closed connection, never a 5xx) and changes nothing; with long
//! timeouts a crowd of stalled clients holds connections while everyone else is served.

use std::net::SocketAddr;
use std::time::Duration;

use reqwest::StatusCode;
use tokio::io::AsyncWriteExt;
use tokio::net::TcpStream;

use super::raw::{self, Answer};
use super::{StoreDump, assert_healthy, assert_unchanged};
use crate::testkit::{self, TestServer};

/// Sends `head` at once, then `trickle` one byte every `pause` (stopping at the first write error,
/// or after the trickle ends), and reads whatever the server answers until it closes or the
/// bound passes.
async fn trickle(addr: SocketAddr, head: Vec<u8>, trickle: Vec<u8>, pause: Duration) -> Answer {
    let mut stream = TcpStream::connect(addr).await.unwrap();
    let _ = stream.write_all(&head).await;
    let (mut reader, mut writer) = stream.into_split();
    let writing = tokio::spawn(async move {
        for byte in trickle {
            tokio::time::sleep(pause).await;
            if writer.write_all(&[byte]).await.is_err() {
                break;
            }
        }
        // Keep the write side open: a stalled client does not close.
        writer
    });
    let mut bytes = Vec::new();
    let closed = tokio::time::timeout(raw::BOUND, async {
        let mut chunk = [0u8; 4096];
        loop {
            match tokio::io::AsyncReadExt::read(&mut reader, &mut chunk).await {
                Ok(0) | Err(_) => return,
                Ok(n) => bytes.extend_from_slice(&chunk[..n]),
            }
        }
    })
    .await
    .is_ok();
    writing.abort();
    Answer { bytes, closed }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_clients_are_cut_off_and_change_nothing() {
    let server = TestServer::start_with(|settings| {
        settings.header_read_timeout_seconds = 1;
        settings.request_timeout_seconds = 2;
    })
    .await;
    let addr = server.server.local_addr;
    let admin = server.browser_as("admin", "admin").await;
    let csrf = admin.csrf().await;
    let cookie = format!(
        "Cookie: digifit-session={}",
        admin.cookie("digifit-session").unwrap()
    );
    let before = StoreDump::of(server.store());
    let pause = Duration::from_millis(100);
    // Endless headers, a byte at a time: the header-read timeout counts from the first byte.
    let endless_headers = "X-Slow: still coming\r\n".repeat(1000).into_bytes();
    // A form that would create a unit, its body trickled or cut off.
    let form = format!("csrf={csrf}&name=Langsam");
    let post_head = |length: usize| {
        format!(
            "POST /admin/orgunits HTTP/1.1\r\nHost: localhost\r\n{cookie}\r\n\
             Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {length}\r\n\r\n"
        )
        .into_bytes()
    };
    let mut stalled_body = post_head(form.len() + 1000);
    stalled_body.extend_from_slice(form.as_bytes());
    let upload_head = format!(
        "POST /admin/plugins/upload?csrf={csrf} HTTP/1.1\r\nHost: localhost\r\n{cookie}\r\n\
         Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 100000\r\n\r\n\
         --b\r\nContent-Disposition: form-data; name=\"package\"; filename=\"p\"\r\n\r\nabc"
    );
    let (headers, body, stalled, upload) = tokio::join!(
        trickle(
            addr,
            b"GET /healthz HTTP/1.1\r\nHost: x\r\n".to_vec(),
            endless_headers,
            pause
        ),
        trickle(
            addr,
            post_head(form.len() + 1000),
            format!("{form}&x={}", "y".repeat(999)).into_bytes(),
            pause
        ),
        trickle(addr, stalled_body, Vec::new(), pause),
        trickle(addr, upload_head.into_bytes(), Vec::new(), pause),
    );
    for (what, answer) in [
        ("headers a byte at a time", headers),
        ("a body a byte at a time", body),
        ("a body stalled halfway", stalled),
        ("an upload stalled halfway", upload),
    ] {
        assert!(answer.closed, "{what}: still open after {:?}", raw::BOUND);
        assert!(
            answer.status().is_none() || answer.status() == Some(408),
            "{what}: {}",
            answer.status_line()
        );
    }
    assert_unchanged(&before, server.store(), "slow clients");
    assert_healthy(&server, "slow clients").await;
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stalled_clients_do_not_keep_others_waiting() {
    // Timeouts longer than the test's bound: the stalled connections stay open throughout.
    let server = TestServer::start_with(|settings| {
        settings.header_read_timeout_seconds = 120;
        settings.request_timeout_seconds = 120;
    })
    .await;
    let addr = server.server.local_addr;
    let mut stalled = Vec::new();
    for i in 0..200 {
        let mut stream = TcpStream::connect(addr).await.unwrap();
        let opening: &[u8] = match i % 4 {
            0 => b"GET / HTTP/1.1\r\nHost: x\r\nX-Half",
            1 => b"POST /login HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 5000\r\n\r\ncsrf=",
            2 => b"PRI * HTTP/2.0\r\n",
            _ => b"",
        };
        stream.write_all(opening).await.unwrap();
        stalled.push(stream);
    }
    // Everyone else is served meanwhile: pages, a login, a form.
    let work = async {
        for _ in 0..5 {
            let browser = server.browser();
            assert_eq!(browser.get("/login").await.status, StatusCode::OK);
            let response = testkit::login(&browser, "demo", "demo").await;
            assert_eq!(response.status(), StatusCode::SEE_OTHER);
            let csrf = browser.csrf().await;
            let page = browser
                .post_form("/account/streak", &[("csrf", &csrf), ("streak", "on")])
                .await;
            assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
        }
    };
    tokio::time::timeout(raw::BOUND, work)
        .await
        .expect("the server kept others waiting behind stalled clients");
    // The stalled clients were still connected all along: none was answered or dropped early.
    let mut open = 0;
    for stream in &stalled {
        let mut probe = [0u8; 1];
        if matches!(stream.try_read(&mut probe), Err(e) if e.kind() == std::io::ErrorKind::WouldBlock)
        {
            open += 1;
        }
    }
    assert_eq!(open, stalled.len(), "stalled clients answered or dropped");
    drop(stalled);
    assert_healthy(&server, "stalled clients").await;
    server.shutdown().await;
}

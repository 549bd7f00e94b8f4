//! Path traversal in the two routes that serve files: `/static/{file}` (the embedded assets) and
//! `/games/{plugin}/assets/{*path}` (a package's assets in the store). Dot segments plain,
//! percent-encoded and double-encoded, backslashes, absolute paths, NUL, overlong UTF-8, very
//! long names, other packages' files and games that do not exist, all sent byte for byte over raw
//! TCP (a client library would normalise them away): 400 or 404, never a file from elsewhere,
//! never a 5xx. The legitimate requests next to them work.

use super::raw::{self, Answer};
use crate::testkit::{self, TestServer};

/// A line of the stylesheet, the only embedded text file.
fn css_marker() -> &'static str {
    include_str!("../../../assets/app.css")
        .lines()
        .find(|line| line.len() > 20)
        .unwrap()
}

/// A line of barrierefrei's package asset.
const SVG_MARKER: &str = "Weiterbewilligungsanträge im Jobcenter Musterstadt";

/// Asserts a refusal that shows nothing it should not.
fn assert_refused(target: &str, answer: &Answer) {
    let status = answer.status();
    assert!(
        matches!(status, Some(400 | 404)),
        "{target}: {}",
        answer.status_line()
    );
    let body = String::from_utf8_lossy(answer.body());
    for marker in [
        "root:x:",
        "[package]",
        "[workspace]",
        "digifit-package",
        SVG_MARKER,
        css_marker(),
        "\0asm",
        "untrusted comment",
    ] {
        assert!(
            !body.contains(marker),
            "{target}: the answer holds {marker:?}"
        );
    }
    let content_type = answer.header("content-type").unwrap_or_default();
    assert!(
        content_type.starts_with("text/html"),
        "{target}: {content_type}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn asset_urls_serve_nothing_outside_their_files() {
    let server = TestServer::start().await;
    let addr = server.server.local_addr;
    let login = server.browser().get("/login").await;
    let css = testkit::between(&login.body, "rel=\"stylesheet\" href=\"/static/", "\"")
        .unwrap()
        .to_owned();
    let player = server.browser_as("demo", "demo").await;
    let cookie = format!(
        "Cookie: digifit-session={}",
        player.cookie("digifit-session").unwrap()
    );
    let cookie = [cookie.as_bytes()];

    // The legitimate requests work.
    let answer = raw::exchange(addr, &raw::get(format!("/static/{css}").as_bytes(), &[])).await;
    assert_eq!(answer.status(), Some(200), "{}", answer.status_line());
    assert!(String::from_utf8_lossy(answer.body()).contains(css_marker()));
    let svg = "/games/barrierefrei/assets/antraege-2026.svg";
    let answer = raw::exchange(addr, &raw::get(svg.as_bytes(), &cookie)).await;
    assert_eq!(answer.status(), Some(200), "{}", answer.text());
    assert_eq!(
        answer.header("content-type").as_deref(),
        Some("image/svg+xml")
    );
    assert!(String::from_utf8_lossy(answer.body()).contains(SVG_MARKER));
    // Not for anonymous visitors, though: they are sent to the login page.
    let answer = raw::exchange(addr, &raw::get(svg.as_bytes(), &[])).await;
    assert_eq!(answer.status(), Some(303));
    assert!(!String::from_utf8_lossy(answer.body()).contains(SVG_MARKER));

    let long = "a".repeat(5000);
    let static_targets = [
        "/static/..".to_owned(),
        "/static/../Cargo.toml".to_owned(),
        "/static/..%2fCargo.toml".to_owned(),
        "/static/..%2FCargo.toml".to_owned(),
        "/static/%2e%2e%2fCargo.toml".to_owned(),
        "/static/%2e%2e/Cargo.toml".to_owned(),
        "/static/.%2e/Cargo.toml".to_owned(),
        "/static/..%5cCargo.toml".to_owned(),
        "/static/..\\..\\Cargo.toml".to_owned(),
        "/static/\\etc\\passwd".to_owned(),
        "/static//etc/passwd".to_owned(),
        "/static/%2fetc%2fpasswd".to_owned(),
        "/static/file:%2f%2f%2fetc%2fpasswd".to_owned(),
        "/static/%252e%252e%252fCargo.toml".to_owned(),
        "/static/%25%32%65%25%32%65%25%32%66Cargo.toml".to_owned(),
        "/static/%u002e%u002e%u2215Cargo.toml".to_owned(),
        "/static/%c0%ae%c0%ae%c0%afCargo.toml".to_owned(),
        "/static/%e0%80%ae%e0%80%ae/Cargo.toml".to_owned(),
        "/static/%00".to_owned(),
        "/static/..%00/Cargo.toml".to_owned(),
        "/static/app.css".to_owned(),
        "/static/app.css%00".to_owned(),
        format!("/static/{css}%00"),
        format!("/static/{css}%00.png"),
        format!("/static/{css};.png"),
        format!("/static/{css}/"),
        format!("/static/{css}/.."),
        format!("/static/./{css}"),
        format!("/static/{css}/../{css}"),
        format!("/static/{}", css.to_uppercase()),
        format!("/static/{css}.."),
        format!("/static/{long}"),
        format!("/static/{long}%2e%2e"),
    ];
    for target in &static_targets {
        let answer = raw::exchange(addr, &raw::get(target.as_bytes(), &[])).await;
        assert_refused(target, &answer);
    }

    let game_targets = [
        "/games/barrierefrei/assets/../assets/antraege-2026.svg".to_owned(),
        "/games/barrierefrei/assets/./antraege-2026.svg".to_owned(),
        "/games/barrierefrei/assets//antraege-2026.svg".to_owned(),
        "/games/hello-quiz/assets/../../barrierefrei/assets/antraege-2026.svg".to_owned(),
        "/games/hello-quiz/assets/..%2f..%2fbarrierefrei%2fassets%2fantraege-2026.svg".to_owned(),
        "/games/hello-quiz/assets/antraege-2026.svg".to_owned(),
        "/games/barrierefrei/../hello-quiz/assets/antraege-2026.svg".to_owned(),
        "/games/%2e%2e/assets/antraege-2026.svg".to_owned(),
        "/games/../static/app.css".to_owned(),
        "/games/barrierefrei/assets/%2e%2e/%2e%2e/%2e%2e/Cargo.toml".to_owned(),
        "/games/barrierefrei/assets/..%2f..%2f..%2fCargo.svg".to_owned(),
        "/games/barrierefrei/assets/..%5c..%5cCargo.svg".to_owned(),
        "/games/barrierefrei/assets/..\\..\\etc\\passwd.svg".to_owned(),
        "/games/barrierefrei/assets//etc/passwd.svg".to_owned(),
        "/games/barrierefrei/assets/%2fetc%2fpasswd.svg".to_owned(),
        "/games/barrierefrei/assets/C:%5cWindows%5cwin.svg".to_owned(),
        "/games/barrierefrei/assets/%252e%252e%252fantraege-2026.svg".to_owned(),
        "/games/barrierefrei/assets/antraege-2026%252esvg".to_owned(),
        "/games/barrierefrei/assets/antraege-2026.svg%00".to_owned(),
        "/games/barrierefrei/assets/antraege-2026.svg%00.png".to_owned(),
        "/games/barrierefrei/assets/%00antraege-2026.svg".to_owned(),
        "/games/barrierefrei/assets/%c0%ae%c0%ae/antraege-2026.svg".to_owned(),
        "/games/barrierefrei/assets/%ff.svg".to_owned(),
        "/games/barrierefrei/assets/ANTRAEGE-2026.SVG".to_owned(),
        "/games/barrierefrei/assets/antraege-2026.svg/".to_owned(),
        "/games/barrierefrei/assets/antraege-2026.svg/..".to_owned(),
        "/games/barrierefrei/assets/assets/antraege-2026.svg".to_owned(),
        "/games/barrierefrei/assets/".to_owned(),
        "/games/barrierefrei/assets".to_owned(),
        "/games/barrierefrei/assets/digifit-plugin.toml".to_owned(),
        "/games/barrierefrei/assets/game.wasm".to_owned(),
        "/games/barrierefrei/assets/../game.wasm".to_owned(),
        "/games/barrierefrei/assets/../digifit-plugin.toml".to_owned(),
        "/games/barrierefrei/assets/../signature.minisig".to_owned(),
        "/games/barrierefrei/assets/..%2fsignature.minisig".to_owned(),
        "/games/no-such-game/assets/antraege-2026.svg".to_owned(),
        "/games/BARRIEREFREI/assets/antraege-2026.svg".to_owned(),
        "/games/barrierefrei%00/assets/antraege-2026.svg".to_owned(),
        "/games/barrierefrei%2fassets/antraege-2026.svg".to_owned(),
        format!("/games/{long}/assets/antraege-2026.svg"),
        format!("/games/barrierefrei/assets/{long}.svg"),
        format!(
            "/games/barrierefrei/assets/{}antraege-2026.svg",
            "../".repeat(1000)
        ),
    ];
    for target in &game_targets {
        let answer = raw::exchange(addr, &raw::get(target.as_bytes(), &cookie)).await;
        assert_refused(target, &answer);
    }
    crate::robustness::assert_healthy(&server, "path traversal").await;
    server.shutdown().await;
}

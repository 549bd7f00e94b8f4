//! The `next` targets the login, language and self-assessment forms redirect to, found by the
//! fuzzing: a control character in one made the server answer 500 (no `Location` header can
//! carry it), and a tab or line break let `/\t/evil.example` through, which browsers read as
//! `//evil.example` once they drop the tab: another origin. Every such target now falls back to
//! the page's default, and a clean one is still followed.

use reqwest::StatusCode;

use crate::testkit::{Browser, TestServer};

const HOSTILE: &[&str] = &[
    "/\t/evil.example",
    "/\r\n/evil.example",
    "/\n/evil.example",
    "/\r/evil.example",
    "/a\u{0}b",
    "/\u{1}",
    "/x\u{7f}",
    "/x\u{85}",
    "//evil.example",
    "/\\evil.example",
];

/// A form with a `next`: its other fields, and where it leads when `next` is not safe.
struct NextForm {
    path: &'static str,
    fields: &'static [(&'static str, &'static str)],
    fallback: &'static str,
}

/// Posts a form with `next` and returns where it redirects to.
async fn redirect(browser: &Browser, path: &str, fields: &[(&str, &str)], next: &str) -> String {
    let csrf = browser.csrf().await;
    let mut form = vec![("csrf", csrf.as_str()), ("next", next)];
    form.extend_from_slice(fields);
    let page = browser.post_form(path, &form).await;
    assert_eq!(
        page.status,
        StatusCode::SEE_OTHER,
        "{path} {next:?}: {}",
        page.body
    );
    page.location().unwrap_or_default().to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn next_targets_never_leave_the_site_or_break_the_answer() {
    let server = TestServer::start().await;
    let player = server.browser_as("demo", "demo").await;
    let forms = [
        NextForm {
            path: "/language",
            fields: &[("locale", "de")],
            fallback: "/",
        },
        NextForm {
            path: "/self-assessment",
            fields: &[("action", "skip")],
            fallback: "/profile",
        },
        NextForm {
            path: "/login",
            fields: &[("username", "demo"), ("password", "demo")],
            fallback: "/",
        },
    ];
    for NextForm {
        path,
        fields,
        fallback,
    } in forms
    {
        for next in HOSTILE {
            // Logging in replaces the browser's session, so each login gets a fresh browser.
            let browser = if path == "/login" {
                server.browser()
            } else {
                player.clone()
            };
            let location = redirect(&browser, path, fields, next).await;
            assert_eq!(location, fallback, "{path} with next {next:?}");
        }
        let browser = if path == "/login" {
            server.browser()
        } else {
            player.clone()
        };
        let location = redirect(&browser, path, fields, "/progress").await;
        assert_eq!(location, "/progress", "{path} follows a clean target");
    }
    server.shutdown().await;
}

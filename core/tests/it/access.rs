//! The route walk: every route and both methods, for an anonymous visitor and for each role, against
//! an access table written here independently of `pages::routes()`; and a check that the table
//! covers every route, so a new route cannot be added without deciding who may reach it.

use std::collections::BTreeSet;

use reqwest::StatusCode;
use reqwest::header;
use reqwest::multipart::{Form, Part};

use crate::testkit::{self, Browser, Page, TestServer};

/// What a visitor gets from a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    /// The handler answers with exactly this status (and, for a 303, not with the login page).
    Is(u16),
    /// The handler answers with a redirect to exactly this location.
    To(&'static str),
    /// The handler is reached, whatever it answers (login attempts, which the throttle may refuse).
    Reached,
    /// Anonymous visitors are sent to the login page, with the page as `next`.
    Login,
    /// Signed-in users without a fitting role get the 403 page.
    Deny,
    /// The route has no handler for the method: the 405 page.
    NoMethod,
}

use Expect::{Deny, Is, Login, NoMethod, Reached, To};

/// The visitors, in the order of the table's columns; `None` is anonymous.
const VISITORS: [Option<&str>; 6] = [
    None,
    Some("demo"), // player
    Some("lead"),
    Some("facilitator"),
    Some("admin"),
    Some("auditor"),
];

/// Who may do what. Columns: anonymous, player, lead, facilitator, admin, auditor.
const OK_200: [Expect; 6] = [Is(200), Is(200), Is(200), Is(200), Is(200), Is(200)];
const NO_METHOD: [Expect; 6] = [NoMethod; 6];
const SIGNED_IN_200: [Expect; 6] = [Login, Is(200), Is(200), Is(200), Is(200), Is(200)];
const SIGNED_IN_404: [Expect; 6] = [Login, Is(404), Is(404), Is(404), Is(404), Is(404)];
const ADMIN_200: [Expect; 6] = [Login, Deny, Deny, Deny, Is(200), Deny];
const LEAD_200: [Expect; 6] = [Login, Deny, Is(200), Deny, Deny, Deny];
/// Admin POSTs carry an empty form, which the handlers refuse as incomplete input (422).
const ADMIN_422: [Expect; 6] = [Login, Deny, Deny, Deny, Is(422), Deny];

const TABLE: &[(&str, &str, [Expect; 6])] = &[
    ("GET", "/", SIGNED_IN_200),
    ("POST", "/", NO_METHOD),
    (
        "GET",
        "/login",
        [Is(200), To("/"), To("/"), To("/"), To("/"), To("/")],
    ),
    ("POST", "/login", [Reached; 6]),
    ("GET", "/logout", NO_METHOD),
    (
        "POST",
        "/logout",
        [
            Login,
            To("/login?notice=logged-out"),
            To("/login?notice=logged-out"),
            To("/login?notice=logged-out"),
            To("/login?notice=logged-out"),
            To("/login?notice=logged-out"),
        ],
    ),
    ("GET", "/language", NO_METHOD),
    ("POST", "/language", [To("/"); 6]),
    ("GET", "/account", SIGNED_IN_200),
    ("POST", "/account", NO_METHOD),
    ("GET", "/account/password", NO_METHOD),
    ("GET", "/account/streak", NO_METHOD),
    // The empty form is neither "on" nor "off": 422, and nothing is stored.
    (
        "POST",
        "/account/streak",
        [Login, Is(422), Is(422), Is(422), Is(422), Is(422)],
    ),
    // Everyone signed in has progress of their own; there is no way to ask for someone else's.
    ("GET", "/progress", SIGNED_IN_200),
    ("POST", "/progress", NO_METHOD),
    // The empty form has a wrong current password.
    (
        "POST",
        "/account/password",
        [Login, Is(422), Is(422), Is(422), Is(422), Is(422)],
    ),
    ("GET", "/admin/users", ADMIN_200),
    ("POST", "/admin/users", ADMIN_422),
    ("GET", "/admin/users/import", ADMIN_200),
    ("POST", "/admin/users/import", ADMIN_422),
    ("GET", "/admin/users/{id}", ADMIN_200),
    ("POST", "/admin/users/{id}", ADMIN_422),
    ("GET", "/admin/users/{id}/password", NO_METHOD),
    ("POST", "/admin/users/{id}/password", ADMIN_422),
    ("GET", "/admin/orgunits", ADMIN_200),
    ("POST", "/admin/orgunits", ADMIN_422),
    ("GET", "/admin/orgunits/{id}", ADMIN_200),
    ("POST", "/admin/orgunits/{id}", ADMIN_422),
    ("GET", "/admin/orgunits/{id}/delete", NO_METHOD),
    // The unit walked is the root, which has sub-units: 409.
    (
        "POST",
        "/admin/orgunits/{id}/delete",
        [Login, Deny, Deny, Deny, Is(409), Deny],
    ),
    ("GET", "/admin/offers", ADMIN_200),
    ("POST", "/admin/offers", ADMIN_422),
    // The walked id names a demo offer.
    ("GET", "/admin/offers/{id}", ADMIN_200),
    ("POST", "/admin/offers/{id}", ADMIN_422),
    ("GET", "/admin/offers/{id}/delete", NO_METHOD),
    // The walked id names no offer: deleting a real one would change the store.
    (
        "POST",
        "/admin/offers/{id}/delete",
        [Login, Deny, Deny, Deny, Is(404), Deny],
    ),
    ("GET", "/admin/plugins", ADMIN_200),
    ("POST", "/admin/plugins", NO_METHOD),
    ("GET", "/admin/plugins/{id}/availability", NO_METHOD),
    // The walked id names no installed game.
    (
        "POST",
        "/admin/plugins/{id}/availability",
        [Login, Deny, Deny, Deny, Is(404), Deny],
    ),
    ("GET", "/admin/plugins/upload", NO_METHOD),
    // The walk uploads an empty file.
    ("POST", "/admin/plugins/upload", ADMIN_422),
    ("GET", "/admin/plugins/{id}/remove", NO_METHOD),
    // The walked id names no installed game.
    (
        "POST",
        "/admin/plugins/{id}/remove",
        [Login, Deny, Deny, Deny, Is(404), Deny],
    ),
    ("GET", "/admin/plugins/verify", NO_METHOD),
    ("POST", "/admin/plugins/verify", ADMIN_200),
    // Only leads see their units' aggregates; admins manage but do not read results.
    ("GET", "/team", LEAD_200),
    ("POST", "/team", NO_METHOD),
    ("GET", "/team.csv", LEAD_200),
    ("POST", "/team.csv", NO_METHOD),
    // Everyone signed in has a profile of their own; there is no way to ask for someone else's.
    ("GET", "/profile", SIGNED_IN_200),
    ("POST", "/profile", NO_METHOD),
    ("GET", "/self-assessment", SIGNED_IN_200),
    // The empty form presses neither "save" nor "skip": 422, and nothing is stored.
    (
        "POST",
        "/self-assessment",
        [Login, Is(422), Is(422), Is(422), Is(422), Is(422)],
    ),
    ("GET", "/games", SIGNED_IN_200),
    ("POST", "/games", NO_METHOD),
    ("GET", "/games/start", NO_METHOD),
    // The walked path names no game and no asset.
    ("GET", "/games/{plugin}/assets/{*path}", SIGNED_IN_404),
    ("POST", "/games/{plugin}/assets/{*path}", NO_METHOD),
    // The empty form names no game.
    ("POST", "/games/start", SIGNED_IN_404),
    // The walked id is nobody's session: everyone gets "not found", never someone else's game.
    ("GET", "/games/sessions/{id}", SIGNED_IN_404),
    ("POST", "/games/sessions/{id}", SIGNED_IN_404),
    ("GET", "/healthz", OK_200),
    ("POST", "/healthz", NO_METHOD),
    ("GET", "/readyz", OK_200),
    ("POST", "/readyz", NO_METHOD),
    // Loopback is in the default `[metrics] allow`; other addresses get 404 (tests/it/metrics.rs).
    ("GET", "/metrics", OK_200),
    ("POST", "/metrics", NO_METHOD),
    ("GET", "/static/{file}", OK_200),
    ("POST", "/static/{file}", NO_METHOD),
];

#[test]
fn the_table_covers_every_route() {
    let routes: BTreeSet<&str> = digifit::pages::routes()
        .into_iter()
        .map(|(path, _, _)| path)
        .collect();
    let table: BTreeSet<&str> = TABLE.iter().map(|(_, path, _)| *path).collect();
    let missing: Vec<_> = routes.difference(&table).collect();
    let stale: Vec<_> = table.difference(&routes).collect();
    assert!(
        missing.is_empty() && stale.is_empty(),
        "routes without an access decision in the table: {missing:?}; \
         table rows for routes that do not exist: {stale:?}"
    );
    for path in &routes {
        for method in ["GET", "POST"] {
            assert!(
                TABLE.iter().any(|(m, p, _)| *m == method && p == path),
                "no {method} row for {path}"
            );
        }
    }
}

/// The concrete path walked for a route pattern.
struct Targets {
    user_id: u64,
    unit_id: u64,
    offer_id: u64,
    css_file: String,
}

impl Targets {
    fn path(&self, pattern: &str) -> String {
        // Everywhere else the walk uses the unit's id, which names no offer, user or session.
        let id = if pattern.starts_with("/admin/users/") {
            self.user_id
        } else if pattern == "/admin/offers/{id}" {
            self.offer_id
        } else {
            self.unit_id
        };
        pattern
            .replace("{id}", &id.to_string())
            .replace("{file}", &self.css_file)
            .replace("{plugin}", "hello-quiz")
            .replace("{*path}", "img/none.png")
    }
}

async fn send(browser: &Browser, method: &str, path: &str, csrf: &str) -> (String, Page) {
    if method == "GET" {
        return (path.to_owned(), browser.get(path).await);
    }
    if path == "/admin/users/import" || path == "/admin/plugins/upload" {
        let target = format!("{path}?csrf={csrf}");
        let form = Form::new().part("file", Part::bytes(Vec::new()).file_name("empty.csv"));
        let response = browser
            .client
            .post(browser.url(&target))
            .header(header::ORIGIN, &browser.base)
            .multipart(form)
            .send()
            .await
            .unwrap();
        return (target, Page::of(response).await);
    }
    (
        path.to_owned(),
        browser.post_form(path, &[("csrf", csrf)]).await,
    )
}

/// What is wrong with an answer, if anything.
fn judge(expect: Expect, target: &str, page: &Page) -> Option<String> {
    let status = page.status.as_u16();
    let location = page.location().unwrap_or_default();
    let to_login = status == 303 && location.starts_with("/login?next=");
    let in_layout = page.body.contains("<main");
    let ok = match expect {
        Is(wanted) => status == wanted && !to_login,
        To(wanted) => status == 303 && location == wanted,
        Reached => !to_login && ![403, 404, 405].contains(&status) && status < 500,
        Login => to_login && testkit::login_next(location).as_deref() == Some(target),
        Deny => status == 403 && in_layout && page.body.contains("<h1>Kein Zugriff</h1>"),
        NoMethod => {
            status == 405 && in_layout && page.body.contains("<h1>Aktion nicht möglich</h1>")
        }
    };
    (!ok).then(|| format!("expected {expect:?}, got {status} (Location {location:?})"))
}

#[tokio::test]
async fn every_route_answers_every_visitor_as_the_table_says() {
    let server = TestServer::start().await;
    let store = server.store();
    let before = testkit::snapshot(store);
    let login_page = server.browser().get("/login").await;
    let css = testkit::between(&login_page.body, "rel=\"stylesheet\" href=\"/static/", "\"")
        .unwrap()
        .to_owned();
    let targets = Targets {
        user_id: testkit::user(store, "m.becker").id.0,
        unit_id: testkit::unit_id(store, "Jobcenter Musterstadt"),
        offer_id: testkit::offer_id(store, "Sicher im Postfach – Phishing erkennen"),
        css_file: css,
    };
    let mut failures = Vec::new();
    for (column, visitor) in VISITORS.iter().enumerate() {
        let browser = match visitor {
            Some(name) => server.browser_as(name, name).await,
            None => server.browser(),
        };
        let csrf = browser.csrf().await;
        // Logging out ends the session the other rows need, so that row comes last.
        let rows = TABLE
            .iter()
            .filter(|(method, path, _)| !(*method == "POST" && *path == "/logout"))
            .chain(
                TABLE
                    .iter()
                    .filter(|(method, path, _)| *method == "POST" && *path == "/logout"),
            );
        for (method, pattern, expectations) in rows {
            let path = targets.path(pattern);
            let (target, page) = send(&browser, method, &path, &csrf).await;
            if let Some(problem) = judge(expectations[column], &target, &page) {
                let who = visitor.unwrap_or("anonymous");
                failures.push(format!("{who} {method} {target}: {problem}"));
            }
            testkit::assert_security_headers(&page, false);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // Every POST of the walk was refused or had incomplete input: nothing changed.
    assert_eq!(testkit::snapshot(store), before);
    server.shutdown().await;
}

#[tokio::test]
async fn after_login_the_visitor_returns_to_the_page_they_asked_for() {
    let server = TestServer::start().await;
    let browser = server.browser();
    let page = browser.get("/admin/users?notice=saved").await;
    testkit::assert_login_redirect(&page, "/admin/users?notice=saved");
    let login_page = browser.get(page.location().unwrap()).await;
    assert_eq!(login_page.status, StatusCode::OK);
    let login_form = &login_page.body[login_page.body.find("action=\"/login\"").unwrap()..];
    let next = testkit::between(login_form, "name=\"next\" value=\"", "\"").unwrap();
    assert_eq!(next, "/admin/users?notice=saved");
    let response = browser
        .post_form(
            "/login",
            &[
                ("csrf", &login_page.csrf()),
                ("username", "admin"),
                ("password", "admin"),
                ("next", next),
            ],
        )
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    assert_eq!(response.location(), Some("/admin/users?notice=saved"));
    // A `next` pointing elsewhere is never followed.
    let other = server.browser();
    let csrf = other.csrf().await;
    let response = other
        .post_form(
            "/login",
            &[
                ("csrf", &csrf),
                ("username", "demo"),
                ("password", "demo"),
                ("next", "//evil.example/phish"),
            ],
        )
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    assert_eq!(response.location(), Some("/"));
    server.shutdown().await;
}

//! `/metrics`: requests counted by route pattern (never the path), method and status, with their
//! latency; game plugin calls by plugin and outcome, traps and exhausted budgets included; the
//! store's commit batches, file size, accounts and login sessions; no personal data anywhere; and
//! nothing at all for addresses outside `[metrics] allow` or requests through a proxy.

use reqwest::StatusCode;
use reqwest::header;

use digifit::games::catalogue::Availability;
use digifit::http::metrics::{self, sample};

use crate::games::{first_button, first_choices, start_hello_quiz};
use crate::plugin_cli::install_hostile_game;
use crate::testkit::{self, Page, TestServer};

/// Takes one turn of a session by choosing the first options and pressing the first button.
async fn take_a_turn(browser: &testkit::Browser, session_path: &str) {
    let page = browser.get(session_path).await;
    assert_eq!(page.status, StatusCode::OK);
    let mut fields: Vec<(String, String)> = vec![("csrf".into(), page.csrf())];
    fields.extend(first_choices(&page.body));
    fields.push(("button".into(), first_button(&page.body).unwrap()));
    let borrowed: Vec<(&str, &str)> = fields
        .iter()
        .map(|(name, value)| (name.as_str(), value.as_str()))
        .collect();
    let acted = browser.post_form(session_path, &borrowed).await;
    assert_eq!(acted.status, StatusCode::SEE_OTHER, "{}", acted.body);
}

async fn scrape(server: &TestServer) -> Page {
    let page = server.browser().get("/metrics").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert_eq!(
        page.header(header::CONTENT_TYPE),
        Some(metrics::CONTENT_TYPE)
    );
    page
}

#[track_caller]
fn value(text: &str, name: &str, labels: &str) -> f64 {
    sample(text, name, labels).unwrap_or_else(|| panic!("no {name}{{{labels}}} in\n{text}"))
}

#[tokio::test]
async fn requests_game_turns_and_commits_are_counted_under_their_routes() {
    let server = TestServer::start().await;
    let player = server.browser_as("demo", "demo").await;
    assert_eq!(player.get("/").await.status, StatusCode::OK);
    assert_eq!(player.get("/").await.status, StatusCode::OK);
    // Somebody else's page, and a page that does not exist.
    assert_eq!(
        player.get("/admin/users/4711").await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        player.get("/no/such/page/4712").await.status,
        StatusCode::NOT_FOUND
    );
    let session = start_hello_quiz(&player).await;
    take_a_turn(&player, &session).await;
    let batches_before = server.store().stats().batches;
    assert!(batches_before > 0);

    let text = scrape(&server).await.body;
    let requests = "digifit_http_requests_total";
    assert_eq!(
        value(&text, requests, r#"route="/",method="GET",status="200""#),
        2.0
    );
    assert_eq!(
        value(
            &text,
            requests,
            r#"route="/login",method="POST",status="303""#
        ),
        1.0
    );
    assert_eq!(
        value(
            &text,
            requests,
            r#"route="/admin/users/{id}",method="GET",status="403""#
        ),
        1.0
    );
    assert_eq!(
        value(
            &text,
            requests,
            r#"route="unmatched",method="GET",status="404""#
        ),
        1.0
    );
    assert_eq!(
        value(
            &text,
            requests,
            r#"route="/games/sessions/{id}",method="POST",status="303""#
        ),
        1.0
    );
    // The latency histogram of a route counts its requests, whatever their status.
    let latency = "digifit_http_request_duration_seconds";
    assert_eq!(
        value(&text, &format!("{latency}_count"), r#"route="/""#),
        2.0
    );
    assert_eq!(
        value(
            &text,
            &format!("{latency}_bucket"),
            r#"le="+Inf",route="/""#
        ),
        2.0
    );
    assert!(value(&text, &format!("{latency}_sum"), r#"route="/""#) > 0.0);

    // One start and one turn of hello-quiz, both answered by the game.
    let calls = "digifit_plugin_calls_total";
    assert_eq!(
        value(
            &text,
            calls,
            r#"plugin="hello-quiz",call="start",outcome="ok""#
        ),
        1.0
    );
    assert_eq!(
        value(
            &text,
            calls,
            r#"plugin="hello-quiz",call="act",outcome="ok""#
        ),
        1.0
    );
    assert!(
        value(
            &text,
            "digifit_plugin_call_duration_seconds_total",
            r#"plugin="hello-quiz",call="act""#
        ) > 0.0
    );

    // The writer's batches: as many as it has committed, holding all its operations.
    let stats = server.store().stats();
    let batches = "digifit_store_commit_batch_size";
    assert_eq!(
        value(&text, &format!("{batches}_count"), ""),
        stats.batches as f64
    );
    assert_eq!(
        value(&text, &format!("{batches}_sum"), ""),
        stats.ops as f64
    );
    assert_eq!(
        value(&text, &format!("{batches}_bucket"), r#"le="+Inf""#),
        stats.batches as f64
    );
    assert!(value(&text, &format!("{batches}_bucket"), r#"le="1.0""#) >= 1.0);
    let file_size = std::fs::metadata(server.store().path()).unwrap().len();
    assert_eq!(
        value(&text, "digifit_store_file_size_bytes", ""),
        file_size as f64
    );
    let users = digifit::accounts::list_users(server.store()).unwrap().len();
    assert_eq!(value(&text, "digifit_users", ""), users as f64);
    assert_eq!(value(&text, "digifit_login_sessions", ""), 1.0);
    assert_eq!(
        value(
            &text,
            "digifit_build_info",
            &format!("version=\"{}\"", env!("CARGO_PKG_VERSION"))
        ),
        1.0
    );
    // Without TLS there is no certificate, so no expiry (a 0 would read as long expired).
    assert_eq!(
        sample(
            &text,
            "digifit_tls_certificate_expiry_timestamp_seconds",
            ""
        ),
        None
    );
    assert!(text.ends_with("# EOF\n"), "{text}");

    // Paths, names and tokens stay out: only patterns and closed sets of values.
    let session_token = player.cookie("digifit-session").unwrap();
    for private in [
        "4711",
        "4712",
        "demo",
        "Dana",
        session_token.as_str(),
        session.as_str(),
    ] {
        assert!(!text.contains(private), "{private:?} in\n{text}");
    }
    server.shutdown().await;
}

#[tokio::test]
async fn plugin_traps_and_exhausted_budgets_are_counted_by_plugin() {
    let server = TestServer::start().await;
    install_hostile_game(&server).await;
    server
        .server
        .state
        .catalogue
        .set_availability(server.store(), "hostile-game", Availability::All)
        .await
        .unwrap();
    let player = server.browser_as("demo", "demo").await;
    let csrf = player.csrf().await;
    for episode in ["panic", "infinite-loop", "calm"] {
        let started = player
            .post_form(
                "/games/start",
                &[
                    ("csrf", &csrf),
                    ("plugin", "hostile-game"),
                    ("episode", episode),
                ],
            )
            .await;
        let expected = if episode == "calm" {
            StatusCode::SEE_OTHER
        } else {
            StatusCode::BAD_GATEWAY
        };
        assert_eq!(started.status, expected, "{episode}");
    }
    let text = scrape(&server).await.body;
    let calls = "digifit_plugin_calls_total";
    for (outcome, count) in [("trap", 1.0), ("out_of_fuel", 1.0), ("ok", 1.0)] {
        assert_eq!(
            value(
                &text,
                calls,
                &format!(r#"plugin="hostile-game",call="start",outcome="{outcome}""#)
            ),
            count,
            "{outcome}"
        );
    }
    assert_eq!(
        value(
            &text,
            "digifit_http_requests_total",
            r#"route="/games/start",method="POST",status="502""#
        ),
        2.0
    );
    server.shutdown().await;
}

#[tokio::test]
async fn the_metrics_are_not_found_from_other_addresses_or_through_a_proxy() {
    // The test client always connects from 127.0.0.1, which this server does not allow.
    let server = TestServer::start_with(|settings| {
        settings.metrics_allow = vec!["10.0.0.1/32".parse().unwrap()];
    })
    .await;
    let browser = server.browser();
    let hidden = browser.get("/metrics").await;
    let missing = browser.get("/no-such-page").await;
    testkit::assert_error_page(&hidden, StatusCode::NOT_FOUND, "Seite nicht gefunden");
    assert_eq!(
        hidden.body.replace("/metrics", "/no-such-page"),
        missing.body,
        "indistinguishable from a missing page, but for the path"
    );
    assert!(!hidden.body.contains("digifit_"));
    server.shutdown().await;

    // Allowed by default, but not when a proxy passed the request on.
    let server = TestServer::start().await;
    let browser = server.browser();
    assert_eq!(browser.get("/metrics").await.status, StatusCode::OK);
    for (name, value) in [
        ("x-forwarded-for", "203.0.113.7"),
        ("forwarded", "for=203.0.113.7"),
        ("x-real-ip", "203.0.113.7"),
    ] {
        let response = browser
            .client
            .get(browser.url("/metrics"))
            .header(name, value)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{name}");
    }
    server.shutdown().await;
}

//! Sessions and logins: the login/logout round trip, idle and absolute timeouts on the manual clock,
//! cookie attributes, login throttling per account and per address, sessions ending when an account
//! is disabled or its password changed, and the language choice for visitors and users.

use reqwest::StatusCode;
use reqwest::header;

use digifit::i18n::Locale;

use crate::testkit::{self, Browser, Page, TestServer};

/// Sends a request with exactly this cookie header, as a copied cookie would be replayed.
async fn get_with_cookie(server: &TestServer, path: &str, cookie: &str) -> Page {
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let response = client
        .get(format!("{}{path}", server.url()))
        .header(header::COOKIE, cookie)
        .send()
        .await
        .unwrap();
    Page::of(response).await
}

#[tokio::test]
async fn login_and_logout_round_trip_and_the_old_cookie_dies() {
    let server = TestServer::start().await;
    let browser = server.browser();
    let page = browser.get("/").await;
    testkit::assert_login_redirect(&page, "/");
    let response = testkit::login(&browser, "demo", "demo").await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(response.headers()[header::LOCATION], "/");
    let home = browser.get("/").await;
    assert_eq!(home.status, StatusCode::OK);
    assert!(
        home.body.contains("Willkommen, Dana Demo!"),
        "{}",
        home.body
    );
    let token = browser.cookie("digifit-session").unwrap();
    let user = testkit::user(server.store(), "demo");
    let session = digifit::auth::session::find(server.store(), &token)
        .unwrap()
        .unwrap();
    assert_eq!(session.user_id, user.id);

    let replayed = get_with_cookie(&server, "/account", &format!("digifit-session={token}")).await;
    assert_eq!(
        replayed.status,
        StatusCode::OK,
        "the cookie works before logout"
    );

    let csrf = home.csrf();
    let page = browser.post_form("/logout", &[("csrf", &csrf)]).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    assert_eq!(page.location(), Some("/login?notice=logged-out"));
    let cleared = testkit::set_cookies(&page.headers, "digifit-session");
    assert!(
        cleared.iter().any(|c| c.contains("Max-Age=0")),
        "{cleared:?}"
    );
    assert!(
        digifit::auth::session::find(server.store(), &token)
            .unwrap()
            .is_none()
    );
    let page = browser.get("/login?notice=logged-out").await;
    assert!(page.body.contains("Sie haben sich abgemeldet."));

    let replayed = get_with_cookie(&server, "/account", &format!("digifit-session={token}")).await;
    testkit::assert_login_redirect(&replayed, "/account");
    server.shutdown().await;
}

#[tokio::test]
async fn a_login_sets_strict_http_only_cookies_and_a_fresh_session() {
    let server = TestServer::start().await;
    let browser = server.browser();
    let page = browser.get("/login").await;
    let csrf_cookies = testkit::set_cookies(&page.headers, "digifit-csrf");
    assert_eq!(csrf_cookies.len(), 1, "{:?}", page.headers);
    assert_eq!(browser.cookie("digifit-csrf"), Some(page.csrf()));
    let response = testkit::login(&browser, "demo", "demo").await;
    let cookies = testkit::set_cookies(response.headers(), "digifit-session");
    assert_eq!(cookies.len(), 1, "{:?}", response.headers());
    let attributes: Vec<&str> = cookies[0].split(';').map(str::trim).collect();
    assert!(attributes.contains(&"HttpOnly"), "{attributes:?}");
    assert!(attributes.contains(&"SameSite=Strict"), "{attributes:?}");
    assert!(attributes.contains(&"Path=/"), "{attributes:?}");
    assert!(
        !attributes.iter().any(|a| a.eq_ignore_ascii_case("Secure")),
        "{attributes:?}"
    );
    assert!(testkit::set_cookies(response.headers(), "__Host-digifit-session").is_empty());
    let first = browser.cookie("digifit-session").unwrap();
    assert_eq!(first.len(), 43, "a 256-bit token in base64");

    // Logging in again (as another user) replaces the session instead of reusing it.
    let csrf = browser.csrf().await;
    let response = browser
        .post_form(
            "/login",
            &[("csrf", &csrf), ("username", "lead"), ("password", "lead")],
        )
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    let second = browser.cookie("digifit-session").unwrap();
    assert_ne!(first, second);
    assert!(
        digifit::auth::session::find(server.store(), &first)
            .unwrap()
            .is_none()
    );
    server.shutdown().await;
}

#[tokio::test]
async fn sessions_expire_after_the_idle_timeout() {
    let server = TestServer::start().await;
    let idle = server.settings().session_idle_timeout_seconds;
    let browser = server.browser_as("demo", "demo").await;
    server.clock().advance(idle - 1);
    assert_eq!(browser.get("/").await.status, StatusCode::OK);
    // That request counted as activity, so the idle time starts again.
    server.clock().advance(idle - 1);
    assert_eq!(browser.get("/account").await.status, StatusCode::OK);
    server.clock().advance(idle);
    let page = browser.get("/account").await;
    testkit::assert_login_redirect(&page, "/account");
    let location = page.location().unwrap();
    assert!(location.ends_with("&notice=session-expired"), "{location}");
    let token_gone = browser
        .cookie("digifit-session")
        .is_none_or(|t| t.is_empty());
    assert!(token_gone, "the expired session cookie is cleared");
    let login_page = browser.get(location).await;
    assert!(login_page.body.contains("Ihre Sitzung ist abgelaufen."));
    server.shutdown().await;
}

#[tokio::test]
async fn sessions_end_at_the_absolute_timeout_despite_activity() {
    let server = TestServer::start().await;
    let idle = server.settings().session_idle_timeout_seconds;
    let absolute = server.settings().session_absolute_timeout_seconds;
    let browser = server.browser_as("demo", "demo").await;
    let step = idle / 2;
    let mut elapsed = 0;
    while elapsed + step < absolute {
        server.clock().advance(step);
        elapsed += step;
        let page = browser.get("/").await;
        assert_eq!(page.status, StatusCode::OK, "after {elapsed} s of activity");
    }
    server.clock().advance(absolute - elapsed);
    let page = browser.get("/").await;
    testkit::assert_login_redirect(&page, "/");
    assert!(
        page.location()
            .unwrap()
            .ends_with("&notice=session-expired")
    );
    // The session is gone from the store, not just refused.
    let page = browser.get("/account").await;
    testkit::assert_login_redirect(&page, "/account");
    assert!(!page.location().unwrap().contains("notice"));
    server.shutdown().await;
}

/// A login attempt with the form's own token, as a browser sends it.
async fn attempt(browser: &Browser, name: &str, password: &str) -> Page {
    Page::of(testkit::login(browser, name, password).await).await
}

#[tokio::test]
async fn wrong_passwords_throttle_the_account_until_the_window_passes() {
    let server = TestServer::start().await;
    let limit = server.settings().login_max_attempts_per_account;
    let browser = server.browser();
    for _ in 0..limit {
        let page = attempt(&browser, "demo", "wrong").await;
        assert_eq!(page.status, StatusCode::UNAUTHORIZED);
        assert!(page.body.contains("Anmeldename oder Passwort ist falsch."));
    }
    // Even the right password is refused now, without being checked.
    let page = attempt(&browser, "demo", "demo").await;
    assert_eq!(page.status, StatusCode::TOO_MANY_REQUESTS, "{}", page.body);
    let window = server.settings().login_throttle_window_seconds;
    assert_eq!(
        page.header(header::RETRY_AFTER),
        Some(window.to_string().as_str())
    );
    let minutes = window.div_ceil(60);
    assert!(
        page.body.contains(&format!(
            "Zu viele fehlgeschlagene Anmeldeversuche. Bitte versuchen Sie es in {minutes} Minuten erneut."
        )),
        "{}",
        page.body
    );
    assert!(browser.cookie("digifit-session").is_none());
    // The name is matched case-insensitively, so the throttle is too.
    let page = attempt(&browser, "DEMO", "demo").await;
    assert_eq!(page.status, StatusCode::TOO_MANY_REQUESTS);
    // Other accounts are not affected.
    let other = server.browser();
    let page = attempt(&other, "lead", "lead").await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);

    server.clock().advance(window - 1);
    let page = attempt(&browser, "demo", "demo").await;
    assert_eq!(page.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(page.header(header::RETRY_AFTER), Some("1"));
    server.clock().advance(1);
    let page = attempt(&browser, "demo", "demo").await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    server.shutdown().await;
}

#[tokio::test]
async fn one_address_is_throttled_across_accounts() {
    let server =
        TestServer::start_with(|settings| settings.login_max_attempts_per_address = 3).await;
    let browser = server.browser();
    for name in ["lead", "facilitator", "nobody-at-all"] {
        let page = attempt(&browser, name, "wrong").await;
        assert_eq!(page.status, StatusCode::UNAUTHORIZED, "{name}");
    }
    // A fourth account from the same address, with its right password, has to wait.
    let fresh = server.browser();
    let page = attempt(&fresh, "admin", "admin").await;
    assert_eq!(page.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(page.header(header::RETRY_AFTER).is_some());
    server
        .clock()
        .advance(server.settings().login_throttle_window_seconds);
    let page = attempt(&fresh, "admin", "admin").await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    server.shutdown().await;
}

#[tokio::test]
async fn disabling_an_account_ends_its_sessions() {
    let server = TestServer::start().await;
    let store = server.store();
    let player = server.browser_as("demo", "demo").await;
    let token = player.cookie("digifit-session").unwrap();
    let admin = server.browser_as("admin", "admin").await;
    let csrf = admin.csrf().await;
    let demo = testkit::user(store, "demo");
    let unit = demo.org_units[0].0.to_string();
    let path = format!("/admin/users/{}", demo.id.0);
    let page = admin.get(&path).await;
    assert_eq!(page.status, StatusCode::OK);
    let page = admin
        .post_form(
            &path,
            &[
                ("csrf", &csrf),
                ("display_name", "Dana Demo"),
                ("roles", "player"),
                ("org_units", &unit),
                ("disabled", "1"),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    assert_eq!(
        page.location(),
        Some(format!("{path}?notice=saved").as_str())
    );
    let demo = testkit::user(store, "demo");
    assert!(demo.disabled);
    assert_eq!(demo.display_name, "Dana Demo");
    assert_eq!(demo.org_units[0].0.to_string(), unit);
    assert!(
        digifit::auth::session::find(store, &token)
            .unwrap()
            .is_none()
    );
    testkit::assert_login_redirect(&player.get("/").await, "/");
    assert_eq!(
        attempt(&server.browser(), "demo", "demo").await.status,
        StatusCode::UNAUTHORIZED
    );

    // Without the box the account is enabled again.
    let page = admin
        .post_form(
            &path,
            &[
                ("csrf", &csrf),
                ("display_name", "Dana Demo"),
                ("roles", "player"),
                ("org_units", &unit),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    assert!(!testkit::user(store, "demo").disabled);
    assert_eq!(
        attempt(&server.browser(), "demo", "demo").await.status,
        StatusCode::SEE_OTHER
    );
    server.shutdown().await;
}

#[tokio::test]
async fn changing_the_password_ends_the_other_sessions() {
    let server = TestServer::start().await;
    let here = server.browser_as("demo", "demo").await;
    let elsewhere = server.browser_as("demo", "demo").await;
    let csrf = here.csrf().await;
    let new_password = "a sturdy new passphrase";

    let page = here
        .post_form(
            "/account/password",
            &[
                ("csrf", &csrf),
                ("current_password", "demo"),
                ("new_password", new_password),
                ("repeat_password", "something else entirely"),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.body.contains("stimmen nicht überein"), "{}", page.body);
    assert_eq!(elsewhere.get("/").await.status, StatusCode::OK);

    let page = here
        .post_form(
            "/account/password",
            &[
                ("csrf", &csrf),
                ("current_password", "demo"),
                ("new_password", new_password),
                ("repeat_password", new_password),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    assert_eq!(page.location(), Some("/account?notice=password-changed"));
    let page = here.get("/account?notice=password-changed").await;
    assert_eq!(
        page.status,
        StatusCode::OK,
        "this browser keeps a fresh session"
    );
    assert!(page.body.contains("Das Passwort wurde geändert."));
    testkit::assert_login_redirect(&elsewhere.get("/").await, "/");

    assert_eq!(
        attempt(&server.browser(), "demo", "demo").await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        attempt(&server.browser(), "demo", new_password)
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    server.shutdown().await;
}

#[tokio::test]
async fn visitors_choose_their_language_by_cookie_or_browser() {
    let server = TestServer::start().await;
    let browser = server.browser();
    let page = browser.get("/login").await;
    assert_eq!(page.lang(), Some("de"));
    assert!(page.body.contains("<h1>Anmelden</h1>"));
    let csrf = browser.cookie("digifit-csrf").unwrap();
    let page = browser
        .post_form(
            "/language",
            &[("csrf", &csrf), ("locale", "en"), ("next", "/account")],
        )
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    assert_eq!(page.location(), Some("/account"));
    let cookies = testkit::set_cookies(&page.headers, "digifit-lang");
    assert_eq!(cookies.len(), 1);
    assert!(cookies[0].starts_with("digifit-lang=en;"), "{cookies:?}");
    let page = browser.get("/login").await;
    assert_eq!(page.lang(), Some("en"));
    assert!(page.body.contains("<h1>Log in</h1>"), "{}", page.body);

    // The browser's Accept-Language decides for visitors without a choice.
    for (accept, lang) in [("en-GB,en;q=0.9", "en"), ("fr, de;q=0.5", "de"), ("", "de")] {
        let response = server
            .browser()
            .client
            .get(format!("{}/login", server.url()))
            .header(header::ACCEPT_LANGUAGE, accept)
            .send()
            .await
            .unwrap();
        assert_eq!(Page::of(response).await.lang(), Some(lang), "{accept:?}");
    }
    // Going back to "follow the browser" deletes the cookie.
    let page = browser
        .post_form(
            "/language",
            &[("csrf", &csrf), ("locale", ""), ("next", "/login")],
        )
        .await;
    let cookies = testkit::set_cookies(&page.headers, "digifit-lang");
    assert!(
        cookies.iter().any(|c| c.contains("Max-Age=0")),
        "{cookies:?}"
    );
    assert_eq!(browser.get("/login").await.lang(), Some("de"));
    server.shutdown().await;
}

#[tokio::test]
async fn a_users_language_choice_follows_them_to_new_logins() {
    let server = TestServer::start().await;
    let browser = server.browser_as("demo", "demo").await;
    let csrf = browser.csrf().await;
    let page = browser
        .post_form(
            "/language",
            &[("csrf", &csrf), ("locale", "en"), ("next", "/account")],
        )
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    assert_eq!(page.location(), Some("/account"));
    assert!(testkit::set_cookies(&page.headers, "digifit-lang").is_empty());
    let demo = testkit::user(server.store(), "demo");
    assert_eq!(demo.locale, Some(Locale::En));
    assert_eq!(browser.get("/account").await.lang(), Some("en"));

    // A fresh browser without any language preference gets English after logging in as demo…
    let fresh = server.browser();
    assert_eq!(fresh.get("/login").await.lang(), Some("de"));
    let response = testkit::login(&fresh, "demo", "demo").await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let home = fresh.get("/").await;
    assert_eq!(home.lang(), Some("en"));
    assert!(home.body.contains("Welcome, Dana Demo!"), "{}", home.body);
    // …even when the browser asks for German: the user's choice wins.
    let response = fresh
        .client
        .get(fresh.url("/"))
        .header(header::ACCEPT_LANGUAGE, "de")
        .send()
        .await
        .unwrap();
    assert_eq!(Page::of(response).await.lang(), Some("en"));
    // Other users are not affected.
    let lead = testkit::user(server.store(), "lead");
    assert_eq!(lead.locale, None);
    server.shutdown().await;
}

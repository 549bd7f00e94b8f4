//! Forms and the CSRF guard: state-changing requests without the requester's own token, from a
//! foreign origin, in the wrong format, too large, malformed or not UTF-8 are refused with an error
//! page inside the layout, and a refused request leaves the store as it was.

use reqwest::StatusCode;
use reqwest::header;

use crate::testkit::{self, Page, TestServer};

/// A form that would create an org unit if it were accepted.
const NEW_UNIT: &str = "name=Standort+S%C3%BCd";

#[tokio::test]
async fn posts_without_the_own_token_or_from_a_foreign_origin_change_nothing() {
    let server = TestServer::start().await;
    let store = server.store();
    let admin = server.browser_as("admin", "admin").await;
    let other_admin = server.browser_as("admin", "admin").await;
    let own = admin.csrf().await;
    let foreign = other_admin.csrf().await;
    assert_ne!(own, foreign, "two sessions must not share a token");
    let anonymous_token = server.browser().csrf().await;
    let before = testkit::snapshot(store);
    let user_form =
        "username=mallory&display_name=Mallory&roles=admin&password=long-enough-password";

    for (what, body) in [
        ("no token", NEW_UNIT.to_owned()),
        ("an empty token", format!("csrf=&{NEW_UNIT}")),
        (
            "a token of another session",
            format!("csrf={foreign}&{NEW_UNIT}"),
        ),
        (
            "an anonymous token",
            format!("csrf={anonymous_token}&{NEW_UNIT}"),
        ),
        (
            "a truncated token",
            format!("csrf={}&{NEW_UNIT}", &own[..own.len() - 1]),
        ),
    ] {
        let page = admin
            .post_raw("/admin/orgunits", "application/x-www-form-urlencoded", body)
            .await;
        assert_eq!(page.status, StatusCode::FORBIDDEN, "{what}");
        testkit::assert_error_page(&page, StatusCode::FORBIDDEN, "Kein Zugriff");
    }
    let page = admin
        .post_raw(
            "/admin/users",
            "application/x-www-form-urlencoded",
            format!("csrf={foreign}&{user_form}"),
        )
        .await;
    testkit::assert_error_page(&page, StatusCode::FORBIDDEN, "Kein Zugriff");

    // The right token, but the request comes from another site.
    for (name, value) in [
        (header::ORIGIN, "https://evil.example"),
        (header::ORIGIN, "null"),
        (header::REFERER, "https://evil.example/form"),
        (header::REFERER, &format!("{}.evil.example/", server.url())),
    ] {
        let response = admin
            .client
            .post(admin.url("/admin/orgunits"))
            .header(name.clone(), value)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(format!("csrf={own}&{NEW_UNIT}"))
            .send()
            .await
            .unwrap();
        let page = Page::of(response).await;
        assert_eq!(page.status, StatusCode::FORBIDDEN, "{name}: {value}");
        testkit::assert_error_page(&page, StatusCode::FORBIDDEN, "Kein Zugriff");
    }
    assert_eq!(testkit::snapshot(store), before);

    // The same form with the session's own token is accepted, so the refusals above were the
    // guard's doing.
    let page = admin
        .post_raw(
            "/admin/orgunits",
            "application/x-www-form-urlencoded",
            format!("csrf={own}&{NEW_UNIT}"),
        )
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    let tree = digifit::accounts::orgunits::tree(store).unwrap();
    assert!(tree.iter().any(|entry| entry.path == "Standort Süd"));
    server.shutdown().await;
}

#[tokio::test]
async fn wrong_formats_and_broken_bodies_are_refused_with_error_pages() {
    let server = TestServer::start().await;
    let store = server.store();
    let admin = server.browser_as("admin", "admin").await;
    let csrf = admin.csrf().await;
    let before = testkit::snapshot(store);

    let page = admin
        .post_raw(
            "/admin/orgunits",
            "application/json",
            format!("{{\"csrf\":\"{csrf}\",\"name\":\"JSON-Einheit\"}}"),
        )
        .await;
    testkit::assert_error_page(
        &page,
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "Falsches Datenformat",
    );

    let page = admin
        .post_raw(
            "/admin/orgunits",
            "text/plain",
            format!("csrf={csrf}&{NEW_UNIT}"),
        )
        .await;
    testkit::assert_error_page(
        &page,
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "Falsches Datenformat",
    );

    // Invalid UTF-8 after percent-decoding, in a value and in a name.
    for body in [
        format!("csrf={csrf}&name=%FF"),
        format!("csrf={csrf}&%C3=x"),
        format!("name=%FF&csrf={csrf}"),
    ] {
        let page = admin
            .post_raw("/admin/orgunits", "application/x-www-form-urlencoded", body)
            .await;
        testkit::assert_error_page(&page, StatusCode::BAD_REQUEST, "Ungültige Anfrage");
    }

    // More than a mebibyte.
    let limit = server.settings().max_body_bytes;
    let filler = "a".repeat(limit + 1024);
    let page = admin
        .post_raw(
            "/admin/orgunits",
            "application/x-www-form-urlencoded",
            format!("csrf={csrf}&name=x&filler={filler}"),
        )
        .await;
    testkit::assert_error_page(&page, StatusCode::PAYLOAD_TOO_LARGE, "Zu große Datenmenge");

    // Malformed or truncated forms reach the handler, which refuses them.
    for (path, body, status) in [
        ("/admin/users", format!("csrf={csrf}&username="), 422),
        (
            "/admin/users",
            format!("csrf={csrf}&username=eve&display_name=Eve&roles=root"),
            400,
        ),
        (
            "/admin/users",
            format!("csrf={csrf}&username=eve&display_name=Eve&org_units=x"),
            400,
        ),
        (
            "/admin/users",
            format!("csrf={csrf}&username=eve&display_name=Eve&org_units=999999"),
            422,
        ),
        (
            "/admin/users",
            format!("csrf={csrf}&username=eve&display_name=Eve&password=short"),
            422,
        ),
        ("/admin/orgunits", format!("csrf={csrf}&name=&parent="), 422),
        (
            "/admin/orgunits",
            format!("csrf={csrf}&name=X&parent=abc"),
            400,
        ),
        (
            "/admin/orgunits",
            format!("csrf={csrf}&name=X&parent=999999"),
            422,
        ),
        ("/admin/orgunits", format!("csrf={csrf}&name=a%2Fb"), 422),
        (
            "/admin/users/999999",
            format!("csrf={csrf}&display_name=X"),
            404,
        ),
        (
            "/admin/users/abc",
            format!("csrf={csrf}&display_name=X"),
            404,
        ),
        ("/admin/orgunits/999999/delete", format!("csrf={csrf}"), 404),
        ("/login", format!("csrf={csrf}&username="), 401),
        ("/language", format!("csrf={csrf}&locale=fr"), 400),
        (
            "/account/password",
            format!("csrf={csrf}&new_password="),
            422,
        ),
    ] {
        let page = admin
            .post_raw(path, "application/x-www-form-urlencoded", body.clone())
            .await;
        assert_eq!(page.status.as_u16(), status, "{path} {body}: {}", page.body);
        assert!(page.body.contains("<main"), "{path} {body}: not a page");
        testkit::assert_security_headers(&page, false);
    }
    assert_eq!(testkit::snapshot(store), before);
    server.shutdown().await;
}

#[tokio::test]
async fn unknown_routes_and_wrong_methods_get_error_pages() {
    let server = TestServer::start().await;
    let browser = server.browser();
    let page = browser.get("/no/such/page").await;
    testkit::assert_error_page(&page, StatusCode::NOT_FOUND, "Seite nicht gefunden");
    // The error page keeps the visitor's language switch working.
    assert!(!page.csrf().is_empty());

    let csrf = browser.csrf().await;
    for method in [
        reqwest::Method::PUT,
        reqwest::Method::DELETE,
        reqwest::Method::PATCH,
    ] {
        let response = browser
            .client
            .request(method.clone(), browser.url("/login"))
            .header(header::ORIGIN, &browser.base)
            .form(&[("csrf", csrf.as_str())])
            .send()
            .await
            .unwrap();
        let page = Page::of(response).await;
        testkit::assert_error_page(
            &page,
            StatusCode::METHOD_NOT_ALLOWED,
            "Aktion nicht möglich",
        );
        let allow = page.header(header::ALLOW).unwrap_or_default();
        assert!(
            allow.contains("GET") && allow.contains("POST"),
            "{method}: Allow {allow:?}"
        );
    }
    let page = browser.post_form("/healthz", &[("csrf", &csrf)]).await;
    testkit::assert_error_page(
        &page,
        StatusCode::METHOD_NOT_ALLOWED,
        "Aktion nicht möglich",
    );
    assert!(
        page.header(header::ALLOW)
            .unwrap_or_default()
            .contains("GET")
    );
    // Without a token the guard answers first, so a POST learns nothing about the route.
    let page = browser.post_form("/healthz", &[]).await;
    testkit::assert_error_page(&page, StatusCode::FORBIDDEN, "Kein Zugriff");

    // Error pages are localised like every page.
    let response = browser
        .client
        .get(browser.url("/no/such/page"))
        .header(header::ACCEPT_LANGUAGE, "en")
        .send()
        .await
        .unwrap();
    let page = Page::of(response).await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert_eq!(page.lang(), Some("en"));
    assert!(
        page.body.contains("<h1>Page not found</h1>"),
        "{}",
        page.body
    );
    server.shutdown().await;
}

#[tokio::test]
async fn an_admin_cannot_lock_themselves_out() {
    let server = TestServer::start().await;
    let store = server.store();
    let admin = server.browser_as("admin", "admin").await;
    let csrf = admin.csrf().await;
    let me = testkit::user(store, "admin");
    let unit = me.org_units[0].0.to_string();
    let before = testkit::snapshot(store);
    let path = format!("/admin/users/{}", me.id.0);
    for fields in [
        vec![
            ("display_name", "Alex Admin"),
            ("roles", "admin"),
            ("org_units", unit.as_str()),
            ("disabled", "1"),
        ],
        vec![
            ("display_name", "Alex Admin"),
            ("roles", "player"),
            ("org_units", unit.as_str()),
        ],
    ] {
        let mut form = vec![("csrf", csrf.as_str())];
        form.extend(fields);
        let page = admin.post_form(&path, &form).await;
        assert_eq!(
            page.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{}",
            page.body
        );
        assert!(
            page.body.contains("Sie können sich nicht selbst sperren"),
            "{}",
            page.body
        );
    }
    assert_eq!(testkit::snapshot(store), before);
    server.shutdown().await;
}

//! The CSRF guard on every POST route (`forms.rs` covers the kinds of bad tokens on one route;
//! this walks them all): without a token, with an empty one, with another session's or the
//! anonymous one, with the right token but a foreign Origin or Referer, and with the token where
//! the route does not look for it. Each is refused with 403 and leaves the store unchanged; the
//! same submission with the right token is then accepted, so the refusals were the guard's.

use digifit::games::catalogue::Availability;
use digifit::plugins::keys::KeyPair;
use digifit::plugins::package::{self, TrustPolicy};
use reqwest::StatusCode;
use reqwest::header;

use super::fuzz::screen_of;
use super::routes::{Encoding, ROUTES, Refusal, Route, Who};
use super::uploads::signed_package;
use super::{StoreDump, assert_healthy, assert_unchanged, post_routes};
use crate::games::start_hello_quiz;
use crate::testkit::{self, Browser, Page, TestServer};

/// Where a request says it comes from.
#[derive(Debug, Clone, Copy)]
enum From {
    /// Our own origin, as a browser on our page sends it.
    Own,
    /// This Origin header.
    Origin(&'static str),
    /// No Origin, this Referer.
    Referer(&'static str),
    /// Our host on another port.
    OtherPort,
}

/// Where the token travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    /// Where the route looks: the form field, or the query for multipart uploads.
    Right,
    /// The other place.
    Wrong,
}

/// One submission of a route's example.
struct Submission<'a> {
    browser: &'a Browser,
    path: &'a str,
    route: &'a Route,
    fields: &'a [(String, String)],
    /// For multipart routes.
    file: &'a [u8],
}

impl Submission<'_> {
    async fn send(&self, token: Option<&str>, place: Place, from: From) -> Page {
        let browser = self.browser;
        let mut fields = self.fields.to_vec();
        let mut query = String::new();
        let in_query = match self.route.encoding {
            Encoding::Urlencoded => place == Place::Wrong,
            Encoding::Multipart(_) => place == Place::Right,
        };
        if let Some(token) = token {
            if in_query {
                query = format!("?csrf={}", urlencode(token));
            } else {
                fields.insert(0, ("csrf".to_owned(), token.to_owned()));
            }
        }
        let (content_type, body) = match self.route.encoding {
            Encoding::Urlencoded => {
                let body = url::form_urlencoded::Serializer::new(String::new())
                    .extend_pairs(&fields)
                    .finish();
                (
                    "application/x-www-form-urlencoded".to_owned(),
                    body.into_bytes(),
                )
            }
            Encoding::Multipart(file_field) => {
                let boundary = "csrf-walk-boundary";
                let mut body = Vec::new();
                for (name, value) in &fields {
                    body.extend_from_slice(
                        format!(
                            "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
                        )
                        .as_bytes(),
                    );
                }
                body.extend_from_slice(
                    format!(
                        "--{boundary}\r\nContent-Disposition: form-data; name=\"{file_field}\"; \
                         filename=\"upload\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                    )
                    .as_bytes(),
                );
                body.extend_from_slice(self.file);
                body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
                (format!("multipart/form-data; boundary={boundary}"), body)
            }
        };
        let mut request = browser
            .client
            .post(browser.url(&format!("{}{query}", self.path)))
            .header(header::CONTENT_TYPE, content_type)
            .body(body);
        request = match from {
            From::Own => request.header(header::ORIGIN, &browser.base),
            From::Origin(origin) => request.header(header::ORIGIN, origin),
            From::Referer(referer) => request.header(header::REFERER, referer),
            From::OtherPort => {
                let url: reqwest::Url = browser.base.parse().unwrap();
                let port = url.port().unwrap_or(80).wrapping_add(1);
                request.header(header::ORIGIN, format!("http://127.0.0.1:{port}"))
            }
        };
        Page::of(request.send().await.unwrap()).await
    }
}

fn urlencode(text: &str) -> String {
    url::form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_post_route_refuses_missing_foreign_and_misplaced_tokens() {
    let key = KeyPair::generate().unwrap();
    let trust = TrustPolicy {
        trusted_keys: vec![key.public.clone()],
        allow_unsigned: false,
    };
    let server_trust = trust.clone();
    let server = TestServer::start_with(move |settings| settings.trust = server_trust).await;
    let store = server.store().clone();

    // Targets whose change would show: an uploaded game that can be removed (hello-quiz, no
    // longer bundled), an unused unit that can be deleted, a colleague, an offer, a running game
    // session.
    server.forget_plugin("hello-quiz").await;
    let installed = package::read(&signed_package(&key), &trust).unwrap();
    let catalogue = server.server.state.catalogue.clone();
    let (install_store, now) = (store.clone(), server.clock().now());
    tokio::task::spawn_blocking(move || catalogue.install(&install_store, installed, now))
        .await
        .unwrap()
        .unwrap();
    server
        .server
        .state
        .catalogue
        .set_availability(&store, "hello-quiz", Availability::All)
        .await
        .unwrap();
    let spare_unit = digifit::accounts::orgunits::create(&store, "Zum Löschen".into(), None)
        .await
        .unwrap()
        .0;
    let colleague = testkit::user(&store, "m.becker").id.0;
    let offer = testkit::offer_id(&store, "Sicher im Postfach – Phishing erkennen");
    let unit = testkit::unit_id(&store, "Jobcenter Musterstadt/Werkakademie");

    let anonymous = server.browser();
    let player = server.browser_as("demo", "demo").await;
    let admin = server.browser_as("admin", "admin").await;
    let game = start_hello_quiz(&player).await;
    let browser_of = |who: Who| match who {
        Who::Anonymous => &anonymous,
        Who::Player => &player,
        Who::Admin => &admin,
    };
    let path_of = |pattern: &str| {
        let id = match pattern {
            "/admin/users/{id}" | "/admin/users/{id}/password" => colleague.to_string(),
            "/admin/orgunits/{id}" => unit.to_string(),
            "/admin/orgunits/{id}/delete" => spare_unit.to_string(),
            "/admin/offers/{id}" | "/admin/offers/{id}/delete" => offer.to_string(),
            "/admin/plugins/{id}/availability" => "barrierefrei".to_owned(),
            "/admin/plugins/{id}/remove" => "hello-quiz".to_owned(),
            "/games/sessions/{id}" => return game.clone(),
            other => {
                assert!(!other.contains('{'), "no target for {other}");
                return other.to_owned();
            }
        };
        pattern.replace("{id}", &id)
    };
    let import_file = b"username;display_name\nimported.one;Imported One\n".to_vec();
    let upload_file = signed_package(&key);
    let file_of = |route: &Route| match route.pattern {
        "/admin/users/import" => import_file.clone(),
        "/admin/plugins/upload" => upload_file.clone(),
        _ => Vec::new(),
    };
    // The game's example is the current screen: the first option of every choice and the
    // first button.
    let fields_of = |route: &Route, screen: &[(String, Vec<String>)]| -> Vec<(String, String)> {
        if route.pattern == "/games/sessions/{id}" {
            return screen
                .iter()
                .map(|(name, values)| (name.clone(), values[0].clone()))
                .collect();
        }
        route
            .example
            .iter()
            .map(|(name, value)| ((*name).to_owned(), (*value).to_owned()))
            .collect()
    };
    let screen = screen_of(&player.get(&game).await.body);

    // Tokens that are not the requester's: another session of the same user, and the token of
    // another anonymous visitor.
    let foreign_player = server.browser_as("demo", "demo").await.csrf().await;
    let foreign_admin = server.browser_as("admin", "admin").await.csrf().await;
    let foreign_anonymous = server.browser().csrf().await;

    let covered: std::collections::BTreeSet<&str> = ROUTES.iter().map(|r| r.pattern).collect();
    assert_eq!(
        covered,
        post_routes(&server).await,
        "see the_table_covers_every_post_route"
    );

    let before = StoreDump::of(&store);
    let mut refusals = 0;
    for route in ROUTES {
        let browser = browser_of(route.who);
        let own = browser.csrf().await;
        let foreign = match route.who {
            Who::Anonymous => &foreign_anonymous,
            Who::Player => &foreign_player,
            Who::Admin => &foreign_admin,
        };
        let path = path_of(route.pattern);
        let fields = fields_of(route, &screen);
        let file = file_of(route);
        let submission = Submission {
            browser,
            path: &path,
            route,
            fields: &fields,
            file: &file,
        };
        let mut cases: Vec<(&str, Option<&str>, Place, From)> = vec![
            ("no token", None, Place::Right, From::Own),
            ("an empty token", Some(""), Place::Right, From::Own),
            (
                "another session's token",
                Some(foreign),
                Place::Right,
                From::Own,
            ),
            (
                "the token in the wrong place",
                Some(&own),
                Place::Wrong,
                From::Own,
            ),
            (
                "a foreign Origin",
                Some(&own),
                Place::Right,
                From::Origin("https://evil.example"),
            ),
            (
                "Origin null",
                Some(&own),
                Place::Right,
                From::Origin("null"),
            ),
            (
                "a foreign Referer",
                Some(&own),
                Place::Right,
                From::Referer("https://evil.example/form"),
            ),
            (
                "our host on another port",
                Some(&own),
                Place::Right,
                From::OtherPort,
            ),
        ];
        if route.who != Who::Anonymous {
            cases.push((
                "an anonymous visitor's token",
                Some(&foreign_anonymous),
                Place::Right,
                From::Own,
            ));
        }
        for (what, token, place, from) in cases {
            let page = submission.send(token, place, from).await;
            let context = format!("POST {path} with {what}");
            assert_eq!(
                page.status,
                StatusCode::FORBIDDEN,
                "{context}: {}",
                page.body
            );
            testkit::assert_security_headers(&page, false);
            assert!(page.body.contains("<main"), "{context}: not a page");
            assert_unchanged(&before, &store, &context);
            refusals += 1;
        }
    }
    assert!(refusals >= ROUTES.len() * 8, "{refusals}");
    assert_healthy(&server, "the refused submissions").await;

    // The same submissions with the right token and origin are accepted. Logging in comes first
    // (the password example changes the password), the upload after the removal of the game it
    // installs again, logging out last.
    let mut controls: Vec<&Route> = ROUTES.iter().collect();
    controls.sort_by_key(|route| match route.pattern {
        "/login" => 0,
        "/admin/plugins/upload" => 2,
        "/logout" => 3,
        _ => 1,
    });
    for route in controls {
        let browser = browser_of(route.who);
        let path = path_of(route.pattern);
        let screen = if route.pattern == "/games/sessions/{id}" {
            screen_of(&browser.get(&path).await.body)
        } else {
            Vec::new()
        };
        let fields = fields_of(route, &screen);
        let file = file_of(route);
        let submission = Submission {
            browser,
            path: &path,
            route,
            fields: &fields,
            file: &file,
        };
        let own = browser.csrf().await;
        let page = submission.send(Some(&own), Place::Right, From::Own).await;
        let accepted = match route.refusal {
            Refusal::NotRedirect => page.status == StatusCode::SEE_OTHER,
            Refusal::NoRowCreated => page.body.contains("class=\"good\""),
            Refusal::Always => page.status == StatusCode::OK,
        };
        assert!(
            accepted,
            "POST {path} with the right token was not accepted: {} {}",
            page.status, page.body
        );
    }
    assert_healthy(&server, "the accepted submissions").await;
    server.shutdown().await;
}

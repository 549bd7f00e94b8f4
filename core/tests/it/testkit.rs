//! The test kit: a real digifit server in-process on 127.0.0.1 with a temporary data directory, a
//! manual clock and the demo accounts, a browser-like client (cookies kept, redirects not followed)
//! and small helpers to read pages and to prove the store unchanged.

use std::path::Path;
use std::sync::Arc;

use digifit::accounts::{self, User, orgunits};
use digifit::clock::{Clock, Timestamp};
use digifit::competence::offers;
use digifit::config::Settings;
use digifit::http::server::{self, RunningServer};
use digifit::store::{Store, StoreError, tables};
use reqwest::cookie::{CookieStore, Jar};
use reqwest::header::{self, HeaderMap};
use reqwest::{StatusCode, Version};
use tempfile::TempDir;

/// The moment every test server's manual clock starts at.
pub const START: Timestamp = Timestamp(1_800_000_000);

/// Settings for a plain-HTTP server on a free loopback port with a manual clock.
pub fn settings_in(dir: &Path) -> Settings {
    let mut settings = Settings::local("127.0.0.1:0".parse().unwrap(), dir.to_owned());
    settings.clock = Clock::manual(START);
    // Compiled plugins are shared by all test servers, so each one need not compile the bundled
    // games again.
    settings.plugin_cache_dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("plugin-cache");
    settings
}

/// Writes the demo accounts and org units into a store.
pub async fn seed(store: &Store, now: Timestamp) {
    let store = store.clone();
    let seeded = tokio::task::spawn_blocking(move || digifit::demo::seed(&store, now))
        .await
        .unwrap()
        .unwrap();
    assert!(seeded, "the store was expected to be empty");
}

/// A running, seeded server and the temporary directory it keeps its data in.
pub struct TestServer {
    pub server: RunningServer,
    // Dropped after the server, so the data directory outlives it.
    _dir: TempDir,
}

impl TestServer {
    /// Stops the server and hands over its data directory, for commands that run offline.
    pub async fn stop_keeping_data(self) -> TempDir {
        self.server.shutdown().await;
        self._dir
    }

    pub async fn start() -> TestServer {
        TestServer::start_with(|_| {}).await
    }

    /// Starts a server with settings adjusted by the test.
    pub async fn start_with(adjust: impl FnOnce(&mut Settings)) -> TestServer {
        let dir = tempfile::tempdir().unwrap();
        let mut settings = settings_in(dir.path());
        adjust(&mut settings);
        let server = server::start(settings).await.unwrap();
        seed(&server.state.store, server.state.settings.clock.now()).await;
        TestServer { server, _dir: dir }
    }

    pub fn url(&self) -> String {
        self.server.url()
    }

    pub fn store(&self) -> &Store {
        &self.server.state.store
    }

    /// Removes a game's record behind the catalogue's back, as an uninstall does (its sessions,
    /// turns, evidence and component stay), and reloads the catalogue. Works for bundled games,
    /// which the admin pages refuse to remove.
    pub async fn forget_plugin(&self, id: &'static str) {
        self.store()
            .write_blocking(move |txn| {
                txn.open_table(tables::PLUGINS)?.remove(id)?;
                Ok::<_, StoreError>(())
            })
            .unwrap();
        let catalogue = self.server.state.catalogue.clone();
        let store = self.store().clone();
        tokio::task::spawn_blocking(move || catalogue.reload(&store))
            .await
            .unwrap()
            .unwrap();
        assert!(self.server.state.catalogue.get(id).is_none(), "{id}");
    }

    pub fn settings(&self) -> &Settings {
        &self.server.state.settings
    }

    pub fn clock(&self) -> &Clock {
        &self.server.state.settings.clock
    }

    pub fn browser(&self) -> Browser {
        Browser::new(&self.url())
    }

    /// A browser that is logged in; panics when the login is refused.
    pub async fn browser_as(&self, name: &str, password: &str) -> Browser {
        let browser = self.browser();
        let response = login(&browser, name, password).await;
        assert_eq!(
            response.status(),
            StatusCode::SEE_OTHER,
            "login as {name} failed"
        );
        browser
    }

    pub async fn shutdown(self) {
        self.server.shutdown().await;
    }
}

/// A user that must exist.
pub fn user(store: &Store, name: &str) -> User {
    accounts::find_user(store, name)
        .unwrap()
        .unwrap_or_else(|| panic!("no user {name}"))
}

/// The id of an org unit by its path.
pub fn unit_id(store: &Store, path: &str) -> u64 {
    let tree = orgunits::tree(store).unwrap();
    orgunits::find_by_path(&tree, path)
        .unwrap_or_else(|| panic!("no org unit {path}"))
        .0
}

/// The id of a training offer by its title.
pub fn offer_id(store: &Store, title: &str) -> u64 {
    offers::list(store)
        .unwrap()
        .into_iter()
        .find(|offer| offer.title == title)
        .unwrap_or_else(|| panic!("no training offer {title}"))
        .id
}

/// Everything the admin pages can change (users with their hashes, org units and training
/// offers), as text, so a test can prove that a refused request left the store as it was.
pub fn snapshot(store: &Store) -> String {
    let users = accounts::list_users(store).unwrap();
    let tree = orgunits::tree(store).unwrap();
    let offers = offers::list(store).unwrap();
    format!("{users:#?}\n{tree:#?}\n{offers:#?}")
}

/// A page as the client received it.
#[derive(Debug)]
pub struct Page {
    pub status: StatusCode,
    pub version: Version,
    pub headers: HeaderMap,
    pub body: String,
}

impl Page {
    pub async fn of(response: reqwest::Response) -> Page {
        Page {
            status: response.status(),
            version: response.version(),
            headers: response.headers().clone(),
            body: response.text().await.unwrap(),
        }
    }

    pub fn header(&self, name: impl header::AsHeaderName) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    pub fn location(&self) -> Option<&str> {
        self.header(header::LOCATION)
    }

    /// The `lang` of the `<html>` element.
    pub fn lang(&self) -> Option<&str> {
        between(&self.body, "<html lang=\"", "\"")
    }

    pub fn csrf(&self) -> String {
        csrf_of(&self.body)
    }
}

/// The text between two markers, after the first occurrence of `start`.
pub fn between<'t>(text: &'t str, start: &str, end: &str) -> Option<&'t str> {
    let from = text.find(start)? + start.len();
    let len = text[from..].find(end)?;
    Some(&text[from..from + len])
}

/// The value of the hidden `csrf` input of a page.
pub fn csrf_of(html: &str) -> String {
    between(html, "name=\"csrf\" value=\"", "\"")
        .unwrap_or_else(|| panic!("no csrf input in the page:\n{html}"))
        .to_owned()
}

/// Decodes a percent-encoded query value.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && let Some(Ok(byte)) = text
                .get(i + 1..i + 3)
                .map(|hex| u8::from_str_radix(hex, 16))
        {
            out.push(byte);
            i += 3;
            continue;
        }
        out.push(if bytes[i] == b'+' { b' ' } else { bytes[i] });
        i += 1;
    }
    String::from_utf8(out).unwrap()
}

/// Asserts that a page is the login redirect for `path` (what anonymous visitors of protected
/// pages get).
pub fn assert_login_redirect(page: &Page, path: &str) {
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{path}: {page:?}");
    let location = page.location().unwrap_or_default();
    assert_eq!(login_next(location).as_deref(), Some(path), "{location}");
}

/// The decoded `next` of a redirect to the login page, or `None` for any other location.
pub fn login_next(location: &str) -> Option<String> {
    let query = location.strip_prefix("/login?")?;
    let next = query
        .split('&')
        .find_map(|pair| pair.strip_prefix("next="))?;
    Some(percent_decode(next))
}

/// The headers every response of the application carries; no HSTS on plain HTTP.
pub fn assert_security_headers(page: &Page, tls: bool) {
    let csp = page
        .header(header::CONTENT_SECURITY_POLICY)
        .unwrap_or_else(|| panic!("no CSP: {page:?}"));
    assert!(csp.contains("default-src 'self'"), "{csp}");
    assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
    assert!(!csp.contains("unsafe-inline"), "{csp}");
    assert!(!csp.contains("unsafe-eval"), "{csp}");
    assert_eq!(page.header(header::X_CONTENT_TYPE_OPTIONS), Some("nosniff"));
    assert_eq!(page.header(header::REFERRER_POLICY), Some("same-origin"));
    assert!(page.header("permissions-policy").is_some(), "{page:?}");
    assert_eq!(
        page.header(header::STRICT_TRANSPORT_SECURITY).is_some(),
        tls,
        "HSTS must be sent exactly under TLS: {page:?}"
    );
}

/// Asserts an HTML error page inside the layout, with its status and its (German) title.
pub fn assert_error_page(page: &Page, status: StatusCode, title: &str) {
    assert_eq!(page.status, status, "{}", page.body);
    assert_eq!(
        page.header(header::CONTENT_TYPE),
        Some("text/html; charset=utf-8"),
        "{page:?}"
    );
    assert!(
        page.body.contains("<main"),
        "not inside the layout: {}",
        page.body
    );
    assert!(
        page.body.contains(&format!("<h1>{title}</h1>")),
        "expected the title {title:?}: {}",
        page.body
    );
    assert_security_headers(page, false);
}

/// A browser: keeps cookies, does not follow redirects, sends the server's own Origin on POSTs.
#[derive(Clone)]
pub struct Browser {
    pub client: reqwest::Client,
    pub jar: Arc<Jar>,
    pub base: String,
}

impl Browser {
    pub fn new(base: &str) -> Browser {
        Browser::with(base, |builder| builder)
    }

    /// A browser whose client is further configured (TLS roots, HTTP/2, …).
    pub fn with(
        base: &str,
        configure: impl FnOnce(reqwest::ClientBuilder) -> reqwest::ClientBuilder,
    ) -> Browser {
        let jar = Arc::new(Jar::default());
        let builder = reqwest::Client::builder()
            .cookie_provider(jar.clone())
            .redirect(reqwest::redirect::Policy::none());
        Browser {
            client: configure(builder).build().unwrap(),
            jar,
            base: base.to_owned(),
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub async fn get(&self, path: &str) -> Page {
        Page::of(self.client.get(self.url(path)).send().await.unwrap()).await
    }

    /// A POST as a browser sends it: form-encoded, with our own Origin.
    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> Page {
        let response = self
            .client
            .post(self.url(path))
            .header(header::ORIGIN, &self.base)
            .form(fields)
            .send()
            .await
            .unwrap();
        Page::of(response).await
    }

    /// A form POST with a raw body, for bodies no browser would send.
    pub async fn post_raw(&self, path: &str, content_type: &str, body: impl Into<Vec<u8>>) -> Page {
        let response = self
            .client
            .post(self.url(path))
            .header(header::ORIGIN, &self.base)
            .header(header::CONTENT_TYPE, content_type)
            .body(body.into())
            .send()
            .await
            .unwrap();
        Page::of(response).await
    }

    /// The CSRF token POST forms of this browser must carry, read from a page.
    pub async fn csrf(&self) -> String {
        let page = self.get("/account").await;
        if page.status == StatusCode::OK {
            return page.csrf();
        }
        let page = self.get("/login").await;
        assert_eq!(page.status, StatusCode::OK, "{page:?}");
        page.csrf()
    }

    /// The value of a cookie the browser holds for the server.
    pub fn cookie(&self, name: &str) -> Option<String> {
        let url: reqwest::Url = self.base.parse().unwrap();
        let header = self.jar.cookies(&url)?;
        header
            .to_str()
            .unwrap()
            .split(';')
            .filter_map(|pair| pair.trim().split_once('='))
            .find(|(key, _)| *key == name)
            .map(|(_, value)| value.to_owned())
    }
}

/// Logs in through the login form: GET /login for the token, then POST the form.
pub async fn login(browser: &Browser, name: &str, password: &str) -> reqwest::Response {
    let page = browser.get("/login").await;
    assert_eq!(page.status, StatusCode::OK, "{page:?}");
    let csrf = page.csrf();
    browser
        .client
        .post(browser.url("/login"))
        .header(header::ORIGIN, &browser.base)
        .form(&[
            ("csrf", csrf.as_str()),
            ("username", name),
            ("password", password),
            ("next", "/"),
        ])
        .send()
        .await
        .unwrap()
}

/// The `Set-Cookie` header values of a response that set a cookie of this name.
pub fn set_cookies<'h>(headers: &'h HeaderMap, name: &str) -> Vec<&'h str> {
    headers
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter(|v| v.starts_with(&format!("{name}=")))
        .collect()
}

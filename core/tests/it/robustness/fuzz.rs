//! Thousands of generated submissions to every POST route, each as the role the route is for and
//! (nearly always) with the right CSRF token, so that they reach the handlers: real field names
//! mixed with junk ones, fields repeated or missing, empty, huge, unicode and control-character
//! values, numbers out of range, ids that do not exist, and `{id}` path segments that are junk.
//! After every answer: no 5xx, the fuzzing session still alive, and after every refusal (see
//! `routes::Refusal`) every table of the store exactly as before.

use std::collections::BTreeMap;
use std::time::Instant;

use digifit::plugins::keys::KeyPair;
use digifit::plugins::package::TrustPolicy;
use reqwest::StatusCode;

use super::generate::{self, Rng};
use super::routes::{Encoding, Known, ROUTES, Refusal, Route, Who};
use super::uploads;
use super::{StoreDump, assert_healthy};
use crate::games::start_hello_quiz;
use crate::testkit::{Browser, Page, TestServer, between};

/// The state of one fuzz run on one server.
struct Fuzz<'s> {
    server: &'s TestServer,
    seed: u64,
    known: Known,
    /// The store as it was after the last answer.
    dump: StoreDump,
    submissions: usize,
    /// Submissions whose connection was closed without an answer.
    closed: usize,
    /// A package signed by a key the server trusts, for the upload route.
    package: Vec<u8>,
    /// The player's game session the session route plays in.
    game: Option<String>,
}

/// The fields of a game screen: each input's name with the values the page offers for it.
pub type Screen = Vec<(String, Vec<String>)>;

/// The named inputs and buttons of a page, with their values, the CSRF token left out.
pub fn screen_of(html: &str) -> Screen {
    let mut screen: Screen = Vec::new();
    for tag in html.split('<').skip(1) {
        let is_field = ["input ", "button ", "textarea ", "select "]
            .iter()
            .any(|kind| tag.starts_with(kind));
        if !is_field {
            continue;
        }
        let Some(name) = between(tag, "name=\"", "\"") else {
            continue;
        };
        if name == "csrf" {
            continue;
        }
        let value = between(tag, "value=\"", "\"")
            .unwrap_or_default()
            .to_owned();
        match screen.iter_mut().find(|(known, _)| known == name) {
            Some((_, values)) => values.push(value),
            None => screen.push((name.to_owned(), vec![value])),
        }
    }
    screen
}

impl Fuzz<'_> {
    async fn browser(&self, who: Who) -> Browser {
        match who {
            Who::Anonymous => self.server.browser(),
            Who::Player | Who::Admin => {
                self.server
                    .browser_as(&self.known.own_name, &self.known.own_password)
                    .await
            }
        }
    }

    /// Re-reads the ids of users, units, offers and games after a change.
    fn refresh(&mut self) {
        let fresh = Known::of(self.server, &self.known.own_name, &self.known.own_password);
        self.known.users = fresh.users;
        self.known.units = fresh.units;
        self.known.offers = fresh.offers;
        self.known.plugins = fresh.plugins;
    }

    /// The current game screen, after starting a new episode when the last one has ended.
    async fn game_screen(&mut self, browser: &Browser) -> Screen {
        if let Some(path) = &self.game {
            let page = browser.get(path).await;
            assert_eq!(page.status, StatusCode::OK, "{path}: {}", page.body);
            if !page.body.contains("outcome-heading") {
                return screen_of(&page.body);
            }
        }
        let path = start_hello_quiz(browser).await;
        let id = path.rsplit('/').next().unwrap().parse().unwrap();
        self.known.sessions.push(id);
        self.game = Some(path.clone());
        // Starting wrote to the store; that was no fuzz submission.
        self.dump = StoreDump::of(self.server.store());
        let page = browser.get(&path).await;
        screen_of(&page.body)
    }

    async fn run(&mut self, route: &Route) {
        let mut rng = Rng::new(self.seed, route.pattern);
        let mut browser = self.browser(route.who).await;
        let mut csrf = browser.csrf().await;
        // Logging in wrote a session; that was no fuzz submission.
        self.dump = StoreDump::of(self.server.store());
        let mut statuses: BTreeMap<u16, usize> = BTreeMap::new();
        for round in 0..route.budget * generate::scale() {
            let (path, names, offered): (String, Vec<String>, Screen) =
                if route.pattern == "/games/sessions/{id}" {
                    let screen = self.game_screen(&browser).await;
                    let path = match &self.game {
                        Some(current) if rng.chance(70) => current.clone(),
                        _ => self.known.fuzz_path(&mut rng, route.pattern),
                    };
                    let names = screen.iter().map(|(name, _)| name.clone()).collect();
                    (path, names, screen)
                } else {
                    let path = self.known.fuzz_path(&mut rng, route.pattern);
                    let names = route.fields.iter().map(|f| (*f).to_owned()).collect();
                    (path, names, Vec::new())
                };
            let plausible = |name: &str| match offered.iter().find(|(n, _)| n == name) {
                Some((_, values)) => values.clone(),
                None => self.known.plausible(name),
            };
            let token = token(&mut rng, &csrf);
            let (target, content_type, body, fields) = match route.encoding {
                Encoding::Urlencoded => {
                    let fields = fields(&mut rng, &names, &plausible, token.as_deref());
                    let body = generate::form_body(&mut rng, &fields);
                    let content_type = *rng.pick(&[
                        "application/x-www-form-urlencoded",
                        "application/x-www-form-urlencoded",
                        "application/x-www-form-urlencoded",
                        "application/x-www-form-urlencoded; charset=UTF-8",
                        "Application/X-WWW-Form-URLEncoded",
                        "application/x-www-form-urlencoded;charset=latin1",
                    ]);
                    (path, content_type.to_owned(), body.into_bytes(), fields)
                }
                Encoding::Multipart(file_field) => {
                    let file = if route.pattern == "/admin/plugins/upload" {
                        uploads::package_file(&mut rng, &self.package)
                    } else {
                        uploads::import_file(&mut rng, &self.known)
                    };
                    let upload = uploads::multipart(&mut rng, file_field, &file, &csrf);
                    let mut target = path;
                    if let Some(token) = &token {
                        target.push_str(&format!("?csrf={}", generate::encode(&mut rng, token)));
                    }
                    (target, upload.content_type, upload.body, Vec::new())
                }
            };
            let shown = format!(
                "{content_type}: {}",
                excerpt(&String::from_utf8_lossy(&body))
            );
            let sent = browser
                .client
                .post(browser.url(&target))
                .header(reqwest::header::ORIGIN, &browser.base)
                .header(reqwest::header::CONTENT_TYPE, &content_type)
                .body(body)
                .send()
                .await;
            self.submissions += 1;
            let page = match sent {
                Ok(response) => Page::of(response).await,
                Err(error) => {
                    // The server may answer a body it refuses before reading all of it, and then
                    // close the connection; a client still sending may lose the answer to the
                    // reset. A closed connection is a refusal like any other.
                    let what = format!(
                        "seed {:#x}, {} round {round}: POST {target} ({error:?})\n  {shown}",
                        self.seed, route.pattern
                    );
                    eprintln!("robustness fuzz: no answer: {what}");
                    self.judge_closed(&what).await;
                    continue;
                }
            };
            self.judge(route, round, &target, &shown, &page);
            *statuses.entry(page.status.as_u16()).or_default() += 1;

            if page.status != StatusCode::SEE_OTHER {
                continue;
            }
            // A change happened: follow it where later submissions depend on it.
            match route.pattern {
                "/login" => {
                    browser = self.browser(Who::Anonymous).await;
                    csrf = browser.csrf().await;
                }
                "/logout" => {
                    browser = self.browser(route.who).await;
                    csrf = browser.csrf().await;
                    self.dump = StoreDump::of(self.server.store());
                }
                "/account/password" => {
                    let new = fields.iter().find(|(name, _)| name == "new_password");
                    self.known.own_password = new.map(|(_, v)| v.clone()).unwrap_or_default();
                    // The change ended every session but gave this browser a new one.
                    csrf = browser.csrf().await;
                }
                "/games/start" => {
                    if let Some(id) = page
                        .location()
                        .and_then(|l| l.strip_prefix("/games/sessions/"))
                        .and_then(|id| id.parse().ok())
                    {
                        self.known.sessions.push(id);
                    }
                }
                _ if route.who == Who::Admin => self.refresh(),
                _ => {}
            }
        }
        eprintln!("robustness fuzz: {} answered {statuses:?}", route.pattern);
        assert_healthy(self.server, route.pattern).await;
    }

    /// A connection closed without an answer: the store unchanged and the server still there.
    async fn judge_closed(&mut self, what: &str) {
        self.closed += 1;
        let after = StoreDump::of(self.server.store());
        let changed = self.dump.changed_tables(&after);
        assert!(
            changed.is_empty(),
            "a submission without an answer changed {changed:?}: {what}"
        );
        assert_healthy(self.server, what).await;
    }

    /// No 5xx, the session alive, and a refusal changed nothing.
    fn judge(&mut self, route: &Route, round: usize, target: &str, shown: &str, page: &Page) {
        let status = page.status.as_u16();
        let location = page.location().unwrap_or_default();
        let context = || {
            format!(
                "seed {:#x} (DIGIFIT_FUZZ_SEED), {} round {round}: POST {target}\n  {shown}\n  \
                 answered {status} {location:?}: {}",
                self.seed,
                route.pattern,
                excerpt(&page.body)
            )
        };
        assert!(status < 500, "a server error: {}", context());
        assert!(
            !location.starts_with("/login?next="),
            "the fuzzing session ended: {}",
            context()
        );
        let refused = match route.refusal {
            Refusal::NotRedirect => !(300..400).contains(&status),
            Refusal::NoRowCreated => !page.body.contains("class=\"good\""),
            Refusal::Always => true,
        };
        let after = StoreDump::of(self.server.store());
        if refused {
            let changed = self.dump.changed_tables(&after);
            assert!(
                changed.is_empty(),
                "a refused submission changed {changed:?}: {}",
                context()
            );
        }
        self.dump = after;
    }
}

/// The CSRF token a submission carries: nearly always the right one, so that it reaches the
/// handler; now and then none or a wrong one, which must be refused like any other bad input.
fn token(rng: &mut Rng, csrf: &str) -> Option<String> {
    match rng.below(60) {
        0 => None,
        1 => Some(rng.junk()),
        2 => Some(csrf[..csrf.len() - 1].to_owned()),
        _ => Some(csrf.to_owned()),
    }
}

/// The fields of one submission. Most are hostile: each of the form's fields usually present,
/// sometimes repeated, with plausible or hostile values, and a few junk fields. Some are clean:
/// the form's fields with plausible values only, so that strict forms are passed too and the
/// handlers' paths beyond validation run. All in random order with the token among them.
fn fields(
    rng: &mut Rng,
    names: &[String],
    plausible: &dyn Fn(&str) -> Vec<String>,
    token: Option<&str>,
) -> Vec<(String, String)> {
    let clean = rng.chance(30);
    let mut fields = Vec::new();
    for name in names {
        if !rng.chance(if clean { 90 } else { 80 }) {
            continue;
        }
        let values = plausible(name);
        if clean && !values.is_empty() {
            fields.push((name.clone(), rng.pick(&values).clone()));
            continue;
        }
        fields.push((name.clone(), rng.value(&values)));
        while rng.chance(15) {
            fields.push((name.clone(), rng.value(&values)));
        }
    }
    for _ in 0..rng.below(4) {
        if !clean && rng.chance(35) {
            fields.push((rng.junk_name(), rng.junk()));
        }
    }
    rng.shuffle(&mut fields);
    if let Some(token) = token {
        let at = rng.below(fields.len() + 1);
        fields.insert(at, ("csrf".to_owned(), token.to_owned()));
        if rng.chance(5) {
            fields.push(("csrf".to_owned(), rng.junk()));
        }
    }
    fields
}

/// The start of a text, for messages.
fn excerpt(text: &str) -> String {
    let cut: String = text.chars().take(400).collect();
    let more = if cut.len() < text.len() { "…" } else { "" };
    format!("{:?}{more}", cut)
}

/// Runs the routes of the table that are for `who` (its user named `own`, whose password is the
/// same), in the table's order; `sessions` are game sessions of others that the session route
/// may name.
async fn fuzz_routes(
    server: &TestServer,
    who: Who,
    own: &str,
    package: Vec<u8>,
    sessions: Vec<u64>,
) {
    let seed = generate::seed();
    eprintln!("robustness fuzz: DIGIFIT_FUZZ_SEED={seed:#x}");
    let mut known = Known::of(server, own, own);
    known.sessions = sessions;
    let include = |route: &Route| (route.who == Who::Admin) == (who == Who::Admin);
    let mut fuzz = Fuzz {
        server,
        seed,
        known,
        dump: StoreDump::of(server.store()),
        submissions: 0,
        closed: 0,
        package,
        game: None,
    };
    let started = Instant::now();
    let routes: Vec<&Route> = ROUTES.iter().filter(|route| include(route)).collect();
    for route in &routes {
        fuzz.run(route).await;
    }
    eprintln!(
        "robustness fuzz: seed {seed:#x}: {} submissions to {} routes in {:?}, {} of them \
         refused by closing the connection",
        fuzz.submissions,
        routes.len(),
        started.elapsed(),
        fuzz.closed,
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn generated_submissions_to_the_player_routes_fail_safely() {
    let server = TestServer::start().await;
    // Another player's session, which the session route's `{id}` may name.
    let other = server.browser_as("lead", "lead").await;
    let foreign = start_hello_quiz(&other).await;
    let foreign: u64 = foreign.rsplit('/').next().unwrap().parse().unwrap();
    fuzz_routes(&server, Who::Player, "demo", Vec::new(), vec![foreign]).await;
    assert_healthy(&server, "the player fuzz").await;
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn generated_submissions_to_the_admin_routes_fail_safely() {
    let key = KeyPair::generate().unwrap();
    let trusted = key.public.clone();
    let server = TestServer::start_with(move |settings| {
        settings.trust = TrustPolicy {
            trusted_keys: vec![trusted],
            allow_unsigned: false,
        }
    })
    .await;
    let package = uploads::signed_package(&key);
    // Uploads of the intact package install hello-quiz as an uploaded game, which the remove
    // route can then remove.
    server.forget_plugin("hello-quiz").await;
    fuzz_routes(&server, Who::Admin, "admin", package, Vec::new()).await;
    assert_healthy(&server, "the admin fuzz").await;
    server.shutdown().await;
}

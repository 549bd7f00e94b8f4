//! The load generator: N keep-alive connections, each sending its scenario's requests back to
//! back for a warm-up and then a measured window, checking every response. Latencies are kept
//! per request kind; the CPU time of the server and of this process is sampled at the edges of
//! the measured window.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, anyhow, bail};
use hyper::StatusCode;

use crate::baseline;
use crate::client::Client;
use crate::html::{self, Form};
use crate::process::cpu_time;
use crate::stats::Summary;

/// The session cookie of a plain-HTTP digifit (the demo); HTTPS would prefix it with `__Host-`.
const SESSION_COOKIE: &str = "digifit-session";

/// What the connections of a measurement do.
#[derive(Debug, Clone)]
pub enum Scenario {
    /// GET / on the bare hyper server.
    Baseline,
    /// GET /login without a session (with the anonymous CSRF cookie after the first answer).
    Login,
    /// GET / as a logged-in player.
    Home,
    /// Game turns: POST the view's form, follow the 303 to the view (GET), start a new session
    /// when an episode ends.
    Turns { game: String },
}

/// The kinds of request a scenario sends; each gets its own latencies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Page,
    Turn,
    View,
    Start,
}

const KINDS: [Kind; 4] = [Kind::Page, Kind::Turn, Kind::View, Kind::Start];

fn slot(kind: Kind) -> usize {
    match kind {
        Kind::Page => 0,
        Kind::Turn => 1,
        Kind::View => 2,
        Kind::Start => 3,
    }
}

/// Latencies (µs) and errors per kind, from one connection or merged from all.
#[derive(Debug, Default)]
pub struct Tally {
    latencies: [Vec<u32>; 4],
    errors: [u64; 4],
    /// The first few error messages, for the report.
    pub examples: Vec<String>,
    /// Successful turns and episode starts including the warm-up: what the store has gained.
    pub played_turns: u64,
    pub played_starts: u64,
}

impl Tally {
    fn record(&mut self, kind: Kind, started: Instant, outcome: &anyhow::Result<()>) {
        match outcome {
            Ok(()) => {
                let micros = u32::try_from(started.elapsed().as_micros()).unwrap_or(u32::MAX);
                self.latencies[slot(kind)].push(micros);
            }
            Err(error) => {
                self.errors[slot(kind)] += 1;
                if self.examples.len() < 5 {
                    self.examples.push(format!("{kind:?}: {error:#}"));
                }
            }
        }
    }

    fn merge(&mut self, other: Tally) {
        for kind in KINDS {
            let index = slot(kind);
            self.latencies[index].extend_from_slice(&other.latencies[index]);
            self.errors[index] += other.errors[index];
        }
        self.played_turns += other.played_turns;
        self.played_starts += other.played_starts;
        for example in other.examples {
            if self.examples.len() < 5 {
                self.examples.push(example);
            }
        }
    }

    /// The figures of one kind over the measured window (sorts its latencies).
    pub fn summary(&mut self, kind: Kind, window: Duration) -> Summary {
        let index = slot(kind);
        Summary::of(&mut self.latencies[index], self.errors[index], window)
    }
}

/// A logged-in browser session: its cookie, and the start forms of /games read right after
/// logging in (the page grows with the player's history, so it is read once, not per
/// connection). The other pages give the CSRF token of each form.
#[derive(Debug, Clone)]
pub struct Login {
    pub session: String,
    pub start_forms: Vec<Form>,
}

/// Logs in through the login form, as a browser does (argon2 on the server: seconds for many).
pub async fn login(addr: SocketAddr, username: &str, password: &str) -> anyhow::Result<Login> {
    let mut client = Client::new(addr)?;
    let page = client.get("/login").await?;
    page.check(StatusCode::OK, "action=\"/login\"")?;
    let form = html::forms(page.text())
        .into_iter()
        .find(|form| form.action == "/login")
        .ok_or_else(|| anyhow!("no login form on /login"))?;
    let mut fields = form.submission();
    for (name, value) in &mut fields {
        match name.as_str() {
            "username" => *value = username.to_owned(),
            "password" => *value = password.to_owned(),
            _ => {}
        }
    }
    let reply = client.post_form("/login", html::urlencode(&fields)).await?;
    reply
        .see_other("/")
        .with_context(|| format!("logging in as {username}"))?;
    let session = client
        .cookie(SESSION_COOKIE)
        .ok_or_else(|| anyhow!("no session cookie after logging in as {username}"))?
        .to_owned();
    let games = client.get("/games").await?;
    games.check(StatusCode::OK, "action=\"/games/start\"")?;
    let start_forms = html::forms(games.text())
        .into_iter()
        .filter(|form| form.action == "/games/start")
        .collect();
    Ok(Login {
        session,
        start_forms,
    })
}

/// One measurement's plan.
#[derive(Debug, Clone)]
pub struct Plan {
    pub addr: SocketAddr,
    pub connections: usize,
    pub warmup: Duration,
    pub window: Duration,
    /// The process whose CPU time is sampled (the server under test).
    pub server_pid: u32,
}

/// The result of one measurement.
#[derive(Debug)]
pub struct Measurement {
    pub tally: Tally,
    /// From the start of the measured window until the last connection finished.
    pub elapsed: Duration,
    pub server_cpu: Duration,
    pub client_cpu: Duration,
}

/// Where a game-playing connection is.
#[derive(Debug)]
enum Play {
    Start,
    View(String),
    Act(String, Vec<(String, String)>),
}

/// One connection with what it needs between requests.
struct Worker {
    client: Client,
    scenario: Arc<Scenario>,
    start_form: Vec<(String, String)>,
    play: Play,
}

impl Worker {
    async fn prepare(
        plan: &Plan,
        scenario: Arc<Scenario>,
        login: Option<&Login>,
    ) -> anyhow::Result<Worker> {
        let mut client = Client::new(plan.addr)?;
        if let Some(login) = login {
            client.set_cookie(SESSION_COOKIE, &login.session);
        }
        client.connect().await?;
        let mut start_form = Vec::new();
        if let (Scenario::Turns { game }, Some(login)) = (scenario.as_ref(), login) {
            let form = login
                .start_forms
                .iter()
                .find(|form| form.hidden("plugin") == Some(game))
                .ok_or_else(|| anyhow!("/games offers no start form for {game}"))?;
            start_form = form.submission();
        }
        Ok(Worker {
            client,
            scenario,
            start_form,
            play: Play::Start,
        })
    }

    /// Sends the scenario's next request and checks the answer.
    async fn step(&mut self) -> (Kind, anyhow::Result<()>) {
        match self.scenario.clone().as_ref() {
            Scenario::Baseline => (Kind::Page, self.page("/", baseline::MARKER).await),
            Scenario::Login => (Kind::Page, self.page("/login", "action=\"/login\"").await),
            Scenario::Home => (Kind::Page, self.page("/", "id=\"recommended\"").await),
            Scenario::Turns { .. } => self.play().await,
        }
    }

    async fn page(&mut self, path: &str, marker: &str) -> anyhow::Result<()> {
        self.client.get(path).await?.check(StatusCode::OK, marker)
    }

    async fn play(&mut self) -> (Kind, anyhow::Result<()>) {
        match std::mem::replace(&mut self.play, Play::Start) {
            Play::Start => {
                let body = html::urlencode(&self.start_form);
                let outcome = match self.client.post_form("/games/start", body).await {
                    Ok(reply) => reply.see_other("/games/sessions/").map(|location| {
                        self.play = Play::View(location.to_owned());
                    }),
                    Err(error) => Err(error),
                };
                (Kind::Start, outcome)
            }
            Play::View(path) => {
                let outcome = self.view(&path).await;
                if outcome.is_err() {
                    self.play = Play::View(path);
                }
                (Kind::View, outcome)
            }
            Play::Act(path, fields) => {
                let body = html::urlencode(&fields);
                let outcome = match self.client.post_form(&path, body).await {
                    Ok(reply) => reply.see_other(&path).map(|_| ()),
                    Err(error) => Err(error),
                };
                self.play = Play::View(path);
                (Kind::Turn, outcome)
            }
        }
    }

    /// Reads the game view and decides the next action: its form, or a new episode when the
    /// view has no button left (the debriefing).
    async fn view(&mut self, path: &str) -> anyhow::Result<()> {
        let reply = self.client.get(path).await?;
        reply.check(StatusCode::OK, "class=\"game-form\"")?;
        let form = html::forms(reply.text())
            .into_iter()
            .find(|form| form.action == path)
            .unwrap_or_else(Form::default);
        self.play = if form.has_button() {
            Play::Act(path.to_owned(), form.submission())
        } else if reply.text().contains("class=\"outcome\"") {
            Play::Start
        } else {
            bail!("the game view has neither a button nor an outcome")
        };
        Ok(())
    }
}

/// Runs one scenario: prepares every connection, warms up, measures.
pub async fn run(plan: &Plan, scenario: Scenario, logins: &[Login]) -> anyhow::Result<Measurement> {
    let scenario = Arc::new(scenario);
    let needs_login = matches!(scenario.as_ref(), Scenario::Home | Scenario::Turns { .. });
    let mut workers = Vec::with_capacity(plan.connections);
    for index in 0..plan.connections {
        let login = match needs_login {
            true => Some(
                logins
                    .get(index % logins.len().max(1))
                    .ok_or_else(|| anyhow!("no logged-in session to use"))?,
            ),
            false => None,
        };
        let worker = Worker::prepare(plan, scenario.clone(), login)
            .await
            .with_context(|| format!("preparing connection {index}"))?;
        workers.push(worker);
    }
    let measure_from = Instant::now() + plan.warmup;
    let until = measure_from + plan.window;
    let tasks: Vec<_> = workers
        .into_iter()
        .map(|mut worker| {
            tokio::spawn(async move {
                let mut tally = Tally::default();
                loop {
                    let started = Instant::now();
                    if started >= until {
                        break;
                    }
                    let (kind, outcome) = worker.step().await;
                    let failed = outcome.is_err();
                    match (kind, failed) {
                        (Kind::Turn, false) => tally.played_turns += 1,
                        (Kind::Start, false) => tally.played_starts += 1,
                        _ => {}
                    }
                    if started >= measure_from {
                        tally.record(kind, started, &outcome);
                    }
                    if failed {
                        // A dead server would otherwise be hammered in a tight loop.
                        tokio::time::sleep(Duration::from_millis(5)).await;
                    }
                }
                tally
            })
        })
        .collect();
    tokio::time::sleep_until(measure_from.into()).await;
    let server_before = cpu_time(Some(plan.server_pid))?;
    let client_before = cpu_time(None)?;
    let mut tally = Tally::default();
    for task in tasks {
        tally.merge(task.await?);
    }
    let elapsed = measure_from.elapsed();
    let server_cpu = cpu_time(Some(plan.server_pid))?.saturating_sub(server_before);
    let client_cpu = cpu_time(None)?.saturating_sub(client_before);
    Ok(Measurement {
        tally,
        elapsed,
        server_cpu,
        client_cpu,
    })
}

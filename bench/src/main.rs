//! `digifit-bench`: in one run on loopback, measures a bare hyper server returning a static page
//! (the baseline), digifit's login page, a logged-in player's home page and game turns, each as
//! requests per second with p50 and p99 latency and the ratio to the baseline; plus digifit's
//! start-up time to ready (cold and with compiled plugins cached) and its resident memory.
//! BENCHMARKS.md says how to run it and records the figures.

mod baseline;
mod client;
mod html;
mod load;
mod process;
mod report;
mod stats;

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Duration;

use anyhow::{Context, bail};
use clap::{Args, Parser, Subcommand};

use load::{Kind, Login, Measurement, Plan, Scenario};
use process::{ServerProcess, StartTimes, free_port, memory_kib};
use report::{Machine, Row};
use stats::Summary;

/// A cold start compiles every bundled plugin; on a busy two-core machine that takes a while.
const START_LIMIT: Duration = Duration::from_secs(600);
/// How long the server is left alone before its memory is read.
const IDLE: Duration = Duration::from_secs(2);
/// What `digifit demo` prints once its demo data is in place.
const DEMO_RUNNING: &str = "digifit demo is running";

#[derive(Debug, Parser)]
#[command(
    name = "digifit-bench",
    about = "Loopback benchmark of digifit against a bare hyper baseline (see BENCHMARKS.md)",
    args_conflicts_with_subcommands = true
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Internal>,
    #[command(flatten)]
    run: RunArgs,
}

#[derive(Debug, Subcommand)]
enum Internal {
    /// The baseline server (the bench starts it as a separate process).
    #[command(hide = true)]
    BaselineServer {
        #[arg(long)]
        listen: SocketAddr,
        /// The size of the static page.
        #[arg(long)]
        body_bytes: usize,
    },
}

#[derive(Debug, Args)]
struct RunArgs {
    /// The digifit binary to measure (build it with `cargo build --release -p digifit`).
    #[arg(long, default_value = "target/release/digifit")]
    digifit: PathBuf,
    /// The measured window of each scenario, in seconds.
    #[arg(long, default_value_t = 10)]
    seconds: u64,
    /// The warm-up before each measured window, in seconds.
    #[arg(long, default_value_t = 2)]
    warmup: u64,
    /// Concurrent keep-alive connections; a comma-separated list runs every scenario at each.
    #[arg(long, value_delimiter = ',', default_value = "16,64")]
    connections: Vec<usize>,
    /// Logged-in sessions (each a real login, argon2 included) the player connections share.
    #[arg(long, default_value_t = 8)]
    logins: usize,
    /// The demo account that logs in (its password is its name).
    #[arg(long, default_value = "demo")]
    player: String,
    /// The game whose turns are measured (its plugin id on /games).
    #[arg(long, default_value = "hello-quiz")]
    game: String,
    /// Warm starts measured (the last one stays up for the load runs).
    #[arg(long, default_value_t = 3)]
    warm_starts: usize,
    /// Worker threads of the load generator's runtime.
    #[arg(long, default_value_t = 2)]
    client_threads: usize,
    /// Where the data directory and logs go (default: a new temporary directory, removed at
    /// the end unless --keep).
    #[arg(long)]
    work_dir: Option<PathBuf>,
    /// Keep the temporary work directory (data and server logs).
    #[arg(long)]
    keep: bool,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Some(Internal::BaselineServer { listen, body_bytes }) => {
            tokio::runtime::Builder::new_multi_thread()
                .enable_all()
                .build()
                .map_err(anyhow::Error::from)
                .and_then(|runtime| runtime.block_on(baseline::serve(listen, body_bytes)))
                .map(|()| ExitCode::SUCCESS)
        }
        None => tokio::runtime::Builder::new_multi_thread()
            .worker_threads(cli.run.client_threads.max(1))
            .enable_all()
            .build()
            .map_err(anyhow::Error::from)
            .and_then(|runtime| runtime.block_on(run(cli.run))),
    };
    match result {
        Ok(code) => code,
        Err(error) => {
            eprintln!("digifit-bench: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn digifit_demo(binary: &Path, addr: SocketAddr, data: &Path) -> Command {
    let mut command = Command::new(binary);
    command
        .arg("demo")
        .arg("--listen")
        .arg(addr.to_string())
        .arg("--data")
        .arg(data);
    command
}

/// Starts `digifit demo` on a fresh port and waits until it is ready and its demo data exists.
async fn start_digifit(
    binary: &Path,
    data: &Path,
    log: &Path,
) -> anyhow::Result<(ServerProcess, StartTimes, Duration)> {
    let addr = free_port()?;
    let mut server = ServerProcess::spawn(digifit_demo(binary, addr, data), addr, log)?;
    let times = server
        .wait_ready("/readyz", START_LIMIT)
        .await
        .with_context(|| format!("starting digifit (log: {})", log.display()))?;
    let seeded = server.wait_line(DEMO_RUNNING, START_LIMIT).await?;
    Ok((server, times, seeded))
}

fn millis(duration: Duration) -> String {
    format!("{:.0} ms", duration.as_secs_f64() * 1000.0)
}

fn mib(kib: u64) -> String {
    format!("{:.1} MiB", kib as f64 / 1024.0)
}

/// The date of the run, for the report (the bench is a tool, not domain code with a clock).
#[allow(clippy::disallowed_methods)]
fn today() -> String {
    let unix = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    report::utc(unix)
}

async fn run(args: RunArgs) -> anyhow::Result<ExitCode> {
    if args.connections.is_empty() || args.connections.contains(&0) {
        bail!("--connections needs one or more numbers above zero");
    }
    let binary = std::path::absolute(&args.digifit)?;
    if !binary.is_file() {
        bail!(
            "{} does not exist; build it with `cargo build --release -p digifit`",
            binary.display()
        );
    }
    let temporary = match &args.work_dir {
        Some(_) => None,
        None => Some(
            tempfile::Builder::new()
                .prefix("digifit-bench-")
                .tempdir()?,
        ),
    };
    let work: PathBuf = match (&args.work_dir, &temporary) {
        (Some(dir), _) => {
            std::fs::create_dir_all(dir)?;
            std::path::absolute(dir)?
        }
        (None, Some(temporary)) => temporary.path().to_owned(),
        (None, None) => bail!("no work directory"),
    };
    let outcome = run_in(&args, &binary, &work).await;
    let failed = !matches!(outcome, Ok(ExitCode::SUCCESS));
    if let Some(temporary) = temporary
        && (args.keep || failed)
    {
        eprintln!(
            "kept {} (data directory and server logs)",
            temporary.keep().display()
        );
    }
    outcome
}

/// Everything after the work directory exists: start-up, memory, the scenarios, the report.
async fn run_in(args: &RunArgs, binary: &Path, work: &Path) -> anyhow::Result<ExitCode> {
    let data = work.join("data");
    if data.exists() {
        bail!(
            "{} exists; a cold start needs a new data directory",
            data.display()
        );
    }
    let machine = Machine::read();
    let mut header = Vec::new();
    header.push(format!("digifit-bench, {}", today()));
    header.push(format!(
        "machine: {}, nproc {}, Linux {}, {} MiB RAM; load average at start {}",
        machine.cpu_model,
        machine.cores,
        machine.kernel,
        machine.memory_mib,
        report::load_average()
    ));
    header.push(format!(
        "server: {} demo; data directory {} ({})",
        binary.display(),
        data.display(),
        report::filesystem_of(work)
    ));
    header.push(format!(
        "windows: {} s warm-up + {} s measured per scenario; load generator: {} threads in this process; {} logged-in sessions shared by the player connections",
        args.warmup, args.seconds, args.client_threads, args.logins
    ));
    for line in &header {
        eprintln!("{line}");
    }

    eprintln!("cold start (empty data directory, no compiled plugins cached)…");
    let (cold_server, cold, cold_seeded) =
        start_digifit(binary, &data, &work.join("digifit-cold.log")).await?;
    cold_server.stop().await?;
    let mut warm = Vec::new();
    let mut running: Option<ServerProcess> = None;
    for index in 0..args.warm_starts.max(1) {
        // The previous server holds the store's lock; it must be gone before the next starts.
        if let Some(previous) = running.take() {
            previous.stop().await?;
        }
        eprintln!("warm start {}…", index + 1);
        let log = work.join(format!("digifit-warm-{}.log", index + 1));
        let (server, times, _) = start_digifit(binary, &data, &log).await?;
        warm.push(times);
        running = Some(server);
    }
    let Some(digifit) = running else {
        bail!("no warm start")
    };
    tokio::time::sleep(IDLE).await;
    let idle_rss = memory_kib(digifit.pid(), "VmRSS")?;

    let mut probe = client::Client::new(digifit.addr)?;
    let login_page = probe.get("/login").await?;
    login_page.check(hyper::StatusCode::OK, "action=\"/login\"")?;
    let page_bytes = login_page.body.len();

    let baseline_addr = free_port()?;
    let mut baseline_command = Command::new(std::env::current_exe()?);
    baseline_command
        .arg("baseline-server")
        .arg("--listen")
        .arg(baseline_addr.to_string())
        .arg("--body-bytes")
        .arg(page_bytes.to_string());
    let mut baseline =
        ServerProcess::spawn(baseline_command, baseline_addr, &work.join("baseline.log"))?;
    baseline.wait_ready("/", Duration::from_secs(30)).await?;

    let max_connections = args.connections.iter().copied().max().unwrap_or(1);
    let login_count = args.logins.clamp(1, max_connections);
    eprintln!("logging in {login_count} sessions as {}…", args.player);
    let mut logins: Vec<Login> = Vec::with_capacity(login_count);
    for _ in 0..login_count {
        logins.push(load::login(digifit.addr, &args.player, &args.player).await?);
    }
    tokio::time::sleep(IDLE).await;
    let baseline_rss = memory_kib(baseline.pid(), "VmRSS")?;

    let window = Duration::from_secs(args.seconds);
    let warmup = Duration::from_secs(args.warmup);
    let plan = |server: &ServerProcess, connections: usize| Plan {
        addr: server.addr,
        connections,
        warmup,
        window,
        server_pid: server.pid(),
    };
    let mut rows = Vec::new();
    let mut baseline_rate: HashMap<usize, f64> = HashMap::new();
    let mut examples = Vec::new();
    for &connections in &args.connections {
        let measured = measure(
            plan(&baseline, connections),
            Scenario::Baseline,
            &logins,
            &mut examples,
        )
        .await?;
        let row = page_row(
            "baseline: bare hyper, static page",
            connections,
            measured,
            None,
        );
        baseline_rate.insert(connections, row.summary.per_second);
        rows.push(row);
        for (label, scenario) in [
            ("GET /login (anonymous)", Scenario::Login),
            ("GET / (logged-in player)", Scenario::Home),
        ] {
            let measured = measure(
                plan(&digifit, connections),
                scenario,
                &logins,
                &mut examples,
            )
            .await?;
            rows.push(page_row(
                label,
                connections,
                measured,
                baseline_rate.get(&connections),
            ));
        }
    }
    let (mut turns_played, mut episodes_started) = (0, 0);
    for &connections in &args.connections {
        let measured = measure(
            plan(&digifit, connections),
            Scenario::Turns {
                game: args.game.clone(),
            },
            &logins,
            &mut examples,
        )
        .await?;
        turns_played += measured.tally.played_turns;
        episodes_started += measured.tally.played_starts;
        rows.extend(turn_rows(
            &args.game,
            connections,
            measured,
            baseline_rate.get(&connections),
        ));
    }
    // The home page after the turns, at the fewest connections: its cost grows with the
    // player's history, and at many connections requests would wait beyond the time limit.
    let min_connections = args.connections.iter().copied().min().unwrap_or(1);
    let measured = measure(
        plan(&digifit, min_connections),
        Scenario::Home,
        &logins,
        &mut examples,
    )
    .await?;
    rows.push(page_row(
        "GET / (same player, after the turns)",
        min_connections,
        measured,
        baseline_rate.get(&min_connections),
    ));
    let measured = measure(
        plan(&baseline, max_connections),
        Scenario::Baseline,
        &logins,
        &mut examples,
    )
    .await?;
    rows.push(page_row(
        "baseline again (drift)",
        max_connections,
        measured,
        baseline_rate.get(&max_connections),
    ));

    tokio::time::sleep(IDLE).await;
    let loaded_rss = memory_kib(digifit.pid(), "VmRSS")?;
    let peak_rss = memory_kib(digifit.pid(), "VmHWM")?;
    let load_at_end = report::load_average();
    digifit.stop().await?;
    baseline.stop().await?;

    let median_warm = {
        let mut readies: Vec<Duration> = warm.iter().map(|times| times.ready).collect();
        readies.sort();
        readies.get(readies.len() / 2).copied().unwrap_or_default()
    };
    let mut out = String::new();
    for line in &header {
        out.push_str(line);
        out.push('\n');
    }
    out.push_str(&format!("load average at end {load_at_end}\n\n"));
    out.push_str(&format!(
        "start-up, spawn → /readyz 200: cold {} (first answer after {}; demo data seeded at {}); warm {} (median {})\n",
        millis(cold.ready),
        millis(cold.answering),
        millis(cold_seeded),
        warm.iter()
            .map(|times| millis(times.ready))
            .collect::<Vec<_>>()
            .join(", "),
        millis(median_warm)
    ));
    out.push_str(&format!(
        "memory (VmRSS): digifit idle after a warm start {}; idle after the load {} (peak VmHWM {}); baseline server idle {}\n",
        mib(idle_rss),
        mib(loaded_rss),
        mib(peak_rss),
        mib(baseline_rss)
    ));
    out.push_str(&format!(
        "login page {page_bytes} bytes (uncompressed; no Accept-Encoding sent), the baseline page the same; the turn runs (warm-ups included) played {turns_played} turns in {episodes_started} episodes before the last home page run\n\n"
    ));
    out.push_str(&report::table(&rows));
    let errors: u64 = rows.iter().map(|row| row.summary.errors).sum();
    print!("{out}");
    if errors > 0 {
        let message = format!(
            "\n!!! {errors} REQUESTS FAILED: these figures are not valid. First errors:\n  {}\n",
            examples.join("\n  ")
        );
        print!("{message}");
        eprint!("{message}");
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

/// Runs one scenario and reports it on standard error as it finishes.
async fn measure(
    plan: Plan,
    scenario: Scenario,
    logins: &[Login],
    examples: &mut Vec<String>,
) -> anyhow::Result<Measurement> {
    eprintln!("  {scenario:?} at {} connections…", plan.connections);
    let measured = load::run(&plan, scenario, logins).await?;
    for example in &measured.tally.examples {
        if examples.len() < 10 {
            examples.push(example.clone());
        }
    }
    Ok(measured)
}

fn cores(cpu: Duration, elapsed: Duration) -> Option<f64> {
    (elapsed > Duration::ZERO).then(|| cpu.as_secs_f64() / elapsed.as_secs_f64())
}

fn page_row(
    label: &str,
    connections: usize,
    mut measured: Measurement,
    baseline_rate: Option<&f64>,
) -> Row {
    let summary = measured.tally.summary(Kind::Page, measured.elapsed);
    let count = summary.count;
    Row {
        scenario: label.to_owned(),
        connections,
        ratio: match baseline_rate {
            Some(rate) if *rate > 0.0 => Some(summary.per_second / rate),
            Some(_) => None,
            None => Some(1.0),
        },
        summary,
        server_micros_per_request: (count > 0)
            .then(|| measured.server_cpu.as_secs_f64() * 1e6 / count as f64),
        server_cores: cores(measured.server_cpu, measured.elapsed),
        bench_cores: cores(measured.client_cpu, measured.elapsed),
    }
}

/// Three rows: the turns (with the server CPU per turn, its view and amortised starts included),
/// then the views and the episode starts the same connections sent in between.
fn turn_rows(
    game: &str,
    connections: usize,
    mut measured: Measurement,
    baseline_rate: Option<&f64>,
) -> Vec<Row> {
    let elapsed = measured.elapsed;
    let turns = measured.tally.summary(Kind::Turn, elapsed);
    let views = measured.tally.summary(Kind::View, elapsed);
    let starts = measured.tally.summary(Kind::Start, elapsed);
    let ratio = |summary: &Summary| {
        baseline_rate
            .filter(|rate| **rate > 0.0)
            .map(|rate| summary.per_second / rate)
    };
    let turn_count = turns.count;
    vec![
        Row {
            scenario: format!("game turn: POST /games/sessions/… ({game})"),
            connections,
            ratio: ratio(&turns),
            server_micros_per_request: (turn_count > 0)
                .then(|| measured.server_cpu.as_secs_f64() * 1e6 / turn_count as f64),
            server_cores: cores(measured.server_cpu, elapsed),
            bench_cores: cores(measured.client_cpu, elapsed),
            summary: turns,
        },
        Row {
            scenario: "  + GET of the view after each turn".to_owned(),
            connections,
            ratio: ratio(&views),
            server_micros_per_request: None,
            server_cores: None,
            bench_cores: None,
            summary: views,
        },
        Row {
            scenario: "  + POST /games/start per episode".to_owned(),
            connections,
            ratio: ratio(&starts),
            server_micros_per_request: None,
            server_cores: None,
            bench_cores: None,
            summary: starts,
        },
    ]
}

//! Backup and restore with the real binary: `digifit backup` through the admin socket of a
//! server under concurrent writes (accounts written through the store, game turns over HTTP)
//! holds every write acknowledged before it started, in a consistent state, and verifies;
//! `digifit restore` with the server stopped brings exactly that state back and keeps the
//! previous file aside. Refusals: an existing backup file without `--force`, a restore while the
//! server runs, a backup from a newer schema; none of them changes anything.

use std::collections::{BTreeMap, BTreeSet};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use reqwest::StatusCode;

use digifit::accounts::{self, NewUser, Role, Username};
use digifit::games::play;
use digifit::http::server;
use digifit::store::tables::{META, META_SCHEMA_VERSION};
use digifit::store::{CURRENT_SCHEMA_VERSION, Store};

use crate::cli::{self, assert_failure, assert_success};
use crate::games::{first_button, first_choices, start_hello_quiz};
use crate::testkit::{self, Browser, TestServer, user};

/// Tasks that create accounts through the store while the backup runs.
const ACCOUNT_WRITERS: usize = 8;
/// Players taking game turns over HTTP meanwhile.
const PLAYERS: [&str; 3] = ["demo", "lead", "facilitator"];

/// Where the backup stands, as the writers see it.
#[derive(Default)]
struct Phase {
    /// Set just before the backup command is started.
    started: AtomicBool,
    /// Set once the backup command has exited.
    done: AtomicBool,
    /// Accounts acknowledged so far.
    accounts: AtomicUsize,
    /// Game starts and turns acknowledged so far.
    turns: AtomicUsize,
    /// Writes submitted after the backup was done.
    after: AtomicUsize,
    /// Tells the writers to stop.
    stop: AtomicBool,
}

/// What happened to one write.
#[derive(Debug, Clone, Copy)]
struct Write {
    /// Acknowledged before the backup started: it must be in the backup.
    before: bool,
    /// Submitted after the backup had finished: it must not be in the backup.
    after: bool,
}

/// Creates accounts `load-<writer>-<n>`, n = 0, 1, 2, …, one after the other.
async fn write_accounts(store: Store, writer: usize, phase: Arc<Phase>) -> Vec<Write> {
    let unit = testkit::unit_id(&store, "Jobcenter Musterstadt");
    let mut writes = Vec::new();
    while !phase.stop.load(Ordering::SeqCst) {
        let after = phase.done.load(Ordering::SeqCst);
        let new = NewUser {
            username: Username::parse(&format!("load-{writer}-{}", writes.len())).unwrap(),
            display_name: format!("Load {writer}"),
            password_hash: None,
            roles: BTreeSet::from([Role::Player]),
            org_units: vec![accounts::OrgUnitId(unit)],
        };
        accounts::create_user(&store, new, testkit::START)
            .await
            .unwrap();
        let before = !phase.started.load(Ordering::SeqCst);
        writes.push(Write { before, after });
        phase.accounts.fetch_add(1, Ordering::SeqCst);
        if after {
            phase.after.fetch_add(1, Ordering::SeqCst);
        }
    }
    writes
}

/// One game session as its player saw it: the turns the server acknowledged (the start
/// included) before the backup started, and whether it was started after the backup was done.
#[derive(Debug, Clone)]
struct PlayedSession {
    id: u64,
    turns_before: u32,
    started_after: bool,
}

/// Plays hello-quiz sessions turn by turn (first option, first button) until told to stop.
async fn play(browser: Browser, phase: Arc<Phase>) -> Vec<PlayedSession> {
    let mut sessions: Vec<PlayedSession> = Vec::new();
    while !phase.stop.load(Ordering::SeqCst) {
        let started_after = phase.done.load(Ordering::SeqCst);
        let path = start_hello_quiz(&browser).await;
        let id = path.trim_start_matches("/games/sessions/").parse().unwrap();
        let before = !phase.started.load(Ordering::SeqCst);
        sessions.push(PlayedSession {
            id,
            turns_before: u32::from(before),
            started_after,
        });
        phase.turns.fetch_add(1, Ordering::SeqCst);
        loop {
            let page = browser.get(&path).await;
            assert_eq!(page.status, StatusCode::OK);
            if page.body.contains("outcome-heading") || phase.stop.load(Ordering::SeqCst) {
                break;
            }
            let mut fields = vec![("csrf".to_owned(), page.csrf())];
            fields.extend(first_choices(&page.body));
            fields.push(("button".to_owned(), first_button(&page.body).unwrap()));
            let fields: Vec<(&str, &str)> = fields
                .iter()
                .map(|(name, value)| (name.as_str(), value.as_str()))
                .collect();
            let acted = browser.post_form(&path, &fields).await;
            assert_eq!(acted.status, StatusCode::SEE_OTHER, "{}", acted.body);
            if !phase.started.load(Ordering::SeqCst)
                && let Some(session) = sessions.last_mut()
            {
                session.turns_before += 1;
            }
            phase.turns.fetch_add(1, Ordering::SeqCst);
        }
    }
    sessions
}

/// Waits (with a deadline, not a clock in the code under test) until `done` holds.
async fn wait_for(what: &str, done: impl Fn() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(120);
    while !done() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

fn mode_of(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// The names in a folder, sorted.
fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// The `load-…` accounts of a store, by writer: the numbers present.
fn load_accounts(store: &Store) -> BTreeMap<usize, BTreeSet<usize>> {
    let mut found: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
    for account in accounts::list_users(store).unwrap() {
        if let Some(rest) = account.username.as_str().strip_prefix("load-") {
            let (writer, number) = rest.split_once('-').unwrap();
            found
                .entry(writer.parse().unwrap())
                .or_default()
                .insert(number.parse().unwrap());
        }
    }
    found
}

/// Checks the accounts of a store that holds the backup against what the writers saw.
fn assert_accounts_match_the_backup(store: &Store, writes: &[Vec<Write>]) {
    let found = load_accounts(store);
    for (writer, writes) in writes.iter().enumerate() {
        let present = found.get(&writer).cloned().unwrap_or_default();
        // One writer's accounts were written one after the other, so a consistent snapshot
        // holds a prefix of them.
        let prefix: BTreeSet<usize> = (0..present.len()).collect();
        assert_eq!(present, prefix, "writer {writer}: not a prefix");
        for (number, write) in writes.iter().enumerate() {
            if write.before {
                assert!(
                    present.contains(&number),
                    "load-{writer}-{number} was acknowledged before the backup but is missing"
                );
            }
            if write.after {
                assert!(
                    !present.contains(&number),
                    "load-{writer}-{number} was written after the backup but is in it"
                );
            }
        }
    }
}

fn assert_sessions_match_the_backup(store: &Store, played: &[(&str, Vec<PlayedSession>)]) {
    for (account, sessions) in played {
        let id = user(store, account).id;
        for session in sessions {
            let stored = play::get(store, session.id, id);
            if session.started_after {
                assert!(stored.is_err(), "session {} is in the backup", session.id);
            } else if session.turns_before > 0 {
                let stored = stored.unwrap();
                assert!(
                    stored.record.turns >= session.turns_before,
                    "session {}: {} turns acknowledged before the backup, {} restored",
                    session.id,
                    session.turns_before,
                    stored.record.turns
                );
            }
        }
    }
}

fn path_arg(path: &Path) -> &str {
    path.to_str().unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn backup_under_load_restores_every_acknowledged_write() {
    let server = TestServer::start().await;
    let data = server.settings().data_dir.clone();
    let outside = tempfile::tempdir().unwrap();
    let backup = outside.path().join("digifit-backup.redb");

    let phase = Arc::new(Phase::default());
    let writers: Vec<_> = (0..ACCOUNT_WRITERS)
        .map(|writer| {
            tokio::spawn(write_accounts(
                server.store().clone(),
                writer,
                phase.clone(),
            ))
        })
        .collect();
    let mut players = Vec::new();
    for account in PLAYERS {
        let browser = server.browser_as(account, account).await;
        players.push((account, tokio::spawn(play(browser, phase.clone()))));
    }
    wait_for("writes before the backup", || {
        phase.accounts.load(Ordering::SeqCst) >= 300 && phase.turns.load(Ordering::SeqCst) >= 12
    })
    .await;

    phase.started.store(true, Ordering::SeqCst);
    let output = cli::run(
        &[
            "backup",
            "--to",
            path_arg(&backup),
            "--data",
            path_arg(&data),
        ],
        None,
    )
    .await;
    phase.done.store(true, Ordering::SeqCst);
    let report = assert_success(&output);
    assert!(report.contains("integrity checked"), "{report}");
    assert!(report.contains("writes waited"), "{report}");
    assert_eq!(mode_of(&backup), 0o600);

    wait_for("writes after the backup", || {
        phase.after.load(Ordering::SeqCst) >= 100
    })
    .await;
    phase.stop.store(true, Ordering::SeqCst);
    let mut writes = Vec::new();
    for writer in writers {
        writes.push(writer.await.unwrap());
    }
    let mut played = Vec::new();
    for (account, player) in players {
        played.push((account, player.await.unwrap()));
    }
    let before = writes.iter().flatten().filter(|w| w.before).count();
    let turns_before: u32 = played
        .iter()
        .flat_map(|(_, sessions)| sessions)
        .map(|s| s.turns_before)
        .sum();
    assert!(before > 0 && turns_before > 0, "{before} {turns_before}");

    // The backup on its own, read through a copy so that the file itself stays as written.
    let copy = outside.path().join("copy.redb");
    std::fs::copy(&backup, &copy).unwrap();
    let backed_up = Store::open(&copy).unwrap();
    assert_accounts_match_the_backup(&backed_up, &writes);
    assert_sessions_match_the_backup(&backed_up, &played);
    let accounts_in_backup = accounts::list_users(&backed_up).unwrap().len();
    drop(backed_up);

    // Restore with the server stopped.
    let live_accounts = accounts::list_users(server.store()).unwrap().len();
    assert!(live_accounts > accounts_in_backup);
    let dir = server.stop_keeping_data().await;
    let store_path = dir.path().join("digifit.redb");
    let previous = std::fs::read(&store_path).unwrap();
    let files_before = listing(dir.path());

    let output = cli::run(
        &[
            "restore",
            "--from",
            path_arg(&backup),
            "--data",
            path_arg(dir.path()),
        ],
        None,
    )
    .await;
    let refusal = assert_failure(&output);
    assert!(refusal.contains("--yes"), "{refusal}");
    let plan = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(plan.contains("keeping the current database as"), "{plan}");
    assert!(plan.contains(path_arg(&backup)), "{plan}");
    assert_eq!(listing(dir.path()), files_before);
    assert!(std::fs::read(&store_path).unwrap() == previous);

    let output = cli::run(
        &[
            "restore",
            "--from",
            path_arg(&backup),
            "--data",
            path_arg(dir.path()),
            "--yes",
        ],
        None,
    )
    .await;
    let restored = assert_success(&output);
    assert!(
        restored.contains("the previous database is kept at"),
        "{restored}"
    );
    let kept: Vec<PathBuf> = listing(dir.path())
        .into_iter()
        .filter(|name| name.starts_with("digifit.redb.before-restore-"))
        .map(|name| dir.path().join(name))
        .collect();
    assert_eq!(kept.len(), 1, "{:?}", listing(dir.path()));
    assert!(std::fs::read(&kept[0]).unwrap() == previous);
    assert_eq!(mode_of(&store_path), 0o600);

    // Started again: the state of the backup, players still logged in where the backup had
    // their login.
    let server = server::start(testkit::settings_in(dir.path()))
        .await
        .unwrap();
    let store = &server.state.store;
    assert_eq!(
        accounts::list_users(store).unwrap().len(),
        accounts_in_backup
    );
    assert_accounts_match_the_backup(store, &writes);
    assert_sessions_match_the_backup(store, &played);
    let browser = Browser::new(&server.url());
    let response = testkit::login(&browser, "demo", "demo").await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    server.shutdown().await;
    eprintln!(
        "{before} accounts and {turns_before} game turns acknowledged before the backup, all restored; {} accounts written in all\n{report}",
        writes.iter().map(Vec::len).sum::<usize>()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refusals_change_nothing() {
    let server = TestServer::start().await;
    let data = server.settings().data_dir.clone();
    let outside = tempfile::tempdir().unwrap();
    let backup = outside.path().join("backup.redb");
    let backup_command = |force: bool| {
        let mut args = vec![
            "backup".to_owned(),
            "--to".to_owned(),
            path_arg(&backup).to_owned(),
            "--data".to_owned(),
            path_arg(&data).to_owned(),
        ];
        if force {
            args.push("--force".to_owned());
        }
        args
    };
    let run = |args: Vec<String>| async move {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        cli::run(&args, None).await
    };

    assert_success(&run(backup_command(false)).await);
    assert_eq!(mode_of(&backup), 0o600);
    let first = std::fs::read(&backup).unwrap();

    // An existing file is replaced only with --force.
    let refusal = assert_failure(&run(backup_command(false)).await);
    assert!(refusal.contains("already exists"), "{refusal}");
    assert!(refusal.contains("--force"), "{refusal}");
    assert!(std::fs::read(&backup).unwrap() == first);
    assert_eq!(listing(outside.path()), ["backup.redb"]);
    accounts::change_user(
        server.store(),
        user(server.store(), "demo").id,
        accounts::UserChange {
            display_name: Some("Dana After".to_owned()),
            ..accounts::UserChange::default()
        },
    )
    .await
    .unwrap();
    assert_success(&run(backup_command(true)).await);
    assert_eq!(mode_of(&backup), 0o600);
    let copy = outside.path().join("copy.redb");
    std::fs::copy(&backup, &copy).unwrap();
    let replaced = Store::open(&copy).unwrap();
    assert_eq!(user(&replaced, "demo").display_name, "Dana After");
    drop(replaced);
    std::fs::remove_file(&copy).unwrap();

    // A backup of a newer schema, made by writing a higher version into a copy.
    let newer = outside.path().join("newer.redb");
    std::fs::copy(&backup, &newer).unwrap();
    {
        let db = redb::Database::open(&newer).unwrap();
        let txn = db.begin_write().unwrap();
        txn.open_table(META)
            .unwrap()
            .insert(META_SCHEMA_VERSION, CURRENT_SCHEMA_VERSION + 1)
            .unwrap();
        txn.commit().unwrap();
    }
    let restore_command = |from: &Path| {
        vec![
            "restore".to_owned(),
            "--from".to_owned(),
            path_arg(from).to_owned(),
            "--data".to_owned(),
            path_arg(&data).to_owned(),
            "--yes".to_owned(),
        ]
    };

    // Not while the server runs.
    let files_before = listing(&data);
    let refusal = assert_failure(&run(restore_command(&backup)).await);
    assert!(refusal.contains("the server is running"), "{refusal}");
    assert!(refusal.contains("stop it first"), "{refusal}");
    assert_eq!(listing(&data), files_before);

    let dir = server.stop_keeping_data().await;
    let store_path = dir.path().join("digifit.redb");
    let previous = std::fs::read(&store_path).unwrap();
    let files_before = listing(dir.path());
    let refusal = assert_failure(&run(restore_command(&newer)).await);
    assert!(
        refusal.contains(&format!(
            "schema version {}, but this digifit supports at most {CURRENT_SCHEMA_VERSION}",
            CURRENT_SCHEMA_VERSION + 1
        )),
        "{refusal}"
    );
    assert!(refusal.contains("nothing was changed"), "{refusal}");
    assert!(std::fs::read(&store_path).unwrap() == previous);
    assert_eq!(listing(dir.path()), files_before);

    // With the server stopped, `backup` reads the file itself.
    let offline = outside.path().join("offline.redb");
    let report = assert_success(
        &cli::run(
            &[
                "backup",
                "--to",
                path_arg(&offline),
                "--data",
                path_arg(dir.path()),
            ],
            None,
        )
        .await,
    );
    assert!(report.contains("integrity checked"), "{report}");
    assert_eq!(mode_of(&offline), 0o600);
    assert!(std::fs::read(&store_path).unwrap() == previous);
    let copy = Store::open(&offline).unwrap();
    assert_eq!(user(&copy, "demo").display_name, "Dana After");
}

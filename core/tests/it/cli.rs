//! The real `digifit` binary: version and help, `check-config`, the `user` commands against a
//! stopped installation and through the admin socket of a running one, and `demo` as a child
//! process that serves every bundled game, and stops cleanly on SIGTERM.

use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use digifit::accounts::{self, Role};
use digifit::store::Store;
use reqwest::StatusCode;

use crate::bundle;
use crate::testkit::{self, Browser};
use digifit::admin_socket::plugin_commands::PluginSummary;

const BINARY: &str = env!("CARGO_BIN_EXE_digifit");

/// Runs the binary to completion, feeding `stdin` if given.
pub fn run_blocking(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(BINARY)
        .args(args)
        .env_remove("RUST_LOG")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    if let Some(text) = stdin {
        input.write_all(text.as_bytes()).unwrap();
    }
    drop(input);
    child.wait_with_output().unwrap()
}

/// The same from async code, so that an in-process server keeps running meanwhile.
pub async fn run(args: &[&str], stdin: Option<&str>) -> Output {
    let args: Vec<String> = args.iter().map(|a| (*a).to_owned()).collect();
    let stdin = stdin.map(str::to_owned);
    tokio::task::spawn_blocking(move || {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        run_blocking(&args, stdin.as_deref())
    })
    .await
    .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[track_caller]
pub fn assert_success(output: &Output) -> String {
    assert!(
        output.status.success(),
        "exit {:?}\nstdout: {}\nstderr: {}",
        output.status,
        text(&output.stdout),
        text(&output.stderr)
    );
    text(&output.stdout)
}

#[track_caller]
pub fn assert_failure(output: &Output) -> String {
    assert!(
        !output.status.success(),
        "expected a failure, got stdout: {}",
        text(&output.stdout)
    );
    text(&output.stderr)
}

#[test]
fn version_and_help_of_every_command() {
    let output = run_blocking(&["--version"], None);
    let stdout = assert_success(&output);
    assert_eq!(
        stdout.trim(),
        format!("digifit {}", env!("CARGO_PKG_VERSION"))
    );
    for command in [
        vec!["--help"],
        vec!["serve", "--help"],
        vec!["demo", "--help"],
        vec!["check-config", "--help"],
        vec!["user", "--help"],
        vec!["user", "add", "--help"],
        vec!["user", "list", "--help"],
        vec!["user", "disable", "--help"],
        vec!["user", "enable", "--help"],
        vec!["user", "reset-password", "--help"],
        vec!["backup", "--help"],
        vec!["restore", "--help"],
    ] {
        let output = run_blocking(&command, None);
        let stdout = assert_success(&output);
        assert!(stdout.contains("Usage: digifit"), "{command:?}: {stdout}");
    }
    let stderr = assert_failure(&run_blocking(&["no-such-command"], None));
    assert!(stderr.contains("no-such-command"), "{stderr}");
}

#[test]
fn check_config_names_the_key_at_fault() {
    let dir = tempfile::tempdir().unwrap();
    let check = |name: &str, content: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, content).unwrap();
        run_blocking(&["check-config", "--config", path.to_str().unwrap()], None)
    };
    let stderr = assert_failure(&check(
        "typo.toml",
        "[server]\nlisten = \"127.0.0.1:8080\"\nlisten_prot = 8080\n",
    ));
    assert!(stderr.contains("listen_prot"), "{stderr}");
    let stderr = assert_failure(&check("section.toml", "[databse]\npath = \"/x\"\n"));
    assert!(stderr.contains("databse"), "{stderr}");
    let stderr = assert_failure(&check("public.toml", "[server]\nlisten = \"0.0.0.0:80\"\n"));
    assert!(stderr.contains("server.listen"), "{stderr}");
    let stderr = assert_failure(&check(
        "range.toml",
        "[server]\nlisten = \"127.0.0.1:8080\"\n[sessions]\nidle_timeout_minutes = 0\n",
    ));
    assert!(stderr.contains("sessions.idle_timeout_minutes"), "{stderr}");
    let stderr = assert_failure(&check(
        "type.toml",
        "[server]\nlisten = \"127.0.0.1:8080\"\nmax_body_kib = \"big\"\n",
    ));
    assert!(stderr.contains("max_body_kib"), "{stderr}");

    let stdout = assert_success(&check(
        "good.toml",
        "[server]\nlisten = \"127.0.0.1:8080\"\n[storage]\ndata_dir = \"/srv/digifit\"\n",
    ));
    assert!(stdout.contains("configuration is valid"), "{stdout}");
    assert!(stdout.contains("/srv/digifit"), "{stdout}");

    let missing = dir.path().join("missing.toml");
    let stderr = assert_failure(&run_blocking(
        &["check-config", "--config", missing.to_str().unwrap()],
        None,
    ));
    assert!(stderr.contains("missing.toml"), "{stderr}");
}

/// Creates a seeded installation in `dir` and closes it again.
async fn stopped_installation(dir: &Path) {
    let path = dir.join("digifit.redb");
    let store = tokio::task::spawn_blocking(move || Store::open(&path))
        .await
        .unwrap()
        .unwrap();
    testkit::seed(&store, testkit::START).await;
    store.shutdown().await;
}

/// Opens a stopped installation's store for a look, and closes it again.
async fn with_store<T: Send + 'static>(
    dir: &Path,
    look: impl FnOnce(&Store) -> T + Send + 'static,
) -> T {
    let path = dir.join("digifit.redb");
    let store = tokio::task::spawn_blocking(move || Store::open(&path))
        .await
        .unwrap()
        .unwrap();
    let result = look(&store);
    store.shutdown().await;
    result
}

fn listed(stdout: &str) -> Vec<serde_json::Value> {
    serde_json::from_str::<Vec<serde_json::Value>>(stdout).unwrap()
}

fn entry<'l>(list: &'l [serde_json::Value], name: &str) -> &'l serde_json::Value {
    list.iter()
        .find(|user| user["username"] == name)
        .unwrap_or_else(|| panic!("{name} is not listed"))
}

#[tokio::test]
async fn user_commands_work_on_a_stopped_installation() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap().to_owned();
    let stderr = assert_failure(&run(&["user", "list", "--data", &data], None).await);
    assert!(stderr.contains("there is no digifit database"), "{stderr}");
    stopped_installation(dir.path()).await;

    let stdout = assert_success(
        &run(
            &[
                "user",
                "add",
                "anna.schmidt",
                "--display-name",
                "Anna Schmidt",
                "--role",
                "lead",
                "--role",
                "player",
                "--org-unit",
                "Jobcenter Musterstadt/Standort Nord",
                "--data",
                &data,
            ],
            None,
        )
        .await,
    );
    assert!(stdout.contains("created user anna.schmidt"), "{stdout}");
    let generated = stdout
        .lines()
        .find_map(|line| line.strip_prefix("password: "))
        .unwrap()
        .to_owned();
    assert_eq!(generated.len(), 20);

    let stdout = assert_success(&run(&["user", "list", "--json", "--data", &data], None).await);
    let users = listed(&stdout);
    let demo_people = digifit::demo::ACCOUNTS.len() + digifit::demo::COLLEAGUES.len();
    assert_eq!(users.len(), demo_people + 1, "the demo people and anna");
    let anna = entry(&users, "anna.schmidt");
    assert_eq!(anna["display_name"], "Anna Schmidt");
    assert_eq!(anna["roles"], serde_json::json!(["player", "lead"]));
    assert_eq!(
        anna["org_units"],
        serde_json::json!(["Jobcenter Musterstadt/Standort Nord"])
    );
    assert_eq!(anna["disabled"], false);
    assert_eq!(anna["has_password"], true);
    assert_eq!(entry(&users, "m.becker")["has_password"], false);
    let table = assert_success(&run(&["user", "list", "--data", &data], None).await);
    assert!(
        table.contains("anna.schmidt") && table.contains("no-login"),
        "{table}"
    );

    // Refusals name the problem and change nothing.
    for (args, complaint) in [
        (
            vec!["add", "ANNA.schmidt", "--display-name", "Twin"],
            "already taken",
        ),
        (
            vec!["add", "bob", "--display-name", "Bob", "--role", "root"],
            "unknown role",
        ),
        (
            vec![
                "add",
                "bob",
                "--display-name",
                "Bob",
                "--org-unit",
                "Nowhere",
            ],
            "no org unit",
        ),
        (vec!["add", "b o b", "--display-name", "Bob"], "login name"),
        (vec!["disable", "nobody"], "no user is called"),
    ] {
        let mut full = vec!["user"];
        full.extend(args);
        full.extend(["--data", &data]);
        let stderr = assert_failure(&run(&full, None).await);
        assert!(stderr.contains(complaint), "{full:?}: {stderr}");
    }
    let stderr = assert_failure(
        &run(
            &[
                "user",
                "reset-password",
                "anna.schmidt",
                "--password-stdin",
                "--data",
                &data,
            ],
            Some("short\n"),
        )
        .await,
    );
    assert!(stderr.contains("at least 10 characters"), "{stderr}");

    assert_success(&run(&["user", "disable", "anna.schmidt", "--data", &data], None).await);
    let users = listed(&assert_success(
        &run(&["user", "list", "--json", "--data", &data], None).await,
    ));
    assert_eq!(entry(&users, "anna.schmidt")["disabled"], true);
    assert_success(&run(&["user", "enable", "anna.schmidt", "--data", &data], None).await);
    let stdout = assert_success(
        &run(
            &[
                "user",
                "reset-password",
                "anna.schmidt",
                "--password-stdin",
                "--data",
                &data,
            ],
            Some("a brand new passphrase\nignored second line\n"),
        )
        .await,
    );
    assert!(
        stdout.contains("set a new password for anna.schmidt"),
        "{stdout}"
    );
    assert!(
        !stdout.contains("password: "),
        "a chosen password is not echoed"
    );

    let anna = with_store(dir.path(), |store| testkit::user(store, "anna.schmidt")).await;
    assert!(!anna.disabled);
    assert_eq!(
        anna.roles.iter().copied().collect::<Vec<_>>(),
        vec![Role::Player, Role::Lead]
    );
    let hash = anna.password_hash.unwrap();
    assert!(digifit::accounts::password::verify(
        &hash,
        "a brand new passphrase"
    ));
    assert!(!digifit::accounts::password::verify(&hash, &generated));
    assert_eq!(
        with_store(dir.path(), |store| accounts::list_users(store)
            .unwrap()
            .len())
        .await,
        demo_people + 1
    );
}

#[tokio::test]
async fn user_commands_go_through_the_admin_socket_of_a_running_server() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap().to_owned();
    let server = digifit::http::server::start(testkit::settings_in(dir.path()))
        .await
        .unwrap();
    testkit::seed(&server.state.store, testkit::START).await;
    let socket = dir.path().join("admin.sock");
    let mode = std::fs::metadata(&socket).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600, "socket mode {mode:o}");
    let mode = std::fs::metadata(dir.path()).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o700, "data directory mode {mode:o}");

    let password = "carols own passphrase";
    let stdout = assert_success(
        &run(
            &[
                "user",
                "--data",
                &data,
                "add",
                "carol",
                "--display-name",
                "Carol Client",
                "--role",
                "admin",
                "--password-stdin",
            ],
            Some(&format!("{password}\n")),
        )
        .await,
    );
    assert!(stdout.contains("created user carol"), "{stdout}");
    assert!(!stdout.contains(password));
    // The server holds the database open, so the CLI can only have gone through the socket; the
    // server sees the new user at once.
    let carol = testkit::user(&server.state.store, "carol");
    assert_eq!(carol.display_name, "Carol Client");
    assert!(carol.has_role(Role::Admin));
    assert_eq!(
        carol.created_at,
        testkit::START,
        "created with the server's clock"
    );

    let browser = Browser::new(&server.url());
    let response = testkit::login(&browser, "carol", password).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(browser.get("/admin/users").await.status, StatusCode::OK);

    let users = listed(&assert_success(
        &run(&["user", "list", "--json", "--data", &data], None).await,
    ));
    assert_eq!(
        entry(&users, "carol")["roles"],
        serde_json::json!(["admin"])
    );

    assert_success(&run(&["user", "disable", "carol", "--data", &data], None).await);
    assert!(testkit::user(&server.state.store, "carol").disabled);
    testkit::assert_login_redirect(&browser.get("/admin/users").await, "/admin/users");
    assert_success(&run(&["user", "enable", "carol", "--data", &data], None).await);
    assert!(!testkit::user(&server.state.store, "carol").disabled);

    let stdout =
        assert_success(&run(&["user", "reset-password", "carol", "--data", &data], None).await);
    let generated = stdout
        .lines()
        .find_map(|line| line.strip_prefix("password: "))
        .unwrap()
        .to_owned();
    let fresh = Browser::new(&server.url());
    let response = testkit::login(&fresh, "carol", password).await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    let response = testkit::login(&fresh, "carol", &generated).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);

    let stderr = assert_failure(&run(&["user", "enable", "nobody", "--data", &data], None).await);
    assert!(stderr.contains("no user is called \"nobody\""), "{stderr}");

    drop((browser, fresh));
    server.shutdown().await;
    assert!(!socket.exists(), "shutdown removes the socket");
    // Stopped again, the CLI opens the store itself.
    let users = listed(&assert_success(
        &run(&["user", "list", "--json", "--data", &data], None).await,
    ));
    assert!(users.iter().any(|user| user["username"] == "carol"));
}

/// `digifit demo` running as a child process on a free loopback port with its data in a
/// folder the test owns; killed if the test ends before it is stopped.
pub struct DemoProcess {
    child: Option<Child>,
    stderr: Option<std::thread::JoinHandle<String>>,
    pub url: String,
}

impl DemoProcess {
    /// Starts the demo on `data` and waits until it has printed the address it serves.
    pub async fn start(data: &Path) -> DemoProcess {
        let mut child = Command::new(BINARY)
            .args(["demo", "--listen", "127.0.0.1:0", "--data"])
            .arg(data)
            .env_remove("RUST_LOG")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let mut stderr = child.stderr.take().unwrap();
        let mut demo = DemoProcess {
            child: Some(child),
            stderr: Some(std::thread::spawn(move || {
                let mut text = String::new();
                let _ = stderr.read_to_string(&mut text);
                text
            })),
            url: String::new(),
        };
        let (lines, url) = mpsc::channel();
        std::thread::spawn(move || {
            let mut printed = String::new();
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                printed.push_str(&line);
                printed.push('\n');
                if let Some(rest) = line.strip_prefix("digifit demo is running at ") {
                    let _ = lines.send(Ok(rest.trim_end_matches('/').to_owned()));
                }
            }
            let _ = lines.send(Err(printed));
        });
        demo.url = tokio::task::spawn_blocking(move || url.recv_timeout(Duration::from_secs(120)))
            .await
            .unwrap()
            .expect("the demo printed its address in time")
            .unwrap_or_else(|printed| panic!("the demo ended without an address: {printed}"));
        demo
    }

    fn pid(&self) -> rustix::process::Pid {
        rustix::process::Pid::from_child(self.child.as_ref().expect("the demo is running"))
    }

    /// Kills the demo with SIGKILL, as a crash or the OOM killer would, and waits for it to end.
    pub async fn kill(mut self) {
        rustix::process::kill_process(self.pid(), rustix::process::Signal::KILL).unwrap();
        let mut child = self.child.take().unwrap();
        tokio::task::spawn_blocking(move || child.wait())
            .await
            .unwrap()
            .unwrap();
    }

    /// Stops the demo with SIGTERM; returns its exit status and everything it logged.
    pub async fn terminate(mut self) -> (std::process::ExitStatus, String) {
        let pid = self.pid();
        rustix::process::kill_process(pid, rustix::process::Signal::TERM).unwrap();
        let mut child = self.child.take().unwrap();
        let (done, exited) = mpsc::channel();
        std::thread::spawn(move || {
            let status = child.wait();
            let _ = done.send(status);
        });
        let waited =
            tokio::task::spawn_blocking(move || exited.recv_timeout(Duration::from_secs(20)))
                .await
                .unwrap();
        let Ok(status) = waited else {
            let _ = rustix::process::kill_process(pid, rustix::process::Signal::KILL);
            panic!("the demo did not exit within 20 s of SIGTERM");
        };
        let log = self.stderr.take().unwrap().join().unwrap();
        (status.unwrap(), log)
    }
}

impl Drop for DemoProcess {
    fn drop(&mut self) {
        if let Some(child) = self.child.as_mut() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

#[tokio::test]
async fn demo_serves_and_stops_cleanly_on_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap().to_owned();
    let demo = DemoProcess::start(dir.path()).await;
    let url = demo.url.clone();
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");
    assert!(!url.ends_with(":0"), "{url}");
    let socket = dir.path().join("admin.sock");
    assert!(socket.exists());
    assert!(dir.path().join("digifit.redb").exists());

    let browser = Browser::new(&url);
    let page = browser.get("/healthz").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.body, "ok");
    let response = testkit::login(&browser, "demo", "demo").await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);

    // Every bundled game is there with its episodes and competences, and its images are served.
    let listed = run(&["plugin", "list", "--json", "--data", &data], None).await;
    let listed: Vec<PluginSummary> = serde_json::from_str(&assert_success(&listed)).unwrap();
    bundle::assert_lists_every_bundled_game(&listed);
    for package in bundle::bundled_packages() {
        for (path, bytes) in &package.assets {
            let asset = browser
                .get(&format!("/games/{}/assets/{path}", package.manifest.id))
                .await;
            assert_eq!(asset.status, StatusCode::OK, "{path}");
            assert_eq!(asset.body.as_bytes(), bytes.as_slice(), "{path}");
        }
    }
    drop(browser);

    let (status, log) = demo.terminate().await;
    assert!(status.success(), "{status:?}\n{log}");
    assert!(!socket.exists(), "the socket is removed on exit");
    // The data stays where it was asked to be.
    assert!(dir.path().join("digifit.redb").exists());
}

#[test]
fn demo_refuses_to_listen_beyond_loopback() {
    let output = run_blocking(&["demo", "--listen", "0.0.0.0:8080"], None);
    let stderr = assert_failure(&output);
    assert!(
        stderr.contains("0.0.0.0:8080 is not a loopback address"),
        "{stderr}"
    );
}

//! Managing games from the command line and the hostile game behind the web pages: a signed
//! package is installed through the running server's admin socket (and refused when its key is
//! not trusted), enabled for a pilot, listed as JSON, disabled and removed while recorded
//! sessions stay verifiable; and a game that attacks the sandbox shows the player a clear error
//! page while other sessions and requests go on.

use std::time::{Duration, Instant};

use reqwest::StatusCode;

use crate::cli::run;
use crate::testkit::{TestServer, unit_id, user};
use digifit::games::catalogue::Availability;
use digifit::games::play;
use digifit::plugins::keys::KeyPair;
use digifit::plugins::package::{self, PackageSource, TrustPolicy};

/// The manifest of the hostile game: every episode with competence 4.1, as its meta says.
fn hostile_manifest() -> String {
    let mut manifest = String::from(
        "id = \"hostile-game\"\nversion = \"0.1.0\"\napi = \"0.1.0\"\npublisher = \"digifit tests\"\nlicence = \"EUPL-1.2\"\n",
    );
    for episode in hostile_game::EPISODES {
        manifest.push_str(&format!(
            "\n[[episodes]]\nid = \"{episode}\"\ncompetences = [\"4.1\"]\n"
        ));
    }
    manifest
}

/// A tiny valid PNG (1×1, transparent) and an SVG that would run script if it were a page.
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89\0\0\0\rIDATx\x9cc\xf8\x0f\0\0\x01\x01\0\x05\x18\xd8N\0\0\0\0IEND\xaeB`\x82";
const SVG: &[u8] = b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>";

fn hostile_package(key: &KeyPair) -> Vec<u8> {
    let source = PackageSource {
        manifest: hostile_manifest(),
        component: test_programs::bytes(test_programs::HOSTILE_GAME),
        assets: [
            ("img/dot.png".to_owned(), PNG.to_vec()),
            ("img/trick.svg".to_owned(), SVG.to_vec()),
            ("notes.txt".to_owned(), b"x".to_vec()),
        ]
        .into_iter()
        .collect(),
    };
    package::pack(&source, Some(&key.secret)).unwrap()
}

/// Installs the hostile game (signed by a fresh key) straight into a test server's catalogue.
pub async fn install_hostile_game(server: &TestServer) {
    let key = KeyPair::generate().unwrap();
    let policy = TrustPolicy {
        trusted_keys: vec![key.public.clone()],
        allow_unsigned: false,
    };
    let verified = package::read(&hostile_package(&key), &policy).unwrap();
    let (store, catalogue) = (
        server.store().clone(),
        server.server.state.catalogue.clone(),
    );
    let now = server.settings().clock.now();
    tokio::task::spawn_blocking(move || catalogue.install(&store, verified, now))
        .await
        .unwrap()
        .unwrap();
}

fn stdout(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn games_are_installed_piloted_listed_and_removed_through_the_running_server() {
    let key = KeyPair::generate().unwrap();
    let trusted = key.public.clone();
    let server = TestServer::start_with(move |settings| {
        settings.trust = TrustPolicy {
            trusted_keys: vec![trusted],
            allow_unsigned: false,
        };
    })
    .await;
    let data = server.settings().data_dir.display().to_string();
    let dir = tempfile::tempdir().unwrap();
    let package_path = dir.path().join("hostile.digifit");
    std::fs::write(&package_path, hostile_package(&key)).unwrap();
    let package_arg = package_path.display().to_string();

    // A package signed by a key the installation does not trust is refused.
    let stranger = KeyPair::generate().unwrap();
    let foreign_path = dir.path().join("foreign.digifit");
    std::fs::write(&foreign_path, hostile_package(&stranger)).unwrap();
    let refused = run(
        &[
            "plugin",
            "install",
            &foreign_path.display().to_string(),
            "--data",
            &data,
        ],
        None,
    )
    .await;
    assert!(!refused.status.success());
    assert!(stderr(&refused).contains("trusted"), "{}", stderr(&refused));
    assert!(server.server.state.catalogue.get("hostile-game").is_none());

    // The data directory's own settings trust nobody, so install through a config naming the key.
    let config = dir.path().join("digifit.toml");
    let public_line = key.public.to_base64();
    std::fs::write(
        &config,
        format!("[server]\nlisten = \"127.0.0.1:1\"\n[storage]\ndata_dir = \"{data}\"\n[plugins]\ntrusted_keys = [\"{public_line}\"]\n"),
    )
    .unwrap();
    let config_arg = config.display().to_string();
    let installed = run(
        &["plugin", "install", &package_arg, "--config", &config_arg],
        None,
    )
    .await;
    assert!(installed.status.success(), "{}", stderr(&installed));
    let game = server
        .server
        .state
        .catalogue
        .get("hostile-game")
        .expect("the running server knows it at once");
    assert_eq!(
        game.availability,
        Availability::Off,
        "a new game starts disabled"
    );

    let enabled = run(
        &[
            "plugin",
            "enable",
            "hostile-game",
            "--group",
            "Jobcenter Musterstadt/Standort Nord",
            "--data",
            &data,
        ],
        None,
    )
    .await;
    assert!(enabled.status.success(), "{}", stderr(&enabled));
    let north = unit_id(server.store(), "Jobcenter Musterstadt/Standort Nord");
    assert_eq!(
        server
            .server
            .state
            .catalogue
            .get("hostile-game")
            .unwrap()
            .availability,
        Availability::Groups(vec![digifit::accounts::orgunits::OrgUnitId(north)])
    );

    let listed = run(&["plugin", "list", "--json", "--data", &data], None).await;
    assert!(listed.status.success(), "{}", stderr(&listed));
    let plugins: serde_json::Value = serde_json::from_str(&stdout(&listed)).unwrap();
    let hostile = plugins
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "hostile-game")
        .unwrap();
    assert_eq!(
        hostile["enabled_for"],
        serde_json::json!(["Jobcenter Musterstadt/Standort Nord"])
    );
    assert_eq!(
        hostile["episodes"][0]["competences"],
        serde_json::json!(["4.1"])
    );
    let hello = plugins
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "hello-quiz")
        .unwrap();
    assert_eq!(hello["enabled_for"], "all");
    assert!(
        hello["episodes"][0]["competences"]
            .as_array()
            .unwrap()
            .len()
            >= 2
    );

    // A player in the pilot plays a calm turn; removing the game keeps the session verifiable.
    let player = server.browser_as("demo", "demo").await;
    let csrf = player.csrf().await;
    let started = player
        .post_form(
            "/games/start",
            &[
                ("csrf", &csrf),
                ("plugin", "hostile-game"),
                ("episode", "calm"),
            ],
        )
        .await;
    assert_eq!(started.status, StatusCode::SEE_OTHER, "{}", started.body);
    let disabled = run(
        &["plugin", "disable", "hostile-game", "--data", &data],
        None,
    )
    .await;
    assert!(disabled.status.success());
    let removed = run(&["plugin", "remove", "hostile-game", "--data", &data], None).await;
    assert!(removed.status.success(), "{}", stderr(&removed));
    assert!(server.server.state.catalogue.get("hostile-game").is_none());
    let bundled = run(&["plugin", "remove", "hello-quiz", "--data", &data], None).await;
    assert!(!bundled.status.success());
    assert!(stderr(&bundled).contains("bundled"), "{}", stderr(&bundled));
    let verified = run(&["session", "verify", "--all", "--data", &data], None).await;
    assert!(
        verified.status.success(),
        "{}{}",
        stdout(&verified),
        stderr(&verified)
    );
    assert!(
        stdout(&verified).contains("1 sessions verified, 0 with mismatches"),
        "{}",
        stdout(&verified)
    );
    // With the server stopped, the CLI opens the store and its own plugin host.
    let store_path = server.settings().store_path();
    let data_dir = server.stop_keeping_data().await;
    assert!(store_path.exists());
    let listed = run(&["plugin", "list", "--json", "--data", &data], None).await;
    assert!(listed.status.success(), "{}", stderr(&listed));
    assert!(
        stdout(&listed).contains("\"hello-quiz\""),
        "{}",
        stdout(&listed)
    );
    let verified = run(&["session", "verify", "--all", "--data", &data], None).await;
    assert!(
        stdout(&verified).contains("1 sessions verified, 0 with mismatches"),
        "{}{}",
        stdout(&verified),
        stderr(&verified)
    );
    drop(data_dir);
}

/// Everything logged in this test binary from the moment `capture_logs` first runs.
static LOGS: std::sync::Mutex<Vec<u8>> = std::sync::Mutex::new(Vec::new());

struct LogBuffer;

impl std::io::Write for LogBuffer {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        if let Ok(mut logs) = LOGS.lock() {
            logs.extend_from_slice(bytes);
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn capture_logs() {
    let _ = tracing_subscriber::fmt()
        .with_writer(|| LogBuffer)
        .with_ansi(false)
        .with_max_level(tracing::Level::INFO)
        .try_init();
}

fn logged() -> String {
    LOGS.lock()
        .map(|logs| String::from_utf8_lossy(&logs).into_owned())
        .unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hostile_game_gets_a_clear_error_page_and_nothing_else_is_disturbed() {
    capture_logs();
    let server = TestServer::start().await;
    install_hostile_game(&server).await;
    server
        .server
        .state
        .catalogue
        .set_availability(server.store(), "hostile-game", Availability::All)
        .await
        .unwrap();

    // Another player is in the middle of a hello-quiz session.
    let bystander = server.browser_as("lead", "lead").await;
    let csrf = bystander.csrf().await;
    let started = bystander
        .post_form(
            "/games/start",
            &[
                ("csrf", &csrf),
                ("plugin", "hello-quiz"),
                ("episode", "first-steps"),
            ],
        )
        .await;
    let bystander_session: u64 = started
        .location()
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let lead = user(server.store(), "lead");
    let before = play::get(server.store(), bystander_session, lead.id).unwrap();

    let attacker = server.browser_as("demo", "demo").await;
    let csrf = attacker.csrf().await;
    for episode in [
        "infinite-loop",
        "memory-bomb",
        "deep-recursion",
        "huge-state",
        "huge-view",
        "panic",
        "sleep",
        "read-file",
        "open-socket",
        "bad-evidence",
    ] {
        // The attack runs while the bystander keeps using the server.
        let attack = {
            let (attacker, csrf) = (attacker.clone(), csrf.clone());
            tokio::spawn(async move {
                attacker
                    .post_form(
                        "/games/start",
                        &[
                            ("csrf", &csrf),
                            ("plugin", "hostile-game"),
                            ("episode", episode),
                        ],
                    )
                    .await
            })
        };
        for _ in 0..3 {
            // A generous bound: this proves the server is not blocked, it is no benchmark.
            let asked = Instant::now();
            assert_eq!(bystander.get("/healthz").await.status, StatusCode::OK);
            assert_eq!(
                bystander
                    .get(&format!("/games/sessions/{bystander_session}"))
                    .await
                    .status,
                StatusCode::OK
            );
            assert!(
                asked.elapsed() < Duration::from_secs(2),
                "{episode}: the bystander waited {:?}",
                asked.elapsed()
            );
        }
        let attacked = attack.await.unwrap();
        assert_eq!(
            attacked.status,
            StatusCode::BAD_GATEWAY,
            "{episode}: {}",
            attacked.body
        );
        assert!(
            attacked.body.contains("Das Spiel hat einen Fehler gemacht")
                && attacked.body.contains("<main"),
            "{episode}"
        );
    }
    // The admin's log names the plugin and the reason for each failure.
    let log = logged();
    for reason in [
        "computation budget",
        "more memory than allowed",
        "overflowed its stack",
        "the state has",
        "widgets",
        "crashed",
        "wasi:io/poll",
        "wasi:filesystem",
        "wasi:sockets",
        "9.9",
    ] {
        assert!(
            log.lines()
                .any(|line| line.contains("plugin=\"hostile-game\"") && line.contains(reason)),
            "no log line names hostile-game and {reason:?}:\n{log}"
        );
    }
    let after = play::get(server.store(), bystander_session, lead.id).unwrap();
    assert_eq!(before.record.turns, after.record.turns);
    assert_eq!(before.record.state, after.record.state);
    // No session was recorded for the failed starts.
    let demo = user(server.store(), "demo");
    assert!(
        play::list_for_user(server.store(), demo.id)
            .unwrap()
            .is_empty()
    );
    // The bystander's game still plays.
    let page = bystander
        .get(&format!("/games/sessions/{bystander_session}"))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn package_images_are_served_with_their_type_and_nothing_else_is() {
    let server = TestServer::start().await;
    install_hostile_game(&server).await;
    let player = server.browser_as("demo", "demo").await;
    let png = player.get("/games/hostile-game/assets/img/dot.png").await;
    assert_eq!(png.status, StatusCode::OK);
    assert_eq!(png.header("content-type"), Some("image/png"));
    let svg = player.get("/games/hostile-game/assets/img/trick.svg").await;
    assert_eq!(svg.header("content-type"), Some("image/svg+xml"));
    assert!(
        svg.header("content-security-policy")
            .unwrap_or_default()
            .contains("sandbox")
    );
    for refused in [
        "/games/hostile-game/assets/notes.txt",
        "/games/hostile-game/assets/img/missing.png",
        "/games/hostile-game/assets/../../../etc/passwd.png",
        "/games/hostile-game/assets/%2e%2e/%2e%2e/img/dot.png",
        "/games/hello-quiz/assets/img/dot.png",
        "/games/nothing/assets/img/dot.png",
    ] {
        assert_eq!(
            player.get(refused).await.status,
            StatusCode::NOT_FOUND,
            "{refused}"
        );
    }
    // Anonymous visitors are sent to the login page.
    assert_eq!(
        server
            .browser()
            .get("/games/hostile-game/assets/img/dot.png")
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_admin_installs_by_upload_and_removes_by_form() {
    let key = KeyPair::generate().unwrap();
    let trusted = key.public.clone();
    let server = TestServer::start_with(move |settings| {
        settings.trust = TrustPolicy {
            trusted_keys: vec![trusted],
            allow_unsigned: false,
        };
    })
    .await;
    let admin = server.browser_as("admin", "admin").await;
    let csrf = admin.csrf().await;
    let upload = |bytes: Vec<u8>| {
        let form = reqwest::multipart::Form::new().part(
            "package",
            reqwest::multipart::Part::bytes(bytes).file_name("game.digifit"),
        );
        admin
            .client
            .post(admin.url(&format!("/admin/plugins/upload?csrf={csrf}")))
            .header(reqwest::header::ORIGIN, &admin.base)
            .multipart(form)
    };
    let unsigned = package::pack(
        &PackageSource {
            manifest: hostile_manifest(),
            component: test_programs::bytes(test_programs::HOSTILE_GAME),
            assets: Default::default(),
        },
        None,
    )
    .unwrap();
    let refused = crate::testkit::Page::of(upload(unsigned).send().await.unwrap()).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.body.contains("role=\"alert\"") && refused.body.contains("not signed"),
        "{}",
        refused.body
    );
    assert!(server.server.state.catalogue.get("hostile-game").is_none());

    let installed =
        crate::testkit::Page::of(upload(hostile_package(&key)).send().await.unwrap()).await;
    assert_eq!(
        installed.status,
        StatusCode::SEE_OTHER,
        "{}",
        installed.body
    );
    assert_eq!(
        server
            .server
            .state
            .catalogue
            .get("hostile-game")
            .unwrap()
            .availability,
        Availability::Off
    );

    let page = admin.get("/admin/plugins").await;
    let csrf = page.csrf();
    let bundled = admin
        .post_form("/admin/plugins/hello-quiz/remove", &[("csrf", &csrf)])
        .await;
    assert_eq!(bundled.status, StatusCode::CONFLICT);
    let removed = admin
        .post_form("/admin/plugins/hostile-game/remove", &[("csrf", &csrf)])
        .await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER);
    assert!(server.server.state.catalogue.get("hostile-game").is_none());
    server.shutdown().await;
}

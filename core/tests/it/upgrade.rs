//! Upgrades: a database of every earlier schema version, written by the code of that version
//! (`core/src/store/fixtures/README.md` names the commit and the program for each), is migrated
//! by this binary and still holds what it held: accounts with their roles, org units, language,
//! disabled flag and password, the org-unit tree, the login session, the installed game with
//! who may play it, its component and its assets, and game sessions whose turns replay bit for
//! bit with the component they were played with. A full server then starts on it, rebuilds the
//! measurement from the recorded turns, and lets the players log in and see their sessions.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;

use redb::ReadableTable;
use reqwest::StatusCode;

use digifit::accounts::{self, Role, orgunits, password};
use digifit::auth::session;
use digifit::competence::beliefs;
use digifit::games::catalogue::Availability;
use digifit::games::play;
use digifit::http::server;
use digifit::i18n::Locale;
use digifit::store::tables::{META, META_SCHEMA_VERSION, PLUGIN_ASSETS, USERS, USERS_BY_NAME};
use digifit::store::{CURRENT_SCHEMA_VERSION, Store};

use crate::testkit::{self, Browser, user};

/// A database of an earlier schema version, with what its writer printed.
struct Fixture {
    version: u64,
    /// The file, gzip-compressed (except the small synthetic v1 file, which the store's unit
    /// tests read as it is).
    stored: Stored,
    /// The token of `demo`'s login session (versions 2 and later).
    login_token: &'static str,
    /// `demo`'s finished game session and its turns, and `lead`'s session of two turns
    /// (versions 3 and later).
    games: Option<Games>,
}

enum Stored {
    Plain(&'static [u8]),
    Gzip(&'static [u8]),
}

impl Fixture {
    fn bytes(&self) -> Vec<u8> {
        match self.stored {
            Stored::Plain(bytes) => bytes.to_vec(),
            Stored::Gzip(compressed) => {
                let mut bytes = Vec::new();
                flate2::read::GzDecoder::new(compressed)
                    .read_to_end(&mut bytes)
                    .unwrap();
                bytes
            }
        }
    }
}

struct Games {
    finished: u64,
    finished_turns: u32,
    in_play: u64,
}

/// One fixture per schema version from 1 to `CURRENT_SCHEMA_VERSION - 1`.
const FIXTURES: &[Fixture] = &[
    Fixture {
        version: 1,
        stored: Stored::Plain(include_bytes!("../../src/store/fixtures/schema-v1.redb")),
        login_token: "",
        games: None,
    },
    Fixture {
        version: 2,
        stored: Stored::Gzip(include_bytes!("../../src/store/fixtures/schema-v2.redb.gz")),
        login_token: "frg8QFwKc-vpRzpAlabNJGYPEh7pnLSt6xIWze-BCUI",
        games: None,
    },
    Fixture {
        version: 3,
        stored: Stored::Gzip(include_bytes!("../../src/store/fixtures/schema-v3.redb.gz")),
        login_token: "KER53c3OTGGIcO9IgFzjFfGyoL1EmwwNmg2n6zH5qys",
        games: Some(Games {
            finished: 18,
            finished_turns: 5,
            in_play: 19,
        }),
    },
    Fixture {
        version: 4,
        stored: Stored::Gzip(include_bytes!("../../src/store/fixtures/schema-v4.redb.gz")),
        login_token: "s-bB6qb7F7lxF30wjsz1ikodR4M0C9-mP7pzgh38heI",
        games: Some(Games {
            finished: 18,
            finished_turns: 5,
            in_play: 19,
        }),
    },
];

/// The accounts `demo::seed` wrote in versions 2 to 4: login, display name, role, org unit, and
/// whether the login name is also the password.
const ACCOUNTS: [(&str, &str, Role, &str, bool); 11] = [
    (
        "admin",
        "Alex Admin",
        Role::Admin,
        "Jobcenter Musterstadt",
        true,
    ),
    (
        "auditor",
        "Petra Prüfung",
        Role::Auditor,
        "Jobcenter Musterstadt",
        true,
    ),
    (
        "demo",
        "Dana Demo",
        Role::Player,
        "Jobcenter Musterstadt/Standort Nord/Team U25",
        true,
    ),
    (
        "e.schulz",
        "Elena Schulz",
        Role::Player,
        "Jobcenter Musterstadt/Standort Nord/Team Markt & Integration",
        false,
    ),
    (
        "facilitator",
        "Fatma Moderation",
        Role::Facilitator,
        "Jobcenter Musterstadt/Werkakademie",
        true,
    ),
    (
        "j.yilmaz",
        "Jonas Yılmaz",
        Role::Player,
        "Jobcenter Musterstadt/Standort Nord/Team U25",
        false,
    ),
    (
        "k.wagner",
        "Klaus Wagner",
        Role::Player,
        "Jobcenter Musterstadt/Standort Mitte",
        false,
    ),
    (
        "lead",
        "Lars Lead",
        Role::Lead,
        "Jobcenter Musterstadt/Standort Nord",
        true,
    ),
    (
        "m.becker",
        "Mara Becker",
        Role::Player,
        "Jobcenter Musterstadt/Standort Nord/Team U25",
        false,
    ),
    (
        "s.nowak",
        "Sabine Nowak",
        Role::Player,
        "Jobcenter Musterstadt/Standort Nord/Team U25",
        false,
    ),
    (
        "t.hoffmann",
        "Tobias Hoffmann",
        Role::Player,
        "Jobcenter Musterstadt/Standort Nord/Team U25",
        false,
    ),
];

const UNITS: [&str; 6] = [
    "Jobcenter Musterstadt",
    "Jobcenter Musterstadt/Standort Mitte",
    "Jobcenter Musterstadt/Standort Nord",
    "Jobcenter Musterstadt/Standort Nord/Team Markt & Integration",
    "Jobcenter Musterstadt/Standort Nord/Team U25",
    "Jobcenter Musterstadt/Werkakademie",
];

/// The asset of the package `make_fixture_v4` installed.
const LOGO: &[u8] = b"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"/>";

/// The schema version recorded in a file, read without changing it.
fn stored_version(path: &Path) -> u64 {
    let db = redb::Builder::new().open_read_only(path).unwrap();
    let txn = redb::ReadableDatabase::begin_read(&db).unwrap();
    let meta = txn.open_table(META).unwrap();
    meta.get(META_SCHEMA_VERSION).unwrap().unwrap().value()
}

#[test]
fn there_is_a_fixture_for_every_earlier_schema_version() {
    let versions: Vec<u64> = FIXTURES.iter().map(|fixture| fixture.version).collect();
    let expected: Vec<u64> = (1..CURRENT_SCHEMA_VERSION).collect();
    assert_eq!(
        versions, expected,
        "every earlier schema version needs a fixture written by its own code; see core/src/store/fixtures/README.md"
    );
    let dir = tempfile::tempdir().unwrap();
    for fixture in FIXTURES {
        let path = dir.path().join(format!("v{}.redb", fixture.version));
        let stored_size = match fixture.stored {
            Stored::Plain(bytes) | Stored::Gzip(bytes) => bytes.len(),
        };
        assert!(stored_size < 256 << 10, "keep fixtures small");
        std::fs::write(&path, fixture.bytes()).unwrap();
        assert_eq!(stored_version(&path), fixture.version);
    }
}

/// Version 1 was never released; its fixture holds stand-in bytes for users, and checks the one
/// data change of version 2: login names become case-insensitive.
#[test]
fn schema_v1_migrates_with_its_users_and_login_names() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("digifit.redb");
    std::fs::write(&path, FIXTURES[0].bytes()).unwrap();
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), CURRENT_SCHEMA_VERSION);
    let txn = store.read().unwrap();
    let mut users = BTreeMap::new();
    for entry in txn.open_table(USERS).unwrap().iter().unwrap() {
        let (id, bytes) = entry.unwrap();
        users.insert(id.value(), bytes.value().to_vec());
    }
    assert_eq!(
        users,
        BTreeMap::from([(7, b"user-7".to_vec()), (8, b"user-8".to_vec())])
    );
    let mut names = BTreeMap::new();
    for entry in txn.open_table(USERS_BY_NAME).unwrap().iter().unwrap() {
        let (name, id) = entry.unwrap();
        names.insert(name.value().to_owned(), id.value());
    }
    assert_eq!(
        names,
        BTreeMap::from([("anna.schmidt".to_owned(), 7), ("bernd".to_owned(), 8)])
    );
    drop(txn);
    assert_eq!(store.write_blocking(Store::next_id).unwrap(), 9);
}

/// What every fixture from version 2 on holds, read through the current code right after the
/// migration.
fn assert_accounts_and_login(store: &Store, fixture: &Fixture) {
    let tree = orgunits::tree(store).unwrap();
    let paths: Vec<&str> = tree.iter().map(|entry| entry.path.as_str()).collect();
    let mut sorted = paths.clone();
    sorted.sort_unstable();
    assert_eq!(sorted, UNITS, "v{}", fixture.version);
    let listed = accounts::list_users(store).unwrap();
    assert_eq!(listed.len(), ACCOUNTS.len());
    for (login, display, role, unit, has_password) in ACCOUNTS {
        let account = user(store, login);
        assert_eq!(account.display_name, display, "{login}");
        assert_eq!(account.roles.iter().copied().collect::<Vec<_>>(), [role]);
        assert_eq!(
            account.org_units,
            [orgunits::find_by_path(&tree, unit).unwrap()],
            "{login}"
        );
        assert_eq!(account.disabled, login == "auditor", "{login}");
        assert_eq!(
            account.locale,
            (login == "lead").then_some(Locale::En),
            "{login}"
        );
        match (&account.password_hash, has_password) {
            (Some(hash), true) => assert!(password::verify(hash, login), "{login}"),
            (None, false) => {}
            (hash, _) => panic!("{login}: unexpected password hash {hash:?}"),
        }
    }
    let demo = user(store, "demo");
    let login = session::find(store, fixture.login_token)
        .unwrap()
        .unwrap_or_else(|| panic!("v{}: the login session is gone", fixture.version));
    assert_eq!(login.user_id, demo.id);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_released_schema_migrates_with_its_content() {
    for fixture in &FIXTURES[1..] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("digifit.redb");
        std::fs::write(&path, fixture.bytes()).unwrap();

        // The store alone: the migrations, and the records read by today's code.
        let store = Store::open(&path).unwrap();
        assert_eq!(store.schema_version().unwrap(), CURRENT_SCHEMA_VERSION);
        assert_accounts_and_login(&store, fixture);
        let next_id = store.write_blocking(Store::next_id).unwrap();
        let highest_user = accounts::list_users(&store)
            .unwrap()
            .iter()
            .map(|account| account.id.0)
            .max()
            .unwrap();
        assert!(
            next_id > highest_user,
            "v{}: ids would repeat",
            fixture.version
        );
        store.shutdown().await;

        // A full server on it: the catalogue, the rebuilt measurement, the pages.
        let server = server::start(testkit::settings_in(dir.path()))
            .await
            .unwrap();
        let store = server.state.store.clone();
        let catalogue = server.state.catalogue.clone();
        let browser = Browser::new(&server.url());
        let response = testkit::login(&browser, "demo", "demo").await;
        assert_eq!(
            response.status(),
            StatusCode::SEE_OTHER,
            "v{}",
            fixture.version
        );

        if let Some(games) = &fixture.games {
            let demo = user(&store, "demo");
            let lead = user(&store, "lead");
            let finished = play::get(&store, games.finished, demo.id).unwrap();
            assert!(finished.is_finished());
            assert_eq!(finished.record.turns, games.finished_turns);
            assert_eq!(finished.record.plugin_id, "hello-quiz");
            let in_play = play::get(&store, games.in_play, lead.id).unwrap();
            assert!(!in_play.is_finished());
            assert_eq!(in_play.record.turns, 2);
            for id in [games.finished, games.in_play] {
                let verified = {
                    let (store, catalogue) = (store.clone(), catalogue.clone());
                    tokio::task::spawn_blocking(move || play::verify(&store, &catalogue, id))
                        .await
                        .unwrap()
                        .unwrap()
                };
                assert_eq!(verified.mismatch, None, "v{} session {id}", fixture.version);
            }
            // Schema 5 measures competences: the first start rebuilt them from the turns.
            let abilities = beliefs::abilities(&store, demo.id).unwrap();
            assert!(!abilities.is_empty(), "v{}", fixture.version);
            let hello = catalogue.get("hello-quiz").unwrap();
            let tree = orgunits::tree(&store).unwrap();
            let expected = if fixture.version == 3 {
                let pilot = orgunits::find_by_path(&tree, "Jobcenter Musterstadt/Standort Nord");
                Availability::Groups(vec![pilot.unwrap()])
            } else {
                Availability::All
            };
            assert_eq!(hello.availability, expected, "v{}", fixture.version);
            if fixture.version == 4 {
                let txn = store.read().unwrap();
                let assets = txn.open_table(PLUGIN_ASSETS).unwrap();
                let logo = assets
                    .get((finished.record.component_hash.as_str(), "logo.svg"))
                    .unwrap()
                    .unwrap()
                    .value()
                    .to_vec();
                assert_eq!(logo, LOGO);
            }
            let page = browser
                .get(&format!("/games/sessions/{}", games.finished))
                .await;
            assert_eq!(page.status, StatusCode::OK, "v{}", fixture.version);
            assert!(page.body.contains("outcome-heading"), "{}", page.body);
        }
        server.shutdown().await;
    }
}

//! Robustness of the running server against broken and hostile clients: malformed requests over
//! raw TCP, oversized bodies and headers, slow clients, path traversal in asset URLs, invalid
//! UTF-8 everywhere a client can put bytes, the CSRF guard on every POST route, and thousands of
//! generated form submissions to every POST route. Throughout: never a 5xx (the panic catcher
//! turns a panic into a 500, so this covers panics too), the server keeps serving, and a refused
//! request leaves every table of the store byte for byte as it was.
//!
//! The fuzzing is seeded: `DIGIFIT_FUZZ_SEED` replays a run (see `generate::seed`), and
//! `DIGIFIT_FUZZ_SCALE` multiplies the number of submissions.

mod csrf;
mod fuzz;
mod generate;
mod limits;
mod malformed;
mod raw;
mod redirects;
mod routes;
mod slow;
mod traversal;
mod uploads;
mod utf8;

use std::collections::{BTreeMap, BTreeSet};

use axum::body::Body;
use digifit::store::{Store, tables};
use redb::ReadableTable;
use reqwest::StatusCode;
use tower::ServiceExt;

use crate::testkit::TestServer;

/// Every table of the store, each as one byte string: keys in their `Debug` form, values as
/// stored. Compiled components and package assets are keyed by their hash, so their length
/// stands in for their bytes (they are megabytes, and the dump is taken after every request).
#[derive(PartialEq, Eq)]
pub struct StoreDump(BTreeMap<&'static str, Vec<u8>>);

macro_rules! dump_table {
    ($dump:ident, $txn:ident, $table:expr, $name:literal, |$value:ident| $bytes:expr) => {{
        let mut out = Vec::new();
        match $txn.open_table($table) {
            Ok(table) => {
                for entry in table.iter().unwrap() {
                    let (key, value) = entry.unwrap();
                    out.extend_from_slice(format!("{:?}=", key.value()).as_bytes());
                    let $value = value.value();
                    let bytes = $bytes;
                    out.extend_from_slice(AsRef::<[u8]>::as_ref(&bytes));
                    out.push(b'\n');
                }
            }
            Err(redb::TableError::TableDoesNotExist(_)) => {}
            Err(error) => panic!("cannot read the table {}: {error}", $name),
        }
        $dump.insert($name, out);
    }};
}

impl StoreDump {
    pub fn of(store: &Store) -> StoreDump {
        let txn = store.read().unwrap();
        let mut dump = BTreeMap::new();
        dump_table!(dump, txn, tables::META, "meta", |v| v.to_le_bytes());
        dump_table!(dump, txn, tables::USERS, "users", |v| v);
        dump_table!(dump, txn, tables::USERS_BY_NAME, "users_by_name", |v| v
            .to_le_bytes());
        dump_table!(dump, txn, tables::ORG_UNITS, "org_units", |v| v);
        dump_table!(dump, txn, tables::SESSIONS, "sessions", |v| v);
        dump_table!(dump, txn, tables::PLUGINS, "plugins", |v| v);
        dump_table!(
            dump,
            txn,
            tables::PLUGIN_COMPONENTS,
            "plugin_components",
            |v| v.len().to_le_bytes()
        );
        dump_table!(dump, txn, tables::GAME_SESSIONS, "game_sessions", |v| v);
        dump_table!(dump, txn, tables::GAME_TURNS, "game_turns", |v| v);
        dump_table!(
            dump,
            txn,
            tables::GAME_SESSIONS_BY_USER,
            "game_sessions_by_user",
            |v| v.to_le_bytes()
        );
        dump_table!(dump, txn, tables::PLUGIN_ASSETS, "plugin_assets", |v| v
            .len()
            .to_le_bytes());
        dump_table!(dump, txn, tables::ABILITIES, "abilities", |v| v);
        dump_table!(
            dump,
            txn,
            tables::ITEM_DIFFICULTIES,
            "item_difficulties",
            |v| v
        );
        dump_table!(dump, txn, tables::ITEM_ANSWERS, "item_answers", |v| v
            .to_le_bytes());
        dump_table!(
            dump,
            txn,
            tables::SELF_ASSESSMENTS,
            "self_assessments",
            |v| v
        );
        dump_table!(
            dump,
            txn,
            tables::PLAYER_PREFERENCES,
            "player_preferences",
            |v| v
        );
        dump_table!(dump, txn, tables::TRAINING_OFFERS, "training_offers", |v| v);
        StoreDump(dump)
    }

    /// The names of the tables that differ between two dumps.
    pub fn changed_tables(&self, other: &StoreDump) -> Vec<&'static str> {
        let names: BTreeSet<&'static str> = self.0.keys().chain(other.0.keys()).copied().collect();
        names
            .into_iter()
            .filter(|name| self.0.get(name) != other.0.get(name))
            .collect()
    }
}

impl std::fmt::Debug for StoreDump {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let sizes: BTreeMap<_, _> = self.0.iter().map(|(k, v)| (k, v.len())).collect();
        write!(f, "StoreDump{sizes:?}")
    }
}

/// Asserts that nothing in the store changed, naming the tables that did.
#[track_caller]
pub fn assert_unchanged(before: &StoreDump, store: &Store, what: &str) {
    let after = StoreDump::of(store);
    let changed = before.changed_tables(&after);
    assert!(
        changed.is_empty(),
        "{what}: a refused request changed the tables {changed:?}"
    );
}

/// The route patterns of `pages::routes()` that accept POST, read from each route's own method
/// router: an OPTIONS request (which no route handles) is answered 405 with the `Allow` header.
pub async fn post_routes(server: &TestServer) -> BTreeSet<&'static str> {
    let mut found = BTreeSet::new();
    for (pattern, _, method_router) in digifit::pages::routes() {
        let service = method_router.with_state(server.server.state.clone());
        let request = axum::http::Request::options(pattern)
            .body(Body::empty())
            .unwrap();
        let response = service.oneshot(request).await.unwrap();
        assert_eq!(
            response.status().as_u16(),
            405,
            "{pattern}: OPTIONS reached a handler"
        );
        let allow = response
            .headers()
            .get("allow")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_else(|| panic!("{pattern}: a 405 without Allow"))
            .to_owned();
        if allow.split(',').any(|method| method.trim() == "POST") {
            found.insert(pattern);
        }
    }
    assert!(found.len() > 10, "too few POST routes found: {found:?}");
    found
}

/// Asserts that the server still answers its health check.
pub async fn assert_healthy(server: &TestServer, after: &str) {
    let page = tokio::time::timeout(raw::BOUND, server.browser().get("/healthz"))
        .await
        .unwrap_or_else(|_| panic!("/healthz hung after {after}"));
    assert_eq!(page.status, StatusCode::OK, "/healthz after {after}");
}

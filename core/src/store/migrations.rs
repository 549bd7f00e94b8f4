//! Brings a database file from whatever schema version it has to the one this binary uses.
//!
//! The schema version lives in [`META`] under `"schema_version"`; a file without any tables is
//! version 0. At open, every migration newer than the stored version runs, in order, inside one
//! write transaction, so a file is either fully migrated or left exactly as it was.
//!
//! A migration must keep doing what it did when it shipped: it may only use the table layouts
//! of its own version and must not call code whose behaviour can change later.

use std::path::Path;

use redb::{
    Database, DatabaseError, ReadableDatabase, ReadableTable, TableError, WriteTransaction,
};

use super::StoreError;
use super::tables::{
    ABILITIES, GAME_SESSIONS, GAME_SESSIONS_BY_USER, GAME_TURNS, ITEM_ANSWERS, ITEM_DIFFICULTIES,
    META, META_NEXT_ID, META_SCHEMA_VERSION, ORG_UNITS, PLAYER_PREFERENCES, PLUGIN_ASSETS,
    PLUGIN_COMPONENTS, PLUGINS, SELF_ASSESSMENTS, SESSIONS, TRAINING_OFFERS, USERS, USERS_BY_NAME,
};

#[cfg(test)]
#[path = "fixtures/v1_writer.rs"]
mod v1_writer;

/// One step of the schema history.
pub struct Migration {
    /// Schema version the file has after this migration ran.
    pub to_version: u64,
    /// What the migration changes, for the log.
    pub description: &'static str,
    /// Performs the change inside the shared migration transaction.
    pub run: fn(&WriteTransaction) -> Result<(), StoreError>,
}

/// Every migration, ordered by `to_version`, which starts at 1 and increases by one each step.
pub const MIGRATIONS: &[Migration] = &[
    Migration {
        to_version: 1,
        description: "create all tables and start the id allocator at 1",
        run: create_tables,
    },
    Migration {
        to_version: 2,
        description: "make login names case-insensitive by lowercasing the users_by_name index",
        run: lowercase_login_index,
    },
    Migration {
        to_version: 3,
        description: "add the tables of game plugins and game sessions",
        run: create_game_tables,
    },
    Migration {
        to_version: 4,
        description: "add the table of plugin package assets",
        run: create_asset_table,
    },
    Migration {
        to_version: 5,
        description: "add the tables of competence measurement, self-assessments, player preferences and training offers",
        run: create_competence_tables,
    },
];

/// Schema version this binary writes; files with a higher version are refused.
pub const CURRENT_SCHEMA_VERSION: u64 = match MIGRATIONS.last() {
    Some(migration) => migration.to_version,
    None => 0,
};

// Checked at compile time so that a misnumbered migration cannot ship.
const _: () = assert!(
    versions_are_consecutive(),
    "MIGRATIONS must be numbered 1, 2, 3, ..."
);

const fn versions_are_consecutive() -> bool {
    let mut index = 0;
    while index < MIGRATIONS.len() {
        if MIGRATIONS[index].to_version != index as u64 + 1 {
            return false;
        }
        index += 1;
    }
    true
}

/// Migrates `db` to [`CURRENT_SCHEMA_VERSION`] and returns the version the file had before.
///
/// A file with a newer version is refused before any write transaction starts.
pub(crate) fn migrate(db: &Database) -> Result<u64, StoreError> {
    let stored = stored_version(db)?;
    if stored > CURRENT_SCHEMA_VERSION {
        return Err(StoreError::NewerSchema {
            found: stored,
            supported: CURRENT_SCHEMA_VERSION,
        });
    }
    if stored == CURRENT_SCHEMA_VERSION {
        return Ok(stored);
    }
    let txn = db.begin_write()?;
    match apply_pending(&txn, stored) {
        Ok(()) => txn.commit()?,
        Err(error) => {
            // Nothing of a failed migration may land, including earlier steps of the same run.
            if let Err(abort_error) = txn.abort() {
                tracing::error!(%abort_error, "rolling back a failed migration failed");
            }
            return Err(error);
        }
    }
    tracing::info!(
        from = stored,
        to = CURRENT_SCHEMA_VERSION,
        "database schema migrated"
    );
    Ok(stored)
}

fn apply_pending(txn: &WriteTransaction, stored: u64) -> Result<(), StoreError> {
    for migration in MIGRATIONS.iter().filter(|m| m.to_version > stored) {
        tracing::info!(
            to_version = migration.to_version,
            description = migration.description,
            "running database migration"
        );
        (migration.run)(txn)?;
    }
    let mut meta = txn.open_table(META)?;
    meta.insert(META_SCHEMA_VERSION, CURRENT_SCHEMA_VERSION)?;
    Ok(())
}

/// Refuses a file with a newer schema using a read-only handle, so that the file is not touched.
///
/// Every outcome other than a lock conflict or a readable newer version is left to the writable
/// open that follows: a missing file is created there, an uncleanly closed file is repaired
/// there, and a file that is no redb database is reported there with redb's own reason.
pub(crate) fn refuse_newer_schema(path: &Path) -> Result<(), StoreError> {
    match redb::Builder::new().open_read_only(path) {
        Ok(db) => {
            let stored = stored_version(&db)?;
            if stored > CURRENT_SCHEMA_VERSION {
                return Err(StoreError::NewerSchema {
                    found: stored,
                    supported: CURRENT_SCHEMA_VERSION,
                });
            }
            Ok(())
        }
        Err(DatabaseError::DatabaseAlreadyOpen | DatabaseError::LockProtocolMismatch) => {
            Err(StoreError::Locked)
        }
        Err(_) => Ok(()),
    }
}

/// Reads the schema version; a file with no tables at all is a new database at version 0.
fn stored_version(db: &impl ReadableDatabase) -> Result<u64, StoreError> {
    let txn = db.begin_read()?;
    let meta = match txn.open_table(META) {
        Ok(meta) => meta,
        Err(TableError::TableDoesNotExist(_)) => {
            if txn.list_tables()?.next().is_some() {
                return Err(StoreError::Corrupt {
                    what: "the file has tables but no meta table, so it is not a digifit database"
                        .to_string(),
                });
            }
            return Ok(0);
        }
        Err(error) => return Err(error.into()),
    };
    let version = meta.get(META_SCHEMA_VERSION)?.map(|guard| guard.value());
    version.ok_or_else(|| StoreError::Corrupt {
        what: "the meta table has no schema_version".to_string(),
    })
}

/// Version 1: creates every table so that readers never meet a missing one.
fn create_tables(txn: &WriteTransaction) -> Result<(), StoreError> {
    txn.open_table(USERS)?;
    txn.open_table(USERS_BY_NAME)?;
    txn.open_table(ORG_UNITS)?;
    txn.open_table(SESSIONS)?;
    let mut meta = txn.open_table(META)?;
    meta.insert(META_NEXT_ID, 1)?;
    Ok(())
}

/// Version 3: the tables of the plugin platform.
fn create_game_tables(txn: &WriteTransaction) -> Result<(), StoreError> {
    txn.open_table(PLUGINS)?;
    txn.open_table(PLUGIN_COMPONENTS)?;
    txn.open_table(GAME_SESSIONS)?;
    txn.open_table(GAME_TURNS)?;
    txn.open_table(GAME_SESSIONS_BY_USER)?;
    Ok(())
}

/// Version 4: images and other assets of installed packages.
fn create_asset_table(txn: &WriteTransaction) -> Result<(), StoreError> {
    txn.open_table(PLUGIN_ASSETS)?;
    Ok(())
}

/// Version 5: the measurement (filled from the recorded evidence at the next start, see
/// `competence::beliefs`), self-assessments, player preferences and training offers.
fn create_competence_tables(txn: &WriteTransaction) -> Result<(), StoreError> {
    txn.open_table(ABILITIES)?;
    txn.open_table(ITEM_DIFFICULTIES)?;
    txn.open_table(ITEM_ANSWERS)?;
    txn.open_table(SELF_ASSESSMENTS)?;
    txn.open_table(PLAYER_PREFERENCES)?;
    txn.open_table(TRAINING_OFFERS)?;
    Ok(())
}

/// Index key of a login name as schema version 2 defines it.
///
/// This is a frozen copy of `normalise_login_name` as it was when version 2 shipped; if the
/// normalisation ever changes, that change needs a new migration, and this one must keep
/// producing the keys that version 2 produced.
fn v2_login_key(name: &str) -> String {
    name.trim().to_lowercase()
}

/// Version 2: rebuilds [`USERS_BY_NAME`] with case-insensitive keys.
///
/// When several v1 names map to the same key, the lowest user id keeps the name, because it
/// is the account that existed first; the others stay in [`USERS`] untouched and are logged
/// so an administrator can rename them.
fn lowercase_login_index(txn: &WriteTransaction) -> Result<(), StoreError> {
    let mut index = txn.open_table(USERS_BY_NAME)?;
    let mut old_entries = Vec::new();
    for entry in index.iter()? {
        let (name, id) = entry?;
        old_entries.push((name.value().to_string(), id.value()));
    }
    index.retain(|_, _| false)?;

    let mut rebuilt: std::collections::BTreeMap<String, (u64, String)> =
        std::collections::BTreeMap::new();
    for (name, id) in old_entries {
        let key = v2_login_key(&name);
        match rebuilt.get_mut(&key) {
            None => {
                rebuilt.insert(key, (id, name));
            }
            Some(kept) => {
                let (loser_id, loser_name) = if id < kept.0 {
                    std::mem::replace(kept, (id, name))
                } else {
                    (id, name)
                };
                tracing::warn!(
                    login = %key,
                    kept_user = kept.0,
                    unindexed_user = loser_id,
                    unindexed_name = %loser_name,
                    "two users share a login name once case is ignored; the user with the lower id keeps it, the other can no longer log in by name until renamed"
                );
            }
        }
    }
    for (key, (id, _)) in &rebuilt {
        index.insert(key.as_str(), *id)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use redb::{ReadableTable, ReadableTableMetadata};

    use super::v1_writer::{STANDARD_FIXTURE, V1Contents, write_v1_database};
    use super::{CURRENT_SCHEMA_VERSION, MIGRATIONS, v2_login_key};
    use crate::store::tables::{USERS, USERS_BY_NAME};
    use crate::store::{Store, normalise_login_name};

    type TestResult = Result<(), Box<dyn std::error::Error>>;

    /// The checked-in file written by `cargo run --example make_fixture_v1`.
    const SCHEMA_V1_FIXTURE: &[u8] = include_bytes!("fixtures/schema-v1.redb");

    fn login_index(store: &Store) -> Result<BTreeMap<String, u64>, Box<dyn std::error::Error>> {
        let txn = store.read()?;
        let table = txn.open_table(USERS_BY_NAME)?;
        let mut out = BTreeMap::new();
        for entry in table.iter()? {
            let (name, id) = entry?;
            out.insert(name.value().to_string(), id.value());
        }
        Ok(out)
    }

    fn users(store: &Store) -> Result<BTreeMap<u64, Vec<u8>>, Box<dyn std::error::Error>> {
        let txn = store.read()?;
        let table = txn.open_table(USERS)?;
        let mut out = BTreeMap::new();
        for entry in table.iter()? {
            let (id, bytes) = entry?;
            out.insert(id.value(), bytes.value().to_vec());
        }
        Ok(out)
    }

    #[test]
    fn migration_list_is_consistent() {
        assert_eq!(MIGRATIONS.len() as u64, CURRENT_SCHEMA_VERSION);
        assert_eq!(CURRENT_SCHEMA_VERSION, 5);
    }

    #[test]
    fn v2_key_matches_current_normalisation() {
        for name in ["Anna.Schmidt", "  bernd ", "ÆSIR", "straße", "İstanbul"] {
            assert_eq!(v2_login_key(name), normalise_login_name(name));
        }
    }

    #[test]
    fn checked_in_v1_fixture_migrates() -> TestResult {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("digifit.redb");
        std::fs::write(&path, SCHEMA_V1_FIXTURE)?;

        let store = Store::open(&path)?;
        assert_eq!(store.schema_version()?, CURRENT_SCHEMA_VERSION);
        let index = login_index(&store)?;
        assert!(
            index.keys().all(|name| *name == name.to_lowercase()),
            "{index:?}"
        );
        assert_eq!(
            index,
            BTreeMap::from([("anna.schmidt".to_string(), 7), ("bernd".to_string(), 8)])
        );
        assert_eq!(
            users(&store)?,
            BTreeMap::from([(7, b"user-7".to_vec()), (8, b"user-8".to_vec())])
        );
        assert_eq!(store.write_blocking(Store::next_id)?, 9);
        // Version 3 added the game tables, empty.
        {
            use crate::store::tables::{GAME_SESSIONS, PLUGINS};
            let txn = store.read()?;
            assert_eq!(txn.open_table(GAME_SESSIONS)?.len()?, 0);
            assert_eq!(txn.open_table(PLUGINS)?.len()?, 0);
        }

        // Reopening an already migrated file must not run anything again.
        drop(store);
        let reopened = Store::open(&path)?;
        assert_eq!(reopened.schema_version()?, CURRENT_SCHEMA_VERSION);
        assert_eq!(login_index(&reopened)?.len(), 2);
        assert_eq!(reopened.write_blocking(Store::next_id)?, 10);
        Ok(())
    }

    #[test]
    fn fixture_writer_matches_checked_in_fixture() -> TestResult {
        // Keeps the generator and the checked-in file from drifting apart: both must hold the
        // same v1 content, so a regenerated fixture behaves like the stored one.
        let dir = tempfile::tempdir()?;
        let fresh_path = dir.path().join("fresh.redb");
        write_v1_database(&fresh_path, &STANDARD_FIXTURE)?;
        let stored_path = dir.path().join("stored.redb");
        std::fs::write(&stored_path, SCHEMA_V1_FIXTURE)?;
        let fresh = Store::open(&fresh_path)?;
        let stored = Store::open(&stored_path)?;
        assert_eq!(login_index(&fresh)?, login_index(&stored)?);
        assert_eq!(users(&fresh)?, users(&stored)?);
        Ok(())
    }

    #[test]
    fn colliding_names_keep_the_lowest_id_and_all_users() -> TestResult {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("digifit.redb");
        let contents = V1Contents {
            users: &[(2, b"two"), (3, b"three"), (4, b"four"), (5, b"five")],
            names: &[("Bob", 3), ("bob", 4), ("BOB", 2), ("Carla", 5)],
            next_id: 6,
        };
        write_v1_database(&path, &contents)?;

        let store = Store::open(&path)?;
        assert_eq!(
            login_index(&store)?,
            BTreeMap::from([("bob".to_string(), 2), ("carla".to_string(), 5)])
        );
        assert_eq!(users(&store)?.len(), 4);
        let txn = store.read()?;
        assert_eq!(txn.open_table(USERS_BY_NAME)?.len()?, 2);
        Ok(())
    }
}

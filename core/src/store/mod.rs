//! Persistent storage of digifit: one redb file, schema migrations and a group-commit writer.
//!
//! Reads use redb snapshots directly ([`Store::read`]) and never wait for writes. Every write
//! goes through the single writer thread ([`Store::write`]), which batches concurrent writes
//! into one durable commit. Records are encoded with [`codec`], and all tables are declared in
//! [`tables`]. [`backup`] copies the file consistently while the server runs, as a job of the
//! writer thread, and restores such a copy while it is stopped.

pub mod backup;
pub mod codec;
pub mod migrations;
pub mod tables;
pub mod writer;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use redb::{Database, ReadableDatabase, ReadableTable, WriteTransaction};

pub use migrations::CURRENT_SCHEMA_VERSION;
pub use writer::WriterStats;

use tables::{META, META_NEXT_ID, META_SCHEMA_VERSION};
use writer::Writer;

/// Everything that can go wrong in the storage layer.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// Another process, or another `Store` in this process, has the database file open.
    #[error("the database is in use by another process; stop it or use its admin socket")]
    Locked,

    /// The file was migrated by a newer digifit whose schema this binary does not know; it has
    /// been left untouched.
    #[error(
        "the database has schema version {found} but this digifit supports at most {supported}; run a newer digifit or restore a backup made by this version"
    )]
    NewerSchema {
        /// Schema version recorded in the file.
        found: u64,
        /// Highest schema version this binary can migrate to.
        supported: u64,
    },

    /// Stored bytes could not be understood; `what` says which record and why.
    #[error("stored data is corrupt ({what}); restore the database from a backup")]
    Corrupt {
        /// Which data was unreadable and why.
        what: String,
    },

    /// The database file could not be opened or created for a reason other than a lock.
    #[error(
        "cannot open the database file {path}; check that its directory exists and is writable and that the file is a digifit database"
    )]
    Open {
        /// Path that was being opened.
        path: PathBuf,
        /// What redb reported.
        #[source]
        source: redb::DatabaseError,
    },

    /// redb refused to start a transaction, usually because an earlier commit failed.
    #[error("cannot start a database transaction; restart digifit so the database is reopened")]
    Transaction(#[source] Arc<redb::TransactionError>),

    /// A table could not be opened, for example because its stored type differs.
    #[error(
        "cannot open a database table; check the log and restore a backup if the file is damaged"
    )]
    Table(#[from] redb::TableError),

    /// Reading or writing the file failed inside redb.
    #[error("the database file could not be read or written; check the disk and its free space")]
    Storage(#[from] redb::StorageError),

    /// Committing failed; the write may or may not be on disk, and redb refuses further writes
    /// until the database is reopened.
    #[error(
        "committing to the database failed; check the disk and its free space, then restart digifit"
    )]
    Commit(#[source] Arc<redb::CommitError>),

    /// The writer thread has stopped, so no write can be performed.
    #[error("the database writer has stopped; restart digifit")]
    WriterGone,

    /// redb panicked while the writer ran a batch; the batch was rolled back or its outcome is
    /// unknown.
    #[error("the database writer hit an internal error; retry, and restart digifit if it repeats")]
    WriterPanicked,

    /// The write operation itself panicked; nothing it wrote was kept.
    #[error(
        "the write operation panicked and was rolled back; report the panic in the log as a bug"
    )]
    OpPanicked,

    /// The writer thread could not be started.
    #[error("cannot start the database writer thread; check the process and memory limits")]
    Spawn(#[source] std::io::Error),
}

impl From<redb::TransactionError> for StoreError {
    fn from(error: redb::TransactionError) -> Self {
        StoreError::Transaction(Arc::new(error))
    }
}

impl From<redb::CommitError> for StoreError {
    fn from(error: redb::CommitError) -> Self {
        StoreError::Commit(Arc::new(error))
    }
}

/// Maps a failed redb open to the error the operator needs to see.
fn open_error(path: &Path, source: redb::DatabaseError) -> StoreError {
    match source {
        // A mismatching lock protocol also means that some other process holds the file.
        redb::DatabaseError::DatabaseAlreadyOpen | redb::DatabaseError::LockProtocolMismatch => {
            StoreError::Locked
        }
        source => StoreError::Open {
            path: path.to_path_buf(),
            source,
        },
    }
}

/// Normalises a login name for storage and lookup in [`tables::USERS_BY_NAME`]: surrounding
/// whitespace is dropped and the name is lowercased with Unicode rules, so login names are
/// case-insensitive.
pub fn normalise_login_name(name: &str) -> String {
    name.trim().to_lowercase()
}

/// Handle to the open database; cheap to clone and shared by all request handlers.
///
/// The file stays open, and locked against other processes, until the last clone is dropped
/// or shut down with [`Store::shutdown`].
#[derive(Clone)]
pub struct Store {
    inner: Arc<Inner>,
}

struct Inner {
    // Field order matters: the writer is dropped first, which lets it finish queued work and
    // release its database handle before `db` closes the file.
    writer: Writer,
    db: Arc<Database>,
    path: PathBuf,
}

impl Store {
    /// Opens the database at `path`, creating the file if it is missing, migrates it to
    /// [`CURRENT_SCHEMA_VERSION`] and starts the writer thread.
    ///
    /// A file whose schema is newer than [`CURRENT_SCHEMA_VERSION`] is refused with
    /// [`StoreError::NewerSchema`] before it is opened for writing, because even an open and
    /// close without any commit rewrites redb's header. The one exception is a file that was
    /// not closed cleanly: redb can only read it after repairing it, which needs a writable open.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        migrations::refuse_newer_schema(path)?;
        let db = Database::create(path).map_err(|source| open_error(path, source))?;
        // Checked again on the writable handle, since another process may have migrated the
        // file between the read-only check and this open.
        migrations::migrate(&db)?;
        let db = Arc::new(db);
        let writer = Writer::start(Arc::clone(&db))?;
        Ok(Store {
            inner: Arc::new(Inner {
                writer,
                db,
                path: path.to_path_buf(),
            }),
        })
    }

    /// Starts a read transaction on the latest committed snapshot; it never waits for writes.
    ///
    /// The transaction does not keep the file open: once the last `Store` clone is gone, its
    /// reads fail with redb's `DatabaseClosed`, so hold a `Store` for as long as you read.
    pub fn read(&self) -> Result<redb::ReadTransaction, StoreError> {
        Ok(self.inner.db.begin_read()?)
    }

    /// Runs `op` on the writer thread and returns its result once the transaction containing
    /// it is durably committed (or rolled back, if `op` failed).
    ///
    /// `op` may share its transaction with other concurrent writes and may be run more than
    /// once, so it must be a pure function of the transaction: no side effects outside it.
    /// If the returned future is dropped after it was first polled, the write still happens.
    pub async fn write<R, E, F>(&self, op: F) -> Result<R, E>
    where
        F: FnMut(&WriteTransaction) -> Result<R, E> + Send + 'static,
        R: Send + 'static,
        E: From<StoreError> + Send + 'static,
    {
        self.inner.writer.write(op).await
    }

    /// Like [`Store::write`], but blocks the calling thread; meant for code without a runtime,
    /// such as CLI commands. Calling it from async code would stall that runtime thread.
    pub fn write_blocking<R, E, F>(&self, op: F) -> Result<R, E>
    where
        F: FnMut(&WriteTransaction) -> Result<R, E> + Send + 'static,
        R: Send + 'static,
        E: From<StoreError> + Send + 'static,
    {
        self.inner.writer.write_blocking(op)
    }

    /// Schema version recorded in the file, which after a successful open is always
    /// [`CURRENT_SCHEMA_VERSION`].
    pub fn schema_version(&self) -> Result<u64, StoreError> {
        let txn = self.read()?;
        let meta = txn.open_table(META)?;
        let version = meta.get(META_SCHEMA_VERSION)?.map(|guard| guard.value());
        version.ok_or_else(|| StoreError::Corrupt {
            what: "the meta table has no schema_version".to_string(),
        })
    }

    /// Allocates the next id from the store-wide counter in [`tables::META`].
    ///
    /// Ids are unique and increase with every call that commits; an id handed out in a
    /// transaction that is rolled back is handed out again, which is harmless because nothing
    /// that used it was kept.
    pub fn next_id(txn: &WriteTransaction) -> Result<u64, StoreError> {
        let mut meta = txn.open_table(META)?;
        let current = meta.get(META_NEXT_ID)?.map(|guard| guard.value());
        let Some(id) = current else {
            return Err(StoreError::Corrupt {
                what: "the meta table has no next_id".to_string(),
            });
        };
        let Some(next) = id.checked_add(1) else {
            return Err(StoreError::Corrupt {
                what: "next_id has reached the largest possible id".to_string(),
            });
        };
        meta.insert(META_NEXT_ID, next)?;
        Ok(id)
    }

    /// Path the database was opened from.
    pub fn path(&self) -> &Path {
        &self.inner.path
    }

    /// Counters of the group-commit writer.
    pub fn stats(&self) -> WriterStats {
        self.inner.writer.stats()
    }

    /// Finishes queued writes and closes the file, without blocking the runtime, if this is the
    /// last clone; otherwise it only drops this handle.
    ///
    /// Dropping the last clone does the same, but blocks the dropping thread while the writer
    /// finishes its current batch.
    pub async fn shutdown(self) {
        if let Some(inner) = Arc::into_inner(self.inner) {
            let Inner { writer, db, path } = inner;
            writer.shutdown().await;
            drop(db);
            tracing::debug!(path = %path.display(), "store closed");
        }
    }

    #[cfg(test)]
    fn submitted(&self) -> u64 {
        self.inner.writer.submitted()
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;
    use std::sync::mpsc as std_mpsc;

    use redb::{ReadableTable, ReadableTableMetadata};
    use tokio::task::JoinHandle;

    use super::tables::{META, META_SCHEMA_VERSION, USERS};
    use super::{CURRENT_SCHEMA_VERSION, Store, StoreError, normalise_login_name};

    type TestResult = Result<(), Box<dyn std::error::Error>>;

    /// Occupies the writer thread with an op that blocks until the returned sender is used or
    /// dropped, so that the writes queued meanwhile are guaranteed to form one batch.
    async fn hold_writer(
        store: &Store,
    ) -> (JoinHandle<Result<(), StoreError>>, std_mpsc::Sender<()>) {
        let (release_tx, release_rx) = std_mpsc::channel::<()>();
        let (entered_tx, mut entered_rx) = tokio::sync::mpsc::unbounded_channel::<()>();
        let gate_store = store.clone();
        let gate = tokio::spawn(async move {
            gate_store
                .write(move |_txn| {
                    let _ = entered_tx.send(());
                    // Returns on release or when the sender is dropped; both mean "go on".
                    let _ = release_rx.recv();
                    Ok::<(), StoreError>(())
                })
                .await
        });
        let _ = entered_rx.recv().await;
        (gate, release_tx)
    }

    /// Waits, without any clock, until `count` ops have been handed to the writer in total.
    async fn wait_until_submitted(store: &Store, count: u64) {
        while store.submitted() < count {
            tokio::task::yield_now().await;
        }
    }

    fn insert_user(
        id: u64,
        bytes: Vec<u8>,
    ) -> impl FnMut(&redb::WriteTransaction) -> Result<u64, StoreError> + Send + 'static {
        move |txn| {
            let mut users = txn.open_table(USERS)?;
            users.insert(id, bytes.as_slice())?;
            Ok(id)
        }
    }

    fn user_ids(store: &Store) -> Result<BTreeSet<u64>, StoreError> {
        let txn = store.read()?;
        let users = txn.open_table(USERS)?;
        let mut ids = BTreeSet::new();
        for entry in users.iter()? {
            let (key, _) = entry?;
            ids.insert(key.value());
        }
        Ok(ids)
    }

    #[test]
    fn login_names_are_trimmed_and_lowercased() {
        assert_eq!(normalise_login_name("  Anna.Schmidt "), "anna.schmidt");
        assert_eq!(normalise_login_name("JÖRG"), "jörg");
        assert_eq!(normalise_login_name("ΣΟΦΙΑ"), "σοφια");
    }

    #[test]
    fn store_error_can_cross_threads() {
        fn assert_send_sync<T: Send + Sync + 'static>() {}
        assert_send_sync::<StoreError>();
    }

    #[test]
    fn fresh_database_is_at_current_schema() -> TestResult {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("digifit.redb");
        let store = Store::open(&path)?;
        assert_eq!(store.schema_version()?, CURRENT_SCHEMA_VERSION);
        assert_eq!(store.path(), path.as_path());
        let first = store.write_blocking(Store::next_id)?;
        let second = store.write_blocking(Store::next_id)?;
        assert_eq!((first, second), (1, 2));
        Ok(())
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn concurrent_writes_are_grouped_and_durable() -> TestResult {
        const WRITERS: u64 = 200;
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("digifit.redb");
        let store = Store::open(&path)?;
        let before = store.stats();

        let (gate, release) = hold_writer(&store).await;
        let mut tasks = Vec::new();
        for n in 0..WRITERS {
            let store = store.clone();
            tasks.push(tokio::spawn(async move {
                store
                    .write(move |txn| {
                        let id = Store::next_id(txn)?;
                        let mut users = txn.open_table(USERS)?;
                        users.insert(id, format!("user-{n}").as_bytes())?;
                        Ok::<u64, StoreError>(id)
                    })
                    .await
            }));
        }
        wait_until_submitted(&store, WRITERS + 1).await;
        drop(release);
        gate.await??;

        let mut acknowledged = BTreeSet::new();
        for task in tasks {
            acknowledged.insert(task.await??);
        }
        assert_eq!(acknowledged, (1..=WRITERS).collect::<BTreeSet<_>>());

        let stats = store.stats();
        assert_eq!(stats.ops - before.ops, WRITERS + 1);
        // One batch for the gate and one for everything queued behind it.
        assert_eq!(stats.batches - before.batches, 2);
        assert!(stats.batches < stats.ops);

        store.shutdown().await;
        let reopened = Store::open(&path)?;
        assert_eq!(user_ids(&reopened)?, acknowledged);
        let next = reopened.write(Store::next_id).await?;
        assert_eq!(next, WRITERS + 1);
        Ok(())
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn failing_op_does_not_affect_its_batch() -> TestResult {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("digifit.redb");
        let store = Store::open(&path)?;
        let before = store.stats();

        let (gate, release) = hold_writer(&store).await;
        let ok_a = tokio::spawn({
            let store = store.clone();
            async move { store.write(insert_user(101, b"a".to_vec())).await }
        });
        wait_until_submitted(&store, 2).await;
        let failing = tokio::spawn({
            let store = store.clone();
            async move {
                store
                    .write(|txn| {
                        let mut users = txn.open_table(USERS)?;
                        users.insert(102, b"must not land".as_slice())?;
                        Err::<(), StoreError>(StoreError::Corrupt {
                            what: "deliberate test failure".to_string(),
                        })
                    })
                    .await
            }
        });
        wait_until_submitted(&store, 3).await;
        let panicking = tokio::spawn({
            let store = store.clone();
            async move {
                store
                    .write(|txn| {
                        let mut users = txn.open_table(USERS)?;
                        users.insert(103, b"must not land either".as_slice())?;
                        if users.len()? > 0 {
                            panic!("deliberate test panic inside a write op");
                        }
                        Ok::<(), StoreError>(())
                    })
                    .await
            }
        });
        wait_until_submitted(&store, 4).await;
        let ok_b = tokio::spawn({
            let store = store.clone();
            async move { store.write(insert_user(104, b"b".to_vec())).await }
        });
        wait_until_submitted(&store, 5).await;
        drop(release);
        gate.await??;

        assert_eq!(ok_a.await??, 101);
        assert!(matches!(failing.await?, Err(StoreError::Corrupt { .. })));
        assert!(matches!(panicking.await?, Err(StoreError::OpPanicked)));
        assert_eq!(ok_b.await??, 104);
        // All four shared one batch, which had to be split up.
        assert_eq!(store.stats().batches - before.batches, 2);

        assert_eq!(user_ids(&store)?, BTreeSet::from([101, 104]));

        // The writer keeps working after a failure and a panic.
        store.write(insert_user(105, b"c".to_vec())).await?;
        store.shutdown().await;
        let reopened = Store::open(&path)?;
        assert_eq!(user_ids(&reopened)?, BTreeSet::from([101, 104, 105]));
        Ok(())
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn exclusive_job_runs_between_the_writes_queued_around_it() -> TestResult {
        let dir = tempfile::tempdir()?;
        let store = Store::open(&dir.path().join("digifit.redb"))?;
        let (gate, release) = hold_writer(&store).await;
        let earlier = tokio::spawn({
            let store = store.clone();
            async move { store.write(insert_user(1, b"earlier".to_vec())).await }
        });
        wait_until_submitted(&store, 2).await;
        let exclusive = tokio::task::spawn_blocking({
            let store = store.clone();
            move || {
                store.inner.writer.exclusive_blocking(|db| {
                    // No write transaction is open: starting one here does not wait.
                    db.begin_write()?.abort()?;
                    let txn = redb::ReadableDatabase::begin_read(db)?;
                    let users = txn.open_table(USERS)?;
                    Ok::<_, StoreError>(users.len()?)
                })
            }
        });
        wait_until_submitted(&store, 3).await;
        let later = tokio::spawn({
            let store = store.clone();
            async move { store.write(insert_user(2, b"later".to_vec())).await }
        });
        wait_until_submitted(&store, 4).await;
        drop(release);
        gate.await??;
        // The job saw the write queued before it committed, and not the one queued after it.
        assert_eq!(exclusive.await??, 1);
        assert_eq!(earlier.await??, 1);
        assert_eq!(later.await??, 2);
        assert_eq!(user_ids(&store)?, BTreeSet::from([1, 2]));
        Ok(())
    }

    #[test]
    fn write_blocking_works_without_a_runtime() -> TestResult {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("digifit.redb");
        let store = Store::open(&path)?;
        store.write_blocking(insert_user(1, b"x".to_vec()))?;
        let failed = store.write_blocking(|_txn| Err::<(), StoreError>(StoreError::WriterGone));
        assert!(matches!(failed, Err(StoreError::WriterGone)));
        drop(store);
        let reopened = Store::open(&path)?;
        assert_eq!(user_ids(&reopened)?, BTreeSet::from([1]));
        Ok(())
    }

    #[test]
    fn second_open_in_same_process_is_locked() -> TestResult {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("digifit.redb");
        let first = Store::open(&path)?;
        let second = Store::open(&path);
        assert!(
            matches!(second, Err(StoreError::Locked)),
            "{:?}",
            second.err()
        );
        if let Err(error) = second {
            assert_eq!(
                error.to_string(),
                "the database is in use by another process; stop it or use its admin socket"
            );
        }
        // Once the first handle is gone the file can be opened again.
        drop(first);
        let again = Store::open(&path)?;
        assert_eq!(again.schema_version()?, CURRENT_SCHEMA_VERSION);
        Ok(())
    }

    #[test]
    fn newer_schema_is_refused_and_file_is_left_alone() -> TestResult {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("digifit.redb");
        let newer = CURRENT_SCHEMA_VERSION + 5;
        let store = Store::open(&path)?;
        store.write_blocking(insert_user(9, b"future".to_vec()))?;
        store.write_blocking(move |txn| {
            let mut meta = txn.open_table(META)?;
            meta.insert(META_SCHEMA_VERSION, newer)?;
            Ok::<(), StoreError>(())
        })?;
        drop(store);
        let bytes_before = std::fs::read(&path)?;

        let refused = Store::open(&path);
        match refused {
            Err(StoreError::NewerSchema { found, supported }) => {
                assert_eq!((found, supported), (newer, CURRENT_SCHEMA_VERSION));
            }
            other => panic!("expected NewerSchema, got {:?}", other.err()),
        }
        assert!(
            std::fs::read(&path)? == bytes_before,
            "refusing a newer schema must not modify the file"
        );

        let db = redb::Database::open(&path)?;
        let txn = redb::ReadableDatabase::begin_read(&db)?;
        let meta = txn.open_table(META)?;
        assert_eq!(
            meta.get(META_SCHEMA_VERSION)?.map(|v| v.value()),
            Some(newer)
        );
        assert_eq!(txn.open_table(USERS)?.len()?, 1);
        Ok(())
    }
}

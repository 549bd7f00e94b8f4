//! Backups of the database file while the server runs, and restoring one while it is stopped.
//!
//! redb has no online-backup API, but every write of a running server goes through the writer
//! thread. A backup therefore runs as an exclusive job on that thread ([`backup`]): between two
//! batches no write transaction exists, every commit so far is durable (the store commits with
//! redb's default, `Durability::Immediate`, which writes and fsyncs the pages and the header
//! before `commit` returns), and readers never write to the file. The file on disk is then one
//! committed state, and a byte-for-byte copy of it is a consistent snapshot. Writes queued while
//! the copy runs wait for it; reads go on. The copy is made under a temporary name beside the
//! target, then checked with redb on its own (the copy looks like a file whose process crashed,
//! so redb repairs its allocator state at open, then its integrity check must pass), then fsynced
//! and renamed, so the target is never half written.
//!
//! Restoring ([`stage_restore`], then [`StagedRestore::carry_out`]) copies the backup into the
//! data directory under a temporary name and checks that copy (never the backup itself), moves
//! the current file aside under a `before-restore-<UTC time>` name (it is never deleted), puts the
//! copy in place and opens it once as a [`Store`], which runs the migrations. On any failure the
//! previous file is put back.

use std::fs::File;
use std::io::{Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use redb::{
    Database, DatabaseError, ReadableDatabase, ReadableTableMetadata, TableError, TableHandle,
};
use tempfile::NamedTempFile;

use super::tables::{META, META_SCHEMA_VERSION};
use super::{CURRENT_SCHEMA_VERSION, Store, StoreError};
use crate::clock::Timestamp;

/// Everything that can go wrong while backing up or restoring.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    /// The backup file exists already and replacing it was not asked for.
    #[error("{} already exists; choose another file or pass --force to replace it", path.display())]
    Exists {
        /// The existing file.
        path: PathBuf,
    },

    /// The backup would overwrite the live database.
    #[error("{} is the database itself; write the backup to another file", path.display())]
    IsTheDatabase {
        /// The path that was given.
        path: PathBuf,
    },

    /// There is no database file to back up.
    #[error("there is no digifit database at {}; check --data or storage.data_dir", path.display())]
    NoDatabase {
        /// Where the database was expected.
        path: PathBuf,
    },

    /// Another process (a running server) has the database open.
    #[error(
        "the database {} is in use by a running digifit; stop the server first (nothing was changed)",
        path.display()
    )]
    Locked {
        /// The database file.
        path: PathBuf,
    },

    /// Reading, writing, renaming or syncing a file failed.
    #[error("cannot {action} {}: {source}", path.display())]
    Io {
        /// What was being done, as a verb phrase ("read", "create", …).
        action: &'static str,
        /// The file or directory it was done to.
        path: PathBuf,
        /// What the operating system reported.
        #[source]
        source: std::io::Error,
    },

    /// The file is not a redb database, or not a digifit one.
    #[error("{} is not a digifit database ({reason}); check the file name", path.display())]
    NotADatabase {
        /// The file that was checked.
        path: PathBuf,
        /// Why it was not accepted.
        reason: String,
    },

    /// The file was written by a newer digifit, whose schema this binary does not know.
    #[error(
        "{} has schema version {found}, but this digifit supports at most {supported}; restore it with a digifit of that version or newer (nothing was changed)",
        path.display()
    )]
    NewerSchema {
        /// The backup file.
        path: PathBuf,
        /// Schema version recorded in it.
        found: u64,
        /// Highest schema version this binary knows.
        supported: u64,
    },

    /// The copy failed redb's integrity check.
    #[error("the copy of the database failed redb's integrity check ({reason}); {advice}")]
    Damaged {
        /// What the check reported.
        reason: String,
        /// What to do about it, which depends on what was being copied.
        advice: &'static str,
    },

    /// The restored file did not open as a store; the previous file is back in place.
    #[error(
        "the restored database did not open ({source}); the previous database is back in place, and {} was not changed",
        backup.display()
    )]
    RestoredDoesNotOpen {
        /// The backup that was restored.
        backup: PathBuf,
        /// Why it did not open.
        #[source]
        source: StoreError,
    },

    /// Putting the previous database back after a failed restore failed too.
    #[error(
        "the restore failed ({reason}) and putting the previous database back failed as well ({source}); it is kept at {}: move it to {} by hand",
        set_aside.display(),
        store_path.display()
    )]
    RollbackFailed {
        /// Why the restore failed.
        reason: String,
        /// Where the previous database is.
        set_aside: PathBuf,
        /// Where it belongs.
        store_path: PathBuf,
        /// Why moving it back failed.
        #[source]
        source: std::io::Error,
    },

    /// The store reported an error.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<redb::TransactionError> for BackupError {
    fn from(error: redb::TransactionError) -> Self {
        BackupError::Store(error.into())
    }
}

impl From<redb::CommitError> for BackupError {
    fn from(error: redb::CommitError) -> Self {
        BackupError::Store(error.into())
    }
}

impl From<redb::StorageError> for BackupError {
    fn from(error: redb::StorageError) -> Self {
        BackupError::Store(error.into())
    }
}

impl From<TableError> for BackupError {
    fn from(error: TableError) -> Self {
        BackupError::Store(error.into())
    }
}

fn io_error(action: &'static str, path: &Path) -> impl FnOnce(std::io::Error) -> BackupError {
    let path = path.to_path_buf();
    move |source| BackupError::Io {
        action,
        path,
        source,
    }
}

/// What a checked copy of the database holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contents {
    /// Size of the file in bytes.
    pub bytes: u64,
    /// Schema version recorded in the file.
    pub schema_version: u64,
    /// Every table with its number of rows, by table name.
    pub rows: Vec<(String, u64)>,
}

impl Contents {
    /// The number of rows of a table, 0 if the file has no such table.
    pub fn rows_of(&self, table: &str) -> u64 {
        self.rows
            .iter()
            .find(|(name, _)| name == table)
            .map_or(0, |(_, rows)| *rows)
    }
}

/// What a finished backup wrote.
#[derive(Debug, Clone)]
pub struct BackupReport {
    /// The backup file.
    pub path: PathBuf,
    /// What it holds, read back from it.
    pub contents: Contents,
    /// How long writes waited while the file was copied.
    pub writes_waited: Duration,
    /// How long the whole backup took, the check of the copy included.
    pub total: Duration,
}

/// Whether an existing backup file may be replaced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overwrite {
    /// Refuse to touch an existing file.
    Refuse,
    /// Replace an existing file (atomically, once the new one is complete and checked).
    Replace,
}

/// Backs up the database of a running store to `to`, with mode 0600, without stopping it.
///
/// Blocking. Writes wait while the file is copied (see the module documentation); the check of
/// the copy runs afterwards, with writes going on.
pub fn backup(store: &Store, to: &Path, overwrite: Overwrite) -> Result<BackupReport, BackupError> {
    let started = Instant::now();
    let source = store.path().to_path_buf();
    let staged = stage_target(&source, to, overwrite)?;
    let mut target = staged
        .as_file()
        .try_clone()
        .map_err(io_error("open", staged.path()))?;
    let copy_source = source.clone();
    let writes_waited =
        store
            .inner
            .writer
            .exclusive_blocking(move |db| -> Result<Duration, BackupError> {
                let paused = Instant::now();
                copy_committed_state(db, &copy_source, &mut target)?;
                Ok(paused.elapsed())
            })?;
    let report = finish_backup(staged, to, overwrite, started, writes_waited)?;
    tracing::info!(
        path = %report.path.display(),
        bytes = report.contents.bytes,
        writes_waited_ms = report.writes_waited.as_millis() as u64,
        total_ms = report.total.as_millis() as u64,
        "database backed up; writes waited while the file was copied"
    );
    Ok(report)
}

/// Backs up the database file at `store_path` while no server runs: holds redb's lock on it so
/// that no server starts meanwhile, without running migrations, so that a file of an older (or
/// newer) schema is copied as it is.
pub fn backup_stopped(
    store_path: &Path,
    to: &Path,
    overwrite: Overwrite,
) -> Result<BackupReport, BackupError> {
    let started = Instant::now();
    if !store_path.exists() {
        return Err(BackupError::NoDatabase {
            path: store_path.to_path_buf(),
        });
    }
    let mut staged = stage_target(store_path, to, overwrite)?;
    let paused = Instant::now();
    match redb::Builder::new().open_read_only(store_path) {
        // A cleanly closed file: the read-only handle keeps writers out while it is copied.
        Ok(handle) => {
            copy_file(store_path, staged.as_file_mut())?;
            drop(handle);
        }
        Err(DatabaseError::DatabaseAlreadyOpen | DatabaseError::LockProtocolMismatch) => {
            return Err(BackupError::Locked {
                path: store_path.to_path_buf(),
            });
        }
        // Not closed cleanly (or damaged): opening it for writing repairs it, as any start would.
        Err(_) => {
            let db = Database::open(store_path).map_err(|error| match error {
                DatabaseError::DatabaseAlreadyOpen | DatabaseError::LockProtocolMismatch => {
                    BackupError::Locked {
                        path: store_path.to_path_buf(),
                    }
                }
                other => BackupError::NotADatabase {
                    path: store_path.to_path_buf(),
                    reason: other.to_string(),
                },
            })?;
            copy_committed_state(&db, store_path, staged.as_file_mut())?;
            drop(db);
        }
    }
    let writes_waited = paused.elapsed();
    finish_backup(staged, to, overwrite, started, writes_waited)
}

/// Refuses an unsuitable target and creates the temporary file (mode 0600) beside it.
fn stage_target(
    store_path: &Path,
    to: &Path,
    overwrite: Overwrite,
) -> Result<NamedTempFile, BackupError> {
    let Some(name) = to.file_name() else {
        return Err(BackupError::Io {
            action: "write a backup to",
            path: to.to_path_buf(),
            source: std::io::Error::new(std::io::ErrorKind::InvalidInput, "not a file name"),
        });
    };
    let folder = folder_of(to);
    if is_same_file(store_path, &folder, name) {
        return Err(BackupError::IsTheDatabase {
            path: to.to_path_buf(),
        });
    }
    if overwrite == Overwrite::Refuse && to.symlink_metadata().is_ok() {
        return Err(BackupError::Exists {
            path: to.to_path_buf(),
        });
    }
    let mut prefix = std::ffi::OsString::from(".");
    prefix.push(name);
    prefix.push(".partial-");
    // A backup holds personal data: only the owner may read it, from its first byte on.
    tempfile::Builder::new()
        .prefix(&prefix)
        .permissions(std::os::unix::fs::PermissionsExt::from_mode(0o600))
        .tempfile_in(&folder)
        .map_err(io_error("create a file in", &folder))
}

/// The folder a path names a file in ("." for a bare file name).
fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Whether `folder/name` is the file at `path`, following links.
fn is_same_file(path: &Path, folder: &Path, name: &std::ffi::OsStr) -> bool {
    let (Ok(database), Ok(folder)) = (path.canonicalize(), folder.canonicalize()) else {
        return false;
    };
    let target = folder.join(name);
    database == target || target.canonicalize().is_ok_and(|target| target == database)
}

/// Copies the database file as the last commit left it. Runs with no write transaction open and
/// no other writer, either on the writer thread or on a handle opened for the copy.
fn copy_committed_state(
    db: &Database,
    source: &Path,
    target: &mut File,
) -> Result<(), BackupError> {
    // Every commit of the store is durable already. An empty commit, durable like every write
    // transaction that does not lower redb's default, guarantees that the file holds all that was
    // committed even if some future code commits with `Durability::None`; it costs one fsync.
    db.begin_write()?.commit()?;
    copy_file(source, target)
}

fn copy_file(source: &Path, target: &mut File) -> Result<(), BackupError> {
    // redb locks the file with open-file-description locks (and flock), which closing this second
    // descriptor does not release, unlike a classic POSIX record lock.
    let mut file = File::open(source).map_err(io_error("read", source))?;
    target
        .seek(SeekFrom::Start(0))
        .and_then(|_| target.set_len(0))
        .map_err(io_error("write a copy of", source))?;
    std::io::copy(&mut file, target).map_err(io_error("copy", source))?;
    Ok(())
}

/// Checks the copied file, syncs it and renames it to `to`; dropping `staged` on an error deletes
/// the copy.
fn finish_backup(
    staged: NamedTempFile,
    to: &Path,
    overwrite: Overwrite,
    started: Instant,
    writes_waited: Duration,
) -> Result<BackupReport, BackupError> {
    let contents = check_copy(
        staged.path(),
        "the database itself may be damaged: stop the server and restore an older backup, or report it",
    )?;
    staged
        .as_file()
        .sync_all()
        .map_err(io_error("sync", staged.path()))?;
    let persisted = match overwrite {
        Overwrite::Replace => staged.persist(to),
        Overwrite::Refuse => staged.persist_noclobber(to),
    };
    if let Err(error) = persisted {
        return Err(if error.error.kind() == std::io::ErrorKind::AlreadyExists {
            BackupError::Exists {
                path: to.to_path_buf(),
            }
        } else {
            BackupError::Io {
                action: "rename the backup to",
                path: to.to_path_buf(),
                source: error.error,
            }
        });
    }
    sync_folder(&folder_of(to))?;
    Ok(BackupReport {
        path: to.to_path_buf(),
        contents,
        writes_waited,
        total: started.elapsed(),
    })
}

/// Makes a rename in `folder` durable.
fn sync_folder(folder: &Path) -> Result<(), BackupError> {
    File::open(folder)
        .and_then(|dir| dir.sync_all())
        .map_err(io_error("sync the folder", folder))
}

/// Opens a copied database on its own, lets redb repair its allocator state if the copy was taken
/// from an open file, runs redb's integrity check and reads what it holds.
fn check_copy(path: &Path, advice: &'static str) -> Result<Contents, BackupError> {
    let not_a_database = |reason: String| BackupError::NotADatabase {
        path: path.to_path_buf(),
        reason,
    };
    let mut db = Database::open(path).map_err(|error| not_a_database(error.to_string()))?;
    match db.check_integrity() {
        Ok(true) => {}
        Ok(false) => {
            return Err(BackupError::Damaged {
                reason: "redb found damage and repaired the copy".into(),
                advice,
            });
        }
        Err(error) => {
            return Err(BackupError::Damaged {
                reason: error.to_string(),
                advice,
            });
        }
    }
    let txn = db.begin_read()?;
    let schema_version = match txn.open_table(META) {
        Ok(meta) => meta.get(META_SCHEMA_VERSION)?.map(|guard| guard.value()),
        Err(TableError::TableDoesNotExist(_)) => None,
        Err(error) => return Err(error.into()),
    };
    let Some(schema_version) = schema_version else {
        return Err(not_a_database("it has no schema version".into()));
    };
    let mut rows = Vec::new();
    for handle in txn.list_tables()? {
        let name = handle.name().to_owned();
        let table = txn.open_untyped_table(handle)?;
        rows.push((name, table.len()?));
    }
    rows.sort();
    drop(txn);
    drop(db);
    let bytes = std::fs::metadata(path)
        .map_err(io_error("read", path))?
        .len();
    Ok(Contents {
        bytes,
        schema_version,
        rows,
    })
}

/// A backup copied into the data directory and checked, ready to replace the database.
///
/// Dropping it without [`StagedRestore::carry_out`] deletes the copy and changes nothing.
#[derive(Debug)]
pub struct StagedRestore {
    /// The backup being restored.
    pub backup: PathBuf,
    /// The database file it replaces.
    pub store_path: PathBuf,
    /// Where the current database will be kept; `None` when there is none yet.
    pub set_aside: Option<PathBuf>,
    /// What the backup holds.
    pub contents: Contents,
    staged: NamedTempFile,
}

/// What a finished restore did.
#[derive(Debug, Clone)]
pub struct RestoreReport {
    /// Where the previous database is kept, if there was one.
    pub set_aside: Option<PathBuf>,
    /// The schema version of the backup.
    pub restored_version: u64,
    /// The schema version after the migrations ran.
    pub schema_version: u64,
}

/// Checks that `from` can replace the database at `store_path` and copies it beside that (mode
/// 0600), without changing the database. The server must be stopped: a database in use is
/// refused. `now` names the file the current database will be kept in.
pub fn stage_restore(
    store_path: &Path,
    from: &Path,
    now: Timestamp,
) -> Result<StagedRestore, BackupError> {
    let exists = store_path.exists();
    // Only a lock held by another process refuses the restore. A damaged or unreadable current
    // file does not: replacing it may be the very point of the restore, and it is kept aside.
    if exists
        && let Err(DatabaseError::DatabaseAlreadyOpen | DatabaseError::LockProtocolMismatch) =
            redb::Builder::new().open_read_only(store_path)
    {
        return Err(BackupError::Locked {
            path: store_path.to_path_buf(),
        });
    }
    let folder = folder_of(store_path);
    let mut source = File::open(from).map_err(io_error("read", from))?;
    let mut staged = tempfile::Builder::new()
        .prefix(".digifit.redb.restore-")
        .permissions(std::os::unix::fs::PermissionsExt::from_mode(0o600))
        .tempfile_in(&folder)
        .map_err(io_error("create a file in", &folder))?;
    std::io::copy(&mut source, staged.as_file_mut()).map_err(io_error("copy", from))?;
    staged
        .as_file()
        .sync_all()
        .map_err(io_error("sync", staged.path()))?;
    let contents = match check_copy(staged.path(), "the backup is damaged; restore another one") {
        Ok(contents) => contents,
        // The check ran on the copy; the message must name the file the operator gave.
        Err(BackupError::NotADatabase { reason, .. }) => {
            return Err(BackupError::NotADatabase {
                path: from.to_path_buf(),
                reason,
            });
        }
        Err(error) => return Err(error),
    };
    if contents.schema_version > CURRENT_SCHEMA_VERSION {
        return Err(BackupError::NewerSchema {
            path: from.to_path_buf(),
            found: contents.schema_version,
            supported: CURRENT_SCHEMA_VERSION,
        });
    }
    let set_aside = exists.then(|| set_aside_path(store_path, now));
    Ok(StagedRestore {
        backup: from.to_path_buf(),
        store_path: store_path.to_path_buf(),
        set_aside,
        contents,
        staged,
    })
}

/// `<database>.before-restore-<UTC time>`, with a counter if a restore in the same second left
/// one already.
fn set_aside_path(store_path: &Path, now: Timestamp) -> PathBuf {
    let (year, month, day) = now.utc_date();
    let seconds = now.0 % 86_400;
    let stamp = format!(
        "{year:04}{month:02}{day:02}T{:02}{:02}{:02}Z",
        seconds / 3600,
        seconds / 60 % 60,
        seconds % 60
    );
    let mut base = store_path.as_os_str().to_owned();
    base.push(format!(".before-restore-{stamp}"));
    let mut candidate = PathBuf::from(&base);
    let mut counter = 2;
    while candidate.symlink_metadata().is_ok() {
        let mut numbered = base.clone();
        numbered.push(format!("-{counter}"));
        candidate = PathBuf::from(numbered);
        counter += 1;
    }
    candidate
}

impl StagedRestore {
    /// Moves the current database aside, puts the backup in its place and opens it once as a
    /// store (running the migrations). On any failure the previous database is put back.
    pub fn carry_out(self) -> Result<RestoreReport, BackupError> {
        let StagedRestore {
            backup,
            store_path,
            set_aside,
            contents,
            staged,
        } = self;
        let folder = folder_of(&store_path);
        if let Some(aside) = &set_aside {
            std::fs::rename(&store_path, aside).map_err(io_error("move aside", &store_path))?;
        }
        let placed = staged
            .persist(&store_path)
            .map(drop)
            .map_err(|error| BackupError::Io {
                action: "put the backup in place at",
                path: store_path.clone(),
                source: error.error,
            })
            .and_then(|()| sync_folder(&folder));
        if let Err(error) = placed {
            return Err(put_back(error, &store_path, set_aside.as_deref()));
        }
        let opened = Store::open(&store_path).and_then(|store| store.schema_version());
        match opened {
            Ok(schema_version) => {
                tracing::info!(
                    backup = %backup.display(),
                    set_aside = ?set_aside,
                    from_version = contents.schema_version,
                    schema_version,
                    "database restored from a backup"
                );
                Ok(RestoreReport {
                    set_aside,
                    restored_version: contents.schema_version,
                    schema_version,
                })
            }
            Err(source) => Err(put_back(
                BackupError::RestoredDoesNotOpen { backup, source },
                &store_path,
                set_aside.as_deref(),
            )),
        }
    }
}

/// Undoes a restore that failed: removes the restored copy and moves the previous database back.
fn put_back(failure: BackupError, store_path: &Path, set_aside: Option<&Path>) -> BackupError {
    let Some(aside) = set_aside else {
        // There was no database before; none is left behind either.
        let _ = std::fs::remove_file(store_path);
        return failure;
    };
    match std::fs::rename(aside, store_path) {
        Ok(()) => {
            let _ = sync_folder(&folder_of(store_path));
            failure
        }
        Err(source) => BackupError::RollbackFailed {
            reason: failure.to_string(),
            set_aside: aside.to_path_buf(),
            store_path: store_path.to_path_buf(),
            source,
        },
    }
}

#[cfg(test)]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use redb::ReadableTableMetadata;

    use super::{BackupError, Overwrite, backup, backup_stopped, set_aside_path, stage_restore};
    use crate::clock::Timestamp;
    use crate::store::tables::{META, META_SCHEMA_VERSION, USERS};
    use crate::store::{CURRENT_SCHEMA_VERSION, Store, StoreError};

    type TestResult = Result<(), Box<dyn std::error::Error>>;

    fn insert_user(store: &Store, id: u64) -> Result<(), StoreError> {
        store.write_blocking(move |txn| {
            txn.open_table(USERS)?.insert(id, b"user".as_slice())?;
            Ok::<(), StoreError>(())
        })
    }

    #[test]
    fn backup_of_an_open_store_is_complete_private_and_checked() -> TestResult {
        let dir = tempfile::tempdir()?;
        let store = Store::open(&dir.path().join("digifit.redb"))?;
        for id in 1..=50 {
            insert_user(&store, id)?;
        }
        let to = dir.path().join("backup.redb");
        let report = backup(&store, &to, Overwrite::Refuse)?;
        assert_eq!(report.contents.schema_version, CURRENT_SCHEMA_VERSION);
        assert_eq!(report.contents.rows_of("users"), 50);
        assert_eq!(report.contents.bytes, std::fs::metadata(&to)?.len());
        assert_eq!(std::fs::metadata(&to)?.permissions().mode() & 0o777, 0o600);
        // The store goes on working, and the backup is a database of its own.
        insert_user(&store, 51)?;
        let copy = Store::open(&to)?;
        assert_eq!(copy.read()?.open_table(USERS)?.len()?, 50);
        drop(copy);

        let refused = backup(&store, &to, Overwrite::Refuse);
        assert!(
            matches!(refused, Err(BackupError::Exists { .. })),
            "{refused:?}"
        );
        let replaced = backup(&store, &to, Overwrite::Replace)?;
        assert_eq!(replaced.contents.rows_of("users"), 51);
        let onto_itself = backup(&store, &dir.path().join("digifit.redb"), Overwrite::Replace);
        assert!(
            matches!(onto_itself, Err(BackupError::IsTheDatabase { .. })),
            "{onto_itself:?}"
        );
        // Nothing but the database and the one backup is left in the folder.
        let mut names: Vec<_> = std::fs::read_dir(dir.path())?
            .map(|entry| entry.map(|e| e.file_name()))
            .collect::<Result<_, _>>()?;
        names.sort();
        assert_eq!(names, ["backup.redb", "digifit.redb"]);
        Ok(())
    }

    #[test]
    fn backup_of_a_stopped_store_leaves_its_schema_alone() -> TestResult {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("digifit.redb");
        let store = Store::open(&path)?;
        insert_user(&store, 7)?;
        let locked = backup_stopped(&path, &dir.path().join("locked.redb"), Overwrite::Refuse);
        assert!(
            matches!(locked, Err(BackupError::Locked { .. })),
            "{locked:?}"
        );
        drop(store);
        let report = backup_stopped(&path, &dir.path().join("b.redb"), Overwrite::Refuse)?;
        assert_eq!(report.contents.rows_of("users"), 1);
        let missing = backup_stopped(
            &dir.path().join("none.redb"),
            &dir.path().join("c.redb"),
            Overwrite::Refuse,
        );
        assert!(
            matches!(missing, Err(BackupError::NoDatabase { .. })),
            "{missing:?}"
        );
        Ok(())
    }

    #[test]
    fn restore_keeps_the_old_file_and_refuses_newer_schemas() -> TestResult {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("digifit.redb");
        let store = Store::open(&path)?;
        insert_user(&store, 1)?;
        let saved = dir.path().join("saved.redb");
        backup(&store, &saved, Overwrite::Refuse)?;
        insert_user(&store, 2)?;

        let now = Timestamp(1_800_000_000);
        let locked = stage_restore(&path, &saved, now);
        assert!(
            matches!(locked, Err(BackupError::Locked { .. })),
            "{locked:?}"
        );
        drop(store);
        let before = std::fs::read(&path)?;

        // A newer schema is refused before anything changes.
        let newer = dir.path().join("newer.redb");
        std::fs::copy(&saved, &newer)?;
        {
            let db = redb::Database::open(&newer)?;
            let txn = db.begin_write()?;
            txn.open_table(META)?
                .insert(META_SCHEMA_VERSION, CURRENT_SCHEMA_VERSION + 1)?;
            txn.commit()?;
        }
        let refused = stage_restore(&path, &newer, now);
        match refused {
            Err(BackupError::NewerSchema {
                found, supported, ..
            }) => {
                assert_eq!(
                    (found, supported),
                    (CURRENT_SCHEMA_VERSION + 1, CURRENT_SCHEMA_VERSION)
                );
            }
            other => panic!("expected NewerSchema, got {other:?}"),
        }
        let junk = dir.path().join("junk.redb");
        std::fs::write(&junk, b"not a database at all")?;
        let refused = stage_restore(&path, &junk, now);
        assert!(
            matches!(refused, Err(BackupError::NotADatabase { .. })),
            "{refused:?}"
        );
        assert!(std::fs::read(&path)? == before);

        let staged = stage_restore(&path, &saved, now)?;
        let aside = dir
            .path()
            .join("digifit.redb.before-restore-20270115T080000Z");
        assert_eq!(staged.set_aside.as_deref(), Some(aside.as_path()));
        let report = staged.carry_out()?;
        assert_eq!(report.schema_version, CURRENT_SCHEMA_VERSION);
        assert!(std::fs::read(&aside)? == before);
        assert_eq!(
            std::fs::metadata(&path)?.permissions().mode() & 0o777,
            0o600
        );
        let restored = Store::open(&path)?;
        assert_eq!(restored.read()?.open_table(USERS)?.len()?, 1);
        drop(restored);
        // A second restore in the same second keeps both earlier files.
        assert_eq!(
            set_aside_path(&path, now),
            dir.path()
                .join("digifit.redb.before-restore-20270115T080000Z-2")
        );
        Ok(())
    }
}

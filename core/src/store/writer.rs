//! Runs every write of the store on one thread and commits queued writes together (group commit).
//!
//! Handlers hand boxed operations to the writer thread over an unbounded channel. The thread
//! takes the first queued operation, drains whatever else is queued at that moment (up to
//! [`MAX_BATCH`]), runs the whole batch inside one redb write transaction and commits it once,
//! so many concurrent writers share a single fsync. Only after the commit has returned does
//! any operation of the batch get its reply, so an acknowledged write is durable.
//!
//! Operations must be re-runnable: they are `FnMut` and must behave as pure functions of the
//! transaction they are given, because when one operation of a batch fails the batch's
//! transaction is aborted and every operation is run again in its own transaction. Side
//! effects outside the transaction (sending messages, bumping counters) may therefore happen
//! more than once and must not be done inside an operation.
//!
//! An exclusive job ([`Writer::exclusive_blocking`]) runs on the same thread between two
//! batches, with no write transaction open: the batch queued before it has committed, and
//! writes queued after it wait until it returns. The backup copies the file in such a job.

use std::panic::{self, AssertUnwindSafe};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::thread::JoinHandle;

use redb::{Database, WriteTransaction};
use tokio::sync::{mpsc, oneshot};

use super::StoreError;

/// Largest number of operations committed in one transaction.
///
/// The cap bounds how long the first operation of a batch waits for the ones queued behind it
/// and how much work a single failing operation forces to be re-run.
pub const MAX_BATCH: usize = 256;

/// Upper bounds of the batch sizes counted in [`WriterStats::batch_sizes`].
pub const BATCH_SIZE_BOUNDS: [usize; 9] = [1, 2, 4, 8, 16, 32, 64, 128, MAX_BATCH];

/// Counters of the writer thread, for metrics and benchmarks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct WriterStats {
    /// Batches taken from the queue; each normally costs one commit.
    pub batches: u64,
    /// Operations that have been answered.
    pub ops: u64,
    /// Batches by size: entry i counts those of more than `BATCH_SIZE_BOUNDS[i - 1]` and at most
    /// `BATCH_SIZE_BOUNDS[i]` operations (a histogram; the metrics export it).
    pub batch_sizes: [u64; BATCH_SIZE_BOUNDS.len()],
}

/// Shared counters; written by the writer thread and read by [`Writer::stats`].
#[derive(Debug, Default)]
struct Counters {
    batches: AtomicU64,
    ops: AtomicU64,
    submitted: AtomicU64,
    batch_sizes: [AtomicU64; BATCH_SIZE_BOUNDS.len()],
}

/// How the result of one operation travels back to its caller.
enum Reply<T> {
    /// An async caller awaits a tokio oneshot.
    Async(oneshot::Sender<T>),
    /// A synchronous caller blocks on a std channel, which, unlike tokio's `blocking_recv`,
    /// cannot panic when it happens to be called from inside a runtime.
    Blocking(std::sync::mpsc::SyncSender<T>),
}

impl<T> Reply<T> {
    fn send(self, value: T) {
        // A caller that stopped waiting (for example a cancelled request) is not an error:
        // its operation has been committed or rolled back regardless.
        let _ = match self {
            Reply::Async(sender) => sender.send(value).map_err(|_| ()),
            Reply::Blocking(sender) => sender.send(value).map_err(|_| ()),
        };
    }
}

/// One queued operation with its type erased, as the writer thread sees it.
trait Job: Send {
    /// Runs the operation against `txn` and remembers its outcome; returns whether it succeeded.
    fn run(&mut self, txn: &WriteTransaction) -> bool;
    /// Replaces the remembered outcome with `error`.
    fn fail(&mut self, error: StoreError);
    /// Whether the operation panicked; such an operation is never run again.
    fn panicked(&self) -> bool;
    /// Sends the remembered outcome to the caller.
    fn reply(self: Box<Self>);
}

struct TypedJob<R, E, F> {
    op: F,
    outcome: Option<Result<R, E>>,
    panicked: bool,
    reply: Reply<Result<R, E>>,
}

impl<R, E, F> Job for TypedJob<R, E, F>
where
    F: FnMut(&WriteTransaction) -> Result<R, E> + Send + 'static,
    R: Send + 'static,
    E: From<StoreError> + Send + 'static,
{
    fn run(&mut self, txn: &WriteTransaction) -> bool {
        let op = &mut self.op;
        // A panicking operation must not take the writer thread down with it. The transaction
        // it ran in is aborted by the caller, so no state it half-wrote survives.
        match panic::catch_unwind(AssertUnwindSafe(|| op(txn))) {
            Ok(outcome) => {
                let ok = outcome.is_ok();
                self.outcome = Some(outcome);
                ok
            }
            Err(_) => {
                tracing::error!("a store write operation panicked; its transaction is rolled back");
                self.panicked = true;
                self.outcome = Some(Err(StoreError::OpPanicked.into()));
                false
            }
        }
    }

    fn fail(&mut self, error: StoreError) {
        self.outcome = Some(Err(error.into()));
    }

    fn panicked(&self) -> bool {
        self.panicked
    }

    fn reply(self: Box<Self>) {
        let this = *self;
        // Every path through the writer sets an outcome before replying; the fallback only
        // keeps a logic error from turning into a panic.
        let outcome = this
            .outcome
            .unwrap_or_else(|| Err(StoreError::WriterPanicked.into()));
        this.reply.send(outcome);
    }
}

/// Work that needs the database to itself, with its type erased, as the writer thread sees it.
trait ExclusiveJob: Send {
    /// Runs the work against `db` and sends its outcome to the caller.
    fn run(self: Box<Self>, db: &Database);
}

struct TypedExclusiveJob<R, E, F> {
    op: F,
    reply: Reply<Result<R, E>>,
}

impl<R, E, F> ExclusiveJob for TypedExclusiveJob<R, E, F>
where
    F: FnOnce(&Database) -> Result<R, E> + Send + 'static,
    R: Send + 'static,
    E: From<StoreError> + Send + 'static,
{
    fn run(self: Box<Self>, db: &Database) {
        let TypedExclusiveJob { op, reply } = *self;
        // Like a write operation, a panicking job must not take the writer thread down.
        let outcome = match panic::catch_unwind(AssertUnwindSafe(|| op(db))) {
            Ok(outcome) => outcome,
            Err(_) => {
                tracing::error!("an exclusive store job panicked");
                Err(StoreError::OpPanicked.into())
            }
        };
        reply.send(outcome);
    }
}

/// Messages understood by the writer thread.
enum Msg {
    Job(Box<dyn Job>),
    /// Runs once every job queued before it has been answered, with no transaction open.
    Exclusive(Box<dyn ExclusiveJob>),
    /// Finish everything queued before this message, close the database handle and exit.
    Shutdown,
}

/// Handle to the writer thread; dropping it stops the thread after the queued work is done.
pub(crate) struct Writer {
    sender: mpsc::UnboundedSender<Msg>,
    counters: Arc<Counters>,
    thread: Option<JoinHandle<()>>,
    finished: Option<oneshot::Receiver<()>>,
}

impl Writer {
    /// Starts the writer thread, which from now on performs every write to `db`.
    pub(crate) fn start(db: Arc<Database>) -> Result<Writer, StoreError> {
        // The channel is unbounded because every caller waits for its own reply, so the queue
        // never holds more operations than there are concurrent callers.
        let (sender, receiver) = mpsc::unbounded_channel();
        let (finished_tx, finished_rx) = oneshot::channel();
        let counters = Arc::new(Counters::default());
        let thread_counters = Arc::clone(&counters);
        let thread = std::thread::Builder::new()
            .name("digifit-store-writer".to_string())
            .spawn(move || {
                run_loop(&db, receiver, &thread_counters);
                // The database handle must be gone before shutdown reports completion, so that
                // a caller may reopen the file right away.
                drop(db);
                let _ = finished_tx.send(());
            })
            .map_err(StoreError::Spawn)?;
        Ok(Writer {
            sender,
            counters,
            thread: Some(thread),
            finished: Some(finished_rx),
        })
    }

    /// Queues `op` and waits asynchronously for its committed result.
    pub(crate) async fn write<R, E, F>(&self, op: F) -> Result<R, E>
    where
        F: FnMut(&WriteTransaction) -> Result<R, E> + Send + 'static,
        R: Send + 'static,
        E: From<StoreError> + Send + 'static,
    {
        let (reply, receiver) = oneshot::channel();
        self.submit(op, Reply::Async(reply))?;
        match receiver.await {
            Ok(outcome) => outcome,
            Err(_) => Err(StoreError::WriterGone.into()),
        }
    }

    /// Queues `op` and blocks the current thread until its committed result arrives.
    pub(crate) fn write_blocking<R, E, F>(&self, op: F) -> Result<R, E>
    where
        F: FnMut(&WriteTransaction) -> Result<R, E> + Send + 'static,
        R: Send + 'static,
        E: From<StoreError> + Send + 'static,
    {
        let (reply, receiver) = std::sync::mpsc::sync_channel(1);
        self.submit(op, Reply::Blocking(reply))?;
        match receiver.recv() {
            Ok(outcome) => outcome,
            Err(_) => Err(StoreError::WriterGone.into()),
        }
    }

    /// Runs `op` on the writer thread once every write queued before it has committed, and
    /// blocks the current thread until it returns. No write transaction exists while `op` runs,
    /// and writes queued meanwhile wait for it, so `op` sees the file in a committed state that
    /// nothing changes: keep it short.
    pub(crate) fn exclusive_blocking<R, E, F>(&self, op: F) -> Result<R, E>
    where
        F: FnOnce(&Database) -> Result<R, E> + Send + 'static,
        R: Send + 'static,
        E: From<StoreError> + Send + 'static,
    {
        let (reply, receiver) = std::sync::mpsc::sync_channel(1);
        let job = TypedExclusiveJob {
            op,
            reply: Reply::Blocking(reply),
        };
        self.sender
            .send(Msg::Exclusive(Box::new(job)))
            .map_err(|_| StoreError::WriterGone)?;
        self.counters.submitted.fetch_add(1, Ordering::Relaxed);
        match receiver.recv() {
            Ok(outcome) => outcome,
            Err(_) => Err(StoreError::WriterGone.into()),
        }
    }

    fn submit<R, E, F>(&self, op: F, reply: Reply<Result<R, E>>) -> Result<(), StoreError>
    where
        F: FnMut(&WriteTransaction) -> Result<R, E> + Send + 'static,
        R: Send + 'static,
        E: From<StoreError> + Send + 'static,
    {
        let job = TypedJob {
            op,
            outcome: None,
            panicked: false,
            reply,
        };
        self.sender
            .send(Msg::Job(Box::new(job)))
            .map_err(|_| StoreError::WriterGone)?;
        self.counters.submitted.fetch_add(1, Ordering::Relaxed);
        Ok(())
    }

    pub(crate) fn stats(&self) -> WriterStats {
        WriterStats {
            batches: self.counters.batches.load(Ordering::Relaxed),
            ops: self.counters.ops.load(Ordering::Relaxed),
            batch_sizes: std::array::from_fn(|i| {
                self.counters.batch_sizes[i].load(Ordering::Relaxed)
            }),
        }
    }

    /// Operations (and exclusive jobs) handed to the writer so far, answered or not; lets tests
    /// know when the queue has filled up without relying on timing.
    #[cfg(test)]
    pub(crate) fn submitted(&self) -> u64 {
        self.counters.submitted.load(Ordering::Relaxed)
    }

    /// Stops the writer after the queued work and waits, without blocking the runtime, until
    /// its database handle is closed.
    pub(crate) async fn shutdown(mut self) {
        let _ = self.sender.send(Msg::Shutdown);
        if let Some(finished) = self.finished.take() {
            // An error means the thread ended without signalling, which also means it is gone.
            let _ = finished.await;
        }
        // Drop now joins a thread that has already finished, so it does not block.
    }
}

impl Drop for Writer {
    fn drop(&mut self) {
        // The writer may already be gone, in which case there is nobody to tell.
        let _ = self.sender.send(Msg::Shutdown);
        if let Some(thread) = self.thread.take()
            && thread.join().is_err()
        {
            tracing::error!("the store writer thread panicked while shutting down");
        }
    }
}

fn run_loop(db: &Database, mut receiver: mpsc::UnboundedReceiver<Msg>, counters: &Counters) {
    // A message that ended the draining of a batch; it is handled right after that batch.
    let mut next: Option<Msg> = None;
    loop {
        let message = match next.take() {
            Some(message) => message,
            None => match receiver.blocking_recv() {
                Some(message) => message,
                None => break,
            },
        };
        let first = match message {
            Msg::Job(job) => job,
            Msg::Exclusive(job) => {
                job.run(db);
                continue;
            }
            // Jobs queued before the shutdown request have been finished already.
            Msg::Shutdown => break,
        };
        let mut batch = Vec::with_capacity(MAX_BATCH.min(16));
        batch.push(first);
        while batch.len() < MAX_BATCH {
            match receiver.try_recv() {
                Ok(Msg::Job(job)) => batch.push(job),
                Ok(other) => {
                    next = Some(other);
                    break;
                }
                Err(_) => break,
            }
        }
        process_batch(db, &mut batch, counters);
    }
    tracing::debug!("store writer thread stopped");
}

/// Runs one batch and answers every job in it; never panics, even if redb does.
fn process_batch(db: &Database, batch: &mut Vec<Box<dyn Job>>, counters: &Counters) {
    counters.batches.fetch_add(1, Ordering::Relaxed);
    let size_bucket = BATCH_SIZE_BOUNDS.partition_point(|&bound| bound < batch.len());
    counters.batch_sizes[size_bucket.min(BATCH_SIZE_BOUNDS.len() - 1)]
        .fetch_add(1, Ordering::Relaxed);
    let result = panic::catch_unwind(AssertUnwindSafe(|| {
        if batch.len() == 1 {
            for job in batch.iter_mut() {
                run_alone(db, job.as_mut());
            }
        } else {
            run_together(db, batch);
        }
    }));
    if result.is_err() {
        tracing::error!(
            jobs = batch.len(),
            "the store writer caught a panic inside redb; the batch is answered with an error"
        );
        for job in batch.iter_mut() {
            job.fail(StoreError::WriterPanicked);
        }
    }
    // Counted before replying, so a caller that has its reply also sees its op in the stats.
    counters
        .ops
        .fetch_add(batch.len() as u64, Ordering::Relaxed);
    for job in batch.drain(..) {
        job.reply();
    }
}

/// Runs all jobs in one transaction; falls back to one transaction per job if any job fails.
fn run_together(db: &Database, batch: &mut [Box<dyn Job>]) {
    let txn = match db.begin_write() {
        Ok(txn) => txn,
        Err(error) => {
            let error = Arc::new(error);
            for job in batch.iter_mut() {
                job.fail(StoreError::Transaction(Arc::clone(&error)));
            }
            return;
        }
    };
    let mut all_ok = true;
    for job in batch.iter_mut() {
        if !job.run(&txn) {
            all_ok = false;
            break;
        }
    }
    if !all_ok {
        abort(txn);
        tracing::debug!(
            jobs = batch.len(),
            "an operation failed inside a batch; re-running each operation on its own"
        );
        for job in batch.iter_mut() {
            // A panicked operation keeps its error and is not trusted to run again.
            if !job.panicked() {
                run_alone(db, job.as_mut());
            }
        }
        return;
    }
    if let Err(error) = txn.commit() {
        tracing::error!(%error, jobs = batch.len(), "committing a batch of writes failed");
        let error = Arc::new(error);
        for job in batch.iter_mut() {
            job.fail(StoreError::Commit(Arc::clone(&error)));
        }
    }
}

/// Runs a single job in its own transaction and commits it only if it succeeded.
fn run_alone(db: &Database, job: &mut dyn Job) {
    let txn = match db.begin_write() {
        Ok(txn) => txn,
        Err(error) => {
            job.fail(StoreError::Transaction(Arc::new(error)));
            return;
        }
    };
    if !job.run(&txn) {
        abort(txn);
        return;
    }
    if let Err(error) = txn.commit() {
        tracing::error!(%error, "committing a write failed");
        job.fail(StoreError::Commit(Arc::new(error)));
    }
}

/// Rolls back `txn`; a failure is only logged because the operation's own error is what the
/// caller needs to see, and the next `begin_write` reports a broken database anyway.
fn abort(txn: WriteTransaction) {
    if let Err(error) = txn.abort() {
        tracing::error!(%error, "rolling back a write transaction failed");
    }
}

//! Time as a value passed in: domain code never asks the operating system for the time itself, so
//! tests can move the clock (session expiry, throttling windows) without sleeping.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

/// Seconds since the Unix epoch (UTC).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Timestamp(pub u64);

impl Timestamp {
    pub fn plus_seconds(self, seconds: u64) -> Timestamp {
        Timestamp(self.0.saturating_add(seconds))
    }

    pub fn seconds_since(self, earlier: Timestamp) -> u64 {
        self.0.saturating_sub(earlier.0)
    }
}

/// The source of the current time for the whole process.
#[derive(Debug, Clone)]
pub enum Clock {
    /// The operating system's wall clock.
    System,
    /// A clock that only moves when told to; used by tests.
    Manual(Arc<AtomicU64>),
}

impl Clock {
    pub fn manual(start: Timestamp) -> Clock {
        Clock::Manual(Arc::new(AtomicU64::new(start.0)))
    }

    pub fn now(&self) -> Timestamp {
        match self {
            Clock::System => {
                // A clock before 1970 is a broken machine; treat it as the epoch rather than fail.
                #[allow(clippy::disallowed_methods)]
                // This is the one place that reads the OS clock.
                let now = SystemTime::now();
                Timestamp(
                    now.duration_since(UNIX_EPOCH)
                        .map(|d| d.as_secs())
                        .unwrap_or(0),
                )
            }
            Clock::Manual(seconds) => Timestamp(seconds.load(Ordering::SeqCst)),
        }
    }

    /// Moves a manual clock forward; does nothing to the system clock.
    pub fn advance(&self, seconds: u64) {
        if let Clock::Manual(now) = self {
            now.fetch_add(seconds, Ordering::SeqCst);
        }
    }
}

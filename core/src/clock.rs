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

    /// The calendar date (proleptic Gregorian, UTC) of this moment as (year, month 1–12,
    /// day 1–31), by Howard Hinnant's `civil_from_days`.
    pub fn utc_date(self) -> (u64, u8, u8) {
        let days = self.0 / 86_400;
        let z = days + 719_468;
        let era = z / 146_097;
        let day_of_era = z % 146_097;
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let shifted_month = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
        let month = if shifted_month < 10 {
            shifted_month + 3
        } else {
            shifted_month - 9
        };
        let year = year_of_era + era * 400 + u64::from(month <= 2);
        (
            year,
            u8::try_from(month).unwrap_or(1),
            u8::try_from(day).unwrap_or(1),
        )
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

#[cfg(test)]
mod tests {
    use super::Timestamp;

    #[test]
    fn utc_dates_follow_the_gregorian_calendar() {
        assert_eq!(Timestamp(0).utc_date(), (1970, 1, 1));
        assert_eq!(Timestamp(86_399).utc_date(), (1970, 1, 1));
        assert_eq!(Timestamp(951_782_400).utc_date(), (2000, 2, 29));
        assert_eq!(Timestamp(1_709_164_800).utc_date(), (2024, 2, 29));
        assert_eq!(Timestamp(1_735_689_599).utc_date(), (2024, 12, 31));
        assert_eq!(Timestamp(1_800_000_000).utc_date(), (2027, 1, 15));
    }
}

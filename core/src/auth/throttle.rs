//! Login throttling: failed attempts are counted per account and per client address within a
//! sliding window, and further attempts are refused until the oldest failure leaves the window.
//! Failures rather than attempts are counted, so people who log in often are never slowed down;
//! the time comes from the injected clock, so tests need no sleeping. (A GCRA limiter such as
//! `governor` counts every attempt and reads its own clock, which fits neither need.)

use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;
use std::sync::Mutex;

use crate::clock::Timestamp;

/// Tracked keys are bounded so that a flood of names cannot grow memory without limit.
const MAX_TRACKED_KEYS: usize = 100_000;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key {
    Account(String),
    Address(IpAddr),
}

#[derive(Debug)]
pub struct LoginThrottle {
    per_account: u32,
    per_address: u32,
    window_seconds: u64,
    failures: Mutex<HashMap<Key, VecDeque<Timestamp>>>,
}

impl LoginThrottle {
    pub fn new(per_account: u32, per_address: u32, window_seconds: u64) -> LoginThrottle {
        LoginThrottle {
            per_account,
            per_address,
            window_seconds,
            failures: Mutex::new(HashMap::new()),
        }
    }

    fn keys(account: &str, address: IpAddr) -> [(Key, u32); 2] {
        [
            (Key::Account(account.to_owned()), 0),
            (Key::Address(address), 1),
        ]
    }

    fn limit(&self, slot: u32) -> usize {
        (if slot == 0 {
            self.per_account
        } else {
            self.per_address
        }) as usize
    }

    /// `Err(seconds)` when an attempt must wait that long.
    pub fn check(&self, account: &str, address: IpAddr, now: Timestamp) -> Result<(), u64> {
        let Ok(mut failures) = self.failures.lock() else {
            return Ok(());
        };
        let mut wait = 0;
        for (key, slot) in Self::keys(account, address) {
            if let Some(times) = failures.get_mut(&key) {
                while times
                    .front()
                    .is_some_and(|t| now.seconds_since(*t) >= self.window_seconds)
                {
                    times.pop_front();
                }
                if times.len() >= self.limit(slot)
                    && let Some(oldest) = times.front()
                {
                    wait = wait.max(self.window_seconds - now.seconds_since(*oldest));
                }
            }
        }
        if wait > 0 { Err(wait) } else { Ok(()) }
    }

    pub fn record_failure(&self, account: &str, address: IpAddr, now: Timestamp) {
        let Ok(mut failures) = self.failures.lock() else {
            return;
        };
        if failures.len() >= MAX_TRACKED_KEYS {
            let window = self.window_seconds;
            failures
                .retain(|_, times| times.back().is_some_and(|t| now.seconds_since(*t) < window));
        }
        for (key, slot) in Self::keys(account, address) {
            let limit = self.limit(slot);
            let times = failures.entry(key).or_default();
            times.push_back(now);
            while times.len() > limit {
                times.pop_front();
            }
        }
    }

    /// A successful login forgets the account's failures (not the address's).
    pub fn record_success(&self, account: &str) {
        if let Ok(mut failures) = self.failures.lock() {
            failures.remove(&Key::Account(account.to_owned()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failures_throttle_until_the_window_passes() {
        let throttle = LoginThrottle::new(3, 10, 600);
        let address: IpAddr = [10, 0, 0, 1].into();
        let start = Timestamp(1_000_000);
        for i in 0..3 {
            assert!(
                throttle
                    .check("anna", address, start.plus_seconds(i))
                    .is_ok()
            );
            throttle.record_failure("anna", address, start.plus_seconds(i));
        }
        assert_eq!(
            throttle.check("anna", address, start.plus_seconds(3)),
            Err(597)
        );
        assert!(
            throttle
                .check("bernd", address, start.plus_seconds(3))
                .is_ok()
        );
        assert!(
            throttle
                .check("anna", address, start.plus_seconds(600))
                .is_ok()
        );
    }

    #[test]
    fn an_address_is_throttled_across_accounts() {
        let throttle = LoginThrottle::new(100, 4, 60);
        let address: IpAddr = [10, 0, 0, 2].into();
        let now = Timestamp(5);
        for name in ["a", "b", "c", "d"] {
            throttle.record_failure(name, address, now);
        }
        assert!(throttle.check("e", address, now).is_err());
        assert!(throttle.check("e", [10, 0, 0, 3].into(), now).is_ok());
    }

    #[test]
    fn success_clears_the_account() {
        let throttle = LoginThrottle::new(2, 100, 60);
        let address: IpAddr = [10, 0, 0, 4].into();
        throttle.record_failure("anna", address, Timestamp(1));
        throttle.record_success("anna");
        throttle.record_failure("anna", address, Timestamp(2));
        assert!(throttle.check("anna", address, Timestamp(3)).is_ok());
    }
}

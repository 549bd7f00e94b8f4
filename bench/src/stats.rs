//! Latency and throughput figures from the raw samples of one measurement window.

use std::time::Duration;

/// The nearest-rank percentile (`p` in 0..=100) of latencies sorted ascending; `None` when empty.
pub fn percentile(sorted: &[u32], p: f64) -> Option<u32> {
    if sorted.is_empty() {
        return None;
    }
    let rank = (p / 100.0 * sorted.len() as f64).ceil() as usize;
    let index = rank.clamp(1, sorted.len()) - 1;
    sorted.get(index).copied()
}

/// What one kind of request did in one window.
#[derive(Debug, Clone)]
pub struct Summary {
    /// Requests that succeeded (their latencies are in the percentiles).
    pub count: usize,
    pub errors: u64,
    pub per_second: f64,
    pub p50_ms: f64,
    pub p99_ms: f64,
}

impl Summary {
    /// Summarises latencies in microseconds (sorted in place) over the window's length.
    pub fn of(latencies_micros: &mut [u32], errors: u64, window: Duration) -> Summary {
        latencies_micros.sort_unstable();
        let millis = |p| percentile(latencies_micros, p).map_or(0.0, |us| f64::from(us) / 1000.0);
        let seconds = window.as_secs_f64();
        Summary {
            count: latencies_micros.len(),
            errors,
            per_second: if seconds > 0.0 {
                latencies_micros.len() as f64 / seconds
            } else {
                0.0
            },
            p50_ms: millis(50.0),
            p99_ms: millis(99.0),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::{Summary, percentile};

    #[test]
    fn nearest_rank_percentiles() {
        let sorted: Vec<u32> = (1..=100).collect();
        assert_eq!(percentile(&sorted, 50.0), Some(50));
        assert_eq!(percentile(&sorted, 99.0), Some(99));
        assert_eq!(percentile(&sorted, 100.0), Some(100));
        assert_eq!(percentile(&sorted, 0.0), Some(1));
        assert_eq!(percentile(&[7], 99.0), Some(7));
        assert_eq!(percentile(&[1, 2, 3], 50.0), Some(2));
        assert_eq!(percentile(&[], 50.0), None);
    }

    #[test]
    fn summary_sorts_and_rates() {
        let mut latencies = vec![3000, 1000, 2000, 4000];
        let summary = Summary::of(&mut latencies, 1, Duration::from_secs(2));
        assert_eq!(summary.count, 4);
        assert_eq!(summary.errors, 1);
        assert!((summary.per_second - 2.0).abs() < 1e-9);
        assert!((summary.p50_ms - 2.0).abs() < 1e-9);
        assert!((summary.p99_ms - 4.0).abs() < 1e-9);
    }
}

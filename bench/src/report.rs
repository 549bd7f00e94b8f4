//! What the report says besides the figures (the machine, the date, the file system under the
//! data directory) and the plain-text table itself.

use std::fmt::Write as _;
use std::path::Path;

use crate::stats::Summary;

/// The machine the run happened on, from `/proc`.
#[derive(Debug)]
pub struct Machine {
    pub cores: usize,
    pub cpu_model: String,
    pub kernel: String,
    pub memory_mib: u64,
}

impl Machine {
    pub fn read() -> Machine {
        let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
        let meminfo = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
        Machine {
            cores: std::thread::available_parallelism().map_or(1, usize::from),
            cpu_model: cpuinfo
                .lines()
                .find_map(|line| line.strip_prefix("model name")?.split_once(':'))
                .map_or_else(
                    || "unknown".to_owned(),
                    |(_, model)| model.trim().to_owned(),
                ),
            kernel: std::fs::read_to_string("/proc/sys/kernel/osrelease")
                .map_or_else(|_| "unknown".to_owned(), |text| text.trim().to_owned()),
            memory_mib: meminfo
                .lines()
                .find_map(|line| line.strip_prefix("MemTotal:"))
                .and_then(|value| {
                    value
                        .trim()
                        .trim_end_matches("kB")
                        .trim()
                        .parse::<u64>()
                        .ok()
                })
                .map_or(0, |kib| kib / 1024),
        }
    }
}

/// The 1, 5 and 15 minute load averages: how busy the shared machine was.
pub fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|text| {
            text.split_whitespace()
                .take(3)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .unwrap_or_else(|_| "unknown".to_owned())
}

/// The file system type of the mount holding `path` (durable commits cost what its fsync costs).
pub fn filesystem_of(path: &Path) -> String {
    let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
    let mounts = std::fs::read_to_string("/proc/mounts").unwrap_or_default();
    mounts
        .lines()
        .filter_map(|line| {
            let mut fields = line.split_whitespace();
            let _device = fields.next()?;
            let mount_point = fields.next()?;
            let kind = fields.next()?;
            path.starts_with(mount_point)
                .then(|| (mount_point.len(), kind.to_owned()))
        })
        .max_by_key(|(length, _)| *length)
        .map_or_else(|| "unknown".to_owned(), |(_, kind)| kind)
}

/// `YYYY-MM-DD HH:MM UTC` of a Unix time.
pub fn utc(unix_seconds: u64) -> String {
    let days = (unix_seconds / 86_400) as i64;
    let seconds_of_day = unix_seconds % 86_400;
    // Howard Hinnant's days-to-civil algorithm.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02} UTC",
        seconds_of_day / 3600,
        seconds_of_day % 3600 / 60
    )
}

/// One line of the table.
#[derive(Debug)]
pub struct Row {
    pub scenario: String,
    pub connections: usize,
    pub summary: Summary,
    /// Requests per second over the baseline's at the same number of connections.
    pub ratio: Option<f64>,
    /// Server CPU time per counted request, in microseconds.
    pub server_micros_per_request: Option<f64>,
    /// CPU cores the server and the bench used on average during the window.
    pub server_cores: Option<f64>,
    pub bench_cores: Option<f64>,
}

/// The table, in fixed-width columns.
pub fn table(rows: &[Row]) -> String {
    let width = rows
        .iter()
        .map(|row| row.scenario.chars().count())
        .max()
        .unwrap_or(8)
        .max(8);
    let optional = |value: Option<f64>, decimals: usize| match value {
        Some(value) => format!("{value:.decimals$}"),
        None => "–".to_owned(),
    };
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<width$}  {:>5}  {:>9}  {:>8}  {:>8}  {:>6}  {:>6}  {:>10}  {:>9}  {:>11}",
        "scenario",
        "conns",
        "req/s",
        "p50 ms",
        "p99 ms",
        "ratio",
        "errors",
        "srv µs/req",
        "srv cores",
        "bench cores"
    );
    for row in rows {
        let _ = writeln!(
            out,
            "{:<width$}  {:>5}  {:>9.1}  {:>8.2}  {:>8.2}  {:>6}  {:>6}  {:>10}  {:>9}  {:>11}",
            row.scenario,
            row.connections,
            row.summary.per_second,
            row.summary.p50_ms,
            row.summary.p99_ms,
            optional(row.ratio, 2),
            row.summary.errors,
            optional(row.server_micros_per_request, 0),
            optional(row.server_cores, 2),
            optional(row.bench_cores, 2),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::utc;

    #[test]
    fn formats_unix_times_as_utc_dates() {
        assert_eq!(utc(0), "1970-01-01 00:00 UTC");
        assert_eq!(utc(951_782_400), "2000-02-29 00:00 UTC");
        assert_eq!(utc(1_700_000_000), "2023-11-14 22:13 UTC");
    }
}

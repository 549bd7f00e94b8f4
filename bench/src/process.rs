//! The servers under test as child processes: spawning, readiness, CPU time and memory from
//! `/proc`, and a graceful stop (SIGTERM, then SIGKILL). A child left behind by an error is
//! killed when its handle drops.

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::net::{SocketAddr, TcpListener};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{Context, anyhow, bail};
use hyper::StatusCode;
use rustix::process::{Pid, Signal, kill_process};

use crate::client::Client;

/// How often readiness is polled; the resolution of the start-up figures.
const POLL_INTERVAL: Duration = Duration::from_millis(2);

/// A running server process.
pub struct ServerProcess {
    child: Child,
    pub addr: SocketAddr,
    pub spawned: Instant,
    /// Lines of standard output with the time each arrived.
    lines: Arc<Mutex<Vec<(Instant, String)>>>,
}

/// When a starting server first answered and when it was ready, counted from the spawn.
#[derive(Debug, Clone, Copy)]
pub struct StartTimes {
    pub answering: Duration,
    pub ready: Duration,
}

/// A loopback port that was free a moment ago.
pub fn free_port() -> anyhow::Result<SocketAddr> {
    let listener = TcpListener::bind("127.0.0.1:0")?;
    Ok(listener.local_addr()?)
}

impl ServerProcess {
    /// Starts `command` with its standard error in `log`, reading its standard output by line.
    pub fn spawn(mut command: Command, addr: SocketAddr, log: &Path) -> anyhow::Result<Self> {
        let log_file =
            File::create(log).with_context(|| format!("cannot create {}", log.display()))?;
        command
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(log_file);
        let spawned = Instant::now();
        let mut child = command
            .spawn()
            .with_context(|| format!("cannot start {:?}", command.get_program()))?;
        let lines = Arc::new(Mutex::new(Vec::new()));
        if let Some(stdout) = child.stdout.take() {
            let lines = lines.clone();
            std::thread::spawn(move || {
                for line in BufReader::new(stdout).lines() {
                    let Ok(line) = line else { break };
                    if let Ok(mut lines) = lines.lock() {
                        lines.push((Instant::now(), line));
                    }
                }
            });
        }
        Ok(ServerProcess {
            child,
            addr,
            spawned,
            lines,
        })
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Polls `path` until it answers 200; fails if the process exits or `limit` passes.
    pub async fn wait_ready(&mut self, path: &str, limit: Duration) -> anyhow::Result<StartTimes> {
        let mut answering = None;
        loop {
            if let Some(status) = self.child.try_wait()? {
                bail!("the server exited during start-up ({status})");
            }
            let mut client = Client::new(self.addr)?;
            if let Ok(reply) = client.get(path).await {
                let now = self.spawned.elapsed();
                let answering = *answering.get_or_insert(now);
                if reply.status == StatusCode::OK {
                    return Ok(StartTimes {
                        answering,
                        ready: now,
                    });
                }
            }
            if self.spawned.elapsed() > limit {
                bail!("{path} did not answer 200 within {limit:?}");
            }
            tokio::time::sleep(POLL_INTERVAL).await;
        }
    }

    /// Waits for a line of standard output containing `text`; returns when it arrived.
    pub async fn wait_line(&mut self, text: &str, limit: Duration) -> anyhow::Result<Duration> {
        loop {
            if let Ok(lines) = self.lines.lock()
                && let Some((at, _)) = lines.iter().find(|(_, line)| line.contains(text))
            {
                return Ok(at.duration_since(self.spawned));
            }
            if let Some(status) = self.child.try_wait()? {
                bail!("the server exited before printing {text:?} ({status})");
            }
            if self.spawned.elapsed() > limit {
                bail!("the server did not print {text:?} within {limit:?}");
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }

    /// SIGTERM, then SIGKILL after ten seconds.
    pub async fn stop(mut self) -> anyhow::Result<()> {
        let pid = i32::try_from(self.child.id())
            .ok()
            .and_then(Pid::from_raw)
            .ok_or_else(|| anyhow!("no process id"))?;
        kill_process(pid, Signal::TERM)?;
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if self.child.try_wait()?.is_some() {
                return Ok(());
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        self.child.kill()?;
        self.child.wait()?;
        bail!("the server ignored SIGTERM for ten seconds and was killed")
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// A `Vm…:` line of `/proc/PID/status` in KiB (`VmRSS`, `VmHWM`).
pub fn memory_kib(pid: u32, field: &str) -> anyhow::Result<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status"))?;
    status
        .lines()
        .find_map(|line| line.strip_prefix(field)?.strip_prefix(':'))
        .and_then(|value| value.trim().trim_end_matches("kB").trim().parse().ok())
        .ok_or_else(|| anyhow!("no {field} in /proc/{pid}/status"))
}

/// User plus system CPU time a process (all its threads) has used; `pid` `None` means this one.
pub fn cpu_time(pid: Option<u32>) -> anyhow::Result<Duration> {
    let path = match pid {
        Some(pid) => format!("/proc/{pid}/stat"),
        None => "/proc/self/stat".to_owned(),
    };
    let stat = std::fs::read_to_string(&path)?;
    let ticks = cpu_ticks(&stat).ok_or_else(|| anyhow!("cannot read {path}"))?;
    let per_second = rustix::param::clock_ticks_per_second().max(1);
    Ok(Duration::from_secs_f64(ticks as f64 / per_second as f64))
}

/// `utime + stime` from the text of `/proc/PID/stat`. The command name (field 2) may contain
/// spaces and parentheses, so fields are counted from after its last `)`.
fn cpu_ticks(stat: &str) -> Option<u64> {
    let after_name = &stat[stat.rfind(')')? + 1..];
    let mut fields = after_name.split_ascii_whitespace().skip(11);
    let user: u64 = fields.next()?.parse().ok()?;
    let system: u64 = fields.next()?.parse().ok()?;
    Some(user + system)
}

#[cfg(test)]
mod tests {
    use super::cpu_ticks;

    #[test]
    fn reads_cpu_ticks_after_an_odd_command_name() {
        let stat = "4242 (tokio (x) 1) S 1 4242 4242 0 -1 4194304 1234 0 0 0 250 75 0 0 20 0 9 0 \
                    100 2000000 3000 18446744073709551615";
        assert_eq!(cpu_ticks(stat), Some(325));
        assert_eq!(cpu_ticks("garbage"), None);
    }
}

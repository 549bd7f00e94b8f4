//! The service manager's notification protocol (`sd_notify`): under systemd with `Type=notify`
//! the server says when it is ready, reloading and stopping, and pets the watchdog while it is
//! healthy. Without `NOTIFY_SOCKET` in the environment (a terminal, the in-process test servers)
//! every call does nothing. Only `server::run`, the life of `digifit serve`, sends them.

use std::time::Duration;

use sd_notify::NotifyState;

fn send(states: &[NotifyState<'_>]) {
    if let Err(error) = sd_notify::notify(states) {
        tracing::warn!(%error, "cannot notify the service manager");
    }
}

/// READY=1: the server answers every route (`/readyz` says 200), or is back after a reload.
pub fn ready(status: &str) {
    send(&[NotifyState::Ready, NotifyState::Status(status)]);
}

/// RELOADING=1 with the monotonic time systemd's `Type=notify-reload` asks for; `ready` follows
/// once the reload is done, whatever its outcome.
pub fn reloading() {
    match NotifyState::monotonic_usec_now() {
        Ok(now) => send(&[NotifyState::Reloading, now]),
        Err(_) => send(&[NotifyState::Reloading]),
    }
}

/// STOPPING=1: the server has begun its graceful shutdown.
pub fn stopping() {
    send(&[NotifyState::Stopping, NotifyState::Status("stopping")]);
}

/// WATCHDOG=1: the server is alive and healthy. A failure is not logged above debug, because
/// it would repeat with every period.
pub fn watchdog() {
    if let Err(error) = sd_notify::notify(&[NotifyState::Watchdog]) {
        tracing::debug!(%error, "cannot notify the service manager's watchdog");
    }
}

/// How often to pet the watchdog: half of `WATCHDOG_USEC`, when the service manager set it for
/// this process (`WATCHDOG_PID`, if present, names it).
pub fn watchdog_period() -> Option<Duration> {
    sd_notify::watchdog_enabled()
        .filter(|timeout| !timeout.is_zero())
        .map(|timeout| timeout / 2)
}

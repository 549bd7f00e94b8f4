//! `digifit serve` under a service manager, as the real binary in a child process: it says
//! READY=1 once it serves, pets the watchdog at half of WATCHDOG_USEC, reloads its certificate on
//! SIGHUP between RELOADING=1 and READY=1 (a refused reload keeps the certificate it had), says
//! STOPPING=1 on SIGTERM and exits cleanly; and with `[log] format = "json"` every line it logs
//! is one JSON object with a timestamp, level, target and message.

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::os::unix::net::UnixDatagram;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use reqwest::StatusCode;
use rustix::process::Signal;

use crate::tls::{Authority, certificate, der, fetch, https_client, install, server_certificate};

const BINARY: &str = env!("CARGO_BIN_EXE_digifit");

/// The child process, killed if the test ends before it exits.
struct Serve(Child);

impl Serve {
    fn signal(&self, signal: Signal) {
        rustix::process::kill_process(rustix::process::Pid::from_child(&self.0), signal).unwrap();
    }
}

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// The notifications a service manager would receive, one line each, and all seen so far.
struct Manager {
    lines: mpsc::Receiver<String>,
    seen: Vec<String>,
    stop: Arc<AtomicBool>,
}

impl Manager {
    /// Binds the notification socket at `path` and collects what arrives there.
    fn listen(path: &Path) -> Manager {
        let socket = UnixDatagram::bind(path).unwrap();
        socket
            .set_read_timeout(Some(Duration::from_millis(100)))
            .unwrap();
        let stop = Arc::new(AtomicBool::new(false));
        let stopped = stop.clone();
        let (sender, lines) = mpsc::channel();
        std::thread::spawn(move || {
            let mut buffer = [0u8; 4096];
            while !stopped.load(Ordering::Relaxed) {
                if let Ok(length) = socket.recv(&mut buffer) {
                    for line in String::from_utf8_lossy(&buffer[..length]).lines() {
                        let _ = sender.send(line.to_owned());
                    }
                }
            }
        });
        Manager {
            lines,
            seen: Vec::new(),
            stop,
        }
    }

    /// Waits for the next line that `wanted` accepts and returns it.
    #[track_caller]
    fn expect(&mut self, wanted: impl Fn(&str) -> bool, within: Duration) -> String {
        let deadline = Instant::now() + within;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let Ok(line) = self.lines.recv_timeout(left) else {
                panic!(
                    "no such notification within {within:?}; seen: {:?}",
                    self.seen
                );
            };
            self.seen.push(line.clone());
            if wanted(&line) {
                return line;
            }
        }
    }
}

impl Drop for Manager {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

/// Compiled plugins from the in-process test servers, so that the child need not compile the
/// bundled games again (it compiles whatever is missing or does not fit its engine).
fn share_plugin_cache(data: &Path) {
    let shared = Path::new(env!("CARGO_TARGET_TMPDIR")).join("plugin-cache");
    let cache = data.join("cache");
    std::fs::create_dir_all(&cache).unwrap();
    for entry in std::fs::read_dir(shared).into_iter().flatten().flatten() {
        if entry.file_type().is_ok_and(|kind| kind.is_file()) {
            let _ = std::fs::copy(entry.path(), cache.join(entry.file_name()));
        }
    }
}

/// The level and message of a JSON log line, checking that it has every part a collector needs.
#[track_caller]
fn entry(line: &str) -> (String, String) {
    let entry: serde_json::Value = serde_json::from_str(line)
        .unwrap_or_else(|error| panic!("not one JSON object per line ({error}): {line}"));
    for key in ["timestamp", "level", "target"] {
        assert!(entry[key].is_string(), "no {key}: {line}");
    }
    let message = entry["fields"]["message"].as_str();
    let message = message.unwrap_or_else(|| panic!("no fields.message: {line}"));
    (
        entry["level"].as_str().unwrap().to_owned(),
        message.to_owned(),
    )
}

#[test]
fn serve_notifies_systemd_pets_the_watchdog_reloads_on_sighup_and_logs_json() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    share_plugin_cache(&data);
    let (files, old_pem) = certificate(dir.path(), "server");
    let config = dir.path().join("digifit.toml");
    std::fs::write(
        &config,
        format!(
            "[server]\nlisten = \"127.0.0.1:0\"\ntls_certificate = {:?}\ntls_private_key = {:?}\n\
             [storage]\ndata_dir = {data:?}\n[log]\nformat = \"json\"\nlevel = \"info\"\n",
            files.certificate_chain, files.private_key
        ),
    )
    .unwrap();
    let mut manager = Manager::listen(&dir.path().join("notify.sock"));
    let mut child = Command::new(BINARY)
        .args(["serve", "--config"])
        .arg(&config)
        .env("NOTIFY_SOCKET", dir.path().join("notify.sock"))
        .env("WATCHDOG_USEC", "200000")
        .env_remove("WATCHDOG_PID")
        .env_remove("RUST_LOG")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let serve = Serve(child);
    let (sender, logged) = mpsc::channel::<String>();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            let _ = sender.send(line);
        }
    });
    let mut lines = Vec::new();
    let addr: SocketAddr = loop {
        let Ok(line) = logged.recv_timeout(Duration::from_secs(60)) else {
            panic!("the server did not log its address: {lines:#?}");
        };
        let value: serde_json::Value = serde_json::from_str(&line).unwrap_or_default();
        lines.push(line);
        if value["fields"]["message"] == "listening" {
            break value["fields"]["local_addr"]
                .as_str()
                .unwrap()
                .parse()
                .unwrap();
        }
    };

    // READY=1 once the whole application answers (the first start may compile plugins).
    manager.expect(|line| line == "READY=1", Duration::from_secs(180));
    let status = manager.expect(|line| line.starts_with("STATUS="), Duration::from_secs(5));
    assert_eq!(status, format!("STATUS=serving on https://{addr}"));
    let readyz = runtime.block_on(fetch(&https_client(addr, &[&old_pem]), addr, "/readyz"));
    assert_eq!(readyz, (StatusCode::OK, der(&old_pem)));
    // Half of WATCHDOG_USEC = 200 ms: pets keep coming.
    for _ in 0..3 {
        manager.expect(|line| line == "WATCHDOG=1", Duration::from_secs(5));
    }

    // A renewed certificate, then SIGHUP: RELOADING=1, READY=1, and new connections get it.
    let root = Authority::new("digifit test root", None, (2020, 1, 1), (2090, 1, 1));
    let (new_pem, new_key) = server_certificate(Some(&root), (2020, 1, 1), (2090, 1, 1));
    install(&files, &new_pem, &new_key);
    serve.signal(Signal::HUP);
    manager.expect(|line| line == "RELOADING=1", Duration::from_secs(10));
    manager.expect(
        |line| line.starts_with("MONOTONIC_USEC="),
        Duration::from_secs(5),
    );
    manager.expect(|line| line == "READY=1", Duration::from_secs(10));
    let renewed = runtime.block_on(fetch(&https_client(addr, &[&root.pem()]), addr, "/healthz"));
    assert_eq!(renewed, (StatusCode::OK, der(&new_pem)));

    // An expired certificate is refused: the renewed one stays, and the status says why.
    let (expired_pem, expired_key) = server_certificate(None, (2020, 1, 1), (2025, 1, 1));
    install(&files, &expired_pem, &expired_key);
    serve.signal(Signal::HUP);
    manager.expect(|line| line == "RELOADING=1", Duration::from_secs(10));
    manager.expect(|line| line == "READY=1", Duration::from_secs(10));
    let refused = manager.expect(|line| line.starts_with("STATUS="), Duration::from_secs(5));
    assert!(refused.contains("the last reload was refused"), "{refused}");
    assert!(refused.contains("expired on 2025-01-01"), "{refused}");
    let kept = runtime.block_on(fetch(&https_client(addr, &[&root.pem()]), addr, "/healthz"));
    assert_eq!(kept, (StatusCode::OK, der(&new_pem)));

    // SIGTERM: STOPPING=1 and a clean exit.
    serve.signal(Signal::TERM);
    manager.expect(|line| line == "STOPPING=1", Duration::from_secs(10));
    let mut serve = serve;
    let deadline = Instant::now() + Duration::from_secs(30);
    let exit = loop {
        if let Some(status) = serve.0.try_wait().unwrap() {
            break status;
        }
        assert!(Instant::now() < deadline, "no exit within 30 s of SIGTERM");
        if let Ok(line) = logged.recv_timeout(Duration::from_millis(50)) {
            lines.push(line);
        }
    };
    assert!(exit.success(), "{exit:?}");

    // The whole log: one JSON object per line, each with the parts a log collector needs.
    lines.extend(logged.iter());
    let entries: Vec<(String, String)> = lines.iter().map(|line| entry(line)).collect();
    for (level, message) in [
        ("INFO", "listening"),
        ("INFO", "ready"),
        ("INFO", "TLS certificate reloaded; new connections get it"),
        (
            "ERROR",
            "TLS certificate reload refused; the certificate in use stays",
        ),
        ("INFO", "shutting down"),
    ] {
        assert!(
            entries.iter().any(|(l, m)| l == level && m == message),
            "{level} {message:?} not logged: {lines:#?}"
        );
    }
}

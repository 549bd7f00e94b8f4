//! Logging: human-readable lines or JSON, always on stderr, which systemd passes to the journal
//! (the CLI's own output, such as `demo`'s greeting or `user list`, goes to stdout). JSON is one
//! object per line: `timestamp`, `level`, `target` and `fields` (with the `message`). Colours only
//! on a terminal. `RUST_LOG` overrides the configured level.

use std::io::IsTerminal;

use tracing_subscriber::EnvFilter;

use crate::config::LogFormat;

pub fn init(format: LogFormat, level: &str) {
    let filter = EnvFilter::try_from_default_env()
        .or_else(|_| EnvFilter::try_new(level))
        .unwrap_or_else(|_| EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    // A second initialisation (tests start many servers in one process) is harmless.
    let _ = match format {
        LogFormat::Json => builder.json().with_ansi(false).try_init(),
        LogFormat::Text => builder
            .with_ansi(std::io::stderr().is_terminal())
            .try_init(),
    };
}

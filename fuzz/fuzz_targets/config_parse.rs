//! Fuzzes the configuration from its text to the `Settings` the server runs on: `config::parse`
//! and `ConfigFile::resolve`, what `digifit check-config` and `serve` do after reading the file
//! (the fuzz target never reads or writes a file).
//!
//! Properties: text that is not TOML for `ConfigFile` is a `Syntax` error, a bad value an
//! `Invalid` error naming a key that exists, and every error prints; resolved settings keep every
//! rule `resolve` enforces: plain HTTP only on loopback, an absolute data folder with the cache
//! inside it, each number within its documented range, a public origin reduced to lower-case
//! `scheme://authority`, and exactly the trusted keys the file lists.

#![no_main]

use std::path::Path;
use std::sync::LazyLock;

use digifit::config::{self, ConfigError, ConfigFile, Settings};
use libfuzzer_sys::fuzz_target;

/// Every key a configuration file can set: a fresh file leaves them all unset.
static KNOWN_KEYS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| ConfigFile::default().unset_keys());

fn check_settings(settings: &Settings, trusted_key_count: usize, allow_unsigned: bool) {
    assert!(
        settings.tls.is_some() || settings.listen.ip().is_loopback(),
        "plain HTTP on {}",
        settings.listen
    );
    assert!(settings.data_dir.is_absolute());
    assert_eq!(settings.plugin_cache_dir, settings.data_dir.join("cache"));
    assert!((16 * 1024..=256 * 1024 * 1024).contains(&settings.max_body_bytes));
    assert_eq!(settings.max_body_bytes % 1024, 0);
    assert!((1..=300).contains(&settings.header_read_timeout_seconds));
    assert!((1..=3600).contains(&settings.request_timeout_seconds));
    assert!((60..=24 * 3600).contains(&settings.session_idle_timeout_seconds));
    assert!((3600..=30 * 24 * 3600).contains(&settings.session_absolute_timeout_seconds));
    assert!((1..=1000).contains(&settings.login_max_attempts_per_account));
    assert!((1..=100_000).contains(&settings.login_max_attempts_per_address));
    assert!((60..=24 * 3600).contains(&settings.login_throttle_window_seconds));
    assert!((8..=128).contains(&settings.min_password_length));
    assert!(settings.self_assessment_interval_days <= 3650);
    if let Some(origin) = &settings.public_origin {
        let authority = origin
            .strip_prefix("https://")
            .or_else(|| origin.strip_prefix("http://"));
        assert!(
            authority
                .is_some_and(|authority| !authority.is_empty()
                    && !authority.contains(['/', '@', ' ', '?', '#'])),
            "public origin {origin:?}"
        );
        assert_eq!(*origin, origin.to_ascii_lowercase());
    }
    assert_eq!(settings.trust.trusted_keys.len(), trusted_key_count);
    assert_eq!(settings.trust.allow_unsigned, allow_unsigned);
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let file = match config::parse(Path::new("fuzz.toml"), text) {
        Ok(file) => file,
        Err(error @ ConfigError::Syntax { .. }) => {
            let _ = error.to_string();
            return;
        }
        Err(error) => panic!("parsing failed with something other than a syntax error: {error}"),
    };
    assert!(file.unset_keys().iter().all(|key| KNOWN_KEYS.contains(key)));
    let trusted_key_count = file.plugins.trusted_keys.as_ref().map_or(0, Vec::len);
    let allow_unsigned = file.plugins.allow_unsigned.unwrap_or(false);
    match file.resolve() {
        Ok(settings) => check_settings(&settings, trusted_key_count, allow_unsigned),
        Err(error @ ConfigError::Invalid { key, .. }) => {
            assert!(KNOWN_KEYS.contains(&key), "{key:?} is not a key: {error}");
            let _ = error.to_string();
        }
        Err(error) => panic!("resolving failed with something other than a bad value: {error}"),
    }
});

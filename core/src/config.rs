//! The configuration: the TOML file an admin writes (`ConfigFile`, validated only) and the
//! resolved `Settings` the server runs on. Test-only knobs (the clock) live on `Settings` and are
//! unreachable from the file.

use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};

use ipnet::IpNet;
use serde::Deserialize;

use crate::clock::Clock;
use crate::plugins::keys::PublicKey;
use crate::plugins::package::TrustPolicy;

/// Where `serve` and the CLI look when no `--config` is given.
pub const DEFAULT_CONFIG_PATH: &str = "/etc/digifit/digifit.toml";

/// The file as written, every key optional with a documented default
/// (see `packaging/digifit.toml`). Unknown keys are errors, so typos never go unnoticed.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    #[serde(default)]
    pub server: ServerSection,
    #[serde(default)]
    pub storage: StorageSection,
    #[serde(default)]
    pub sessions: SessionsSection,
    #[serde(default)]
    pub login: LoginSection,
    #[serde(default)]
    pub log: LogSection,
    #[serde(default)]
    pub plugins: PluginsSection,
    #[serde(default)]
    pub competence: CompetenceSection,
    #[serde(default)]
    pub privacy: PrivacySection,
    #[serde(default)]
    pub metrics: MetricsSection,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MetricsSection {
    pub allow: Option<Vec<String>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PrivacySection {
    pub min_group_size: Option<u64>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompetenceSection {
    pub self_assessment_interval_days: Option<u64>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PluginsSection {
    pub trusted_keys: Option<Vec<String>>,
    pub allow_unsigned: Option<bool>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServerSection {
    pub listen: Option<String>,
    pub public_url: Option<String>,
    pub tls_certificate: Option<PathBuf>,
    pub tls_private_key: Option<PathBuf>,
    pub max_body_kib: Option<u64>,
    pub header_read_timeout_seconds: Option<u64>,
    pub request_timeout_seconds: Option<u64>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StorageSection {
    pub data_dir: Option<PathBuf>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionsSection {
    pub idle_timeout_minutes: Option<u64>,
    pub absolute_timeout_hours: Option<u64>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LoginSection {
    pub max_attempts_per_account: Option<u32>,
    pub max_attempts_per_address: Option<u32>,
    pub throttle_window_minutes: Option<u64>,
    pub min_password_length: Option<usize>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LogSection {
    pub format: Option<String>,
    pub level: Option<String>,
}

/// A configuration that cannot be used, naming the key at fault.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file could not be read.
    #[error("cannot read the configuration file {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    /// The file is not valid TOML, or has an unknown key or a value of the wrong type.
    #[error("{path}: {message}")]
    Syntax { path: PathBuf, message: String },
    /// A key has a value that is well-formed but not acceptable.
    #[error("{key}: {message}")]
    Invalid { key: &'static str, message: String },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
}

/// TLS material as named in the configuration.
#[derive(Debug, Clone)]
pub struct TlsFiles {
    pub certificate_chain: PathBuf,
    pub private_key: PathBuf,
}

/// The resolved settings the server runs on.
#[derive(Debug, Clone)]
pub struct Settings {
    pub listen: SocketAddr,
    /// The origin browsers see (`https://host[:port]`), used for the Origin check on POSTs. When
    /// not configured, the request's own Host header is trusted for it.
    pub public_origin: Option<String>,
    pub tls: Option<TlsFiles>,
    pub data_dir: PathBuf,
    pub max_body_bytes: usize,
    pub header_read_timeout_seconds: u64,
    pub request_timeout_seconds: u64,
    pub session_idle_timeout_seconds: u64,
    pub session_absolute_timeout_seconds: u64,
    pub login_max_attempts_per_account: u32,
    pub login_max_attempts_per_address: u32,
    pub login_throttle_window_seconds: u64,
    pub min_password_length: usize,
    pub log_format: LogFormat,
    pub log_level: String,
    /// Which plugin packages may be installed: signed by these publishers, or unsigned if allowed.
    pub trust: TrustPolicy,
    /// Where compiled plugins are cached: `<data_dir>/cache` (tests share one across servers).
    pub plugin_cache_dir: PathBuf,
    /// Days after a self-assessment (answered or skipped) before players are invited to the next
    /// one; 0 = only the first is asked for.
    pub self_assessment_interval_days: u64,
    /// The fewest people a figure shown to leads may describe (k); never below
    /// `insights::privacy::MIN_GROUP_SIZE_FLOOR`.
    pub min_group_size: usize,
    /// Who may read `/metrics`: client addresses inside one of these networks (a single address
    /// is a /32 or /128 network). Everyone else gets 404.
    pub metrics_allow: Vec<IpNet>,
    pub clock: Clock,
}

impl Settings {
    /// Settings for a local development or demo server: plain HTTP on a loopback address.
    pub fn local(listen: SocketAddr, data_dir: PathBuf) -> Settings {
        Settings {
            listen,
            plugin_cache_dir: data_dir.join("cache"),
            data_dir,
            ..defaults()
        }
    }

    pub fn store_path(&self) -> PathBuf {
        self.data_dir.join("digifit.redb")
    }

    pub fn admin_socket_path(&self) -> PathBuf {
        self.data_dir.join("admin.sock")
    }

    pub fn uses_tls(&self) -> bool {
        self.tls.is_some()
    }
}

/// The value of every setting whose key is absent from the file.
fn defaults() -> Settings {
    Settings {
        listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
        public_origin: None,
        tls: None,
        data_dir: PathBuf::from("/var/lib/digifit"),
        max_body_bytes: 1024 * 1024,
        header_read_timeout_seconds: 10,
        request_timeout_seconds: 30,
        session_idle_timeout_seconds: 30 * 60,
        session_absolute_timeout_seconds: 10 * 3600,
        login_max_attempts_per_account: 5,
        login_max_attempts_per_address: 30,
        login_throttle_window_seconds: 15 * 60,
        min_password_length: 10,
        log_format: LogFormat::Text,
        log_level: "info".to_owned(),
        plugin_cache_dir: PathBuf::from("/var/lib/digifit/cache"),
        trust: TrustPolicy::default(),
        self_assessment_interval_days: 180,
        min_group_size: 5,
        metrics_allow: vec![
            IpNet::from(IpAddr::from([127, 0, 0, 1])),
            IpNet::from(IpAddr::from(std::net::Ipv6Addr::LOCALHOST)),
        ],
        clock: Clock::System,
    }
}

/// Reads and resolves a configuration file.
pub fn load(path: &Path) -> Result<Settings, ConfigError> {
    let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
        path: path.to_owned(),
        source,
    })?;
    parse(path, &text)?.resolve()
}

/// Parses the text of a configuration file without resolving it.
pub fn parse(path: &Path, text: &str) -> Result<ConfigFile, ConfigError> {
    toml::from_str(text).map_err(|error| ConfigError::Syntax {
        path: path.to_owned(),
        message: error.to_string().trim_end().to_owned(),
    })
}

fn in_range<T: PartialOrd + std::fmt::Display + Copy>(
    key: &'static str,
    value: T,
    low: T,
    high: T,
) -> Result<T, ConfigError> {
    if value < low || value > high {
        return Err(ConfigError::Invalid {
            key,
            message: format!("{value} is out of range; use a value from {low} to {high}"),
        });
    }
    Ok(value)
}

impl ConfigFile {
    /// Checks every value and fills in the defaults.
    pub fn resolve(self) -> Result<Settings, ConfigError> {
        let defaults = defaults();
        let listen = match &self.server.listen {
            Some(text) => text
                .parse::<SocketAddr>()
                .map_err(|_| ConfigError::Invalid {
                    key: "server.listen",
                    message: format!(
                        "{text:?} is not an address with a port, such as \"0.0.0.0:443\""
                    ),
                })?,
            None => SocketAddr::from(([0, 0, 0, 0], 443)),
        };
        let tls = match (&self.server.tls_certificate, &self.server.tls_private_key) {
            (Some(certificate_chain), Some(private_key)) => Some(TlsFiles {
                certificate_chain: certificate_chain.clone(),
                private_key: private_key.clone(),
            }),
            (None, None) => None,
            (Some(_), None) => {
                return Err(ConfigError::Invalid {
                    key: "server.tls_private_key",
                    message: "server.tls_certificate is set, so the private key is needed too"
                        .into(),
                });
            }
            (None, Some(_)) => {
                return Err(ConfigError::Invalid {
                    key: "server.tls_certificate",
                    message: "server.tls_private_key is set, so the certificate is needed too"
                        .into(),
                });
            }
        };
        if tls.is_none() && !listen.ip().is_loopback() {
            return Err(ConfigError::Invalid {
                key: "server.listen",
                message: format!(
                    "{listen} is not a loopback address, and plain HTTP is only allowed on loopback; \
                     set server.tls_certificate and server.tls_private_key, or listen on 127.0.0.1 \
                     behind a TLS reverse proxy"
                ),
            });
        }
        let public_origin = match &self.server.public_url {
            Some(url) => Some(parse_origin(url)?),
            None => None,
        };
        let data_dir = self.storage.data_dir.clone().unwrap_or(defaults.data_dir);
        let cache_dir = data_dir.join("cache");
        let mut trusted_keys = Vec::new();
        for (index, text) in self.plugins.trusted_keys.iter().flatten().enumerate() {
            let key = PublicKey::parse(text).map_err(|error| ConfigError::Invalid {
                key: "plugins.trusted_keys",
                message: format!(
                    "entry {} is not a minisign public key (the line starting with RW): {error}",
                    index + 1
                ),
            })?;
            trusted_keys.push(key);
        }
        let trust = TrustPolicy {
            trusted_keys,
            allow_unsigned: self.plugins.allow_unsigned.unwrap_or(false),
        };
        if !data_dir.is_absolute() {
            return Err(ConfigError::Invalid {
                key: "storage.data_dir",
                message: format!("{} is not an absolute path", data_dir.display()),
            });
        }
        let max_body_kib = in_range(
            "server.max_body_kib",
            self.server.max_body_kib.unwrap_or(1024),
            16,
            256 * 1024,
        )?;
        let log_format = match self.log.format.as_deref() {
            None | Some("text") => LogFormat::Text,
            Some("json") => LogFormat::Json,
            Some(other) => {
                return Err(ConfigError::Invalid {
                    key: "log.format",
                    message: format!("{other:?} is not a log format; use \"text\" or \"json\""),
                });
            }
        };
        let log_level = self.log.level.clone().unwrap_or(defaults.log_level);
        let metrics_allow = match &self.metrics.allow {
            Some(entries) => entries
                .iter()
                .map(|entry| parse_network(entry))
                .collect::<Result<Vec<_>, _>>()?,
            None => defaults.metrics_allow,
        };
        if tracing_subscriber::EnvFilter::try_new(&log_level).is_err() {
            return Err(ConfigError::Invalid {
                key: "log.level",
                message: format!(
                    "{log_level:?} is not a level; use error, warn, info, debug or trace"
                ),
            });
        }
        Ok(Settings {
            listen,
            public_origin,
            tls,
            data_dir,
            max_body_bytes: usize::try_from(max_body_kib * 1024).unwrap_or(usize::MAX),
            header_read_timeout_seconds: in_range(
                "server.header_read_timeout_seconds",
                self.server.header_read_timeout_seconds.unwrap_or(10),
                1,
                300,
            )?,
            request_timeout_seconds: in_range(
                "server.request_timeout_seconds",
                self.server.request_timeout_seconds.unwrap_or(30),
                1,
                3600,
            )?,
            session_idle_timeout_seconds: 60
                * in_range(
                    "sessions.idle_timeout_minutes",
                    self.sessions.idle_timeout_minutes.unwrap_or(30),
                    1,
                    24 * 60,
                )?,
            session_absolute_timeout_seconds: 3600
                * in_range(
                    "sessions.absolute_timeout_hours",
                    self.sessions.absolute_timeout_hours.unwrap_or(10),
                    1,
                    24 * 30,
                )?,
            login_max_attempts_per_account: in_range(
                "login.max_attempts_per_account",
                self.login.max_attempts_per_account.unwrap_or(5),
                1,
                1000,
            )?,
            login_max_attempts_per_address: in_range(
                "login.max_attempts_per_address",
                self.login.max_attempts_per_address.unwrap_or(30),
                1,
                100_000,
            )?,
            login_throttle_window_seconds: 60
                * in_range(
                    "login.throttle_window_minutes",
                    self.login.throttle_window_minutes.unwrap_or(15),
                    1,
                    24 * 60,
                )?,
            min_password_length: in_range(
                "login.min_password_length",
                self.login.min_password_length.unwrap_or(10),
                8,
                128,
            )?,
            log_format,
            log_level,
            plugin_cache_dir: cache_dir,
            trust,
            self_assessment_interval_days: in_range(
                "competence.self_assessment_interval_days",
                self.competence
                    .self_assessment_interval_days
                    .unwrap_or(defaults.self_assessment_interval_days),
                0,
                3650,
            )?,
            min_group_size: usize::try_from(in_range(
                "privacy.min_group_size",
                self.privacy
                    .min_group_size
                    .unwrap_or(defaults.min_group_size as u64),
                crate::insights::privacy::MIN_GROUP_SIZE_FLOOR as u64,
                1000,
            )?)
            .unwrap_or(defaults.min_group_size),
            metrics_allow,
            clock: Clock::System,
        })
    }
}

/// An address (`192.0.2.7`, `::1`) or a network in CIDR notation (`10.0.0.0/8`).
fn parse_network(text: &str) -> Result<IpNet, ConfigError> {
    if let Ok(address) = text.parse::<IpAddr>() {
        return Ok(IpNet::from(address));
    }
    text.parse::<IpNet>()
        .map(|network| network.trunc())
        .map_err(|_| ConfigError::Invalid {
            key: "metrics.allow",
            message: format!(
                "{text:?} is neither an IP address nor a network such as \"10.0.0.0/8\""
            ),
        })
}

/// Reduces a public URL to its origin (`scheme://host[:port]`), the form browsers send.
fn parse_origin(url: &str) -> Result<String, ConfigError> {
    let invalid = |message: &str| ConfigError::Invalid {
        key: "server.public_url",
        message: format!("{url:?} {message}"),
    };
    let (scheme, rest) = url
        .split_once("://")
        .ok_or_else(|| invalid("is not a URL such as \"https://digifit.example.de\""))?;
    if scheme != "https" && scheme != "http" {
        return Err(invalid("must start with https:// (or http:// on loopback)"));
    }
    let authority = rest.split('/').next().unwrap_or_default();
    if authority.is_empty() || authority.contains(['@', ' ', '?', '#']) {
        return Err(invalid("has no valid host"));
    }
    Ok(format!("{scheme}://{}", authority.to_ascii_lowercase()))
}

impl ConfigFile {
    /// The keys this file leaves unset, as `section.key`.
    pub fn unset_keys(&self) -> Vec<&'static str> {
        let keys = [
            ("server.listen", self.server.listen.is_none()),
            ("server.public_url", self.server.public_url.is_none()),
            (
                "server.tls_certificate",
                self.server.tls_certificate.is_none(),
            ),
            (
                "server.tls_private_key",
                self.server.tls_private_key.is_none(),
            ),
            ("server.max_body_kib", self.server.max_body_kib.is_none()),
            (
                "server.header_read_timeout_seconds",
                self.server.header_read_timeout_seconds.is_none(),
            ),
            (
                "server.request_timeout_seconds",
                self.server.request_timeout_seconds.is_none(),
            ),
            ("storage.data_dir", self.storage.data_dir.is_none()),
            (
                "sessions.idle_timeout_minutes",
                self.sessions.idle_timeout_minutes.is_none(),
            ),
            (
                "sessions.absolute_timeout_hours",
                self.sessions.absolute_timeout_hours.is_none(),
            ),
            (
                "login.max_attempts_per_account",
                self.login.max_attempts_per_account.is_none(),
            ),
            (
                "login.max_attempts_per_address",
                self.login.max_attempts_per_address.is_none(),
            ),
            (
                "login.throttle_window_minutes",
                self.login.throttle_window_minutes.is_none(),
            ),
            (
                "login.min_password_length",
                self.login.min_password_length.is_none(),
            ),
            ("log.format", self.log.format.is_none()),
            ("log.level", self.log.level.is_none()),
            ("plugins.trusted_keys", self.plugins.trusted_keys.is_none()),
            (
                "plugins.allow_unsigned",
                self.plugins.allow_unsigned.is_none(),
            ),
            (
                "competence.self_assessment_interval_days",
                self.competence.self_assessment_interval_days.is_none(),
            ),
            (
                "privacy.min_group_size",
                self.privacy.min_group_size.is_none(),
            ),
            ("metrics.allow", self.metrics.allow.is_none()),
        ];
        keys.into_iter()
            .filter(|(_, unset)| *unset)
            .map(|(key, _)| key)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXAMPLE: &str = include_str!("../../packaging/digifit.toml");

    /// The packaged example documents every key with its default: uncommenting all of it gives a
    /// file that sets every key and resolves to exactly the built-in defaults.
    #[test]
    fn the_example_file_documents_every_key_with_its_default() {
        let uncommented: String = EXAMPLE
            .lines()
            .map(|line| match line.strip_prefix("# ") {
                Some(rest) if rest.contains(" = ") && !rest.starts_with(' ') => rest,
                _ => line,
            })
            .collect::<Vec<_>>()
            .join("\n");
        let file = parse(Path::new("digifit.toml"), &uncommented);
        let file = match file {
            Ok(file) => file,
            Err(error) => panic!("{error}"),
        };
        assert_eq!(file.unset_keys(), Vec::<&str>::new());
        // The example's listen address and TLS files are illustrations; the rest must be defaults.
        let mut file = file;
        file.server.listen = Some("127.0.0.1:443".into());
        file.server.tls_certificate = None;
        file.server.tls_private_key = None;
        file.server.public_url = None;
        let resolved = file.resolve().map_err(|e| e.to_string());
        let defaults = defaults();
        match resolved {
            Ok(settings) => {
                assert_eq!(settings.data_dir, defaults.data_dir);
                assert_eq!(settings.max_body_bytes, defaults.max_body_bytes);
                assert_eq!(
                    settings.header_read_timeout_seconds,
                    defaults.header_read_timeout_seconds
                );
                assert_eq!(
                    settings.request_timeout_seconds,
                    defaults.request_timeout_seconds
                );
                assert_eq!(
                    settings.session_idle_timeout_seconds,
                    defaults.session_idle_timeout_seconds
                );
                assert_eq!(
                    settings.session_absolute_timeout_seconds,
                    defaults.session_absolute_timeout_seconds
                );
                assert_eq!(
                    settings.login_max_attempts_per_account,
                    defaults.login_max_attempts_per_account
                );
                assert_eq!(
                    settings.login_max_attempts_per_address,
                    defaults.login_max_attempts_per_address
                );
                assert_eq!(
                    settings.login_throttle_window_seconds,
                    defaults.login_throttle_window_seconds
                );
                assert_eq!(settings.min_password_length, defaults.min_password_length);
                assert_eq!(settings.log_format, defaults.log_format);
                assert_eq!(settings.log_level, defaults.log_level);
                assert_eq!(settings.trust, defaults.trust);
                assert_eq!(
                    settings.self_assessment_interval_days,
                    defaults.self_assessment_interval_days
                );
                assert_eq!(settings.min_group_size, defaults.min_group_size);
                assert_eq!(settings.metrics_allow, defaults.metrics_allow);
            }
            Err(error) => panic!("{error}"),
        }
    }

    fn resolve(text: &str) -> Result<Settings, ConfigError> {
        parse(Path::new("test.toml"), text)?.resolve()
    }

    #[test]
    fn defaults_resolve_and_match_the_fallback() {
        let settings =
            resolve("[server]\nlisten = \"127.0.0.1:8080\"\n").map_err(|e| e.to_string());
        let settings = settings.as_ref().map_err(String::as_str);
        assert!(settings.is_ok(), "{settings:?}");
        if let Ok(settings) = settings {
            assert_eq!(settings.max_body_bytes, 1024 * 1024);
            assert_eq!(settings.session_idle_timeout_seconds, 1800);
            assert_eq!(settings.data_dir, PathBuf::from("/var/lib/digifit"));
        }
    }

    #[test]
    fn unknown_keys_are_named() {
        let error = resolve("[server]\nlisten = \"127.0.0.1:1\"\nlisten_port = 3\n")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(error.contains("listen_port"), "{error}");
    }

    #[test]
    fn bad_values_are_named() {
        for (text, key) in [
            ("[server]\nlisten = \"nowhere\"\n", "server.listen"),
            ("[server]\nlisten = \"0.0.0.0:80\"\n", "server.listen"),
            (
                "[server]\nlisten = \"127.0.0.1:80\"\nmax_body_kib = 1\n",
                "server.max_body_kib",
            ),
            (
                "[server]\nlisten = \"127.0.0.1:80\"\ntls_certificate = \"/a\"\n",
                "server.tls_private_key",
            ),
            (
                "[server]\nlisten = \"127.0.0.1:80\"\n[log]\nformat = \"xml\"\n",
                "log.format",
            ),
            (
                "[server]\nlisten = \"127.0.0.1:80\"\n[storage]\ndata_dir = \"rel\"\n",
                "storage.data_dir",
            ),
            (
                "[server]\nlisten = \"127.0.0.1:80\"\npublic_url = \"ftp://x\"\n",
                "server.public_url",
            ),
            (
                "[server]\nlisten = \"127.0.0.1:80\"\n[metrics]\nallow = [\"localhost\"]\n",
                "metrics.allow",
            ),
            (
                "[server]\nlisten = \"127.0.0.1:80\"\n[metrics]\nallow = [\"10.0.0.0/33\"]\n",
                "metrics.allow",
            ),
            // Below three, an aggregate describes too few people to stay anonymous.
            (
                "[server]\nlisten = \"127.0.0.1:80\"\n[privacy]\nmin_group_size = 2\n",
                "privacy.min_group_size",
            ),
        ] {
            let error = resolve(text)
                .err()
                .map(|e| e.to_string())
                .unwrap_or_default();
            assert!(error.starts_with(key), "{text:?} gave {error:?}");
        }
    }

    #[test]
    fn tls_allows_any_address_and_origin_is_normalised() {
        let settings = resolve(
            "[server]\nlisten = \"0.0.0.0:443\"\ntls_certificate = \"/c.pem\"\ntls_private_key = \"/k.pem\"\npublic_url = \"https://Digifit.Example.de/start\"\n",
        );
        let origin = settings.ok().and_then(|s| s.public_origin);
        assert_eq!(origin.as_deref(), Some("https://digifit.example.de"));
    }

    #[test]
    fn metrics_allow_takes_addresses_and_networks() {
        let settings = resolve(
            "[server]\nlisten = \"127.0.0.1:80\"\n[metrics]\nallow = [\"192.0.2.7\", \"10.1.2.3/8\", \"fd00::/8\"]\n",
        )
        .map_err(|e| e.to_string());
        let allow: Vec<String> = match settings {
            Ok(settings) => settings
                .metrics_allow
                .iter()
                .map(ToString::to_string)
                .collect(),
            Err(error) => panic!("{error}"),
        };
        assert_eq!(allow, ["192.0.2.7/32", "10.0.0.0/8", "fd00::/8"]);
        let none = resolve("[server]\nlisten = \"127.0.0.1:80\"\n[metrics]\nallow = []\n");
        assert!(none.is_ok_and(|settings| settings.metrics_allow.is_empty()));
    }
}

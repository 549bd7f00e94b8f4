//! Plugin packages: one file that carries a game's manifest, its component, its assets and an
//! ed25519 signature over all of them; `pack` makes one and `read` takes one from untrusted hands.
//!
//! The file is an uncompressed tar archive of regular files only:
//! - `digifit-plugin.toml`: the manifest (see `Manifest`);
//! - `game.wasm`: the WebAssembly component;
//! - `assets/...`: optional files the game's views refer to;
//! - `signature.minisig`: a minisign signature, absent in an unsigned package.
//!
//! The signature covers the *package digest*, a text made from the files themselves rather than
//! from the archive's bytes: the line `digifit-package 1`, then for every file except the
//! signature, sorted by path (byte order), a line `<sha-256 hex>  <path>`, each line ending in a
//! newline. A reader recomputes the digest from the files it found, so a changed, added or
//! removed file breaks the signature, while the archive's own metadata (order, times, owners)
//! carries no meaning at all. The signature's trusted comment is `digifit-plugin <id> <version>`
//! and must match the manifest, so that `minisign -V` shows what was signed. Because the
//! signature is plain minisign over the digest, anyone can check a package with the `minisign`
//! tool after writing the digest out.
//!
//! Reading assumes the input is hostile: sizes, counts and paths are bounded and checked before
//! anything is kept, and every refusal is a `PackageError` that says why.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{Cursor, Read};
use std::path::Path;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use sha2::{Digest, Sha256};

pub mod contract;
pub mod keys;

use contract::{DIGCOMP_COMPETENCES, MAX_ID_BYTES, SUPPORTED_API_VERSIONS};
use keys::{KeyId, PublicKey, SecretKey};

/// The first line of the package digest; a new layout gets a new number.
pub const FORMAT_LINE: &str = "digifit-package 1";
/// The manifest's path in a package and in a directory to pack.
pub const MANIFEST_PATH: &str = "digifit-plugin.toml";
/// The component's path in a package and in a directory to pack.
pub const COMPONENT_PATH: &str = "game.wasm";
/// The signature's path in a package.
pub const SIGNATURE_PATH: &str = "signature.minisig";
/// The folder of the assets in a package and in a directory to pack.
pub const ASSETS_DIR: &str = "assets";
/// The first bytes of every WebAssembly component: the wasm magic, version 0x0d, layer 1.
pub const COMPONENT_PREAMBLE: [u8; 8] = [0x00, 0x61, 0x73, 0x6d, 0x0d, 0x00, 0x01, 0x00];

/// The largest package read.
pub const MAX_PACKAGE_BYTES: u64 = 64 << 20;
/// The most archive entries in a package.
pub const MAX_ENTRIES: usize = 2000;
/// The largest component.
pub const MAX_COMPONENT_BYTES: u64 = 32 << 20;
/// The largest asset.
pub const MAX_ASSET_BYTES: u64 = 16 << 20;
/// The largest manifest.
pub const MAX_MANIFEST_BYTES: u64 = 64 << 10;
/// The largest signature file; minisign's are about 300 bytes.
pub const MAX_SIGNATURE_BYTES: u64 = 4 << 10;
/// The longest path in a package: what fits a tar header's name field, so that no archive
/// extension (long names, pax headers) is ever needed or accepted.
pub const MAX_PATH_BYTES: usize = 100;
/// The most folder levels below `assets/`.
const MAX_ASSET_DEPTH: usize = 8;
/// The longest publisher and licence.
const MAX_NAME_BYTES: usize = 200;
/// The longest description.
const MAX_DESCRIPTION_BYTES: usize = 4000;
/// The most episodes one plugin declares.
const MAX_EPISODES: usize = 200;
/// The untrusted comment of a package signature (nothing relies on it).
const UNTRUSTED_COMMENT: &str = "signature of a digifit plugin package";

/// Why a package could not be made or was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PackageError {
    /// The bytes are not a tar archive, or the archive is damaged or has data after its end.
    #[error(
        "this is not a digifit plugin package ({reason}); make packages with `digifit plugin pack` and copy them unchanged"
    )]
    NotAPackage { reason: String },
    /// The package, one of its files or its number of entries is over a limit.
    #[error(
        "{what} is too large (the limit is {limit}); make the plugin smaller or split its assets"
    )]
    TooLarge { what: String, limit: String },
    /// A path could leave the package's folder, or could collide with another file when unpacked.
    #[error(
        "the package holds an unsafe path {path:?} ({reason}); the package is broken or hostile, do not install it"
    )]
    UnsafePath { path: String, reason: String },
    /// An entry is something other than a regular file: a folder, a link, a device, or an
    /// archive extension header.
    #[error(
        "{path:?} in the package is not a regular file; packages hold only regular files, so repack it with `digifit plugin pack`"
    )]
    NotARegularFile { path: String },
    /// A file at a path that has no place in a package.
    #[error(
        "the package holds {path:?}, which has no place in a plugin package (only digifit-plugin.toml, game.wasm, signature.minisig and files under assets/); repack it with `digifit plugin pack`"
    )]
    UnexpectedFile { path: String },
    /// A required file is missing.
    #[error("the package has no {path}; repack it from a folder that holds {path}")]
    MissingFile { path: String },
    /// The manifest is invalid; `field` names the offending field (`episodes[0].id`), or is the
    /// manifest's file name when the TOML itself does not parse.
    #[error(
        "the manifest is invalid at `{field}`: {message}; fix digifit-plugin.toml and pack again"
    )]
    BadManifest { field: String, message: String },
    /// `game.wasm` is not a WebAssembly component.
    #[error(
        "game.wasm is not a WebAssembly component ({detail}); build the game for wasm32-wasip2 with the digifit game SDK"
    )]
    NotAComponent { detail: String },
    /// The package has no signature and the trust policy does not allow unsigned packages.
    #[error(
        "the package is not signed; ask the publisher for a signed package, or set plugins.allow_unsigned = true in digifit.toml if you trust where this file came from"
    )]
    Unsigned,
    /// The signature does not match the package's contents or is damaged: something was
    /// changed, added or removed after signing.
    #[error(
        "the package's signature does not match its contents ({reason}); it was changed after it was signed or damaged on the way, so do not install it: get it again from its publisher"
    )]
    BadSignature { reason: String },
    /// The signature was made with a key that the trust policy does not list.
    #[error(
        "the package is signed with key {key_id}, which is not a trusted publisher key; add the publisher's public key to plugins.trusted_keys in digifit.toml, or ask the publisher for a package signed with a key you trust"
    )]
    UntrustedKey { key_id: KeyId },
    /// The id and version in the signature's trusted comment differ from the manifest's.
    #[error(
        "the signature was made for {signed:?}, but the manifest says {manifest:?}; ask the publisher for a correctly signed package"
    )]
    ManifestMismatch { signed: String, manifest: String },
    /// A file could not be read or written.
    #[error("cannot use {path}: {message}")]
    Io { path: String, message: String },
    /// The package could not be signed.
    #[error("cannot sign the package: {message}; check the secret key file")]
    Signing { message: String },
}

/// What a package says about itself, from `digifit-plugin.toml`. A `Manifest` returned by
/// `Manifest::parse` (and so by `read`) has passed every check listed on its fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Manifest {
    /// 1–64 lower-case letters, digits and '-', starting with a letter or digit.
    pub id: String,
    /// `MAJOR.MINOR.PATCH`, optionally followed by `-PRERELEASE`.
    pub version: String,
    /// The contract version the component speaks; one of `SUPPORTED_API_VERSIONS`.
    pub api: String,
    /// Who publishes the plugin; non-empty.
    pub publisher: String,
    /// The plugin's licence, e.g. an SPDX id; non-empty.
    pub licence: String,
    pub description: Option<String>,
    /// At least one; ids are unique.
    pub episodes: Vec<EpisodeManifest>,
}

/// An episode as the manifest declares it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EpisodeManifest {
    /// 1–100 ASCII letters, digits, '-', '_', '.' or '/' (as the contract allows for ids).
    pub id: String,
    /// DigComp 2.2 competence ids such as "4.2"; at least one, no repeats.
    pub competences: Vec<String>,
}

/// Which packages a reader accepts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustPolicy {
    /// Publisher keys whose signatures are accepted.
    pub trusted_keys: Vec<PublicKey>,
    /// Accept packages without a signature. A package signed with a key not in
    /// `trusted_keys` is refused all the same: its signature claims an origin that cannot be
    /// checked, and an admin who trusts that origin adds its key.
    pub allow_unsigned: bool,
}

/// A package that passed every check of `read`.
#[derive(Clone, PartialEq, Eq)]
pub struct VerifiedPackage {
    pub manifest: Manifest,
    pub component: Vec<u8>,
    /// The assets by their path below `assets/` (e.g. "img/inbox.png").
    pub assets: BTreeMap<String, Vec<u8>>,
    /// The key that signed the package; `None` for an unsigned package the policy allowed.
    pub signer: Option<KeyId>,
    /// The SHA-256 of the package digest, hex: it identifies the contents (manifest, component,
    /// assets) whatever the archive's layout and whoever signed them.
    pub package_hash: String,
}

impl std::fmt::Debug for VerifiedPackage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VerifiedPackage")
            .field("manifest", &self.manifest)
            .field("component_bytes", &self.component.len())
            .field("assets", &self.assets.keys().collect::<Vec<_>>())
            .field("signer", &self.signer)
            .field("package_hash", &self.package_hash)
            .finish()
    }
}

impl VerifiedPackage {
    /// The component's hash, as `component_hash` computes it everywhere in digifit.
    pub fn component_hash(&self) -> String {
        component_hash(&self.component)
    }
}

/// What `pack` puts into a package.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PackageSource {
    /// The manifest's TOML text, kept as written.
    pub manifest: String,
    pub component: Vec<u8>,
    /// The assets by their path below `assets/`.
    pub assets: BTreeMap<String, Vec<u8>>,
}

fn bad_manifest(field: impl Into<String>, message: impl Into<String>) -> PackageError {
    PackageError::BadManifest {
        field: field.into(),
        message: message.into(),
    }
}

fn size_text(bytes: u64) -> String {
    if bytes >= 1 << 20 && bytes.is_multiple_of(1 << 20) {
        format!("{} MiB", bytes >> 20)
    } else if bytes >= 1 << 10 && bytes.is_multiple_of(1 << 10) {
        format!("{} KiB", bytes >> 10)
    } else {
        format!("{bytes} bytes")
    }
}

fn package_too_large() -> PackageError {
    PackageError::TooLarge {
        what: "the package".into(),
        limit: size_text(MAX_PACKAGE_BYTES),
    }
}

fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// The SHA-256 of a component, hex-encoded: its identity everywhere in digifit.
pub fn component_hash(component: &[u8]) -> String {
    sha256_hex(component)
}

fn valid_plugin_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
}

fn valid_episode_id(id: &str) -> bool {
    (1..=MAX_ID_BYTES).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'/'))
}

fn valid_version(version: &str) -> bool {
    let (numbers, prerelease) = match version.split_once('-') {
        Some((numbers, prerelease)) => (numbers, Some(prerelease)),
        None => (version, None),
    };
    let number_ok = |part: &str| {
        (1..=9).contains(&part.len())
            && part.bytes().all(|b| b.is_ascii_digit())
            && (part == "0" || !part.starts_with('0'))
    };
    let parts: Vec<&str> = numbers.split('.').collect();
    version.len() <= 64
        && parts.len() == 3
        && parts.iter().all(|part| number_ok(part))
        && prerelease.is_none_or(|prerelease| {
            prerelease.split('.').all(|part| {
                !part.is_empty() && part.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            })
        })
}

/// Shows a key from untrusted TOML safely in a message.
fn field_name(prefix: &str, key: &str) -> String {
    let shown: String = key.chars().take(64).collect();
    format!("{prefix}{}", shown.escape_debug())
}

fn check_keys(table: &toml::Table, prefix: &str, allowed: &[&str]) -> Result<(), PackageError> {
    for key in table.keys() {
        if !allowed.contains(&key.as_str()) {
            return Err(bad_manifest(
                field_name(prefix, key),
                format!(
                    "is not a known field here; the known ones are {}",
                    allowed.join(", ")
                ),
            ));
        }
    }
    Ok(())
}

fn string_field(
    table: &toml::Table,
    prefix: &str,
    key: &str,
) -> Result<Option<String>, PackageError> {
    match table.get(key) {
        None => Ok(None),
        Some(toml::Value::String(text)) => Ok(Some(text.clone())),
        Some(other) => Err(bad_manifest(
            format!("{prefix}{key}"),
            format!("must be a string, not {}", other.type_str()),
        )),
    }
}

fn required_string(table: &toml::Table, prefix: &str, key: &str) -> Result<String, PackageError> {
    string_field(table, prefix, key)?
        .ok_or_else(|| bad_manifest(format!("{prefix}{key}"), "is missing"))
}

/// Checks a free text: non-empty (if required), bounded, and free of control characters other
/// than line breaks where `multiline`.
fn check_text(
    field: &str,
    text: &str,
    max_bytes: usize,
    multiline: bool,
) -> Result<(), PackageError> {
    if text.trim().is_empty() {
        return Err(bad_manifest(field, "must not be empty"));
    }
    if text.len() > max_bytes {
        return Err(bad_manifest(
            field,
            format!("is longer than {max_bytes} bytes"),
        ));
    }
    if text
        .chars()
        .any(|c| c.is_control() && !(multiline && (c == '\n' || c == '\t')))
    {
        return Err(bad_manifest(field, "must not contain control characters"));
    }
    Ok(())
}

impl Manifest {
    /// Parses and checks the manifest's TOML. Every refusal names the field it is about.
    pub fn parse(text: &str) -> Result<Manifest, PackageError> {
        // Parsed into a plain table first and then walked by hand, so that a wrong type or an
        // unknown key is reported with the field's full path; serde's errors name neither.
        let table: toml::Table = text.parse().map_err(|error: toml::de::Error| {
            let line = error
                .span()
                .map(|span| text.get(..span.start).unwrap_or(text).matches('\n').count() + 1);
            let message = error.message().trim().to_owned();
            bad_manifest(
                MANIFEST_PATH,
                match line {
                    Some(line) => format!("line {line}: {message}"),
                    None => message,
                },
            )
        })?;
        check_keys(
            &table,
            "",
            &[
                "id",
                "version",
                "api",
                "publisher",
                "licence",
                "description",
                "episodes",
            ],
        )?;

        let id = required_string(&table, "", "id")?;
        if !valid_plugin_id(&id) {
            return Err(bad_manifest(
                "id",
                "must be 1 to 64 lower-case letters, digits and '-', starting with a letter or digit",
            ));
        }
        let version = required_string(&table, "", "version")?;
        if !valid_version(&version) {
            return Err(bad_manifest(
                "version",
                "must be a version like 1.2.3 (MAJOR.MINOR.PATCH, optionally -PRERELEASE)",
            ));
        }
        let api = required_string(&table, "", "api")?;
        if !SUPPORTED_API_VERSIONS.contains(&api.as_str()) {
            return Err(bad_manifest(
                "api",
                format!(
                    "names contract version {:?}, but this digifit supports {}",
                    api.escape_debug().to_string(),
                    SUPPORTED_API_VERSIONS.join(", ")
                ),
            ));
        }
        let publisher = required_string(&table, "", "publisher")?;
        check_text("publisher", &publisher, MAX_NAME_BYTES, false)?;
        let licence = required_string(&table, "", "licence")?;
        check_text("licence", &licence, MAX_NAME_BYTES, false)?;
        let description = string_field(&table, "", "description")?;
        if let Some(description) = &description {
            check_text("description", description, MAX_DESCRIPTION_BYTES, true)?;
        }
        let episodes = Manifest::parse_episodes(&table)?;
        Ok(Manifest {
            id,
            version,
            api,
            publisher,
            licence,
            description,
            episodes,
        })
    }

    fn parse_episodes(table: &toml::Table) -> Result<Vec<EpisodeManifest>, PackageError> {
        let items = match table.get("episodes") {
            None => {
                return Err(bad_manifest(
                    "episodes",
                    "is missing; declare each episode in an [[episodes]] table",
                ));
            }
            Some(toml::Value::Array(items)) => items,
            Some(other) => {
                return Err(bad_manifest(
                    "episodes",
                    format!(
                        "must be an array of [[episodes]] tables, not {}",
                        other.type_str()
                    ),
                ));
            }
        };
        if items.is_empty() {
            return Err(bad_manifest(
                "episodes",
                "must declare at least one episode",
            ));
        }
        if items.len() > MAX_EPISODES {
            return Err(bad_manifest(
                "episodes",
                format!("declares more than {MAX_EPISODES} episodes"),
            ));
        }
        let mut episodes = Vec::with_capacity(items.len());
        let mut seen = BTreeSet::new();
        for (index, item) in items.iter().enumerate() {
            let prefix = format!("episodes[{index}].");
            let toml::Value::Table(episode) = item else {
                return Err(bad_manifest(
                    format!("episodes[{index}]"),
                    format!("must be a table, not {}", item.type_str()),
                ));
            };
            check_keys(episode, &prefix, &["id", "competences"])?;
            let id = required_string(episode, &prefix, "id")?;
            if !valid_episode_id(&id) {
                return Err(bad_manifest(
                    format!("{prefix}id"),
                    format!(
                        "must be 1 to {MAX_ID_BYTES} ASCII letters, digits, '-', '_', '.' or '/'"
                    ),
                ));
            }
            if !seen.insert(id.clone()) {
                return Err(bad_manifest(
                    format!("{prefix}id"),
                    format!("{id:?} is declared twice"),
                ));
            }
            let field = format!("{prefix}competences");
            let values = match episode.get("competences") {
                None => return Err(bad_manifest(field, "is missing")),
                Some(toml::Value::Array(values)) => values,
                Some(other) => {
                    return Err(bad_manifest(
                        field,
                        format!("must be an array of strings, not {}", other.type_str()),
                    ));
                }
            };
            if values.is_empty() {
                return Err(bad_manifest(field, "must name at least one competence"));
            }
            let mut competences = Vec::with_capacity(values.len());
            for (position, value) in values.iter().enumerate() {
                let field = format!("{prefix}competences[{position}]");
                let toml::Value::String(competence) = value else {
                    return Err(bad_manifest(
                        field,
                        format!("must be a string, not {}", value.type_str()),
                    ));
                };
                if !DIGCOMP_COMPETENCES.contains(&competence.as_str()) {
                    return Err(bad_manifest(
                        field,
                        format!(
                            "{:?} is not a DigComp 2.2 competence id (1.1 to 5.4)",
                            competence.chars().take(16).collect::<String>()
                        ),
                    ));
                }
                if competences.contains(competence) {
                    return Err(bad_manifest(field, format!("{competence} is named twice")));
                }
                competences.push(competence.clone());
            }
            episodes.push(EpisodeManifest { id, competences });
        }
        Ok(episodes)
    }

    /// The trusted comment a signature for this manifest carries.
    pub fn signed_comment(&self) -> String {
        format!("digifit-plugin {} {}", self.id, self.version)
    }
}

/// Checks a path inside a package: relative, normalised, short, of a safe charset. The reason
/// is returned for `PackageError::UnsafePath`.
fn check_path(path: &str) -> Result<(), &'static str> {
    if path.is_empty() {
        return Err("it is empty");
    }
    if path.len() > MAX_PATH_BYTES {
        return Err("it is longer than 100 bytes");
    }
    if path.starts_with('/') {
        return Err("it is absolute");
    }
    for part in path.split('/') {
        if part.is_empty() {
            return Err("it has an empty part (a doubled or trailing '/')");
        }
        if part == ".." {
            return Err("it climbs out of its folder with '..'");
        }
        if part == "." {
            return Err("it has a '.' part");
        }
        if part.starts_with('.') {
            return Err("it names a hidden file (a part starts with '.')");
        }
        if !part
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
        {
            return Err("it has characters other than ASCII letters, digits, '-', '_' and '.'");
        }
    }
    Ok(())
}

/// The size limit of a file at a checked path, or why the path has no place in a package.
fn limit_for(path: &str) -> Result<u64, PackageError> {
    match path {
        MANIFEST_PATH => Ok(MAX_MANIFEST_BYTES),
        COMPONENT_PATH => Ok(MAX_COMPONENT_BYTES),
        SIGNATURE_PATH => Ok(MAX_SIGNATURE_BYTES),
        _ => match path
            .strip_prefix(ASSETS_DIR)
            .and_then(|p| p.strip_prefix('/'))
        {
            Some(asset) if asset.split('/').count() <= MAX_ASSET_DEPTH + 1 => Ok(MAX_ASSET_BYTES),
            Some(_) => Err(PackageError::UnsafePath {
                path: path.into(),
                reason: format!("it is nested deeper than {MAX_ASSET_DEPTH} folders below assets/"),
            }),
            None => Err(PackageError::UnexpectedFile { path: path.into() }),
        },
    }
}

/// Refuses paths that would collide when unpacked on a case-insensitive file system, or that
/// are a file and a folder at once.
fn check_collisions<'a>(paths: impl Iterator<Item = &'a str>) -> Result<(), PackageError> {
    let lower: Vec<String> = paths.map(str::to_ascii_lowercase).collect();
    let mut seen = BTreeSet::new();
    for path in &lower {
        if !seen.insert(path.as_str()) {
            return Err(PackageError::UnsafePath {
                path: path.clone(),
                reason: "it differs from another file's path only in letter case".into(),
            });
        }
    }
    for path in &lower {
        for (end, _) in path.match_indices('/') {
            if let Some(folder) = path.get(..end)
                && seen.contains(folder)
            {
                return Err(PackageError::UnsafePath {
                    path: folder.into(),
                    reason: "it is both a file and a folder".into(),
                });
            }
        }
    }
    Ok(())
}

fn check_component(component: &[u8]) -> Result<(), PackageError> {
    if component.starts_with(&COMPONENT_PREAMBLE) {
        return Ok(());
    }
    let detail = if component.starts_with(b"\0asm\x01\0\0\0") {
        "it is a core WebAssembly module; turn it into a component (wasm32-wasip2 does this)"
    } else if component.starts_with(b"\0asm") {
        "it is WebAssembly of an unknown version or layer"
    } else {
        "it does not start with the WebAssembly component preamble"
    };
    Err(PackageError::NotAComponent {
        detail: detail.into(),
    })
}

/// The text the signature covers: see the module documentation.
fn digest_text(files: &BTreeMap<String, Vec<u8>>) -> String {
    let mut text = format!("{FORMAT_LINE}\n");
    for (path, bytes) in files {
        text.push_str(&sha256_hex(bytes));
        text.push_str("  ");
        text.push_str(path);
        text.push('\n');
    }
    text
}

/// The files of a package as found in its archive, before anything is trusted.
struct Contents {
    /// Every file but the signature, by path.
    files: BTreeMap<String, Vec<u8>>,
    signature: Option<Vec<u8>>,
}

fn not_a_package(error: std::io::Error) -> PackageError {
    PackageError::NotAPackage {
        reason: error.to_string(),
    }
}

fn read_entries<R: Read>(archive: &mut tar::Archive<R>) -> Result<Contents, PackageError> {
    // Raw entries: GNU long names and pax headers show up as entries of their own kind and are
    // refused below, so a path is always the one in the entry's own header and no extension can
    // make two readers see different files.
    let entries = archive.entries().map_err(not_a_package)?.raw(true);
    let mut files = BTreeMap::new();
    let mut signature = None;
    for (index, entry) in entries.enumerate() {
        if index >= MAX_ENTRIES {
            return Err(PackageError::TooLarge {
                what: "the package's number of files".into(),
                limit: format!("{MAX_ENTRIES} files"),
            });
        }
        let mut entry = entry.map_err(not_a_package)?;
        let path = match String::from_utf8(entry.path_bytes().into_owned()) {
            Ok(path) => path,
            Err(error) => {
                return Err(PackageError::UnsafePath {
                    path: String::from_utf8_lossy(error.as_bytes()).into_owned(),
                    reason: "it is not UTF-8".into(),
                });
            }
        };
        if !entry.header().entry_type().is_file() {
            return Err(PackageError::NotARegularFile { path });
        }
        check_path(&path).map_err(|reason| PackageError::UnsafePath {
            path: path.clone(),
            reason: reason.into(),
        })?;
        let limit = limit_for(&path)?;
        let size = entry.size();
        if size > limit {
            return Err(PackageError::TooLarge {
                what: format!("{path} ({size} bytes)"),
                limit: size_text(limit),
            });
        }
        let duplicate = if path == SIGNATURE_PATH {
            signature.is_some()
        } else {
            files.contains_key(&path)
        };
        if duplicate {
            return Err(PackageError::UnsafePath {
                path,
                reason: "it appears twice".into(),
            });
        }
        // The size is bounded by the limit above; the capacity is bounded further so that a
        // header claiming much more than the input holds costs little.
        let mut data = Vec::with_capacity(size.min(1 << 20) as usize);
        (&mut entry)
            .take(size)
            .read_to_end(&mut data)
            .map_err(not_a_package)?;
        if data.len() as u64 != size {
            return Err(PackageError::NotAPackage {
                reason: format!("{path} is cut short"),
            });
        }
        if path == SIGNATURE_PATH {
            signature = Some(data);
        } else {
            files.insert(path, data);
        }
    }
    check_collisions(
        files
            .keys()
            .map(String::as_str)
            .chain(signature.as_ref().map(|_| SIGNATURE_PATH)),
    )?;
    Ok(Contents { files, signature })
}

/// Reads the archive's files, never taking more than `MAX_PACKAGE_BYTES` from `reader`.
fn read_contents<R: Read>(reader: R) -> Result<Contents, PackageError> {
    let mut archive = tar::Archive::new(reader.take(MAX_PACKAGE_BYTES + 1));
    let contents = read_entries(&mut archive);
    let mut rest = archive.into_inner();
    // The reader is cut one byte past the limit: having used that byte up means the input is
    // too large, whatever error the archive reader made of the cut.
    if rest.limit() == 0 {
        return Err(package_too_large());
    }
    let contents = contents?;
    // Only the zero padding that tar writers add may follow the end of the archive; anything
    // else would be data that no signature covers.
    let mut buffer = [0u8; 8192];
    loop {
        let count = match rest.read(&mut buffer) {
            Ok(0) => break,
            Ok(count) => count,
            Err(error) if error.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(error) => return Err(not_a_package(error)),
        };
        if buffer.iter().take(count).any(|byte| *byte != 0) {
            return Err(PackageError::NotAPackage {
                reason: "there is data after the end of the archive".into(),
            });
        }
    }
    if rest.limit() == 0 {
        return Err(package_too_large());
    }
    Ok(contents)
}

fn bad_signature(reason: impl Into<String>) -> PackageError {
    PackageError::BadSignature {
        reason: reason.into(),
    }
}

/// Checks the signature over `digest` and returns the signing key and the trusted comment.
fn check_signature(
    signature: &[u8],
    digest: &str,
    policy: &TrustPolicy,
) -> Result<(KeyId, String), PackageError> {
    let text = std::str::from_utf8(signature)
        .map_err(|_| bad_signature("signature.minisig is not text"))?;
    // The shape is checked here before minisign sees the text: minisign 0.10 indexes into a
    // global signature of the wrong length and would panic.
    let lines: Vec<&str> = text.lines().collect();
    let [untrusted, signature_line, trusted, global_line] = lines.as_slice() else {
        return Err(bad_signature(
            "signature.minisig does not have minisign's four lines",
        ));
    };
    if !untrusted.starts_with("untrusted comment: ") || !trusted.starts_with("trusted comment: ") {
        return Err(bad_signature(
            "signature.minisig lacks minisign's comment lines",
        ));
    }
    let signature_bytes = BASE64
        .decode(signature_line.trim())
        .map_err(|_| bad_signature("the signature line is not base64"))?;
    let global_bytes = BASE64
        .decode(global_line.trim())
        .map_err(|_| bad_signature("the trusted comment's signature is not base64"))?;
    let (Some(algorithm), Some(key_id), true) = (
        signature_bytes.get(..2),
        signature_bytes.get(2..10),
        signature_bytes.len() == 74 && global_bytes.len() == 64,
    ) else {
        return Err(bad_signature("the signature has the wrong length"));
    };
    if algorithm != b"ED" {
        return Err(bad_signature(
            "it is not a pre-hashed Ed25519 signature; sign with `digifit plugin pack`",
        ));
    }
    let mut id = [0u8; 8];
    id.copy_from_slice(key_id);
    let key_id = KeyId::from_bytes(id);
    let key = policy
        .trusted_keys
        .iter()
        .find(|key| key.key_id() == key_id)
        .ok_or(PackageError::UntrustedKey { key_id })?;
    let signature_box =
        minisign::SignatureBox::from_string(text).map_err(|e| bad_signature(e.to_string()))?;
    minisign::verify(
        key.minisign(),
        &signature_box,
        Cursor::new(digest.as_bytes()),
        true,
        false,
        false,
    )
    .map_err(|error| bad_signature(error.to_string()))?;
    let comment = signature_box
        .trusted_comment()
        .map_err(|error| bad_signature(error.to_string()))?;
    Ok((key_id, comment))
}

fn verify_contents(
    contents: Contents,
    policy: &TrustPolicy,
) -> Result<VerifiedPackage, PackageError> {
    let Contents {
        mut files,
        signature,
    } = contents;
    for required in [MANIFEST_PATH, COMPONENT_PATH] {
        if !files.contains_key(required) {
            return Err(PackageError::MissingFile {
                path: required.into(),
            });
        }
    }
    let digest = digest_text(&files);
    let signed = match &signature {
        Some(signature) => Some(check_signature(signature, &digest, policy)?),
        None if policy.allow_unsigned => None,
        None => return Err(PackageError::Unsigned),
    };
    let manifest_bytes = files.remove(MANIFEST_PATH).unwrap_or_default();
    let manifest_text = std::str::from_utf8(&manifest_bytes)
        .map_err(|_| bad_manifest(MANIFEST_PATH, "is not UTF-8 text"))?;
    let manifest = Manifest::parse(manifest_text)?;
    if let Some((_, comment)) = &signed {
        let expected = manifest.signed_comment();
        if *comment != expected {
            return Err(PackageError::ManifestMismatch {
                signed: comment.chars().take(200).collect(),
                manifest: expected,
            });
        }
    }
    let component = files.remove(COMPONENT_PATH).unwrap_or_default();
    check_component(&component)?;
    let assets = files
        .into_iter()
        .filter_map(|(path, bytes)| {
            let asset = path.strip_prefix(ASSETS_DIR)?.strip_prefix('/')?.to_owned();
            Some((asset, bytes))
        })
        .collect();
    Ok(VerifiedPackage {
        manifest,
        component,
        assets,
        signer: signed.map(|(key_id, _)| key_id),
        package_hash: sha256_hex(digest.as_bytes()),
    })
}

/// Reads and verifies a package held in memory.
pub fn read(bytes: &[u8], policy: &TrustPolicy) -> Result<VerifiedPackage, PackageError> {
    if bytes.len() as u64 > MAX_PACKAGE_BYTES {
        return Err(package_too_large());
    }
    read_from(bytes, policy)
}

/// Reads and verifies a package from a stream, taking at most `MAX_PACKAGE_BYTES` (plus one, to
/// tell that it is too large) from it.
pub fn read_from<R: Read>(
    reader: R,
    policy: &TrustPolicy,
) -> Result<VerifiedPackage, PackageError> {
    verify_contents(read_contents(reader)?, policy)
}

fn io_error(path: &Path, error: &std::io::Error) -> PackageError {
    PackageError::Io {
        path: path.display().to_string(),
        message: error.to_string(),
    }
}

/// Reads and verifies a package file; a file over the size limit is refused before reading.
pub fn read_file(path: &Path, policy: &TrustPolicy) -> Result<VerifiedPackage, PackageError> {
    let file = std::fs::File::open(path).map_err(|error| io_error(path, &error))?;
    let metadata = file.metadata().map_err(|error| io_error(path, &error))?;
    if !metadata.is_file() {
        return Err(PackageError::Io {
            path: path.display().to_string(),
            message: "not a regular file".into(),
        });
    }
    if metadata.len() > MAX_PACKAGE_BYTES {
        return Err(package_too_large());
    }
    read_from(std::io::BufReader::new(file), policy)
}

/// Reads a file of at most `limit` bytes.
fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, PackageError> {
    let file = std::fs::File::open(path).map_err(|error| io_error(path, &error))?;
    let mut bytes = Vec::new();
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|error| io_error(path, &error))?;
    if bytes.len() as u64 > limit {
        return Err(PackageError::TooLarge {
            what: path.display().to_string(),
            limit: size_text(limit),
        });
    }
    Ok(bytes)
}

fn collect_assets(
    dir: &Path,
    prefix: &str,
    depth: usize,
    assets: &mut BTreeMap<String, Vec<u8>>,
) -> Result<(), PackageError> {
    if depth > MAX_ASSET_DEPTH {
        return Err(PackageError::UnsafePath {
            path: format!("{ASSETS_DIR}/{prefix}"),
            reason: format!("it is nested deeper than {MAX_ASSET_DEPTH} folders below assets/"),
        });
    }
    let listing = std::fs::read_dir(dir).map_err(|error| io_error(dir, &error))?;
    for item in listing {
        let item = item.map_err(|error| io_error(dir, &error))?;
        let name = item.file_name();
        let Some(name) = name.to_str() else {
            return Err(PackageError::UnsafePath {
                path: item.path().display().to_string(),
                reason: "it is not UTF-8".into(),
            });
        };
        let relative = format!("{prefix}{name}");
        let path = item.path();
        // Links are followed, so that a build may link its assets in from elsewhere.
        let metadata = std::fs::metadata(&path).map_err(|error| io_error(&path, &error))?;
        if metadata.is_dir() {
            collect_assets(&path, &format!("{relative}/"), depth + 1, assets)?;
        } else if metadata.is_file() {
            if assets.len() >= MAX_ENTRIES {
                return Err(PackageError::TooLarge {
                    what: "the number of assets".into(),
                    limit: format!("{MAX_ENTRIES} files"),
                });
            }
            let in_package = format!("{ASSETS_DIR}/{relative}");
            check_path(&in_package).map_err(|reason| PackageError::UnsafePath {
                path: in_package.clone(),
                reason: reason.into(),
            })?;
            assets.insert(relative, read_limited(&path, MAX_ASSET_BYTES)?);
        } else {
            return Err(PackageError::NotARegularFile {
                path: path.display().to_string(),
            });
        }
    }
    Ok(())
}

impl PackageSource {
    /// Reads a plugin folder: `digifit-plugin.toml`, `game.wasm` and, if present, every file
    /// below `assets/`. Other files in the folder are not part of the package.
    pub fn read_dir(dir: &Path) -> Result<PackageSource, PackageError> {
        let manifest_path = dir.join(MANIFEST_PATH);
        let component_path = dir.join(COMPONENT_PATH);
        for (path, name) in [
            (&manifest_path, MANIFEST_PATH),
            (&component_path, COMPONENT_PATH),
        ] {
            if !path.exists() {
                return Err(PackageError::Io {
                    path: dir.display().to_string(),
                    message: format!("the folder has no {name}"),
                });
            }
        }
        let manifest = String::from_utf8(read_limited(&manifest_path, MAX_MANIFEST_BYTES)?)
            .map_err(|_| bad_manifest(MANIFEST_PATH, "is not UTF-8 text"))?;
        let component = read_limited(&component_path, MAX_COMPONENT_BYTES)?;
        PackageSource::with_assets_of(manifest, component, dir)
    }

    /// A source of this manifest and component with every file below `dir/assets/`, if that
    /// folder exists (as `read_dir` takes them), for builds that keep the component elsewhere.
    pub fn with_assets_of(
        manifest: String,
        component: Vec<u8>,
        dir: &Path,
    ) -> Result<PackageSource, PackageError> {
        let mut assets = BTreeMap::new();
        let assets_dir = dir.join(ASSETS_DIR);
        if assets_dir.exists() {
            collect_assets(&assets_dir, "", 0, &mut assets)?;
        }
        Ok(PackageSource {
            manifest,
            component,
            assets,
        })
    }
}

fn append_file(
    builder: &mut tar::Builder<Vec<u8>>,
    path: &str,
    bytes: &[u8],
) -> Result<(), PackageError> {
    let mut header = tar::Header::new_ustar();
    header.set_entry_type(tar::EntryType::Regular);
    header.set_size(bytes.len() as u64);
    header.set_mode(0o644);
    header.set_mtime(0);
    header.set_uid(0);
    header.set_gid(0);
    builder
        .append_data(&mut header, path, bytes)
        .map_err(|error| PackageError::Io {
            path: path.into(),
            message: error.to_string(),
        })
}

/// Makes a package of `source`, signed with `key` (or unsigned without one). The result is read
/// back with `read` before it is returned, so `pack` never hands out a package that `read`
/// would refuse.
pub fn pack(source: &PackageSource, key: Option<&SecretKey>) -> Result<Vec<u8>, PackageError> {
    let manifest = Manifest::parse(&source.manifest)?;
    check_component(&source.component)?;
    let mut files = BTreeMap::new();
    files.insert(
        MANIFEST_PATH.to_owned(),
        source.manifest.as_bytes().to_vec(),
    );
    files.insert(COMPONENT_PATH.to_owned(), source.component.clone());
    for (name, bytes) in &source.assets {
        let path = format!("{ASSETS_DIR}/{name}");
        check_path(&path).map_err(|reason| PackageError::UnsafePath {
            path: path.clone(),
            reason: reason.into(),
        })?;
        files.insert(path, bytes.clone());
    }
    let digest = digest_text(&files);
    let (signature, policy) = match key {
        Some(key) => {
            let public = key.public_key().map_err(|error| PackageError::Signing {
                message: error.to_string(),
            })?;
            let signature = minisign::sign(
                Some(public.minisign()),
                key.minisign(),
                Cursor::new(digest.as_bytes()),
                Some(&manifest.signed_comment()),
                Some(UNTRUSTED_COMMENT),
            )
            .map_err(|error| PackageError::Signing {
                message: error.to_string(),
            })?;
            let policy = TrustPolicy {
                trusted_keys: vec![public],
                allow_unsigned: false,
            };
            (Some(signature.into_string()), policy)
        }
        None => (
            None,
            TrustPolicy {
                trusted_keys: Vec::new(),
                allow_unsigned: true,
            },
        ),
    };

    let mut builder = tar::Builder::new(Vec::new());
    // The manifest first, so that a person listing the archive sees what it is.
    append_file(&mut builder, MANIFEST_PATH, source.manifest.as_bytes())?;
    for (path, bytes) in &files {
        if path != MANIFEST_PATH {
            append_file(&mut builder, path, bytes)?;
        }
    }
    if let Some(signature) = &signature {
        append_file(&mut builder, SIGNATURE_PATH, signature.as_bytes())?;
    }
    let bytes = builder.into_inner().map_err(|error| PackageError::Io {
        path: "package".into(),
        message: error.to_string(),
    })?;
    read(&bytes, &policy)?;
    Ok(bytes)
}

//! Publisher keys for signing plugin packages: ed25519 key pairs kept in minisign's own file
//! formats, so that a key made by `digifit plugin keygen` works with the `minisign` tool and a
//! key made by `minisign -G` works with `digifit plugin pack`.
//!
//! Only the shapes of key files are checked here; `package` decides what a signature proves.

use std::fmt;
use std::io::Write;
use std::path::Path;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;

/// The untrusted comment written above a secret key made by digifit.
const SECRET_KEY_COMMENT: &str = "minisign secret key made by digifit (no password)";
/// The length of a public key's base64 line: "Ed", an 8-byte key id and 32 key bytes.
const PUBLIC_KEY_BYTES: usize = 2 + 8 + 32;
/// The length of a decoded secret key: algorithms, KDF salt and limits, key id, key, checksum.
const SECRET_KEY_BYTES: usize = 2 + 2 + 2 + 32 + 8 + 8 + 8 + 64 + 32;
/// The largest key file read; real ones are a few hundred bytes.
const MAX_KEY_FILE_BYTES: u64 = 64 << 10;

/// Why a key could not be made, read or written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyError {
    /// A key file could not be read or written.
    #[error("cannot use {path}: {message}")]
    Io { path: String, message: String },
    /// Key generation would overwrite an existing file.
    #[error(
        "{path} already exists; digifit never overwrites a key, so choose another path or move the old key away first"
    )]
    AlreadyExists { path: String },
    /// The text is not a minisign public key.
    #[error(
        "this is not a minisign public key ({reason}); a public key is one base64 line starting with \"RW\", usually below an \"untrusted comment:\" line"
    )]
    NotAPublicKey { reason: String },
    /// The text is not a minisign secret key.
    #[error(
        "this is not a minisign secret key ({reason}); use the secret key file made by `digifit plugin keygen` or `minisign -G`"
    )]
    NotASecretKey { reason: String },
    /// The secret key is protected by a password and none was given.
    #[error(
        "the secret key is protected by a password; supply it (e.g. `digifit plugin pack --password-stdin`)"
    )]
    PasswordNeeded,
    /// The password does not open the secret key.
    #[error("the password does not open this secret key; check the password and the key file")]
    WrongPassword,
    /// The system could not generate a key (no randomness available).
    #[error("cannot generate a key: {message}; check that the system's random source works")]
    Generate { message: String },
}

/// A key's 8-byte identifier, shown as minisign shows it (16 upper-case hex digits of the
/// little-endian number), so that admins see the same id in digifit and in `minisign`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct KeyId([u8; 8]);

impl KeyId {
    /// The id from its raw bytes as stored in keys and signatures.
    pub fn from_bytes(bytes: [u8; 8]) -> KeyId {
        KeyId(bytes)
    }

    pub fn as_bytes(&self) -> &[u8; 8] {
        &self.0
    }
}

impl fmt::Display for KeyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:016X}", u64::from_le_bytes(self.0))
    }
}

fn key_id_of(bytes: &[u8]) -> KeyId {
    let mut id = [0u8; 8];
    for (slot, byte) in id.iter_mut().zip(bytes) {
        *slot = *byte;
    }
    KeyId(id)
}

/// A publisher's public key: what a trust policy lists and what checks a package's signature.
#[derive(Clone)]
pub struct PublicKey {
    inner: minisign::PublicKey,
}

impl fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PublicKey({})", self.key_id())
    }
}

impl PartialEq for PublicKey {
    fn eq(&self, other: &PublicKey) -> bool {
        self.inner.to_bytes() == other.inner.to_bytes()
    }
}

impl Eq for PublicKey {}

impl PublicKey {
    /// Reads a public key from the text of a minisign public key file (an "untrusted comment:"
    /// line, then the base64 line), or from the base64 line alone (as `minisign -P` takes it and
    /// as a configuration file would list it).
    pub fn parse(text: &str) -> Result<PublicKey, KeyError> {
        let mut lines = text.lines().map(str::trim).filter(|line| !line.is_empty());
        let first = lines.next().ok_or_else(|| KeyError::NotAPublicKey {
            reason: "it is empty".into(),
        })?;
        let encoded = if first.starts_with("untrusted comment:") {
            lines.next().ok_or_else(|| KeyError::NotAPublicKey {
                reason: "the base64 line below the comment is missing".into(),
            })?
        } else {
            first
        };
        if lines.next().is_some() {
            return Err(KeyError::NotAPublicKey {
                reason: "it has more lines than a comment and a key".into(),
            });
        }
        let bytes = BASE64
            .decode(encoded)
            .map_err(|error| KeyError::NotAPublicKey {
                reason: format!("the key line is not base64: {error}"),
            })?;
        if bytes.len() != PUBLIC_KEY_BYTES || !bytes.starts_with(b"Ed") {
            return Err(KeyError::NotAPublicKey {
                reason: format!(
                    "the key line holds {} bytes, not an Ed25519 key of {PUBLIC_KEY_BYTES}",
                    bytes.len()
                ),
            });
        }
        let inner =
            minisign::PublicKey::from_bytes(&bytes).map_err(|error| KeyError::NotAPublicKey {
                reason: error.to_string(),
            })?;
        Ok(PublicKey { inner })
    }

    /// Reads a public key file.
    pub fn read_file(path: &Path) -> Result<PublicKey, KeyError> {
        PublicKey::parse(&read_key_file(path)?)
    }

    pub fn key_id(&self) -> KeyId {
        key_id_of(self.inner.keynum())
    }

    /// The key as one base64 line (minisign's `-P` form).
    pub fn to_base64(&self) -> String {
        BASE64.encode(self.inner.to_bytes())
    }

    /// The text of a minisign public key file.
    pub fn to_file_text(&self) -> String {
        format!(
            "untrusted comment: minisign public key {}\n{}\n",
            self.key_id(),
            self.to_base64()
        )
    }

    pub(crate) fn minisign(&self) -> &minisign::PublicKey {
        &self.inner
    }
}

/// A publisher's secret key, used only to sign packages. Its `Debug` shows the key id, never the
/// key.
#[derive(Clone)]
pub struct SecretKey {
    inner: minisign::SecretKey,
}

impl fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SecretKey({})", self.key_id())
    }
}

impl SecretKey {
    /// Reads a secret key from the text of a minisign secret key file. A password-protected key
    /// (minisign's default) needs `password`; a key without one (as `keygen` makes) ignores it.
    pub fn parse(text: &str, password: Option<String>) -> Result<SecretKey, KeyError> {
        let not_a_key = |reason: &str| KeyError::NotASecretKey {
            reason: reason.into(),
        };
        let mut lines = text.lines().map(str::trim);
        let comment = lines.next().unwrap_or_default();
        if !comment.starts_with("untrusted comment:") {
            return Err(not_a_key(
                "it does not start with an \"untrusted comment:\" line",
            ));
        }
        let encoded = lines
            .next()
            .ok_or_else(|| not_a_key("the base64 line is missing"))?;
        // Looked at before handing the key to minisign, which would otherwise prompt on the
        // terminal for the password of an encrypted key.
        let bytes = BASE64
            .decode(encoded)
            .map_err(|_| not_a_key("the key line is not base64"))?;
        if bytes.len() != SECRET_KEY_BYTES || !bytes.starts_with(b"Ed") {
            return Err(not_a_key(
                "the key line does not hold an Ed25519 secret key",
            ));
        }
        let encrypted = match &bytes[2..4] {
            [0, 0] => false,
            b"Sc" => true,
            _ => return Err(not_a_key("it uses an unknown key encryption")),
        };
        let key_box = minisign::SecretKeyBox::from_string(&format!("{comment}\n{encoded}\n"))
            .map_err(|error| not_a_key(&error.to_string()))?;
        let inner = if encrypted {
            let password = password.ok_or(KeyError::PasswordNeeded)?;
            minisign::SecretKey::from_box(key_box, Some(password))
                .map_err(|_| KeyError::WrongPassword)?
        } else if bytes.ends_with(&[0u8; 32]) {
            // The minisign tool (0.11) leaves the checksum of a key without a password empty,
            // which the minisign crate takes for corruption. Such a key is still checked before
            // use: `package::pack` verifies each new signature with the key's public half.
            minisign::SecretKey::from_bytes(&bytes)
                .map_err(|error| not_a_key(&error.to_string()))?
        } else {
            minisign::SecretKey::from_unencrypted_box(key_box)
                .map_err(|error| not_a_key(&error.to_string()))?
        };
        Ok(SecretKey { inner })
    }

    /// Reads a secret key file.
    pub fn read_file(path: &Path, password: Option<String>) -> Result<SecretKey, KeyError> {
        SecretKey::parse(&read_key_file(path)?, password)
    }

    pub fn key_id(&self) -> KeyId {
        key_id_of(self.inner.keynum())
    }

    /// The public half of this key.
    pub fn public_key(&self) -> Result<PublicKey, KeyError> {
        let inner = minisign::PublicKey::from_secret_key(&self.inner).map_err(|error| {
            KeyError::NotASecretKey {
                reason: error.to_string(),
            }
        })?;
        Ok(PublicKey { inner })
    }

    /// The text of a minisign secret key file without a password. Only for keys made by
    /// `KeyPair::generate`: a key opened with a password keeps its "encrypted" mark.
    fn to_file_text(&self) -> Result<String, KeyError> {
        self.inner
            .to_box(Some(SECRET_KEY_COMMENT))
            .map(|key_box| key_box.into_string())
            .map_err(|error| KeyError::Generate {
                message: error.to_string(),
            })
    }

    pub(crate) fn minisign(&self) -> &minisign::SecretKey {
        &self.inner
    }
}

/// A new publisher key pair.
#[derive(Debug, Clone)]
pub struct KeyPair {
    pub public: PublicKey,
    pub secret: SecretKey,
}

impl KeyPair {
    /// Generates a key pair whose secret key has no password: it is protected by its file's
    /// permissions, which suits build machines that sign without a person at the keyboard.
    pub fn generate() -> Result<KeyPair, KeyError> {
        let pair = minisign::KeyPair::generate_unencrypted_keypair().map_err(|error| {
            KeyError::Generate {
                message: error.to_string(),
            }
        })?;
        Ok(KeyPair {
            public: PublicKey { inner: pair.pk },
            secret: SecretKey { inner: pair.sk },
        })
    }

    /// Writes the secret key (mode 0600) and the public key (mode 0644) in minisign's file
    /// formats. Refuses to overwrite either file; on failure it leaves neither behind.
    pub fn write_files(&self, secret_path: &Path, public_path: &Path) -> Result<(), KeyError> {
        let secret_text = self.secret.to_file_text()?;
        let public_text = self.public.to_file_text();
        for path in [secret_path, public_path] {
            if path.symlink_metadata().is_ok() {
                return Err(KeyError::AlreadyExists {
                    path: path.display().to_string(),
                });
            }
        }
        write_new_file(secret_path, secret_text.as_bytes(), 0o600)?;
        if let Err(error) = write_new_file(public_path, public_text.as_bytes(), 0o644) {
            // The secret key alone is useless and would block the next attempt.
            let _ = std::fs::remove_file(secret_path);
            return Err(error);
        }
        Ok(())
    }
}

fn io_error(path: &Path, error: &std::io::Error) -> KeyError {
    KeyError::Io {
        path: path.display().to_string(),
        message: error.to_string(),
    }
}

fn read_key_file(path: &Path) -> Result<String, KeyError> {
    let metadata = std::fs::metadata(path).map_err(|error| io_error(path, &error))?;
    if metadata.len() > MAX_KEY_FILE_BYTES {
        return Err(KeyError::Io {
            path: path.display().to_string(),
            message: "the file is far too large to be a key".into(),
        });
    }
    std::fs::read_to_string(path).map_err(|error| io_error(path, &error))
}

/// Creates `path` (failing if it exists) with `mode` from the start, so that a secret key is
/// never readable by others, not even for a moment.
fn write_new_file(path: &Path, contents: &[u8], mode: u32) -> Result<(), KeyError> {
    use std::os::unix::fs::OpenOptionsExt;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(mode)
        .open(path)
        .map_err(|error| {
            if error.kind() == std::io::ErrorKind::AlreadyExists {
                KeyError::AlreadyExists {
                    path: path.display().to_string(),
                }
            } else {
                io_error(path, &error)
            }
        })?;
    let written = file
        .write_all(contents)
        .and_then(|()| file.sync_all())
        .map_err(|error| io_error(path, &error));
    if written.is_err() {
        let _ = std::fs::remove_file(path);
    }
    written
}

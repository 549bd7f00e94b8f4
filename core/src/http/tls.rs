//! TLS from the municipality's own PEM files: a certificate chain and its private key, checked
//! before they are used (the key belongs to the first certificate, every certificate is valid at
//! this moment, and each one is issued and signed by the next in the file), with ALPN for HTTP/2
//! and HTTP/1.1. The server presents whatever its `CertificateSlot` holds when a handshake starts,
//! so a reload (SIGHUP) swaps the certificate for new connections while open ones keep theirs.

use std::path::Path;
use std::sync::{Arc, PoisonError, RwLock};

use rustls::ServerConfig;
use rustls::crypto::CryptoProvider;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use rustls::server::{ClientHello, ResolvesServerCert};
use rustls::sign::CertifiedKey;
use x509_parser::certificate::X509Certificate;
use x509_parser::error::X509Error;

use crate::clock::Timestamp;
use crate::config::TlsFiles;

/// Why the TLS files cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum TlsError {
    /// The certificate file could not be read or holds no PEM certificate.
    #[error("server.tls_certificate {path}: {message}")]
    Certificate { path: String, message: String },
    /// The key file could not be read or holds no PEM private key.
    #[error("server.tls_private_key {path}: {message}")]
    PrivateKey { path: String, message: String },
    /// The key is not the one the certificate was issued for.
    #[error(
        "server.tls_private_key {key}: the private key does not match the certificate in \
         {certificate}; use the key the certificate was issued for"
    )]
    KeyMismatch { key: String, certificate: String },
    /// A certificate of the chain has expired.
    #[error(
        "server.tls_certificate {path}: {which} ({subject}) expired on {not_after}; install a \
         renewed certificate and reload (systemctl reload digifit)"
    )]
    Expired {
        path: String,
        which: String,
        subject: String,
        not_after: String,
    },
    /// A certificate of the chain is not valid yet (or the clock is wrong).
    #[error(
        "server.tls_certificate {path}: {which} ({subject}) is only valid from {not_before}; \
         check the system clock, or use a certificate that is valid now"
    )]
    NotYetValid {
        path: String,
        which: String,
        subject: String,
        not_before: String,
    },
    /// The certificates of the file do not form a chain in order.
    #[error(
        "server.tls_certificate {path}: the chain is broken: {message}; the file must hold the \
         server's certificate first, then the certificate that issued it, and so on"
    )]
    BrokenChain { path: String, message: String },
    /// rustls refused the configuration.
    #[error("the TLS configuration cannot be built: {0}")]
    Config(String),
}

fn show(path: &Path) -> String {
    path.display().to_string()
}

/// A checked certificate chain with its private key, ready to be presented.
#[derive(Debug)]
pub struct Certificate {
    pub certified: Arc<CertifiedKey>,
    /// The subject of the server's own certificate, for logs.
    pub subject: String,
    /// The moment the first certificate of the chain expires, in seconds since the epoch: when
    /// the chain stops being usable.
    pub not_after: i64,
}

fn provider() -> Arc<CryptoProvider> {
    Arc::new(rustls::crypto::ring::default_provider())
}

/// Reads and checks the PEM files as of `now`.
pub fn read(files: &TlsFiles, now: Timestamp) -> Result<Certificate, TlsError> {
    let certificate_path = show(&files.certificate_chain);
    let certificate_error = |message: String| TlsError::Certificate {
        path: certificate_path.clone(),
        message,
    };
    let chain: Vec<CertificateDer<'static>> =
        CertificateDer::pem_file_iter(&files.certificate_chain)
            .map_err(|e| certificate_error(e.to_string()))?
            .collect::<Result<_, _>>()
            .map_err(|e| certificate_error(e.to_string()))?;
    if chain.is_empty() {
        return Err(certificate_error("no PEM certificate in the file".into()));
    }
    let key =
        PrivateKeyDer::from_pem_file(&files.private_key).map_err(|e| TlsError::PrivateKey {
            path: show(&files.private_key),
            message: e.to_string(),
        })?;
    let parsed = chain
        .iter()
        .enumerate()
        .map(|(index, der)| {
            x509_parser::parse_x509_certificate(der)
                .map(|(_, certificate)| certificate)
                .map_err(|e| {
                    certificate_error(format!(
                        "{} is not a valid X.509 certificate: {e}",
                        which(index, chain.len())
                    ))
                })
        })
        .collect::<Result<Vec<_>, _>>()?;

    let signing_key =
        provider()
            .key_provider
            .load_private_key(key)
            .map_err(|e| TlsError::PrivateKey {
                path: show(&files.private_key),
                message: format!("the key cannot be used: {e}"),
            })?;
    let certified = CertifiedKey::new(chain.clone(), signing_key);
    match certified.keys_match() {
        // A key that cannot tell its public half cannot be compared; rustls accepts it too.
        Ok(()) | Err(rustls::Error::InconsistentKeys(rustls::InconsistentKeys::Unknown)) => {}
        Err(rustls::Error::InconsistentKeys(_)) => {
            return Err(TlsError::KeyMismatch {
                key: show(&files.private_key),
                certificate: certificate_path,
            });
        }
        Err(error) => return Err(certificate_error(error.to_string())),
    }
    check_chain(&parsed).map_err(|message| TlsError::BrokenChain {
        path: certificate_path.clone(),
        message,
    })?;
    let now = i64::try_from(now.0).unwrap_or(i64::MAX);
    let mut not_after = i64::MAX;
    for (index, certificate) in parsed.iter().enumerate() {
        let validity = certificate.validity();
        let subject = certificate.subject().to_string();
        if now < validity.not_before.timestamp() {
            return Err(TlsError::NotYetValid {
                path: certificate_path,
                which: which(index, parsed.len()),
                subject,
                not_before: show_time(validity.not_before.timestamp()),
            });
        }
        if now > validity.not_after.timestamp() {
            return Err(TlsError::Expired {
                path: certificate_path,
                which: which(index, parsed.len()),
                subject,
                not_after: show_time(validity.not_after.timestamp()),
            });
        }
        not_after = not_after.min(validity.not_after.timestamp());
    }
    Ok(Certificate {
        certified: Arc::new(certified),
        subject: parsed[0].subject().to_string(),
        not_after,
    })
}

/// Each certificate must be issued (by name) and signed (by key) by the next one in the file.
/// The last one is checked by the clients, which hold the root it leads to.
fn check_chain(parsed: &[X509Certificate<'_>]) -> Result<(), String> {
    for (index, pair) in parsed.windows(2).enumerate() {
        let (child, parent) = (&pair[0], &pair[1]);
        if child.issuer().as_raw() != parent.subject().as_raw() {
            return Err(format!(
                "{} ({}) was issued by {}, but the next certificate in the file is {}",
                which(index, parsed.len()),
                child.subject(),
                child.issuer(),
                parent.subject()
            ));
        }
        match child.verify_signature(Some(parent.public_key())) {
            Ok(()) => {}
            // An algorithm ring does not know (clients may): the names matched, which is what
            // can be checked here.
            Err(X509Error::SignatureUnsupportedAlgorithm) => {
                tracing::debug!(
                    certificate = index + 1,
                    "cannot check the signature of a certificate of the chain: unsupported algorithm"
                );
            }
            Err(_) => {
                return Err(format!(
                    "{} ({}) carries the right name but did not sign {} ({})",
                    which(index + 1, parsed.len()),
                    parent.subject(),
                    which(index, parsed.len()),
                    child.subject()
                ));
            }
        }
    }
    Ok(())
}

/// "the certificate" or "certificate 2 of 3", as a message names it.
fn which(index: usize, count: usize) -> String {
    if count == 1 {
        "the certificate".to_owned()
    } else {
        format!("certificate {} of {count}", index + 1)
    }
}

/// A moment as `2026-01-31 23:59:59 UTC`.
pub fn show_time(seconds: i64) -> String {
    if seconds < 0 {
        return format!("{seconds} s after 1970-01-01 (before 1970)");
    }
    let timestamp = Timestamp(seconds.unsigned_abs());
    let (year, month, day) = timestamp.utc_date();
    let in_day = timestamp.0 % 86_400;
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02}:{:02} UTC",
        in_day / 3600,
        in_day / 60 % 60,
        in_day % 60
    )
}

/// The certificate the server presents. A handshake takes the one current when it starts; a
/// connection keeps it for as long as it lasts, so swapping the certificate drops nothing.
#[derive(Debug)]
pub struct CertificateSlot {
    files: TlsFiles,
    current: RwLock<Arc<Certificate>>,
}

impl CertificateSlot {
    /// Reads and checks the files (see [`read`]).
    pub fn open(files: &TlsFiles, now: Timestamp) -> Result<CertificateSlot, TlsError> {
        let certificate = read(files, now)?;
        Ok(CertificateSlot {
            files: files.clone(),
            current: RwLock::new(Arc::new(certificate)),
        })
    }

    pub fn current(&self) -> Arc<Certificate> {
        self.current
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// Reads the files again; if they pass every check, new handshakes get the new certificate.
    /// Otherwise the current one stays.
    pub fn reload(&self, now: Timestamp) -> Result<Arc<Certificate>, TlsError> {
        let certificate = Arc::new(read(&self.files, now)?);
        *self.current.write().unwrap_or_else(PoisonError::into_inner) = certificate.clone();
        Ok(certificate)
    }
}

impl ResolvesServerCert for CertificateSlot {
    fn resolve(&self, _client_hello: ClientHello<'_>) -> Option<Arc<CertifiedKey>> {
        Some(self.current().certified.clone())
    }
}

/// The rustls configuration that presents the slot's certificate, with ALPN for h2 and http/1.1.
pub fn server_config(slot: Arc<CertificateSlot>) -> Result<Arc<ServerConfig>, TlsError> {
    let mut config = ServerConfig::builder_with_provider(provider())
        .with_safe_default_protocol_versions()
        .map_err(|e| TlsError::Config(e.to_string()))?
        .with_no_client_auth()
        .with_cert_resolver(slot);
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(Arc::new(config))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_shown_in_utc() {
        assert_eq!(show_time(0), "1970-01-01 00:00:00 UTC");
        assert_eq!(show_time(1_800_000_000), "2027-01-15 08:00:00 UTC");
        assert_eq!(which(0, 1), "the certificate");
        assert_eq!(which(1, 3), "certificate 2 of 3");
    }
}

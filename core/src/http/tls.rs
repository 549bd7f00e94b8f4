//! TLS from the municipality's own PEM files: a certificate chain and its private key, checked to
//! belong together, with ALPN for HTTP/2 and HTTP/1.1.

use std::path::Path;
use std::sync::Arc;

use rustls::ServerConfig;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};

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
    /// The key does not belong to the certificate, or rustls refused the pair.
    #[error("the private key does not match the certificate, or is of an unsupported kind: {0}")]
    Mismatch(String),
}

fn show(path: &Path) -> String {
    path.display().to_string()
}

pub fn load(files: &TlsFiles) -> Result<Arc<ServerConfig>, TlsError> {
    let chain: Vec<CertificateDer<'static>> =
        CertificateDer::pem_file_iter(&files.certificate_chain)
            .map_err(|e| TlsError::Certificate {
                path: show(&files.certificate_chain),
                message: e.to_string(),
            })?
            .collect::<Result<_, _>>()
            .map_err(|e| TlsError::Certificate {
                path: show(&files.certificate_chain),
                message: e.to_string(),
            })?;
    if chain.is_empty() {
        return Err(TlsError::Certificate {
            path: show(&files.certificate_chain),
            message: "no PEM certificate in the file".into(),
        });
    }
    let key =
        PrivateKeyDer::from_pem_file(&files.private_key).map_err(|e| TlsError::PrivateKey {
            path: show(&files.private_key),
            message: e.to_string(),
        })?;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| TlsError::Mismatch(e.to_string()))?
        .with_no_client_auth()
        .with_single_cert(chain, key)
        .map_err(|e| TlsError::Mismatch(e.to_string()))?;
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(Arc::new(config))
}

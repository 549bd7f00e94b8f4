//! TLS: with the operator's PEM files the server speaks HTTPS with HSTS, `__Host-` cookies marked
//! Secure and HTTP/2 by ALPN; unusable files (a key that does not match, an expired or not yet
//! valid certificate, a chain out of order) stop the start with an error that names the problem,
//! and `check-config` says the same; a reload (what SIGHUP does) gives new connections the new
//! certificate while open ones keep theirs, and a refused reload keeps the old one.

use std::path::{Path, PathBuf};

use digifit::config::TlsFiles;
use digifit::http::metrics;
use digifit::http::server::{self, ServerError};
use reqwest::{StatusCode, Version};
use rustls::pki_types::CertificateDer;
use rustls::pki_types::pem::PemObject;

use crate::cli;
use crate::testkit::{self, Browser, Page, TestServer};

/// A self-signed certificate for localhost and 127.0.0.1, written as PEM files into `dir`.
pub fn certificate(dir: &Path, name: &str) -> (TlsFiles, String) {
    let names = vec!["localhost".to_owned(), "127.0.0.1".to_owned()];
    let rcgen::CertifiedKey { cert, signing_key } =
        rcgen::generate_simple_self_signed(names).unwrap();
    let files = TlsFiles {
        certificate_chain: dir.join(format!("{name}.crt")),
        private_key: dir.join(format!("{name}.key")),
    };
    std::fs::write(&files.certificate_chain, cert.pem()).unwrap();
    std::fs::write(&files.private_key, signing_key.serialize_pem()).unwrap();
    (files, cert.pem())
}

fn https_browser(server: &TestServer, certificate_pem: &str) -> Browser {
    let port = server.server.local_addr.port();
    let root = reqwest::Certificate::from_pem(certificate_pem.as_bytes()).unwrap();
    let addr = server.server.local_addr;
    Browser::with(&format!("https://localhost:{port}"), |builder| {
        builder
            .add_root_certificate(root)
            .tls_built_in_root_certs(false)
            .resolve("localhost", addr)
    })
}

#[tokio::test]
async fn https_has_hsts_secure_host_cookies_and_http2() {
    let certs = tempfile::tempdir().unwrap();
    let (files, pem) = certificate(certs.path(), "server");
    let server = TestServer::start_with(|settings| settings.tls = Some(files)).await;
    assert!(server.url().starts_with("https://"));
    let browser = https_browser(&server, &pem);

    let page = browser.get("/login").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.version, Version::HTTP_2, "ALPN chose HTTP/2");
    testkit::assert_security_headers(&page, true);
    let hsts = page.header("strict-transport-security").unwrap();
    assert!(hsts.contains("max-age=31536000"), "{hsts}");
    let csrf_cookies = testkit::set_cookies(&page.headers, "__Host-digifit-csrf");
    assert_eq!(csrf_cookies.len(), 1, "{:?}", page.headers);
    assert!(csrf_cookies[0].contains("; Secure"));

    let response = testkit::login(&browser, "demo", "demo").await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let cookies = testkit::set_cookies(response.headers(), "__Host-digifit-session");
    assert_eq!(cookies.len(), 1, "{:?}", response.headers());
    let attributes: Vec<&str> = cookies[0].split(';').map(str::trim).collect();
    for wanted in ["Secure", "HttpOnly", "SameSite=Strict", "Path=/"] {
        assert!(attributes.contains(&wanted), "{wanted}: {attributes:?}");
    }
    assert!(
        !attributes.iter().any(|a| a.starts_with("Domain")),
        "__Host- cookies have no Domain"
    );
    assert!(testkit::set_cookies(response.headers(), "digifit-session").is_empty());
    let home = browser.get("/").await;
    assert_eq!(home.status, StatusCode::OK);
    assert!(home.body.contains("Dana Demo"));

    // A POST from the plain-HTTP origin of the same host is foreign to an HTTPS server.
    let csrf = home.csrf();
    let response = browser
        .client
        .post(browser.url("/logout"))
        .header(
            "origin",
            format!("http://localhost:{}", server.server.local_addr.port()),
        )
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(Page::of(response).await.status, StatusCode::FORBIDDEN);

    // HTTP/1.1 clients are served too.
    let old = Browser::with(&browser.base, |builder| {
        builder
            .add_root_certificate(reqwest::Certificate::from_pem(pem.as_bytes()).unwrap())
            .tls_built_in_root_certs(false)
            .resolve("localhost", server.server.local_addr)
            .http1_only()
    });
    let page = old.get("/healthz").await;
    assert_eq!(page.version, Version::HTTP_11);
    assert_eq!(page.body, "ok");
    drop((browser, old));
    server.shutdown().await;
}

#[tokio::test]
async fn plain_http_to_a_tls_port_gets_no_page() {
    let certs = tempfile::tempdir().unwrap();
    let (files, _) = certificate(certs.path(), "server");
    let server = TestServer::start_with(|settings| settings.tls = Some(files)).await;
    let plain = Browser::new(&format!("http://{}", server.server.local_addr));
    let outcome = plain
        .client
        .get(plain.url("/healthz"))
        .send()
        .await
        .map(|r| r.status());
    assert!(outcome.is_err(), "{outcome:?}");
    server.shutdown().await;
}

async fn start_error(tls: TlsFiles) -> String {
    let data = tempfile::tempdir().unwrap();
    let mut settings = testkit::settings_in(data.path());
    settings.tls = Some(tls);
    match server::start(settings).await {
        Ok(_) => panic!("the server started with unusable TLS files"),
        Err(error) => {
            assert!(matches!(error, ServerError::Tls(_)), "{error:?}");
            error.to_string()
        }
    }
}

#[tokio::test]
async fn unusable_tls_files_stop_the_start_with_a_clear_error() {
    let certs = tempfile::tempdir().unwrap();
    let (good, _) = certificate(certs.path(), "good");
    let (other, _) = certificate(certs.path(), "other");

    let mismatched = TlsFiles {
        certificate_chain: good.certificate_chain.clone(),
        private_key: other.private_key.clone(),
    };
    let message = start_error(mismatched).await;
    assert!(message.contains("private key does not match"), "{message}");

    let missing: PathBuf = certs.path().join("nowhere.crt");
    let message = start_error(TlsFiles {
        certificate_chain: missing.clone(),
        private_key: good.private_key.clone(),
    })
    .await;
    assert!(message.starts_with("server.tls_certificate"), "{message}");
    assert!(
        message.contains(&missing.display().to_string()),
        "{message}"
    );

    let message = start_error(TlsFiles {
        certificate_chain: good.certificate_chain.clone(),
        private_key: certs.path().join("nowhere.key"),
    })
    .await;
    assert!(message.starts_with("server.tls_private_key"), "{message}");

    // A key where the certificate should be, and a certificate where the key should be.
    let message = start_error(TlsFiles {
        certificate_chain: good.private_key.clone(),
        private_key: good.private_key.clone(),
    })
    .await;
    assert!(message.starts_with("server.tls_certificate"), "{message}");
    let message = start_error(TlsFiles {
        certificate_chain: good.certificate_chain.clone(),
        private_key: good.certificate_chain.clone(),
    })
    .await;
    assert!(message.starts_with("server.tls_private_key"), "{message}");
}

/// A certificate authority of the tests: a root (without a parent) or an intermediate.
pub struct Authority(rcgen::CertifiedIssuer<'static, rcgen::KeyPair>);

impl Authority {
    pub fn new(
        name: &str,
        parent: Option<&Authority>,
        from: (i32, u8, u8),
        until: (i32, u8, u8),
    ) -> Authority {
        let mut params = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
        params
            .distinguished_name
            .push(rcgen::DnType::CommonName, name);
        params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
        params.not_before = rcgen::date_time_ymd(from.0, from.1, from.2);
        params.not_after = rcgen::date_time_ymd(until.0, until.1, until.2);
        let key = rcgen::KeyPair::generate().unwrap();
        Authority(match parent {
            None => rcgen::CertifiedIssuer::self_signed(params, key).unwrap(),
            Some(parent) => rcgen::CertifiedIssuer::signed_by(params, key, &parent.0).unwrap(),
        })
    }

    pub fn pem(&self) -> String {
        self.0.pem()
    }
}

/// A certificate for localhost and 127.0.0.1, valid from `from` until `until`, signed by
/// `issuer` (self-signed without one); its PEM and its key's PEM.
pub fn server_certificate(
    issuer: Option<&Authority>,
    from: (i32, u8, u8),
    until: (i32, u8, u8),
) -> (String, String) {
    let mut params =
        rcgen::CertificateParams::new(vec!["localhost".to_owned(), "127.0.0.1".to_owned()])
            .unwrap();
    params
        .distinguished_name
        .push(rcgen::DnType::CommonName, "localhost");
    params.not_before = rcgen::date_time_ymd(from.0, from.1, from.2);
    params.not_after = rcgen::date_time_ymd(until.0, until.1, until.2);
    let key = rcgen::KeyPair::generate().unwrap();
    let certificate = match issuer {
        Some(issuer) => params.signed_by(&key, &issuer.0).unwrap(),
        None => params.self_signed(&key).unwrap(),
    };
    (certificate.pem(), key.serialize_pem())
}

/// Writes a chain and a key where `files` says.
pub fn install(files: &TlsFiles, chain_pem: &str, key_pem: &str) {
    std::fs::write(&files.certificate_chain, chain_pem).unwrap();
    std::fs::write(&files.private_key, key_pem).unwrap();
}

pub fn der(pem: &str) -> Vec<u8> {
    CertificateDer::from_pem_slice(pem.as_bytes())
        .unwrap()
        .to_vec()
}

/// A fresh HTTP/1.1 client for the server at `addr` that trusts these certificates and reports
/// the certificate each connection got.
pub fn https_client(addr: std::net::SocketAddr, trusted: &[&str]) -> reqwest::Client {
    let mut builder = reqwest::Client::builder()
        .tls_built_in_root_certs(false)
        .resolve("localhost", addr)
        .http1_only()
        .tls_info(true);
    for pem in trusted {
        builder =
            builder.add_root_certificate(reqwest::Certificate::from_pem(pem.as_bytes()).unwrap());
    }
    builder.build().unwrap()
}

/// GETs a path and returns the status and the DER of the certificate the connection got.
pub async fn fetch(
    client: &reqwest::Client,
    addr: std::net::SocketAddr,
    path: &str,
) -> (StatusCode, Vec<u8>) {
    let response = client
        .get(format!("https://localhost:{}{path}", addr.port()))
        .send()
        .await
        .unwrap();
    let presented = response
        .extensions()
        .get::<reqwest::tls::TlsInfo>()
        .and_then(|info| info.peer_certificate())
        .map(<[u8]>::to_vec)
        .unwrap_or_default();
    let status = response.status();
    // Read to the end, so that the connection goes back to the client's pool.
    response.bytes().await.unwrap();
    (status, presented)
}

const LONG_AGO: (i32, u8, u8) = (2020, 1, 1);
const FAR_AHEAD: (i32, u8, u8) = (2090, 1, 1);

#[tokio::test]
async fn a_reload_gives_new_connections_the_new_certificate_and_keeps_open_ones() {
    let certs = tempfile::tempdir().unwrap();
    let (files, old_pem) = certificate(certs.path(), "server");
    let server = TestServer::start_with(|settings| settings.tls = Some(files.clone())).await;
    let addr = server.server.local_addr;

    // The renewed certificate is issued by a CA through an intermediate, as real ones are.
    let root = Authority::new("digifit test root", None, LONG_AGO, FAR_AHEAD);
    let intermediate = Authority::new(
        "digifit test intermediate",
        Some(&root),
        LONG_AGO,
        FAR_AHEAD,
    );
    let (new_pem, new_key) = server_certificate(Some(&intermediate), LONG_AGO, FAR_AHEAD);
    let root_pem = root.pem();
    let trusted = [old_pem.as_str(), root_pem.as_str()];

    let open = https_client(addr, &trusted);
    let (status, presented) = fetch(&open, addr, "/healthz").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(presented, der(&old_pem));

    install(
        &files,
        &format!("{new_pem}{}", intermediate.pem()),
        &new_key,
    );
    server.server.reload().unwrap();
    assert_eq!(
        server.server.certificate().unwrap().certified.cert[0].to_vec(),
        der(&new_pem)
    );

    // The connection opened before the reload goes on with its certificate (keep-alive: a new
    // connection would have got the new one).
    let (status, presented) = fetch(&open, addr, "/healthz").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(presented, der(&old_pem), "the open connection was kept");
    // A new connection gets the new certificate and its chain up to the root it trusts.
    let fresh = https_client(addr, &[&root.pem()]);
    let (status, presented) = fetch(&fresh, addr, "/healthz").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(presented, der(&new_pem));

    let browser = Browser::with(&format!("https://localhost:{}", addr.port()), |builder| {
        builder
            .add_root_certificate(reqwest::Certificate::from_pem(root.pem().as_bytes()).unwrap())
            .tls_built_in_root_certs(false)
            .resolve("localhost", addr)
    });
    let scraped = browser.get("/metrics").await;
    assert_eq!(scraped.status, StatusCode::OK);
    assert_eq!(
        metrics::sample(&scraped.body, "digifit_tls_reloads_total", "result=\"ok\""),
        Some(1.0),
        "{}",
        scraped.body
    );
    // 2090-01-01 00:00:00 UTC, when the renewed certificate expires.
    assert_eq!(
        metrics::sample(
            &scraped.body,
            "digifit_tls_certificate_expiry_timestamp_seconds",
            ""
        ),
        Some(3_786_912_000.0)
    );
    drop((open, fresh, browser));
    server.shutdown().await;
}

/// One kind of unusable TLS files, and what the error must say.
struct Broken {
    what: &'static str,
    chain: String,
    key: String,
    says: Vec<&'static str>,
}

fn broken_cases() -> Vec<Broken> {
    let (good, good_key) = server_certificate(None, LONG_AGO, FAR_AHEAD);
    let (_, other_key) = server_certificate(None, LONG_AGO, FAR_AHEAD);
    let (expired, expired_key) = server_certificate(None, LONG_AGO, (2025, 1, 1));
    let (early, early_key) = server_certificate(None, (2080, 6, 1), FAR_AHEAD);
    let root = Authority::new("digifit test root", None, LONG_AGO, FAR_AHEAD);
    let intermediate = Authority::new(
        "digifit test intermediate",
        Some(&root),
        LONG_AGO,
        FAR_AHEAD,
    );
    let (leaf, leaf_key) = server_certificate(Some(&intermediate), LONG_AGO, FAR_AHEAD);
    let stranger = Authority::new("another intermediate", Some(&root), LONG_AGO, FAR_AHEAD);
    // Same name as the real intermediate, but another key: only the signature tells them apart.
    let impostor = Authority::new(
        "digifit test intermediate",
        Some(&root),
        LONG_AGO,
        FAR_AHEAD,
    );
    let outdated = Authority::new(
        "digifit outdated intermediate",
        Some(&root),
        LONG_AGO,
        (2025, 1, 1),
    );
    let (under_outdated, under_outdated_key) =
        server_certificate(Some(&outdated), LONG_AGO, FAR_AHEAD);
    vec![
        Broken {
            what: "a key that belongs to another certificate",
            chain: good.clone(),
            key: other_key,
            says: vec![
                "server.tls_private_key",
                "private key does not match the certificate",
            ],
        },
        Broken {
            what: "an expired certificate",
            chain: expired,
            key: expired_key,
            says: vec![
                "server.tls_certificate",
                "the certificate (CN=localhost) expired on 2025-01-01 00:00:00 UTC",
            ],
        },
        Broken {
            what: "a certificate not valid yet",
            chain: early,
            key: early_key,
            says: vec![
                "server.tls_certificate",
                "is only valid from 2080-06-01 00:00:00 UTC",
            ],
        },
        Broken {
            what: "an intermediate that did not issue the certificate",
            chain: format!("{leaf}{}", stranger.pem()),
            key: leaf_key.clone(),
            says: vec![
                "server.tls_certificate",
                "chain is broken",
                "certificate 1 of 2 (CN=localhost) was issued by CN=digifit test intermediate, but the next certificate in the file is CN=another intermediate",
            ],
        },
        Broken {
            what: "an intermediate of the right name that did not sign the certificate",
            chain: format!("{leaf}{}", impostor.pem()),
            key: leaf_key.clone(),
            says: vec![
                "chain is broken",
                "certificate 2 of 2 (CN=digifit test intermediate) carries the right name but did not sign certificate 1 of 2",
            ],
        },
        Broken {
            what: "an expired intermediate",
            chain: format!("{under_outdated}{}", outdated.pem()),
            key: under_outdated_key,
            says: vec![
                "certificate 2 of 2 (CN=digifit outdated intermediate) expired on 2025-01-01",
            ],
        },
        Broken {
            what: "the chain in the wrong order",
            chain: format!("{}{leaf}", intermediate.pem()),
            key: leaf_key,
            says: vec!["private key does not match"],
        },
        // Not broken: the good pair, to prove the cases above fail for their own reason only.
        Broken {
            what: "",
            chain: good,
            key: good_key,
            says: vec![],
        },
    ]
}

#[track_caller]
fn assert_says(message: &str, case: &Broken, path: &Path) {
    for fragment in &case.says {
        assert!(
            message.contains(fragment),
            "{}: {fragment:?} not in {message:?}",
            case.what
        );
    }
    assert!(
        message.contains(&path.display().to_string()),
        "{}: {message}",
        case.what
    );
}

#[tokio::test]
async fn unusable_tls_files_are_refused_at_start_on_reload_and_by_check_config() {
    let certs = tempfile::tempdir().unwrap();
    let (files, pem) = certificate(certs.path(), "server");
    let server = TestServer::start_with(|settings| settings.tls = Some(files.clone())).await;
    let addr = server.server.local_addr;
    let config = certs.path().join("digifit.toml");
    let candidate = TlsFiles {
        certificate_chain: certs.path().join("candidate.crt"),
        private_key: certs.path().join("candidate.key"),
    };
    std::fs::write(
        &config,
        format!(
            "[server]\nlisten = \"127.0.0.1:8443\"\ntls_certificate = {:?}\ntls_private_key = {:?}\n[storage]\ndata_dir = {:?}\n",
            candidate.certificate_chain,
            candidate.private_key,
            certs.path().join("data")
        ),
    )
    .unwrap();
    let good_key = std::fs::read_to_string(&files.private_key).unwrap();
    let mut refused = 0.0;
    for case in broken_cases() {
        install(&candidate, &case.chain, &case.key);
        let checked = cli::run(
            &["check-config", "--config", config.to_str().unwrap()],
            None,
        )
        .await;
        if case.says.is_empty() {
            cli::assert_success(&checked);
            continue;
        }
        let path = if case.says.contains(&"server.tls_private_key") {
            &candidate.private_key
        } else {
            &candidate.certificate_chain
        };
        // At start.
        let message = start_error(candidate.clone()).await;
        assert_says(&message, &case, path);
        // By check-config, with the same words.
        let stderr = cli::assert_failure(&checked);
        assert_says(&stderr, &case, path);
        // On reload: refused, and the old certificate stays for new connections.
        install(&files, &case.chain, &case.key);
        let error = server.server.reload().unwrap_err().to_string();
        let path = if case.says.contains(&"server.tls_private_key") {
            &files.private_key
        } else {
            &files.certificate_chain
        };
        assert_says(&error, &case, path);
        refused += 1.0;
        let (status, presented) = fetch(&https_client(addr, &[&pem]), addr, "/healthz").await;
        assert_eq!(status, StatusCode::OK, "{}", case.what);
        assert_eq!(presented, der(&pem), "{}", case.what);
    }
    install(&files, &pem, &good_key);
    let browser = Browser::with(&format!("https://localhost:{}", addr.port()), |builder| {
        builder
            .add_root_certificate(reqwest::Certificate::from_pem(pem.as_bytes()).unwrap())
            .tls_built_in_root_certs(false)
            .resolve("localhost", addr)
    });
    let scraped = browser.get("/metrics").await;
    assert_eq!(
        metrics::sample(
            &scraped.body,
            "digifit_tls_reloads_total",
            "result=\"refused\""
        ),
        Some(refused)
    );
    drop(browser);
    server.shutdown().await;
}

/// The server's clock decides: a certificate that expires while the server runs is refused by the
/// next reload.
#[tokio::test]
async fn a_certificate_that_expired_meanwhile_is_refused_on_reload() {
    let certs = tempfile::tempdir().unwrap();
    let files = TlsFiles {
        certificate_chain: certs.path().join("server.crt"),
        private_key: certs.path().join("server.key"),
    };
    // The test clock starts on 2027-01-15.
    let (pem, key) = server_certificate(None, LONG_AGO, (2027, 6, 1));
    install(&files, &pem, &key);
    let server = TestServer::start_with(|settings| settings.tls = Some(files.clone())).await;
    server.server.reload().unwrap();
    server.clock().advance(200 * 86_400);
    let error = server.server.reload().unwrap_err().to_string();
    assert!(
        error.contains("expired on 2027-06-01 00:00:00 UTC"),
        "{error}"
    );
    let addr = server.server.local_addr;
    let (status, presented) = fetch(&https_client(addr, &[&pem]), addr, "/healthz").await;
    assert_eq!((status, presented), (StatusCode::OK, der(&pem)));
    server.shutdown().await;
}

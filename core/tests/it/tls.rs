//! TLS: with the operator's PEM files the server speaks HTTPS with HSTS, `__Host-` cookies marked
//! Secure and HTTP/2 by ALPN; unusable files stop the start with an error that names the problem.

use std::path::{Path, PathBuf};

use digifit::config::TlsFiles;
use digifit::http::server::{self, ServerError};
use reqwest::{StatusCode, Version};

use crate::testkit::{self, Browser, Page, TestServer};

/// A self-signed certificate for localhost and 127.0.0.1, written as PEM files into `dir`.
fn certificate(dir: &Path, name: &str) -> (TlsFiles, String) {
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

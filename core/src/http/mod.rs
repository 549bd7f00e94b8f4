//! The HTTP side: the listener and connection loop (HTTP/1.1 and HTTP/2, TLS by rustls), the
//! middleware stack every request passes, security headers, static assets and readiness.

pub mod assets;
pub mod form;
pub mod headers;
pub mod server;
pub mod state;
pub mod tls;

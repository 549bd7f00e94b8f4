//! The HTTP side: the listener and connection loop (HTTP/1.1 and HTTP/2, TLS by rustls, reloaded
//! on SIGHUP), the service manager's notifications, the middleware stack every request passes,
//! security headers, static assets, readiness and metrics.

pub mod assets;
pub mod form;
pub mod headers;
pub mod metrics;
pub mod server;
pub mod state;
pub mod systemd;
pub mod tls;

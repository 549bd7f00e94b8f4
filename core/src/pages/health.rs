//! Health endpoints for load balancers and systemd: `/healthz` says the process answers,
//! `/readyz` says the store is open. Before the store is open, a start-up router answers.

use axum::Router;
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::get;

use crate::http::headers;

pub async fn view_healthz_get() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/plain; charset=utf-8")], "ok")
}

/// Only reached through the full application, which exists once the store is open.
pub async fn view_readyz_get() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        "ready",
    )
}

async fn not_ready() -> impl IntoResponse {
    (
        StatusCode::SERVICE_UNAVAILABLE,
        [
            (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
            (header::RETRY_AFTER, "1"),
        ],
        "starting",
    )
}

/// Answers while the store is opening: health is fine, nothing else is ready yet.
pub fn starting_routes() -> Router {
    Router::new()
        .route("/healthz", get(view_healthz_get))
        .route("/readyz", get(not_ready))
        .fallback(not_ready)
        .layer(axum::middleware::from_fn(|request, next| {
            headers::security_headers(false, request, next)
        }))
}

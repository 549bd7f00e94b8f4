//! Static assets (CSS, icons) embedded in the binary and served under content-hashed names
//! (`/static/app.1a2b3c4d.css`) with a year-long immutable cache lifetime.

use std::collections::HashMap;
use std::sync::LazyLock;

use axum::extract::Path;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

#[derive(rust_embed::Embed)]
#[folder = "assets/"]
struct Embedded;

struct Asset {
    hashed_name: String,
    content_type: &'static str,
}

/// Logical name → hashed name, computed once.
static ASSETS: LazyLock<HashMap<String, Asset>> = LazyLock::new(|| {
    let mut assets = HashMap::new();
    for name in Embedded::iter() {
        let Some(file) = Embedded::get(&name) else {
            continue;
        };
        let digest = hex::encode(&Sha256::digest(&file.data)[..4]);
        let (stem, extension) = name.rsplit_once('.').unwrap_or((&name, ""));
        let content_type = match extension {
            "css" => "text/css; charset=utf-8",
            "svg" => "image/svg+xml",
            "png" => "image/png",
            "ico" => "image/x-icon",
            "woff2" => "font/woff2",
            _ => "application/octet-stream",
        };
        assets.insert(
            name.to_string(),
            Asset {
                hashed_name: format!("{stem}.{digest}.{extension}"),
                content_type,
            },
        );
    }
    assets
});

/// The URL of an embedded asset; an unknown name gives a URL that answers 404.
pub fn url(name: &str) -> String {
    match ASSETS.get(name) {
        Some(asset) => format!("/static/{}", asset.hashed_name),
        None => format!("/static/{name}"),
    }
}

pub async fn view_static_get(Path(requested): Path<String>) -> Response {
    let found = ASSETS
        .iter()
        .find(|(_, asset)| asset.hashed_name == requested);
    let Some((name, asset)) = found else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let Some(file) = Embedded::get(name) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static(asset.content_type),
            ),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=31536000, immutable"),
            ),
        ],
        file.data.into_owned(),
    )
        .into_response()
}

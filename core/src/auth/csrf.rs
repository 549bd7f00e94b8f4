//! CSRF protection for every state-changing request, in one middleware: the Origin (or Referer)
//! must be our own, and the form must carry the requester's token (`csrf` field; for multipart
//! uploads, the `csrf` query parameter, since the middleware does not parse multipart bodies).
//! Anything else gets 403 before a handler runs, so a refused request changes nothing.

use axum::body::{Body, to_bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, Method, StatusCode, Uri, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use subtle::ConstantTimeEq;

use super::access::Principal;
use crate::http::form::FormFields;
use crate::http::state::AppState;

fn is_safe(method: &Method) -> bool {
    matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// The origin the browser should be on: configured, or derived from the Host header (HTTP/1.1)
/// or the request's authority (HTTP/2 has no Host header, only `:authority`).
fn expected_origin(state: &AppState, headers: &HeaderMap, uri: &Uri) -> Option<String> {
    if let Some(origin) = &state.settings.public_origin {
        return Some(origin.clone());
    }
    let host = match headers.get(header::HOST) {
        Some(host) => host.to_str().ok()?,
        None => uri.authority()?.as_str(),
    };
    let scheme = if state.settings.uses_tls() {
        "https"
    } else {
        "http"
    };
    Some(format!("{scheme}://{}", host.to_ascii_lowercase()))
}

fn origin_matches(state: &AppState, headers: &HeaderMap, uri: &Uri) -> bool {
    let expected = expected_origin(state, headers, uri);
    if let Some(origin) = headers.get(header::ORIGIN) {
        return origin.to_str().ok().map(str::to_ascii_lowercase) == expected;
    }
    if let Some(referer) = headers.get(header::REFERER) {
        let Some(expected) = expected else {
            return false;
        };
        return referer.to_str().ok().is_some_and(|r| {
            let r = r.to_ascii_lowercase();
            r == expected || r.starts_with(&format!("{expected}/"))
        });
    }
    // Browsers send Origin on every cross-site POST; a request with neither header is not a
    // browser acting for a third-party site, and the token below still has to match.
    true
}

fn token_in_query(request: &Request) -> Option<String> {
    FormFields::parse(request.uri().query()?.as_bytes())
        .ok()?
        .get("csrf")
        .map(str::to_owned)
}

/// 413 when the body was over the limit, 408 when the client was too slow to send it, 400 when
/// the stream broke otherwise (the client's doing, never a server error).
pub fn body_error_status(error: &(dyn std::error::Error + 'static)) -> StatusCode {
    let mut source = Some(error);
    while let Some(current) = source {
        if current.is::<http_body_util::LengthLimitError>() {
            return StatusCode::PAYLOAD_TOO_LARGE;
        }
        if current.is::<tower_http::timeout::TimeoutError>() {
            return StatusCode::REQUEST_TIMEOUT;
        }
        source = current.source();
    }
    StatusCode::BAD_REQUEST
}

/// The status for a multipart body that could not be read: axum's own where it knows the cause,
/// otherwise the cause in the body (axum answers 500 for a body limit or timeout it does not
/// recognise, such as tower-http's).
pub fn multipart_error_status(error: &axum::extract::multipart::MultipartError) -> StatusCode {
    let status = error.status();
    if status.is_client_error() {
        status
    } else {
        body_error_status(error)
    }
}

fn tokens_equal(given: &str, expected: &str) -> bool {
    given.len() == expected.len() && bool::from(given.as_bytes().ct_eq(expected.as_bytes()))
}

pub async fn guard(State(state): State<AppState>, request: Request, next: Next) -> Response {
    if is_safe(request.method()) {
        return next.run(request).await;
    }
    let Some(expected) = request
        .extensions()
        .get::<Principal>()
        .map(|p| p.csrf_token.clone())
    else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    if !origin_matches(&state, request.headers(), request.uri()) {
        tracing::info!(
            path = request.uri().path(),
            "refused a POST from a foreign origin"
        );
        return StatusCode::FORBIDDEN.into_response();
    }
    let content_type = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(|v| {
            v.split(';')
                .next()
                .unwrap_or_default()
                .trim()
                .to_ascii_lowercase()
        })
        .unwrap_or_default();
    match content_type.as_str() {
        "application/x-www-form-urlencoded" => {
            let (parts, body) = request.into_parts();
            let bytes = match to_bytes(body, state.settings.max_body_bytes).await {
                Ok(bytes) => bytes,
                Err(error) => return body_error_status(&error).into_response(),
            };
            // A body that is no valid form is a bad request whatever its token; handlers would
            // refuse it the same way (`FormFields` extractor).
            let Ok(fields) = FormFields::parse(&bytes) else {
                return StatusCode::BAD_REQUEST.into_response();
            };
            let given = fields.get("csrf").unwrap_or_default();
            if !tokens_equal(given, &expected) {
                tracing::info!(
                    path = parts.uri.path(),
                    "refused a POST without a valid CSRF token"
                );
                return StatusCode::FORBIDDEN.into_response();
            }
            next.run(Request::from_parts(parts, Body::from(bytes)))
                .await
        }
        "multipart/form-data" => {
            let given = token_in_query(&request).unwrap_or_default();
            if !tokens_equal(&given, &expected) {
                tracing::info!(
                    path = request.uri().path(),
                    "refused an upload without a valid CSRF token"
                );
                return StatusCode::FORBIDDEN.into_response();
            }
            next.run(request).await
        }
        _ => StatusCode::UNSUPPORTED_MEDIA_TYPE.into_response(),
    }
}

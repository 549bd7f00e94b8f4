//! Errors as pages. Handlers return `AppError`; its `IntoResponse` is the only mapping from
//! errors to statuses, and it neither logs nor shows internals. `render_error_pages` turns every
//! bare error status (from handlers, extractors, limits and the router) into a page inside the
//! layout, and logs internal errors under an operation id that the page shows.

use std::any::Any;

use askama::Template;
use axum::extract::Request;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use rand::RngCore;

use super::layout::{Chrome, RenderedPage, render};
use crate::accounts::AccountsError;
use crate::auth::access::Principal;
use crate::i18n::Locale;
use crate::store::StoreError;

/// Internal detail of a 500, carried to the middleware for the log and never shown.
#[derive(Debug, Clone)]
pub struct ErrorDetail(pub String);

/// Why a handler could not produce its page.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// The thing asked for does not exist.
    #[error("not found")]
    NotFound,
    /// The request is malformed in a way the form cannot explain.
    #[error("bad request")]
    BadRequest,
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// An account operation failed for a reason that is not the user's input.
    #[error(transparent)]
    Accounts(AccountsError),
    /// Something else that should not happen.
    #[error("{0}")]
    Internal(String),
}

impl From<AccountsError> for AppError {
    fn from(error: AccountsError) -> Self {
        match error {
            AccountsError::UserNotFound | AccountsError::OrgUnitNotFound(_) => AppError::NotFound,
            AccountsError::Store(store) => AppError::Store(store),
            other => AppError::Accounts(other),
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND.into_response(),
            AppError::BadRequest => StatusCode::BAD_REQUEST.into_response(),
            other => {
                let mut response = StatusCode::INTERNAL_SERVER_ERROR.into_response();
                response
                    .extensions_mut()
                    .insert(ErrorDetail(other.to_string()));
                response
            }
        }
    }
}

#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage {
    pub chrome: Chrome,
    pub status: u16,
    pub title: String,
    pub message: String,
    pub operation_id: Option<String>,
}

fn message_ids(status: StatusCode) -> (&'static str, &'static str) {
    match status.as_u16() {
        400 => ("error-400-title", "error-400-text"),
        403 => ("error-403-title", "error-403-text"),
        404 => ("error-404-title", "error-404-text"),
        405 => ("error-405-title", "error-405-text"),
        408 => ("error-408-title", "error-408-text"),
        413 => ("error-413-title", "error-413-text"),
        415 => ("error-415-title", "error-415-text"),
        422 => ("error-422-title", "error-422-text"),
        429 => ("error-429-title", "error-429-text"),
        502 => ("error-502-title", "error-502-text"),
        503 => ("error-503-title", "error-503-text"),
        _ if status.is_client_error() => ("error-400-title", "error-400-text"),
        _ => ("error-500-title", "error-500-text"),
    }
}

fn operation_id() -> String {
    let mut bytes = [0u8; 6];
    rand::rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// Renders the error page for a status.
pub fn error_page(chrome: Chrome, status: StatusCode, operation_id: Option<String>) -> Response {
    let (title, text) = message_ids(status);
    let page = ErrorPage {
        status: status.as_u16(),
        title: chrome.t.get(title),
        message: chrome.t.get(text),
        chrome,
        operation_id,
    };
    render(status, &page)
}

/// Whether a request came with a body that a refusal may leave unread on an HTTP/1 connection.
fn may_leave_body_unread(request: &Request) -> bool {
    let headers = request.headers();
    request.version() < axum::http::Version::HTTP_2
        && (headers.contains_key(header::TRANSFER_ENCODING)
            || headers
                .get(header::CONTENT_LENGTH)
                .is_some_and(|length| length.as_bytes() != b"0"))
}

pub async fn render_error_pages(request: Request, next: Next) -> Response {
    let principal = request.extensions().get::<Principal>().cloned();
    let path = request.uri().path().to_owned();
    let method = request.method().clone();
    let body_may_be_unread = may_leave_body_unread(&request);
    let response = next.run(request).await;
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error())
        || response.extensions().get::<RenderedPage>().is_some()
    {
        return response;
    }
    let mut operation = None;
    if status.is_server_error() {
        let id = operation_id();
        let detail = response
            .extensions()
            .get::<ErrorDetail>()
            .map(|d| d.0.clone())
            .unwrap_or_default();
        tracing::error!(operation_id = %id, %method, %path, status = status.as_u16(), %detail, "request failed");
        operation = Some(id);
    }
    let chrome = match &principal {
        Some(principal) => Chrome::new(principal, &path, None),
        None => anonymous_chrome(&path),
    };
    let mut page = error_page(chrome, status, operation);
    // Keep headers that explain the status, such as Retry-After and Allow.
    for name in [
        axum::http::header::RETRY_AFTER,
        axum::http::header::ALLOW,
        axum::http::header::SET_COOKIE,
    ] {
        for value in response.headers().get_all(&name) {
            page.headers_mut().append(name.clone(), value.clone());
        }
    }
    // A request refused before its body was read to the end (by the CSRF guard, a limit, a
    // timeout, a broken body) leaves the rest on the connection, and hyper closes it after the
    // answer. Saying so keeps the client from sending its next request on a connection that is
    // about to close, which would fail that request.
    if body_may_be_unread {
        page.headers_mut()
            .insert(header::CONNECTION, HeaderValue::from_static("close"));
    }
    page
}

fn anonymous_chrome(path: &str) -> Chrome {
    let principal = Principal {
        user: None,
        csrf_token: String::new(),
        locale: Locale::De,
        client: std::net::IpAddr::from([127, 0, 0, 1]),
        session_expired: false,
    };
    Chrome::new(&principal, path, None)
}

/// The response when a handler panicked: never expected, always a plain 500 page.
pub fn panic_response(panic: Box<dyn Any + Send + 'static>) -> Response {
    let detail = panic
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
        .unwrap_or_default();
    let id = operation_id();
    tracing::error!(operation_id = %id, %detail, "a request handler panicked");
    let chrome = anonymous_chrome("/");
    error_page(chrome, StatusCode::INTERNAL_SERVER_ERROR, Some(id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::Router;
    use axum::body::{Body, to_bytes};
    use axum::middleware::from_fn;
    use axum::routing::get;
    use tower::ServiceExt;
    use tower_http::catch_panic::CatchPanicLayer;

    async fn with_principal(mut request: Request, next: Next) -> Response {
        request.extensions_mut().insert(Principal {
            user: None,
            csrf_token: "token".into(),
            locale: Locale::En,
            client: std::net::IpAddr::from([127, 0, 0, 1]),
            session_expired: false,
        });
        next.run(request).await
    }

    async fn fails() -> Result<Response, AppError> {
        Err(AppError::Internal(
            "secret detail about the database".into(),
        ))
    }

    #[allow(clippy::panic)] // The handler panics on purpose to prove the catcher works.
    async fn panics() -> Response {
        panic!("a bug")
    }

    fn app() -> Router {
        Router::new()
            .route("/fails", get(fails))
            .route("/panics", get(panics))
            .layer(from_fn(render_error_pages))
            .layer(from_fn(with_principal))
            .layer(CatchPanicLayer::custom(panic_response))
    }

    async fn fetch(path: &str) -> (StatusCode, String) {
        let request = Request::builder().uri(path).body(Body::empty());
        let Ok(request) = request else {
            return (StatusCode::IM_A_TEAPOT, String::new());
        };
        let Ok(response) = app().oneshot(request).await;
        let status = response.status();
        let body = to_bytes(response.into_body(), 1 << 20)
            .await
            .unwrap_or_default();
        (status, String::from_utf8_lossy(&body).into_owned())
    }

    #[tokio::test]
    async fn internal_errors_become_a_page_with_an_operation_id_and_no_detail() {
        let (status, body) = fetch("/fails").await;
        assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
        assert!(body.contains("<main"), "{body}");
        assert!(body.contains("Something went wrong"), "{body}");
        assert!(body.contains("Operation id for IT support: "), "{body}");
        assert!(!body.contains("secret detail"), "{body}");
    }

    #[tokio::test]
    async fn a_panicking_handler_gives_a_500_page_and_the_server_goes_on() {
        let (status, body) = fetch("/panics").await;
        assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
        assert!(
            body.contains("<main") && body.contains("Vorgangsnummer"),
            "{body}"
        );
        assert!(!body.contains("a bug"), "{body}");
        let (status, _) = fetch("/fails").await;
        assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
    }

    #[tokio::test]
    async fn unknown_paths_get_the_404_page_in_the_reader_language() {
        let (status, body) = fetch("/nowhere").await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        assert!(
            body.contains("<html lang=\"en\">") && body.contains("Page not found"),
            "{body}"
        );
    }
}

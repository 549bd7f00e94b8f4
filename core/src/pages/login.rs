//! Logging in and out. Failed attempts are throttled per account and per client address; a
//! successful login starts a fresh session (never reusing one the browser brought along).

use askama::Template;
use axum::Extension;
use axum::extract::{Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::errors::AppError;
use super::layout::{Chrome, render};
use crate::accounts::{self, password};
use crate::auth::access::{CurrentUser, Principal, cookie_names, set_cookie};
use crate::auth::session;
use crate::http::form::FormFields;
use crate::http::state::AppState;

#[derive(Template)]
#[template(path = "login.html")]
pub struct LoginPage {
    pub chrome: Chrome,
    pub username: String,
    pub next: String,
    pub error: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct LoginQuery {
    next: Option<String>,
}

/// A `next` target must be a path on this site, never another origin. No control character
/// may pass: browsers drop tabs and line breaks from a URL (`/\t/evil.example` would lead to
/// `//evil.example`), and the others cannot be sent in a `Location` header at all.
pub fn safe_next(next: &str) -> String {
    let looks_local = next.starts_with('/')
        && !next.starts_with("//")
        && !next.chars().any(|c| c == '\\' || c.is_control());
    if looks_local && next != "/login" {
        next.to_owned()
    } else {
        "/".to_owned()
    }
}

pub async fn view_login_get(chrome: Chrome, Query(query): Query<LoginQuery>) -> Response {
    if chrome.user.is_some() {
        return Redirect::to("/").into_response();
    }
    let next = safe_next(query.next.as_deref().unwrap_or("/"));
    render(
        StatusCode::OK,
        &LoginPage {
            chrome,
            username: String::new(),
            next,
            error: None,
        },
    )
}

pub async fn view_login_post(
    State(state): State<AppState>,
    Extension(principal): Extension<Principal>,
    chrome: Chrome,
    form: FormFields,
) -> Result<Response, AppError> {
    let username = form.text("username").trim().to_owned();
    let password_given = form.text("password").to_owned();
    let next = safe_next(form.text("next"));
    let now = state.settings.clock.now();
    let account_key = crate::store::normalise_login_name(&username);
    let failed = |chrome: Chrome, status: StatusCode, message: String| {
        let username = username.clone();
        let next = next.clone();
        render(
            status,
            &LoginPage {
                chrome,
                username,
                next,
                error: Some(message),
            },
        )
    };
    if let Err(wait) = state.throttle.check(&account_key, principal.client, now) {
        let minutes = wait.div_ceil(60).to_string();
        let message = chrome.t.with("login-throttled", "minutes", &minutes);
        let mut response = failed(chrome, StatusCode::TOO_MANY_REQUESTS, message);
        if let Ok(value) = HeaderValue::from_str(&wait.to_string()) {
            response.headers_mut().insert(header::RETRY_AFTER, value);
        }
        return Ok(response);
    }
    let store = state.store.clone();
    let lookup = username.clone();
    let verified = tokio::task::spawn_blocking(move || {
        let user = accounts::find_user(&store, &lookup)?;
        let ok = match user.as_ref().and_then(|u| u.password_hash.as_deref()) {
            Some(phc) => password::verify(phc, &password_given),
            None => {
                password::verify_nothing(&password_given);
                false
            }
        };
        Ok::<_, AppError>(user.filter(|u| ok && !u.disabled))
    })
    .await
    .map_err(|e| AppError::Internal(e.to_string()))??;
    let Some(user) = verified else {
        state
            .throttle
            .record_failure(&account_key, principal.client, now);
        tracing::info!(client = %principal.client, "failed login");
        let message = chrome.t.get("login-failed");
        return Ok(failed(chrome, StatusCode::UNAUTHORIZED, message));
    };
    state.throttle.record_success(&account_key);
    if let Some(old) = &principal.user {
        session::revoke(&state.store, old.session.key).await?;
    }
    let (token, _) = session::create(&state.store, user.id, now).await?;
    tracing::info!(user = user.id.0, "login");
    let names = cookie_names(state.settings.uses_tls());
    let mut response = Redirect::to(&next).into_response();
    response.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(state.settings.uses_tls(), names.session, &token, None),
    );
    Ok(response)
}

pub async fn view_logout_post(
    State(state): State<AppState>,
    Extension(current): Extension<Principal>,
) -> Result<Response, AppError> {
    if let Some(CurrentUser { session, .. }) = &current.user {
        session::revoke(&state.store, session.key).await?;
    }
    let names = cookie_names(state.settings.uses_tls());
    let mut response = Redirect::to("/login?notice=logged-out").into_response();
    response.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(state.settings.uses_tls(), names.session, "", Some(0)),
    );
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn next_stays_on_this_site() {
        assert_eq!(safe_next("/account"), "/account");
        assert_eq!(safe_next("/admin/users?x=1"), "/admin/users?x=1");
        for bad in [
            "//evil.example",
            "https://evil.example",
            "/\\evil",
            "",
            "javascript:alert(1)",
            "/login",
            "/\t/evil.example",
            "/\r\n/evil.example",
            "/a\u{0}",
            "/a\u{7f}",
        ] {
            assert_eq!(safe_next(bad), "/", "{bad}");
        }
    }
}

//! The one place that decides who may reach what. Every route is registered with an `Access`
//! (see `pages::routes`), and `enforce` checks it before any handler runs; handlers never check
//! roles themselves. `load_principal` finds the session behind a request first.

use std::net::{IpAddr, SocketAddr};

use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};

use crate::accounts::{self, Role, User};
use crate::http::state::AppState;
use crate::i18n::Locale;

use super::session::{self, Session, Timeouts};

/// Who may reach a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Anyone, logged in or not.
    Public,
    /// Anyone who is logged in.
    SignedIn,
    /// Logged-in users holding at least one of these roles.
    AnyOf(&'static [Role]),
}

/// The logged-in user behind a request, with their session.
#[derive(Debug, Clone)]
pub struct CurrentUser {
    pub user: User,
    pub session: Session,
}

/// Everything known about the requester, put into the request's extensions for every request.
#[derive(Debug, Clone)]
pub struct Principal {
    pub user: Option<CurrentUser>,
    /// The token POST forms must carry: the session's, or the anonymous cookie's.
    pub csrf_token: String,
    pub locale: Locale,
    pub client: IpAddr,
    /// The request brought a session that has just expired.
    pub session_expired: bool,
}

/// The client's address, inserted by the connection loop.
#[derive(Debug, Clone, Copy)]
pub struct ClientAddr(pub SocketAddr);

/// Cookie names; the `__Host-` prefix needs Secure, so plain-HTTP demo servers use plain names.
#[derive(Debug, Clone, Copy)]
pub struct CookieNames {
    pub session: &'static str,
    pub csrf: &'static str,
    pub language: &'static str,
}

pub fn cookie_names(tls: bool) -> CookieNames {
    if tls {
        CookieNames {
            session: "__Host-digifit-session",
            csrf: "__Host-digifit-csrf",
            language: "__Host-digifit-lang",
        }
    } else {
        CookieNames {
            session: "digifit-session",
            csrf: "digifit-csrf",
            language: "digifit-lang",
        }
    }
}

/// A `Set-Cookie` value with the attributes every digifit cookie has.
pub fn set_cookie(tls: bool, name: &str, value: &str, max_age_seconds: Option<u64>) -> HeaderValue {
    let mut cookie = format!("{name}={value}; Path=/; HttpOnly; SameSite=Strict");
    if tls {
        cookie.push_str("; Secure");
    }
    if let Some(age) = max_age_seconds {
        cookie.push_str(&format!("; Max-Age={age}"));
    }
    HeaderValue::from_str(&cookie)
        .unwrap_or_else(|_| HeaderValue::from_static("invalid=; Max-Age=0"))
}

/// The value of a cookie in the request, if it is there once.
pub fn cookie<'h>(headers: &'h HeaderMap, name: &str) -> Option<&'h str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
}

fn timeouts(state: &AppState) -> Timeouts {
    Timeouts {
        idle: state.settings.session_idle_timeout_seconds,
        absolute: state.settings.session_absolute_timeout_seconds,
    }
}

/// Finds the session and user of the request and puts a `Principal` into its extensions.
pub async fn load_principal(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    let names = cookie_names(state.settings.uses_tls());
    let now = state.settings.clock.now();
    let client = request
        .extensions()
        .get::<ClientAddr>()
        .map(|addr| addr.0.ip())
        .unwrap_or(IpAddr::from([127, 0, 0, 1]));
    let mut user = None;
    let mut clear_session_cookie = false;
    let mut session_expired = false;
    if let Some(token) = cookie(request.headers(), names.session) {
        match session::find(&state.store, token) {
            Ok(Some(found)) if found.is_expired(now, timeouts(&state)) => {
                clear_session_cookie = true;
                session_expired = true;
                if let Err(error) = session::revoke(&state.store, found.key).await {
                    tracing::warn!(%error, "could not remove an expired session");
                }
            }
            Ok(Some(found)) => match accounts::get_user(&state.store, found.user_id) {
                Ok(Some(account)) if !account.disabled => {
                    if found.needs_touch(now)
                        && let Err(error) = session::touch(&state.store, &found, now).await
                    {
                        tracing::warn!(%error, "could not record session activity");
                    }
                    user = Some(CurrentUser {
                        user: account,
                        session: found,
                    });
                }
                Ok(_) => clear_session_cookie = true,
                Err(error) => {
                    tracing::error!(%error, "could not load the user of a session");
                    return StatusCode::INTERNAL_SERVER_ERROR.into_response();
                }
            },
            Ok(None) => clear_session_cookie = true,
            Err(error) => {
                tracing::error!(%error, "could not look up a session");
                return StatusCode::INTERNAL_SERVER_ERROR.into_response();
            }
        }
    }
    let mut new_csrf_cookie = None;
    let csrf_token = match &user {
        Some(current) => current.session.csrf_token.clone(),
        None => match cookie(request.headers(), names.csrf) {
            Some(token) if token.len() == 43 => token.to_owned(),
            _ => {
                let token = session::random_token();
                new_csrf_cookie = Some(token.clone());
                token
            }
        },
    };
    let locale = user
        .as_ref()
        .and_then(|current| current.user.locale)
        .or_else(|| cookie(request.headers(), names.language).and_then(Locale::from_code))
        .unwrap_or_else(|| {
            let accept = request
                .headers()
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default();
            Locale::negotiate(accept)
        });
    request.extensions_mut().insert(Principal {
        user,
        csrf_token,
        locale,
        client,
        session_expired,
    });
    let mut response = next.run(request).await;
    let tls = state.settings.uses_tls();
    if let Some(token) = new_csrf_cookie {
        response.headers_mut().append(
            header::SET_COOKIE,
            set_cookie(tls, names.csrf, &token, None),
        );
    }
    if clear_session_cookie && !response.headers().contains_key(header::SET_COOKIE) {
        response.headers_mut().append(
            header::SET_COOKIE,
            set_cookie(tls, names.session, "", Some(0)),
        );
    }
    response
}

/// Whether a principal may reach a route of this access level.
pub fn allows(access: Access, principal: &Principal) -> bool {
    match (access, &principal.user) {
        (Access::Public, _) => true,
        (_, None) => false,
        (Access::SignedIn, Some(_)) => true,
        (Access::AnyOf(roles), Some(current)) => {
            roles.iter().any(|role| current.user.has_role(*role))
        }
    }
}

/// Route middleware: anonymous requests to protected routes go to the login page, and signed-in
/// users without a fitting role get 403.
pub async fn enforce(access: Access, request: Request, next: Next) -> Response {
    let Some(principal) = request.extensions().get::<Principal>() else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    if allows(access, principal) {
        return next.run(request).await;
    }
    if principal.user.is_none() {
        let target = request
            .uri()
            .path_and_query()
            .map(|pq| pq.as_str())
            .unwrap_or("/");
        let next_param: String = url_encode(target);
        let notice = if principal.session_expired {
            "&notice=session-expired"
        } else {
            ""
        };
        return Redirect::to(&format!("/login?next={next_param}{notice}")).into_response();
    }
    StatusCode::FORBIDDEN.into_response()
}

/// Percent-encodes everything but unreserved characters (RFC 3986).
pub fn url_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~' | b'/') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

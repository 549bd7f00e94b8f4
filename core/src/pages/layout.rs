//! What every page shares: the `Chrome` of the layout (language, user, navigation, CSRF token,
//! notices) and `render`, the one way a template becomes a response.

use askama::Template;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::accounts::{Role, User};
use crate::auth::access::Principal;
use crate::http::assets;
use crate::i18n::{Locale, Tr};

/// A link in the main navigation.
#[derive(Debug, Clone)]
pub struct NavLink {
    pub href: &'static str,
    pub label: String,
    pub current: bool,
}

/// Marks a response whose body is already a rendered page, so the error-page middleware leaves it.
#[derive(Debug, Clone, Copy)]
pub struct RenderedPage;

/// Notices a redirect may ask the next page to show (`?notice=saved`); only these are shown, so a
/// link cannot put arbitrary text on a page.
const NOTICES: [&str; 7] = [
    "saved",
    "created",
    "password-changed",
    "logged-out",
    "session-expired",
    "deleted",
    "language-changed",
];

/// The parts of the layout that every page has.
#[derive(Debug, Clone)]
pub struct Chrome {
    pub t: Tr,
    pub user: Option<User>,
    pub csrf: String,
    /// The path of this page, for `aria-current` and the language switch's return address.
    pub path: String,
    pub css: String,
    pub nav: Vec<NavLink>,
    pub notice: Option<String>,
    pub other_locales: Vec<Locale>,
}

impl Chrome {
    pub fn new(principal: &Principal, path: &str, query: Option<&str>) -> Chrome {
        let t = Tr::new(principal.locale);
        let user = principal.user.as_ref().map(|current| current.user.clone());
        let mut nav = Vec::new();
        if let Some(user) = &user {
            nav.push(("/", "nav-home"));
            nav.push(("/games", "nav-games"));
            nav.push(("/profile", "nav-profile"));
            nav.push(("/progress", "nav-progress"));
            nav.push(("/account", "nav-account"));
            if user.has_role(Role::Lead) {
                nav.push(("/team", "nav-team"));
            }
            if user.has_role(Role::Admin) {
                nav.push(("/admin/users", "nav-admin-users"));
                nav.push(("/admin/orgunits", "nav-admin-orgunits"));
                nav.push(("/admin/plugins", "nav-admin-plugins"));
                nav.push(("/admin/offers", "nav-admin-offers"));
            }
        }
        let nav = nav
            .into_iter()
            .map(|(href, id)| NavLink {
                href,
                label: t.get(id),
                current: if href == "/" {
                    path == "/"
                } else {
                    path.starts_with(href)
                },
            })
            .collect();
        let notice = query
            .and_then(|q| q.split('&').find_map(|pair| pair.strip_prefix("notice=")))
            .and_then(|code| NOTICES.iter().find(|known| **known == code))
            .map(|code| t.get(&format!("notice-{code}")));
        Chrome {
            t,
            user,
            csrf: principal.csrf_token.clone(),
            path: path.to_owned(),
            css: assets::url("app.css"),
            nav,
            notice,
            other_locales: Locale::ALL
                .into_iter()
                .filter(|l| *l != principal.locale)
                .collect(),
        }
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Chrome {
    type Rejection = StatusCode;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Chrome, StatusCode> {
        let principal = parts
            .extensions
            .get::<Principal>()
            .ok_or(StatusCode::INTERNAL_SERVER_ERROR)?;
        Ok(Chrome::new(principal, parts.uri.path(), parts.uri.query()))
    }
}

/// Renders a template into an HTML response with the given status.
pub fn render<T: Template>(status: StatusCode, page: &T) -> Response {
    match page.render() {
        Ok(html) => {
            let mut response = (
                status,
                [(
                    header::CONTENT_TYPE,
                    HeaderValue::from_static("text/html; charset=utf-8"),
                )],
                html,
            )
                .into_response();
            response.extensions_mut().insert(RenderedPage);
            response
        }
        Err(error) => {
            let mut response = StatusCode::INTERNAL_SERVER_ERROR.into_response();
            response
                .extensions_mut()
                .insert(super::errors::ErrorDetail(format!(
                    "template failed: {error}"
                )));
            response
        }
    }
}

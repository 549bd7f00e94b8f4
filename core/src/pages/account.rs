//! The account page (own details, password change, language) and the language switch that works
//! for everyone: it persists on the user when logged in, in a cookie otherwise.

use askama::Template;
use axum::Extension;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};

use super::errors::AppError;
use super::layout::{Chrome, render};
use super::login::safe_next;
use crate::accounts::{self, AccountsError, UserChange, orgunits, password};
use crate::auth::access::{Principal, cookie_names, set_cookie};
use crate::auth::session;
use crate::games::progress;
use crate::http::form::FormFields;
use crate::http::state::AppState;
use crate::i18n::Locale;

/// At most one form error, tied to the field it is about, so the template can point that field
/// at its message (`aria-invalid`, `aria-describedby`).
#[derive(Debug, Clone, Default)]
pub struct FormError(Option<(&'static str, String)>);

impl FormError {
    pub fn on(field: &'static str, message: String) -> FormError {
        FormError(Some((field, message)))
    }

    /// Whether the error is about this field.
    pub fn is(&self, field: &str) -> bool {
        self.0.as_ref().is_some_and(|(f, _)| *f == field)
    }

    pub fn message(&self) -> &str {
        self.0.as_ref().map(|(_, m)| m.as_str()).unwrap_or_default()
    }
}

#[derive(Template)]
#[template(path = "account.html")]
pub struct AccountPage {
    pub chrome: Chrome,
    pub roles: Vec<String>,
    pub org_units: Vec<String>,
    pub locale_choice: String,
    pub error: FormError,
    pub min_password_length: usize,
    /// Whether the player has the weekly streak switched on.
    pub streak: bool,
}

fn account_page(
    state: &AppState,
    chrome: Chrome,
    error: FormError,
) -> Result<AccountPage, AppError> {
    let Some(user) = chrome.user.clone() else {
        return Err(AppError::Internal("account page without a user".into()));
    };
    let tree = orgunits::tree(&state.store)?;
    Ok(AccountPage {
        roles: user
            .roles
            .iter()
            .map(|role| chrome.t.get(role.message_id()))
            .collect(),
        org_units: tree
            .into_iter()
            .filter(|entry| user.org_units.contains(&entry.unit.id))
            .map(|entry| entry.path)
            .collect(),
        locale_choice: user.locale.map(|l| l.code().to_owned()).unwrap_or_default(),
        error,
        min_password_length: state.settings.min_password_length,
        streak: progress::preferences(&state.store, user.id)?.streak,
        chrome,
    })
}

pub async fn view_account_get(
    State(state): State<AppState>,
    chrome: Chrome,
) -> Result<Response, AppError> {
    Ok(render(
        StatusCode::OK,
        &account_page(&state, chrome, FormError::default())?,
    ))
}

pub async fn view_password_post(
    State(state): State<AppState>,
    Extension(principal): Extension<Principal>,
    chrome: Chrome,
    form: FormFields,
) -> Result<Response, AppError> {
    let Some(current) = principal.user.clone() else {
        return Err(AppError::Internal("password change without a user".into()));
    };
    let current_password = form.text("current_password").to_owned();
    let new_password = form.text("new_password").to_owned();
    let fail = |chrome: Chrome, field: &'static str, id: &str| -> Result<Response, AppError> {
        let message = chrome.t.get(id);
        let page = account_page(&state, chrome, FormError::on(field, message))?;
        Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page))
    };
    let phc = current.user.password_hash.clone().unwrap_or_default();
    let min = state.settings.min_password_length;
    let checked = tokio::task::spawn_blocking(move || {
        if !password::verify(&phc, &current_password) {
            return Err("current");
        }
        accounts::hash_new_password(&new_password, min).map_err(|_| "new")
    })
    .await
    .map_err(|e| AppError::Internal(e.to_string()))?;
    let hash = match checked {
        Ok(hash) => hash,
        Err("current") => return fail(chrome, "current_password", "account-password-wrong"),
        Err(_) => {
            let message = chrome
                .t
                .with("account-password-too-short", "min", &min.to_string());
            let page = account_page(&state, chrome, FormError::on("new_password", message))?;
            return Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page));
        }
    };
    if form.text("new_password") != form.text("repeat_password") {
        return fail(chrome, "repeat_password", "account-password-mismatch");
    }
    let change = UserChange {
        password_hash: Some(hash),
        ..UserChange::default()
    };
    accounts::change_user(&state.store, current.user.id, change).await?;
    // Every session of this user ends, so a stolen session dies with the old password; this
    // browser gets a fresh one.
    session::revoke_where(&state.store, Some(current.user.id), None).await?;
    let (token, _) =
        session::create(&state.store, current.user.id, state.settings.clock.now()).await?;
    let names = cookie_names(state.settings.uses_tls());
    let mut response = Redirect::to("/account?notice=password-changed").into_response();
    response.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(state.settings.uses_tls(), names.session, &token, None),
    );
    Ok(response)
}

/// Switches the weekly streak on (`streak=on`) or off (`streak=off`). Any other value shows the
/// form again with its message (422) and stores nothing.
pub async fn view_streak_post(
    State(state): State<AppState>,
    Extension(principal): Extension<Principal>,
    chrome: Chrome,
    form: FormFields,
) -> Result<Response, AppError> {
    let Some(current) = principal.user else {
        return Err(AppError::Internal("streak setting without a user".into()));
    };
    let on = match form.text("streak") {
        "on" => true,
        "off" => false,
        _ => {
            let message = chrome.t.get("account-streak-invalid");
            let page = account_page(&state, chrome, FormError::on("streak", message))?;
            return Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page));
        }
    };
    progress::set_streak(&state.store, current.user.id, on).await?;
    Ok(Redirect::to("/account?notice=saved#streak-heading").into_response())
}

/// Switches the language: `locale` is `de`, `en`, or empty for "follow the browser".
pub async fn view_language_post(
    State(state): State<AppState>,
    Extension(principal): Extension<Principal>,
    form: FormFields,
) -> Result<Response, AppError> {
    let choice = form.text("locale");
    let locale = if choice.is_empty() {
        None
    } else {
        Some(Locale::from_code(choice).ok_or(AppError::BadRequest)?)
    };
    let back = safe_next(form.text("next"));
    let names = cookie_names(state.settings.uses_tls());
    let mut response = Redirect::to(&back).into_response();
    match &principal.user {
        Some(current) => {
            let change = UserChange {
                locale: Some(locale),
                ..UserChange::default()
            };
            accounts::change_user(&state.store, current.user.id, change)
                .await
                .map_err(|error: AccountsError| AppError::from(error))?;
        }
        None => {
            let (value, age) = match locale {
                Some(locale) => (locale.code(), Some(365 * 24 * 3600)),
                None => ("", Some(0)),
            };
            response.headers_mut().append(
                header::SET_COOKIE,
                set_cookie(state.settings.uses_tls(), names.language, value, age),
            );
        }
    }
    Ok(response)
}

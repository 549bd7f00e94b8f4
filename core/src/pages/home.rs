//! The home page: a greeting, and the sections later parts of digifit fill (next episode,
//! progress, new games), plus shortcuts for the roles the user holds.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;

use super::errors::AppError;
use super::layout::{Chrome, render};
use crate::accounts::{Role, orgunits};
use crate::http::state::AppState;

#[derive(Template)]
#[template(path = "home.html")]
pub struct HomePage {
    pub chrome: Chrome,
    pub greeting: String,
    pub org_units: Vec<String>,
    pub is_admin: bool,
    pub is_lead: bool,
    pub is_facilitator: bool,
    pub is_auditor: bool,
}

pub async fn view_home_get(
    State(state): State<AppState>,
    chrome: Chrome,
) -> Result<Response, AppError> {
    let Some(user) = chrome.user.clone() else {
        return Err(AppError::Internal("home page without a user".into()));
    };
    let tree = orgunits::tree(&state.store)?;
    let org_units = tree
        .into_iter()
        .filter(|entry| user.org_units.contains(&entry.unit.id))
        .map(|entry| entry.path)
        .collect();
    let page = HomePage {
        greeting: chrome.t.with("home-welcome", "name", &user.display_name),
        org_units,
        is_admin: user.has_role(Role::Admin),
        is_lead: user.has_role(Role::Lead),
        is_facilitator: user.has_role(Role::Facilitator),
        is_auditor: user.has_role(Role::Auditor),
        chrome,
    };
    Ok(render(StatusCode::OK, &page))
}

//! The home page: a greeting, and the sections later parts of digifit fill (next episode,
//! progress, new games), plus shortcuts for the roles the user holds.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;

use super::errors::AppError;
use super::layout::{Chrome, render};
use super::progress::{ProgressView, RecommendationsView, home_sections};
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
    /// Invite to the self-assessment (first use, or its interval has passed).
    pub self_assessment_due: bool,
    /// The recommended next episodes (empty when no game is available).
    pub recommendations: RecommendationsView,
    /// XP, level, latest badges and the streak (if switched on).
    pub progress: ProgressView,
}

pub async fn view_home_get(
    State(state): State<AppState>,
    chrome: Chrome,
) -> Result<Response, AppError> {
    let Some(user) = chrome.user.clone() else {
        return Err(AppError::Internal("home page without a user".into()));
    };
    let tree = orgunits::tree(&state.store)?;
    let (recommendations, progress) = home_sections(&state, &chrome.t, &user, &tree)?;
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
        self_assessment_due: crate::competence::self_assessment::is_due(
            &state.store,
            user.id,
            state.settings.clock.now(),
            state.settings.self_assessment_interval_days,
        )?,
        recommendations,
        progress,
        chrome,
    };
    Ok(render(StatusCode::OK, &page))
}

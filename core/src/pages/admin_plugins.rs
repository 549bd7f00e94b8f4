//! Admin pages for game plugins: the installed games with their versions and who may play them
//! (everyone, a pilot of org units, or nobody), and replaying recorded sessions to verify their
//! evidence.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use super::errors::AppError;
use super::layout::{Chrome, render};
use crate::accounts::orgunits::{self, OrgUnitId, TreeEntry};
use crate::auth::csrf::multipart_error_status;
use crate::games::GamesError;
use crate::games::catalogue::Availability;
use crate::games::play::{self, Verification};
use crate::http::form::FormFields;
use crate::http::state::AppState;

/// An installed game as the admin list shows it.
#[derive(Debug, Clone)]
pub struct PluginRow {
    pub id: String,
    pub name: String,
    pub version: String,
    pub publisher: String,
    pub bundled: bool,
    pub episodes: usize,
    /// "off", "all" or "groups".
    pub availability: &'static str,
    pub groups: Vec<u64>,
    pub component_hash: String,
}

/// An org unit offered for a pilot, with whether it is chosen for this plugin.
#[derive(Debug, Clone)]
pub struct PilotUnit {
    pub id: u64,
    pub path: String,
    pub depth: usize,
    pub checked: bool,
}

#[derive(Template)]
#[template(path = "admin_plugins.html")]
pub struct PluginsPage {
    pub chrome: Chrome,
    pub plugins: Vec<(PluginRow, Vec<PilotUnit>)>,
    pub verification: Option<VerificationView>,
    /// Why an upload was refused.
    pub upload_error: Option<String>,
}

/// The outcome of verifying all sessions.
#[derive(Debug, Clone)]
pub struct VerificationView {
    pub checked: usize,
    pub mismatches: Vec<(u64, String)>,
}

fn rows(state: &AppState, chrome: &Chrome, tree: &[TreeEntry]) -> Vec<(PluginRow, Vec<PilotUnit>)> {
    state
        .catalogue
        .all()
        .into_iter()
        .map(|game| {
            let info = game.info(chrome.t.locale);
            let (availability, groups) = match &game.availability {
                Availability::Off => ("off", Vec::new()),
                Availability::All => ("all", Vec::new()),
                Availability::Groups(ids) => ("groups", ids.iter().map(|id| id.0).collect()),
            };
            let units = tree
                .iter()
                .map(|entry| PilotUnit {
                    id: entry.unit.id.0,
                    path: entry.path.clone(),
                    depth: entry.depth.min(5),
                    checked: groups.contains(&entry.unit.id.0),
                })
                .collect();
            let row = PluginRow {
                id: game.id.clone(),
                name: info
                    .map(|i| i.name.clone())
                    .unwrap_or_else(|| game.id.clone()),
                version: game.version.clone(),
                publisher: game.publisher.clone(),
                bundled: game.bundled,
                episodes: info.map(|i| i.episodes.len()).unwrap_or(0),
                availability,
                groups,
                component_hash: game.loaded.component_hash.chars().take(12).collect(),
            };
            (row, units)
        })
        .collect()
}

fn page(
    state: &AppState,
    chrome: Chrome,
    verification: Option<VerificationView>,
) -> Result<PluginsPage, AppError> {
    let tree = orgunits::tree(&state.store)?;
    Ok(PluginsPage {
        plugins: rows(state, &chrome, &tree),
        chrome,
        verification,
        upload_error: None,
    })
}

pub async fn view_plugins_get(
    State(state): State<AppState>,
    chrome: Chrome,
) -> Result<Response, AppError> {
    Ok(render(StatusCode::OK, &page(&state, chrome, None)?))
}

/// Sets who may play a game: `availability` is `off`, `all` or `groups` (with `groups` ids).
pub async fn view_plugin_availability_post(
    State(state): State<AppState>,
    Path(id): Path<String>,
    form: FormFields,
) -> Result<Response, AppError> {
    if state.catalogue.get(&id).is_none() {
        return Err(AppError::NotFound);
    }
    let availability = match form.text("availability") {
        "off" => Availability::Off,
        "all" => Availability::All,
        "groups" => {
            let mut groups = Vec::new();
            for value in form.all("groups") {
                groups.push(OrgUnitId(value.parse().map_err(|_| AppError::BadRequest)?));
            }
            let tree = orgunits::tree(&state.store)?;
            if groups.is_empty() || groups.iter().any(|g| !tree.iter().any(|e| e.unit.id == *g)) {
                return Err(AppError::BadRequest);
            }
            Availability::Groups(groups)
        }
        _ => return Err(AppError::BadRequest),
    };
    state
        .catalogue
        .set_availability(&state.store, &id, availability)
        .await
        .map_err(|error| match error {
            GamesError::NotFound => AppError::NotFound,
            other => AppError::Internal(other.to_string()),
        })?;
    tracing::info!(plugin = %id, "admin changed who may play a game");
    Ok(Redirect::to("/admin/plugins?notice=saved").into_response())
}

/// Replays every recorded session and reports each mismatch.
pub async fn view_plugins_verify_post(
    State(state): State<AppState>,
    chrome: Chrome,
) -> Result<Response, AppError> {
    let store = state.store.clone();
    let catalogue = state.catalogue.clone();
    let results = tokio::task::spawn_blocking(move || -> Result<Vec<Verification>, GamesError> {
        play::all_session_ids(&store)?
            .into_iter()
            .map(|id| play::verify(&store, &catalogue, id))
            .collect()
    })
    .await
    .map_err(|e| AppError::Internal(e.to_string()))?
    .map_err(|e| AppError::Internal(e.to_string()))?;
    let view = VerificationView {
        checked: results.len(),
        mismatches: results
            .into_iter()
            .filter_map(|v| v.mismatch.map(|m| (v.session, m)))
            .collect(),
    };
    tracing::info!(
        checked = view.checked,
        mismatches = view.mismatches.len(),
        "admin verified recorded sessions"
    );
    Ok(render(StatusCode::OK, &page(&state, chrome, Some(view))?))
}

/// Installs an uploaded package (checked against the configured publisher keys).
pub async fn view_plugins_upload_post(
    State(state): State<AppState>,
    chrome: Chrome,
    mut multipart: axum::extract::Multipart,
) -> Result<Response, AppError> {
    let mut file = None;
    loop {
        match multipart.next_field().await {
            Ok(Some(field)) if field.name() == Some("package") => match field.bytes().await {
                Ok(bytes) => file = Some(bytes),
                Err(error) => return Ok(multipart_error_status(&error).into_response()),
            },
            Ok(Some(_)) => {}
            Ok(None) => break,
            Err(error) => return Ok(multipart_error_status(&error).into_response()),
        }
    }
    let refuse = |chrome: Chrome, message: String| -> Result<Response, AppError> {
        let mut page = page(&state, chrome, None)?;
        page.upload_error = Some(message);
        Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page))
    };
    let Some(bytes) = file.filter(|b| !b.is_empty()) else {
        let message = chrome.t.get("import-no-file");
        return refuse(chrome, message);
    };
    let verified = match crate::plugins::package::read(&bytes, &state.settings.trust) {
        Ok(verified) => verified,
        Err(error) => return refuse(chrome, error.to_string()),
    };
    let (store, catalogue, now) = (
        state.store.clone(),
        state.catalogue.clone(),
        state.settings.clock.now(),
    );
    let installed = tokio::task::spawn_blocking(move || catalogue.install(&store, verified, now))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?;
    match installed {
        Ok(id) => {
            tracing::info!(plugin = %id, "admin installed a game from an upload");
            Ok(Redirect::to("/admin/plugins?notice=created").into_response())
        }
        Err(error @ (GamesError::Refused(_) | GamesError::Plugin { .. })) => {
            refuse(chrome, error.to_string())
        }
        Err(other) => Err(AppError::Internal(other.to_string())),
    }
}

/// Removes an installed game; its recorded sessions stay.
pub async fn view_plugin_remove_post(
    State(state): State<AppState>,
    chrome: Chrome,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let (store, catalogue, key) = (state.store.clone(), state.catalogue.clone(), id.clone());
    let removed = tokio::task::spawn_blocking(move || catalogue.remove(&store, &key))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?;
    match removed {
        Ok(()) => Ok(Redirect::to("/admin/plugins?notice=deleted").into_response()),
        Err(GamesError::NotFound) => Err(AppError::NotFound),
        Err(GamesError::Refused(message)) => {
            let mut page = page(&state, chrome, None)?;
            page.upload_error = Some(message);
            Ok(render(StatusCode::CONFLICT, &page))
        }
        Err(other) => Err(AppError::Internal(other.to_string())),
    }
}

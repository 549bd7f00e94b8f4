//! Admin pages for the org-unit tree: list, create, rename or move, and delete an empty unit.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use super::account::FormError;
use super::admin_users::parse_id;
use super::errors::AppError;
use super::layout::{Chrome, render};
use crate::accounts::AccountsError;
use crate::accounts::orgunits::{self, OrgUnit, OrgUnitId, TreeEntry};
use crate::http::form::FormFields;
use crate::http::state::AppState;

/// A unit offered as a parent in a select box.
#[derive(Debug, Clone)]
pub struct ParentOption {
    pub id: u64,
    pub path: String,
    pub selected: bool,
}

#[derive(Template)]
#[template(path = "admin_orgunits.html")]
pub struct OrgUnitsPage {
    pub chrome: Chrome,
    pub tree: Vec<TreeEntry>,
    pub parents: Vec<ParentOption>,
    pub name: String,
    pub error: FormError,
}

#[derive(Template)]
#[template(path = "admin_orgunit_edit.html")]
pub struct OrgUnitEditPage {
    pub chrome: Chrome,
    pub unit: OrgUnit,
    pub name: String,
    pub parents: Vec<ParentOption>,
    pub error: FormError,
}

fn parent_options(
    tree: &[TreeEntry],
    selected: Option<OrgUnitId>,
    except: Option<OrgUnitId>,
) -> Vec<ParentOption> {
    tree.iter()
        .filter(|entry| Some(entry.unit.id) != except)
        .map(|entry| ParentOption {
            id: entry.unit.id.0,
            path: entry.path.clone(),
            selected: Some(entry.unit.id) == selected,
        })
        .collect()
}

fn parse_parent(form: &FormFields) -> Result<Option<OrgUnitId>, AppError> {
    match form.text("parent") {
        "" => Ok(None),
        id => Ok(Some(OrgUnitId(
            id.parse().map_err(|_| AppError::BadRequest)?,
        ))),
    }
}

fn error_text(chrome: &Chrome, error: &AccountsError) -> Option<String> {
    let id = match error {
        AccountsError::InvalidOrgUnitName => "error-orgunit-name",
        AccountsError::OrgUnitCycle => "error-orgunit-cycle",
        AccountsError::OrgUnitInUse => "error-orgunit-in-use",
        AccountsError::OrgUnitNotFound(_) => "error-orgunit-unknown",
        _ => return None,
    };
    Some(chrome.t.get(id))
}

pub async fn view_orgunits_get(
    State(state): State<AppState>,
    chrome: Chrome,
) -> Result<Response, AppError> {
    let tree = orgunits::tree(&state.store)?;
    let parents = parent_options(&tree, None, None);
    Ok(render(
        StatusCode::OK,
        &OrgUnitsPage {
            chrome,
            tree,
            parents,
            name: String::new(),
            error: FormError::default(),
        },
    ))
}

pub async fn view_orgunits_post(
    State(state): State<AppState>,
    chrome: Chrome,
    form: FormFields,
) -> Result<Response, AppError> {
    let parent = parse_parent(&form)?;
    let name = form.text("name").to_owned();
    match orgunits::create(&state.store, name.clone(), parent).await {
        Ok(id) => {
            tracing::info!(org_unit = id.0, "admin created an org unit");
            Ok(Redirect::to("/admin/orgunits?notice=created").into_response())
        }
        Err(error) => match error_text(&chrome, &error) {
            Some(message) => {
                let tree = orgunits::tree(&state.store)?;
                let parents = parent_options(&tree, parent, None);
                let error = FormError::on("name", message);
                Ok(render(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    &OrgUnitsPage {
                        chrome,
                        tree,
                        parents,
                        name,
                        error,
                    },
                ))
            }
            None => Err(error.into()),
        },
    }
}

fn edit_page(
    state: &AppState,
    chrome: Chrome,
    id: &str,
    name: Option<String>,
    error: FormError,
) -> Result<OrgUnitEditPage, AppError> {
    let id = OrgUnitId(parse_id(id)?);
    let tree = orgunits::tree(&state.store)?;
    let unit = tree
        .iter()
        .find(|entry| entry.unit.id == id)
        .map(|entry| entry.unit.clone())
        .ok_or(AppError::NotFound)?;
    Ok(OrgUnitEditPage {
        parents: parent_options(&tree, unit.parent, Some(unit.id)),
        name: name.unwrap_or_else(|| unit.name.clone()),
        unit,
        error,
        chrome,
    })
}

pub async fn view_orgunit_get(
    State(state): State<AppState>,
    chrome: Chrome,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    Ok(render(
        StatusCode::OK,
        &edit_page(&state, chrome, &id, None, FormError::default())?,
    ))
}

pub async fn view_orgunit_post(
    State(state): State<AppState>,
    chrome: Chrome,
    Path(id): Path<String>,
    form: FormFields,
) -> Result<Response, AppError> {
    let unit_id = OrgUnitId(parse_id(&id)?);
    let parent = parse_parent(&form)?;
    let name = form.text("name").to_owned();
    match orgunits::update(&state.store, unit_id, name.clone(), parent).await {
        Ok(()) => Ok(
            Redirect::to(&format!("/admin/orgunits/{}?notice=saved", unit_id.0)).into_response(),
        ),
        Err(AccountsError::OrgUnitNotFound(missing)) if missing == unit_id.0.to_string() => {
            Err(AppError::NotFound)
        }
        Err(error) => match error_text(&chrome, &error) {
            Some(message) => {
                let field = if matches!(error, AccountsError::InvalidOrgUnitName) {
                    "name"
                } else {
                    "parent"
                };
                let page = edit_page(
                    &state,
                    chrome,
                    &id,
                    Some(name),
                    FormError::on(field, message),
                )?;
                Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page))
            }
            None => Err(error.into()),
        },
    }
}

pub async fn view_orgunit_delete_post(
    State(state): State<AppState>,
    chrome: Chrome,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let unit_id = OrgUnitId(parse_id(&id)?);
    match orgunits::delete(&state.store, unit_id).await {
        Ok(()) => Ok(Redirect::to("/admin/orgunits?notice=deleted").into_response()),
        Err(AccountsError::OrgUnitNotFound(_)) => Err(AppError::NotFound),
        Err(AccountsError::OrgUnitInUse) => {
            let message = chrome.t.get("error-orgunit-in-use");
            let page = edit_page(&state, chrome, &id, None, FormError::on("delete", message))?;
            Ok(render(StatusCode::CONFLICT, &page))
        }
        Err(error) => Err(error.into()),
    }
}

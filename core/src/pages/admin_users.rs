//! Admin pages for users: list, create, edit (name, roles, org units, disabled), set a password,
//! and import many users from CSV with a per-row report. Admins manage accounts; they never see
//! anyone's results here.

use std::collections::BTreeSet;

use askama::Template;
use axum::Extension;
use axum::extract::{Multipart, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use super::account::FormError;
use super::errors::AppError;
use super::layout::{Chrome, render};
use crate::accounts::import::{self, ImportError, RowProblem};
use crate::accounts::orgunits::{self, OrgUnitId, TreeEntry};
use crate::accounts::{self, AccountsError, NewUser, Role, User, UserChange, UserId, Username};
use crate::auth::access::Principal;
use crate::auth::csrf::multipart_error_status;
use crate::auth::session;
use crate::http::form::FormFields;
use crate::http::state::AppState;

/// A role as a checkbox.
#[derive(Debug, Clone)]
pub struct RoleOption {
    pub code: &'static str,
    pub label: String,
    pub checked: bool,
}

/// An org unit as a checkbox, indented by its depth.
#[derive(Debug, Clone)]
pub struct UnitOption {
    pub id: u64,
    pub path: String,
    pub depth: usize,
    pub checked: bool,
}

/// One row of the user list.
#[derive(Debug, Clone)]
pub struct UserRow {
    pub id: u64,
    pub username: String,
    pub display_name: String,
    pub roles: String,
    pub org_units: String,
    pub disabled: bool,
}

#[derive(Template)]
#[template(path = "admin_users.html")]
pub struct UsersPage {
    pub chrome: Chrome,
    pub users: Vec<UserRow>,
    pub roles: Vec<RoleOption>,
    pub units: Vec<UnitOption>,
    pub username: String,
    pub display_name: String,
    pub error: FormError,
    pub min_password_length: usize,
}

#[derive(Template)]
#[template(path = "admin_user_edit.html")]
pub struct UserEditPage {
    pub chrome: Chrome,
    pub user: User,
    pub roles: Vec<RoleOption>,
    pub units: Vec<UnitOption>,
    pub error: FormError,
    pub min_password_length: usize,
}

/// One row of an import report, in the reader's language.
#[derive(Debug, Clone)]
pub struct ReportRow {
    pub line: u64,
    pub username: String,
    /// `None` when the user was created.
    pub problem: Option<String>,
}

/// An import's outcome as the page shows it.
#[derive(Debug, Clone)]
pub struct ReportView {
    pub created: usize,
    pub failed: usize,
    pub rows: Vec<ReportRow>,
}

#[derive(Template)]
#[template(path = "admin_import.html")]
pub struct ImportPage {
    pub chrome: Chrome,
    pub report: Option<ReportView>,
    pub error: Option<String>,
}

fn problem_text(chrome: &Chrome, problem: &RowProblem) -> String {
    let t = &chrome.t;
    match problem {
        RowProblem::Unreadable(detail) => t.with("import-problem-unreadable", "detail", detail),
        RowProblem::InvalidUsername => t.get("error-username-invalid"),
        RowProblem::UsernameTaken => t.get("error-username-taken"),
        RowProblem::DuplicateInFile => t.get("import-problem-duplicate"),
        RowProblem::InvalidDisplayName => t.get("error-display-name"),
        RowProblem::UnknownRole(role) => t.with("import-problem-role", "role", role),
        RowProblem::UnknownOrgUnit(unit) => t.with("import-problem-unit", "unit", unit),
        RowProblem::WeakPassword { min } => {
            t.with("account-password-too-short", "min", &min.to_string())
        }
        RowProblem::Other(detail) => t.with("import-problem-unreadable", "detail", detail),
    }
}

pub fn parse_id(text: &str) -> Result<u64, AppError> {
    text.parse::<u64>().map_err(|_| AppError::NotFound)
}

fn role_options(chrome: &Chrome, checked: &BTreeSet<Role>) -> Vec<RoleOption> {
    Role::ALL
        .into_iter()
        .map(|role| RoleOption {
            code: role.code(),
            label: chrome.t.get(role.message_id()),
            checked: checked.contains(&role),
        })
        .collect()
}

fn unit_options(tree: &[TreeEntry], checked: &[OrgUnitId]) -> Vec<UnitOption> {
    tree.iter()
        .map(|entry| UnitOption {
            id: entry.unit.id.0,
            path: entry.path.clone(),
            depth: entry.depth.min(5),
            checked: checked.contains(&entry.unit.id),
        })
        .collect()
}

fn user_rows(chrome: &Chrome, users: &[User], tree: &[TreeEntry]) -> Vec<UserRow> {
    users
        .iter()
        .map(|user| UserRow {
            id: user.id.0,
            username: user.username.as_str().to_owned(),
            display_name: user.display_name.clone(),
            roles: user
                .roles
                .iter()
                .map(|r| chrome.t.get(r.message_id()))
                .collect::<Vec<_>>()
                .join(", "),
            org_units: tree
                .iter()
                .filter(|entry| user.org_units.contains(&entry.unit.id))
                .map(|entry| entry.path.clone())
                .collect::<Vec<_>>()
                .join("; "),
            disabled: user.disabled,
        })
        .collect()
}

/// Reads the role and org-unit checkboxes of a user form.
fn chosen_roles_and_units(form: &FormFields) -> Result<(BTreeSet<Role>, Vec<OrgUnitId>), AppError> {
    let mut roles = BTreeSet::new();
    for code in form.all("roles") {
        roles.insert(Role::from_code(code).ok_or(AppError::BadRequest)?);
    }
    let mut units = Vec::new();
    for id in form.all("org_units") {
        units.push(OrgUnitId(id.parse().map_err(|_| AppError::BadRequest)?));
    }
    Ok((roles, units))
}

fn field_of(error: &AccountsError) -> &'static str {
    match error {
        AccountsError::InvalidUsername | AccountsError::UsernameTaken => "username",
        AccountsError::InvalidDisplayName => "display_name",
        AccountsError::WeakPassword { .. } => "password",
        _ => "roles",
    }
}

/// The catalogue text for an input error, or `None` when the error is not the user's input.
fn input_error_text(chrome: &Chrome, error: &AccountsError) -> Option<String> {
    let id = match error {
        AccountsError::InvalidUsername => "error-username-invalid",
        AccountsError::UsernameTaken => "error-username-taken",
        AccountsError::InvalidDisplayName => "error-display-name",
        AccountsError::WeakPassword { min } => {
            return Some(
                chrome
                    .t
                    .with("account-password-too-short", "min", &min.to_string()),
            );
        }
        AccountsError::OrgUnitNotFound(_) => "error-orgunit-unknown",
        _ => return None,
    };
    Some(chrome.t.get(id))
}

fn users_page(
    state: &AppState,
    chrome: Chrome,
    form: Option<&FormFields>,
    error: FormError,
) -> Result<UsersPage, AppError> {
    let users = accounts::list_users(&state.store)?;
    let tree = orgunits::tree(&state.store)?;
    let (roles, units) = match form {
        Some(form) => chosen_roles_and_units(form)?,
        None => (BTreeSet::from([Role::Player]), Vec::new()),
    };
    Ok(UsersPage {
        users: user_rows(&chrome, &users, &tree),
        roles: role_options(&chrome, &roles),
        units: unit_options(&tree, &units),
        username: form
            .map(|f| f.text("username").to_owned())
            .unwrap_or_default(),
        display_name: form
            .map(|f| f.text("display_name").to_owned())
            .unwrap_or_default(),
        error,
        min_password_length: state.settings.min_password_length,
        chrome,
    })
}

pub async fn view_users_get(
    State(state): State<AppState>,
    chrome: Chrome,
) -> Result<Response, AppError> {
    Ok(render(
        StatusCode::OK,
        &users_page(&state, chrome, None, FormError::default())?,
    ))
}

pub async fn view_users_post(
    State(state): State<AppState>,
    chrome: Chrome,
    form: FormFields,
) -> Result<Response, AppError> {
    let (roles, org_units) = chosen_roles_and_units(&form)?;
    let password = form.text("password").to_owned();
    let min = state.settings.min_password_length;
    let result = async {
        let username = Username::parse(form.text("username"))?;
        let password_hash = if password.is_empty() {
            None
        } else {
            Some(
                tokio::task::spawn_blocking(move || accounts::hash_new_password(&password, min))
                    .await
                    .map_err(|_| AccountsError::Hashing)??,
            )
        };
        let new = NewUser {
            username,
            display_name: form.text("display_name").to_owned(),
            password_hash,
            roles,
            org_units,
        };
        accounts::create_user(&state.store, new, state.settings.clock.now()).await
    }
    .await;
    match result {
        Ok(id) => {
            tracing::info!(user = id.0, "admin created a user");
            Ok(Redirect::to("/admin/users?notice=created").into_response())
        }
        Err(error) => match input_error_text(&chrome, &error) {
            Some(message) => {
                let field = field_of(&error);
                let page = users_page(&state, chrome, Some(&form), FormError::on(field, message))?;
                Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page))
            }
            None => Err(error.into()),
        },
    }
}

fn edit_page(
    state: &AppState,
    chrome: Chrome,
    user: User,
    error: FormError,
) -> Result<UserEditPage, AppError> {
    let tree = orgunits::tree(&state.store)?;
    Ok(UserEditPage {
        roles: role_options(&chrome, &user.roles),
        units: unit_options(&tree, &user.org_units),
        user,
        error,
        min_password_length: state.settings.min_password_length,
        chrome,
    })
}

fn load_user(state: &AppState, id: &str) -> Result<User, AppError> {
    accounts::get_user(&state.store, UserId(parse_id(id)?))?.ok_or(AppError::NotFound)
}

pub async fn view_user_get(
    State(state): State<AppState>,
    chrome: Chrome,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let user = load_user(&state, &id)?;
    Ok(render(
        StatusCode::OK,
        &edit_page(&state, chrome, user, FormError::default())?,
    ))
}

pub async fn view_user_post(
    State(state): State<AppState>,
    Extension(principal): Extension<Principal>,
    chrome: Chrome,
    Path(id): Path<String>,
    form: FormFields,
) -> Result<Response, AppError> {
    let user = load_user(&state, &id)?;
    let (roles, org_units) = chosen_roles_and_units(&form)?;
    let disabled = form.has("disabled");
    let is_self = principal
        .user
        .as_ref()
        .is_some_and(|current| current.user.id == user.id);
    if is_self && (disabled || !roles.contains(&Role::Admin)) {
        let message = chrome.t.get("error-self-lockout");
        let page = edit_page(&state, chrome, user, FormError::on("roles", message))?;
        return Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page));
    }
    let change = UserChange {
        display_name: Some(form.text("display_name").to_owned()),
        roles: Some(roles),
        org_units: Some(org_units),
        disabled: Some(disabled),
        ..UserChange::default()
    };
    match accounts::change_user(&state.store, user.id, change).await {
        Ok(changed) => {
            if changed.disabled {
                session::revoke_where(&state.store, Some(changed.id), None).await?;
            }
            tracing::info!(user = changed.id.0, "admin changed a user");
            Ok(
                Redirect::to(&format!("/admin/users/{}?notice=saved", changed.id.0))
                    .into_response(),
            )
        }
        Err(error) => match input_error_text(&chrome, &error) {
            Some(message) => {
                let field = field_of(&error);
                let page = edit_page(&state, chrome, user, FormError::on(field, message))?;
                Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page))
            }
            None => Err(error.into()),
        },
    }
}

pub async fn view_user_password_post(
    State(state): State<AppState>,
    chrome: Chrome,
    Path(id): Path<String>,
    form: FormFields,
) -> Result<Response, AppError> {
    let user = load_user(&state, &id)?;
    let password = form.text("password").to_owned();
    let min = state.settings.min_password_length;
    let hashed = tokio::task::spawn_blocking(move || accounts::hash_new_password(&password, min))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let hash = match hashed {
        Ok(hash) => hash,
        Err(error) => {
            let message = input_error_text(&chrome, &error).unwrap_or_default();
            let page = edit_page(&state, chrome, user, FormError::on("password", message))?;
            return Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page));
        }
    };
    accounts::change_user(
        &state.store,
        user.id,
        UserChange {
            password_hash: Some(hash),
            ..UserChange::default()
        },
    )
    .await?;
    session::revoke_where(&state.store, Some(user.id), None).await?;
    tracing::info!(user = user.id.0, "admin set a password");
    Ok(Redirect::to(&format!(
        "/admin/users/{}?notice=password-changed",
        user.id.0
    ))
    .into_response())
}

pub async fn view_import_get(chrome: Chrome) -> Response {
    render(
        StatusCode::OK,
        &ImportPage {
            chrome,
            report: None,
            error: None,
        },
    )
}

pub async fn view_import_post(
    State(state): State<AppState>,
    chrome: Chrome,
    mut multipart: Multipart,
) -> Result<Response, AppError> {
    let mut file = None;
    loop {
        match multipart.next_field().await {
            Ok(Some(field)) if field.name() == Some("file") => match field.bytes().await {
                Ok(bytes) => file = Some(bytes),
                Err(error) => return Ok(multipart_error_status(&error).into_response()),
            },
            Ok(Some(_)) => {}
            Ok(None) => break,
            Err(error) => return Ok(multipart_error_status(&error).into_response()),
        }
    }
    let Some(file) = file.filter(|bytes| !bytes.is_empty()) else {
        let error = Some(chrome.t.get("import-no-file"));
        return Ok(render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &ImportPage {
                chrome,
                report: None,
                error,
            },
        ));
    };
    let store = state.store.clone();
    let min = state.settings.min_password_length;
    let now = state.settings.clock.now();
    let outcome =
        tokio::task::spawn_blocking(move || import::import_users(&store, &file, min, now))
            .await
            .map_err(|e| AppError::Internal(e.to_string()))?;
    match outcome {
        Ok(report) => {
            tracing::info!(
                created = report.created(),
                failed = report.failed(),
                "admin imported users"
            );
            let status = if report.failed() == 0 {
                StatusCode::OK
            } else {
                StatusCode::UNPROCESSABLE_ENTITY
            };
            let view = ReportView {
                created: report.created(),
                failed: report.failed(),
                rows: report
                    .rows
                    .iter()
                    .map(|row| ReportRow {
                        line: row.line,
                        username: row.username.clone(),
                        problem: row.problem.as_ref().map(|p| problem_text(&chrome, p)),
                    })
                    .collect(),
            };
            Ok(render(
                status,
                &ImportPage {
                    chrome,
                    report: Some(view),
                    error: None,
                },
            ))
        }
        Err(ImportError::Accounts(error)) => Err(error.into()),
        Err(error) => {
            let message = chrome
                .t
                .with("import-refused", "reason", &error.to_string());
            Ok(render(
                StatusCode::UNPROCESSABLE_ENTITY,
                &ImportPage {
                    chrome,
                    report: None,
                    error: Some(message),
                },
            ))
        }
    }
}

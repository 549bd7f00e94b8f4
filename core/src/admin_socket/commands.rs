//! The admin commands shared by the CLI and the admin socket: what is asked, what is answered,
//! and how it is carried out against a store.

use std::collections::BTreeSet;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::accounts::{self, AccountsError, NewUser, Role, UserChange, Username, orgunits};
use crate::auth::session;
use crate::config::Settings;
use crate::games::catalogue::Catalogue;
use crate::store::Store;
use crate::store::backup::{self, BackupReport, Contents, Overwrite};

use super::plugin_commands::{self, PluginSummary, VerifySummary};
use std::sync::Arc;

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "command", rename_all = "kebab-case")]
pub enum AdminRequest {
    UserAdd {
        username: String,
        display_name: String,
        roles: Vec<String>,
        org_units: Vec<String>,
        password: Option<String>,
    },
    UserList,
    UserDisable {
        username: String,
    },
    UserEnable {
        username: String,
    },
    UserResetPassword {
        username: String,
        password: String,
    },
    /// Installs a package (its bytes, base64) after verifying it against the configured keys.
    PluginInstall {
        package_base64: String,
    },
    PluginList,
    /// Enables a game for everyone, or for a pilot of org units (paths) when `groups` is not empty.
    PluginEnable {
        id: String,
        groups: Vec<String>,
    },
    PluginDisable {
        id: String,
    },
    PluginRemove {
        id: String,
    },
    /// Replays one recorded session, or all when `id` is `None`.
    SessionVerify {
        id: Option<u64>,
    },
    /// Writes a consistent copy of the database to `to`, an absolute path the server can write.
    Backup {
        to: PathBuf,
        /// Replace `to` if it exists.
        overwrite: bool,
    },
}

impl AdminRequest {
    pub fn name(&self) -> &'static str {
        match self {
            AdminRequest::UserAdd { .. } => "user-add",
            AdminRequest::UserList => "user-list",
            AdminRequest::UserDisable { .. } => "user-disable",
            AdminRequest::UserEnable { .. } => "user-enable",
            AdminRequest::UserResetPassword { .. } => "user-reset-password",
            AdminRequest::PluginInstall { .. } => "plugin-install",
            AdminRequest::PluginList => "plugin-list",
            AdminRequest::PluginEnable { .. } => "plugin-enable",
            AdminRequest::PluginDisable { .. } => "plugin-disable",
            AdminRequest::PluginRemove { .. } => "plugin-remove",
            AdminRequest::SessionVerify { .. } => "session-verify",
            AdminRequest::Backup { .. } => "backup",
        }
    }
}

/// A user as the CLI lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserSummary {
    pub id: u64,
    pub username: String,
    pub display_name: String,
    pub roles: Vec<String>,
    pub org_units: Vec<String>,
    pub disabled: bool,
    pub has_password: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "result", rename_all = "kebab-case")]
pub enum AdminResponse {
    Done { message: String },
    Users { users: Vec<UserSummary> },
    Plugins { plugins: Vec<PluginSummary> },
    Verified { sessions: Vec<VerifySummary> },
    Error { message: String },
}

pub(super) fn error(message: impl std::fmt::Display) -> AdminResponse {
    AdminResponse::Error {
        message: message.to_string(),
    }
}

/// What the CLI prints about a finished backup.
pub fn describe_backup(report: &BackupReport) -> String {
    let contents = &report.contents;
    format!(
        "backup written to {} ({} bytes, schema version {}, integrity checked)\n  writes waited {} ms while the database file was copied; {} ms in all\n  {}",
        report.path.display(),
        contents.bytes,
        contents.schema_version,
        report.writes_waited.as_millis(),
        report.total.as_millis(),
        describe_rows(contents)
    )
}

/// The rows of every table, as "rows: users 11, org_units 6, …".
pub fn describe_rows(contents: &Contents) -> String {
    let tables: Vec<String> = contents
        .rows
        .iter()
        .map(|(table, rows)| format!("{table} {rows}"))
        .collect();
    format!("rows: {}", tables.join(", "))
}

async fn hash(password: String, min: usize) -> Result<String, AccountsError> {
    tokio::task::spawn_blocking(move || accounts::hash_new_password(&password, min))
        .await
        .map_err(|_| AccountsError::Hashing)?
}

fn find(store: &Store, username: &str) -> Result<accounts::User, AdminResponse> {
    match accounts::find_user(store, username) {
        Ok(Some(user)) => Ok(user),
        Ok(None) => Err(error(format!("no user is called {username:?}"))),
        Err(e) => Err(error(e)),
    }
}

/// Carries out a request. Plugin and session commands need the game catalogue: the running
/// server passes its own; the CLI, holding the store itself, passes `None` and one is opened.
pub async fn execute(
    store: &Store,
    settings: &Settings,
    catalogue: Option<Arc<Catalogue>>,
    request: AdminRequest,
) -> AdminResponse {
    let result = if plugin_commands::handles(&request) {
        plugin_commands::run(store, settings, catalogue, request).await
    } else {
        run(store, settings, request).await
    };
    match result {
        Ok(response) | Err(response) => response,
    }
}

async fn run(
    store: &Store,
    settings: &Settings,
    request: AdminRequest,
) -> Result<AdminResponse, AdminResponse> {
    let min = settings.min_password_length;
    match request {
        AdminRequest::UserAdd {
            username,
            display_name,
            roles,
            org_units,
            password,
        } => {
            let username = Username::parse(&username).map_err(error)?;
            let mut role_set = BTreeSet::new();
            for code in &roles {
                role_set.insert(Role::from_code(code).ok_or_else(|| {
                    error(format!(
                        "unknown role {code:?}; use player, lead, facilitator, admin or auditor"
                    ))
                })?);
            }
            if role_set.is_empty() {
                role_set.insert(Role::Player);
            }
            let tree = orgunits::tree(store).map_err(error)?;
            let mut units = Vec::new();
            for path in &org_units {
                units.push(
                    orgunits::find_by_path(&tree, path)
                        .ok_or_else(|| error(format!("no org unit is called {path:?}")))?,
                );
            }
            let password_hash = match password {
                Some(password) => Some(hash(password, min).await.map_err(error)?),
                None => None,
            };
            let new = NewUser {
                username: username.clone(),
                display_name,
                password_hash,
                roles: role_set,
                org_units: units,
            };
            let id = accounts::create_user(store, new, settings.clock.now())
                .await
                .map_err(error)?;
            Ok(AdminResponse::Done {
                message: format!("created user {} (id {})", username.as_str(), id.0),
            })
        }
        AdminRequest::UserList => {
            let users = accounts::list_users(store).map_err(error)?;
            let tree = orgunits::tree(store).map_err(error)?;
            let users = users
                .into_iter()
                .map(|user| UserSummary {
                    id: user.id.0,
                    username: user.username.as_str().to_owned(),
                    display_name: user.display_name.clone(),
                    roles: user.roles.iter().map(|r| r.code().to_owned()).collect(),
                    org_units: tree
                        .iter()
                        .filter(|e| user.org_units.contains(&e.unit.id))
                        .map(|e| e.path.clone())
                        .collect(),
                    disabled: user.disabled,
                    has_password: user.password_hash.is_some(),
                })
                .collect();
            Ok(AdminResponse::Users { users })
        }
        AdminRequest::UserDisable { username } => {
            let user = find(store, &username)?;
            accounts::change_user(
                store,
                user.id,
                UserChange {
                    disabled: Some(true),
                    ..UserChange::default()
                },
            )
            .await
            .map_err(error)?;
            session::revoke_where(store, Some(user.id), None)
                .await
                .map_err(error)?;
            Ok(AdminResponse::Done {
                message: format!("disabled user {username} and ended their sessions"),
            })
        }
        AdminRequest::UserEnable { username } => {
            let user = find(store, &username)?;
            accounts::change_user(
                store,
                user.id,
                UserChange {
                    disabled: Some(false),
                    ..UserChange::default()
                },
            )
            .await
            .map_err(error)?;
            Ok(AdminResponse::Done {
                message: format!("enabled user {username}"),
            })
        }
        AdminRequest::Backup { to, overwrite } => {
            if !to.is_absolute() {
                return Err(error(format!(
                    "{} is not an absolute path; the server cannot know which folder it is relative to",
                    to.display()
                )));
            }
            let overwrite = if overwrite {
                Overwrite::Replace
            } else {
                Overwrite::Refuse
            };
            let store = store.clone();
            let report =
                tokio::task::spawn_blocking(move || backup::backup(&store, &to, overwrite))
                    .await
                    .map_err(error)?
                    .map_err(error)?;
            Ok(AdminResponse::Done {
                message: describe_backup(&report),
            })
        }
        other @ (AdminRequest::PluginInstall { .. }
        | AdminRequest::PluginList
        | AdminRequest::PluginEnable { .. }
        | AdminRequest::PluginDisable { .. }
        | AdminRequest::PluginRemove { .. }
        | AdminRequest::SessionVerify { .. }) => {
            Err(error(format!("{} is not an account command", other.name())))
        }
        AdminRequest::UserResetPassword { username, password } => {
            let user = find(store, &username)?;
            let password_hash = hash(password, min).await.map_err(error)?;
            accounts::change_user(
                store,
                user.id,
                UserChange {
                    password_hash: Some(password_hash),
                    ..UserChange::default()
                },
            )
            .await
            .map_err(error)?;
            session::revoke_where(store, Some(user.id), None)
                .await
                .map_err(error)?;
            Ok(AdminResponse::Done {
                message: format!("set a new password for {username} and ended their sessions"),
            })
        }
    }
}

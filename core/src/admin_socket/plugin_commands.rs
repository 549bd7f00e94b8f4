//! The admin commands for game plugins and recorded sessions: install, list, enable for all or
//! a pilot, disable, remove, and replay-verify. Shared by the CLI and the admin socket.

use std::sync::Arc;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde::{Deserialize, Serialize};

use super::commands::{AdminRequest, AdminResponse, error};
use crate::accounts::orgunits;
use crate::config::Settings;
use crate::games::catalogue::{Availability, Catalogue};
use crate::games::play;
use crate::plugins::sandbox::Limits;
use crate::plugins::{PluginHost, package};
use crate::store::Store;

/// A game as `plugin list --json` shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PluginSummary {
    pub id: String,
    pub name: String,
    pub version: String,
    pub publisher: String,
    pub bundled: bool,
    /// "off", "all", or the paths of the pilot org units.
    pub enabled_for: EnabledFor,
    pub episodes: Vec<EpisodeSummary>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum EnabledFor {
    Everyone(String),
    Groups(Vec<String>),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EpisodeSummary {
    pub id: String,
    pub title: String,
    pub competences: Vec<String>,
}

/// The outcome of replaying one session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VerifySummary {
    pub session: u64,
    pub turns: u32,
    pub mismatch: Option<String>,
}

pub fn handles(request: &AdminRequest) -> bool {
    matches!(
        request,
        AdminRequest::PluginInstall { .. }
            | AdminRequest::PluginList
            | AdminRequest::PluginEnable { .. }
            | AdminRequest::PluginDisable { .. }
            | AdminRequest::PluginRemove { .. }
            | AdminRequest::SessionVerify { .. }
    )
}

/// Opens the catalogue for a CLI that holds the store itself.
fn open_catalogue(store: &Store, settings: &Settings) -> Result<Catalogue, AdminResponse> {
    let host = PluginHost::new(Limits::default(), Some(settings.plugin_cache_dir.clone()))
        .map_err(error)?;
    Catalogue::open_bundled(store, Arc::new(host), settings.clock.now()).map_err(error)
}

/// Runs blocking work (compiling, replaying) off the async threads.
async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, AdminResponse> + Send + 'static,
) -> Result<T, AdminResponse> {
    tokio::task::spawn_blocking(work).await.map_err(error)?
}

pub async fn run(
    store: &Store,
    settings: &Settings,
    catalogue: Option<Arc<Catalogue>>,
    request: AdminRequest,
) -> Result<AdminResponse, AdminResponse> {
    let catalogue = match catalogue {
        Some(catalogue) => catalogue,
        None => {
            let (store, settings) = (store.clone(), settings.clone());
            Arc::new(blocking(move || open_catalogue(&store, &settings)).await?)
        }
    };
    match request {
        AdminRequest::PluginInstall { package_base64 } => {
            let bytes = STANDARD.decode(package_base64.as_bytes()).map_err(error)?;
            let verified = package::read(&bytes, &settings.trust).map_err(error)?;
            let (store, now) = (store.clone(), settings.clock.now());
            let id =
                blocking(move || catalogue.install(&store, verified, now).map_err(error)).await?;
            Ok(AdminResponse::Done {
                message: format!(
                    "installed {id}; it is disabled until you enable it (digifit plugin enable {id} [--group UNIT])"
                ),
            })
        }
        AdminRequest::PluginList => {
            let tree = orgunits::tree(store).map_err(error)?;
            let plugins = catalogue
                .all()
                .into_iter()
                .map(|game| {
                    let info = game.info(crate::i18n::Locale::De);
                    PluginSummary {
                        id: game.id.clone(),
                        name: info.map(|i| i.name.clone()).unwrap_or_default(),
                        version: game.version.clone(),
                        publisher: game.publisher.clone(),
                        bundled: game.bundled,
                        enabled_for: match &game.availability {
                            Availability::Off => EnabledFor::Everyone("off".into()),
                            Availability::All => EnabledFor::Everyone("all".into()),
                            Availability::Groups(ids) => EnabledFor::Groups(
                                tree.iter()
                                    .filter(|e| ids.contains(&e.unit.id))
                                    .map(|e| e.path.clone())
                                    .collect(),
                            ),
                        },
                        episodes: info
                            .map(|i| {
                                i.episodes
                                    .iter()
                                    .map(|e| EpisodeSummary {
                                        id: e.id.clone(),
                                        title: e.title.clone(),
                                        competences: e.competences.clone(),
                                    })
                                    .collect()
                            })
                            .unwrap_or_default(),
                    }
                })
                .collect();
            Ok(AdminResponse::Plugins { plugins })
        }
        AdminRequest::PluginEnable { id, groups } => {
            let availability = if groups.is_empty() {
                Availability::All
            } else {
                let tree = orgunits::tree(store).map_err(error)?;
                let mut ids = Vec::new();
                for path in &groups {
                    ids.push(
                        orgunits::find_by_path(&tree, path)
                            .ok_or_else(|| error(format!("no org unit is called {path:?}")))?,
                    );
                }
                Availability::Groups(ids)
            };
            catalogue
                .set_availability(store, &id, availability)
                .await
                .map_err(|e| not_found(&id, e))?;
            let whom = if groups.is_empty() {
                "everyone".to_owned()
            } else {
                format!("the pilot {}", groups.join(", "))
            };
            Ok(AdminResponse::Done {
                message: format!("{id} is enabled for {whom}"),
            })
        }
        AdminRequest::PluginDisable { id } => {
            catalogue
                .set_availability(store, &id, Availability::Off)
                .await
                .map_err(|e| not_found(&id, e))?;
            Ok(AdminResponse::Done {
                message: format!("{id} is disabled; recorded results stay"),
            })
        }
        AdminRequest::PluginRemove { id } => {
            let (store, key) = (store.clone(), id.clone());
            blocking(move || {
                catalogue
                    .remove(&store, &key)
                    .map_err(|e| not_found(&key, e))
            })
            .await?;
            Ok(AdminResponse::Done {
                message: format!("removed {id}; recorded results stay"),
            })
        }
        AdminRequest::SessionVerify { id } => {
            let store = store.clone();
            let sessions = blocking(move || {
                let ids = match id {
                    Some(id) => vec![id],
                    None => play::all_session_ids(&store).map_err(error)?,
                };
                ids.into_iter()
                    .map(|id| {
                        play::verify(&store, &catalogue, id)
                            .map(|v| VerifySummary {
                                session: v.session,
                                turns: v.turns,
                                mismatch: v.mismatch,
                            })
                            .map_err(|e| not_found(&id.to_string(), e))
                    })
                    .collect::<Result<Vec<_>, _>>()
            })
            .await?;
            Ok(AdminResponse::Verified { sessions })
        }
        _ => Err(error("not a plugin command")),
    }
}

fn not_found(what: &str, error_value: crate::games::GamesError) -> AdminResponse {
    match error_value {
        crate::games::GamesError::NotFound => error(format!("{what} does not exist")),
        other => error(other),
    }
}

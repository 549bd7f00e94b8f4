//! Games: the catalogue of installed game plugins (who may see which, pilot groups) and game
//! sessions (start, act, resume, and replaying a recorded session to verify its evidence).
//! Knows nothing about HTTP; runs plugins through `crate::plugins`.

pub mod catalogue;
pub mod play;
pub mod progress;
pub mod records;

use crate::plugins::PluginError;
use crate::plugins::model::GameError;
use crate::store::StoreError;

/// Why a games operation failed.
#[derive(Debug, thiserror::Error)]
pub enum GamesError {
    /// No installed plugin, episode or session has this id (or it is not the user's).
    #[error("not found")]
    NotFound,
    /// The plugin failed (trap, time-out, bad output…); the message is for the admin's log.
    #[error("plugin {plugin}: {error}")]
    Plugin { plugin: String, error: PluginError },
    /// The game refused the action or request.
    #[error(transparent)]
    Game(GameError),
    /// The session changed meanwhile (another tab acted first); reload and try again.
    #[error("the game session changed meanwhile; reload the page")]
    Conflict,
    /// The request is refused for a reason the message states.
    #[error("{0}")]
    Refused(String),
    /// The session is over.
    #[error("the game session has ended")]
    Finished,
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A blocking task could not be run.
    #[error("a background task failed: {0}")]
    Task(String),
}

impl From<redb::StorageError> for GamesError {
    fn from(error: redb::StorageError) -> Self {
        GamesError::Store(error.into())
    }
}

impl From<redb::TableError> for GamesError {
    fn from(error: redb::TableError) -> Self {
        GamesError::Store(error.into())
    }
}

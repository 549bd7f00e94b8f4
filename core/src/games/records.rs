//! The stored forms of installed plugins, game sessions and their turns.

use serde::{Deserialize, Serialize};

use crate::plugins::model::{Action, Evidence, Outcome, View};

pub const PLUGIN_RECORD_VERSION: u8 = 1;
pub const SESSION_RECORD_VERSION: u8 = 1;
pub const TURN_RECORD_VERSION: u8 = 1;

/// Who may play an installed plugin.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum AvailabilityRecord {
    /// Installed but disabled.
    Off,
    /// Everyone.
    All,
    /// Members of these org units (and of their sub-units): a pilot.
    Groups(Vec<u64>),
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PluginRecord {
    pub id: String,
    pub version: String,
    pub api: String,
    pub publisher: String,
    pub component_hash: String,
    pub bundled: bool,
    pub availability: AvailabilityRecord,
    pub installed_at: u64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SessionRecord {
    pub user_id: u64,
    pub plugin_id: String,
    pub plugin_version: String,
    pub component_hash: String,
    pub episode: String,
    pub seed: u64,
    pub locale: String,
    pub level: u8,
    pub started_at: u64,
    pub updated_at: u64,
    /// Turns recorded so far, the start included.
    pub turns: u32,
    /// The game's state after the last turn.
    pub state: Vec<u8>,
    /// The view after the last turn, shown when the player comes back.
    pub view: View,
    pub outcome: Option<Outcome>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TurnRecord {
    /// `None` for the start.
    pub action: Option<Action>,
    pub evidence: Vec<Evidence>,
    pub at: u64,
}

//! Declares every typed redb table of the digifit database in one place.
//!
//! Table names are part of the file format: renaming a constant's string needs a migration.

use redb::TableDefinition;

/// Store-wide counters and markers, keyed by a fixed name.
///
/// Keys: `"schema_version"` holds the version of the last migration applied to the file, and
/// `"next_id"` holds the next value [`crate::store::Store::next_id`] will hand out.
pub const META: TableDefinition<&str, u64> = TableDefinition::new("meta");

/// Key of the schema version entry in [`META`].
pub const META_SCHEMA_VERSION: &str = "schema_version";

/// Key of the id allocator entry in [`META`].
pub const META_NEXT_ID: &str = "next_id";

/// User records: user id -> user record encoded with [`crate::store::codec::encode`].
pub const USERS: TableDefinition<u64, &[u8]> = TableDefinition::new("users");

/// Login name index: normalised login name -> user id.
///
/// Since schema version 2 every key is `normalise_login_name(name)`, so lookups must
/// normalise the typed name the same way before querying.
pub const USERS_BY_NAME: TableDefinition<&str, u64> = TableDefinition::new("users_by_name");

/// Organisational units: unit id -> unit record encoded with [`crate::store::codec::encode`].
pub const ORG_UNITS: TableDefinition<u64, &[u8]> = TableDefinition::new("org_units");

/// Sessions: SHA-256 of the session token -> session record encoded with
/// [`crate::store::codec::encode`].
///
/// Only the hash is stored so that a copy of the database does not hand out live sessions.
pub const SESSIONS: TableDefinition<&[u8; 32], &[u8]> = TableDefinition::new("sessions");

/// Installed game plugins: plugin id -> plugin record (since schema version 3).
pub const PLUGINS: TableDefinition<&str, &[u8]> = TableDefinition::new("plugins");

/// Plugin components: SHA-256 of the component (hex) -> the component's bytes, kept as long as a
/// plugin or a recorded game session may need them for replay (since schema version 3).
pub const PLUGIN_COMPONENTS: TableDefinition<&str, &[u8]> =
    TableDefinition::new("plugin_components");

/// Game sessions: session id -> session record (since schema version 3).
pub const GAME_SESSIONS: TableDefinition<u64, &[u8]> = TableDefinition::new("game_sessions");

/// The turns of game sessions: (session id, turn number) -> turn record; turn 0 is the start
/// (since schema version 3).
pub const GAME_TURNS: TableDefinition<(u64, u32), &[u8]> = TableDefinition::new("game_turns");

/// Index of a user's game sessions: (user id, session id) -> started at (since schema version 3).
pub const GAME_SESSIONS_BY_USER: TableDefinition<(u64, u64), u64> =
    TableDefinition::new("game_sessions_by_user");

/// Assets of installed plugin packages: (component hash, asset path) -> bytes (since schema
/// version 4). Keyed by component so that every version keeps its own images.
pub const PLUGIN_ASSETS: TableDefinition<(&str, &str), &[u8]> =
    TableDefinition::new("plugin_assets");

/// `META` key: the version of the competence model the beliefs were computed with (see
/// `competence::beliefs`); a different version makes the next start rebuild them.
pub const META_MODEL_VERSION: &str = "competence_model_version";

/// Abilities: (user id, DigComp competence id) -> belief record, derived from the recorded
/// evidence (since schema version 5).
pub const ABILITIES: TableDefinition<(u64, &str), &[u8]> = TableDefinition::new("abilities");

/// Item difficulties: (plugin id, item id) -> item record, derived from the recorded evidence
/// (since schema version 5).
pub const ITEM_DIFFICULTIES: TableDefinition<(&str, &str), &[u8]> =
    TableDefinition::new("item_difficulties");

/// How often a player answered an item: (user id, plugin id, item id) -> count (since schema
/// version 5). Only a player's first answer to an item moves its difficulty.
pub const ITEM_ANSWERS: TableDefinition<(u64, &str, &str), u32> =
    TableDefinition::new("item_answers");

/// Self-assessments: (user id, time in seconds) -> self-assessment record (since schema
/// version 5). A skipped one is recorded too, so that it is not asked again before its time.
pub const SELF_ASSESSMENTS: TableDefinition<(u64, u64), &[u8]> =
    TableDefinition::new("self_assessments");

/// A player's own settings (such as the streak): user id -> preferences record (since schema
/// version 5).
pub const PLAYER_PREFERENCES: TableDefinition<u64, &[u8]> =
    TableDefinition::new("player_preferences");

/// Local training offers: offer id -> offer record (since schema version 5).
pub const TRAINING_OFFERS: TableDefinition<u64, &[u8]> = TableDefinition::new("training_offers");

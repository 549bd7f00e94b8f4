//! Game sessions: starting an episode, applying the player's actions turn by turn, resuming, and
//! replaying a recorded session to verify its evidence bit for bit. Every turn is written through
//! the group-commit writer before the player sees its result.

use std::sync::Arc;
use std::time::Instant;

use rand::Rng;
use redb::ReadableTable;

use super::GamesError;
use super::catalogue::{Catalogue, InstalledGame};
use super::records::{SESSION_RECORD_VERSION, SessionRecord, TURN_RECORD_VERSION, TurnRecord};
use crate::accounts::UserId;
use crate::clock::Timestamp;
use crate::competence::beliefs;
use crate::i18n::Locale;
use crate::plugins::model::{Action, GameError, StartRequest, Step};
use crate::plugins::sandbox::SeededRandom;
use crate::plugins::{CallKind, CallOutcome, LoadedGame, PluginHost};
use crate::store::{Store, StoreError, codec, tables};

/// A game session as the pages see it.
#[derive(Debug, Clone)]
pub struct GameSession {
    pub id: u64,
    pub record: SessionRecord,
}

impl GameSession {
    pub fn is_finished(&self) -> bool {
        self.record.outcome.is_some()
    }
}

/// The sandbox seed of a turn: fixed by the session's seed and the turn number, so a replay
/// gives every turn the same randomness as the original.
pub fn turn_seed(seed: u64, turn: u32) -> u64 {
    if turn == 0 {
        return seed;
    }
    SeededRandom::new(seed ^ u64::from(turn).wrapping_mul(0x9E37_79B9_7F4A_7C15)).next_u64()
}

/// Runs a blocking plugin call on a blocking thread, holding a sandbox slot, and counts its
/// outcome and time under the plugin's id for the metrics.
async fn run_call(
    host: Arc<PluginHost>,
    plugin: &str,
    kind: CallKind,
    call: impl FnOnce(&PluginHost) -> CallOutcome<Step> + Send + 'static,
) -> Result<CallOutcome<Step>, GamesError> {
    let permit = host.slot().await;
    let caller = host.clone();
    let result = tokio::task::spawn_blocking(move || {
        let _permit = permit;
        let started = Instant::now();
        let outcome = call(&caller);
        (outcome, started.elapsed())
    })
    .await;
    let (outcome, elapsed) = result.map_err(|e| GamesError::Task(e.to_string()))?;
    host.call_stats().record(plugin, kind, &outcome, elapsed);
    Ok(outcome)
}

fn outcome_of(plugin: &str, outcome: CallOutcome<Step>) -> Result<Step, GamesError> {
    match outcome {
        Ok(Ok(step)) => Ok(step),
        Ok(Err(game_error)) => Err(GamesError::Game(game_error)),
        Err(error) => {
            tracing::error!(plugin, %error, "a game plugin failed");
            Err(GamesError::Plugin {
                plugin: plugin.to_owned(),
                error,
            })
        }
    }
}

/// What a player asked to start.
#[derive(Debug, Clone)]
pub struct StartChoice<'a> {
    pub user: UserId,
    pub episode: &'a str,
    /// Difficulty 1..=3; clamped into the episode's range.
    pub level: u8,
    pub locale: Locale,
}

/// Starts an episode for a user and records the start. Returns the new session's id.
pub async fn start(
    store: &Store,
    catalogue: &Catalogue,
    game: &InstalledGame,
    choice: StartChoice<'_>,
    now: Timestamp,
) -> Result<u64, GamesError> {
    let StartChoice {
        user,
        episode,
        level,
        locale,
    } = choice;
    let info = game.info(locale).ok_or(GamesError::NotFound)?;
    let episode_info = info
        .episodes
        .iter()
        .find(|e| e.id == episode)
        .ok_or(GamesError::NotFound)?;
    let level = level.clamp(episode_info.min_level, episode_info.max_level);
    let locale_code = if info.locales.iter().any(|l| l == locale.code()) {
        locale.code().to_owned()
    } else {
        info.locales
            .first()
            .cloned()
            .unwrap_or_else(|| locale.code().to_owned())
    };
    let request = StartRequest {
        episode: episode.to_owned(),
        seed: rand::rng().random(),
        locale: locale_code,
        level,
    };
    let loaded = game.loaded.clone();
    let call_request = request.clone();
    let outcome = run_call(
        catalogue.host().clone(),
        &game.id,
        CallKind::Start,
        move |host| host.start(&loaded, &call_request),
    )
    .await?;
    let step = outcome_of(&game.id, outcome)?;
    let record = SessionRecord {
        user_id: user.0,
        plugin_id: game.id.clone(),
        plugin_version: game.version.clone(),
        component_hash: game.loaded.component_hash.clone(),
        episode: request.episode,
        seed: request.seed,
        locale: request.locale,
        level: request.level,
        started_at: now.0,
        updated_at: now.0,
        turns: 1,
        state: step.state,
        view: step.view,
        outcome: step.outcome,
    };
    let turn = TurnRecord {
        action: None,
        evidence: step.evidence,
        at: now.0,
    };
    store
        .write(move |txn| {
            let id = Store::next_id(txn)?;
            txn.open_table(tables::GAME_SESSIONS)?.insert(
                id,
                codec::encode(SESSION_RECORD_VERSION, &record).as_slice(),
            )?;
            txn.open_table(tables::GAME_TURNS)?.insert(
                (id, 0),
                codec::encode(TURN_RECORD_VERSION, &turn).as_slice(),
            )?;
            txn.open_table(tables::GAME_SESSIONS_BY_USER)?
                .insert((record.user_id, id), record.started_at)?;
            beliefs::record(
                txn,
                record.user_id,
                &record.plugin_id,
                record.level,
                &turn.evidence,
            )?;
            Ok::<_, StoreError>(id)
        })
        .await
        .map_err(GamesError::from)
}

fn read_session(store: &Store, id: u64) -> Result<Option<SessionRecord>, GamesError> {
    let txn = store.read()?;
    let table = txn.open_table(tables::GAME_SESSIONS)?;
    let record = match table.get(id)? {
        Some(bytes) => Some(codec::decode(SESSION_RECORD_VERSION, bytes.value())?),
        None => None,
    };
    Ok(record)
}

/// A user's own session; anyone else's is "not found".
pub fn get(store: &Store, id: u64, user: UserId) -> Result<GameSession, GamesError> {
    match read_session(store, id)? {
        Some(record) if record.user_id == user.0 => Ok(GameSession { id, record }),
        _ => Err(GamesError::NotFound),
    }
}

/// A user's sessions, newest first.
pub fn list_for_user(store: &Store, user: UserId) -> Result<Vec<GameSession>, GamesError> {
    let ids: Vec<u64> = {
        let txn = store.read()?;
        let index = txn.open_table(tables::GAME_SESSIONS_BY_USER)?;
        let mut ids = Vec::new();
        for entry in index.range((user.0, 0)..=(user.0, u64::MAX))? {
            let (key, _) = entry?;
            ids.push(key.value().1);
        }
        ids
    };
    let mut sessions = Vec::new();
    for id in ids.into_iter().rev() {
        if let Some(record) = read_session(store, id)? {
            sessions.push(GameSession { id, record });
        }
    }
    Ok(sessions)
}

/// When the user last started a session, if ever: one index entry and one record, however many
/// sessions the user has (ids grow with time, so the last one is the newest).
pub fn last_started_at(store: &Store, user: UserId) -> Result<Option<u64>, GamesError> {
    let id = {
        let txn = store.read()?;
        let index = txn.open_table(tables::GAME_SESSIONS_BY_USER)?;
        let mut entries = index.range((user.0, 0)..=(user.0, u64::MAX))?;
        match entries.next_back() {
            Some(entry) => entry?.0.value().1,
            None => return Ok(None),
        }
    };
    Ok(read_session(store, id)?.map(|record| record.started_at))
}

/// Applies one action of the player. A refused action (`GamesError::Game`) records nothing.
pub async fn act(
    store: &Store,
    catalogue: &Arc<Catalogue>,
    id: u64,
    user: UserId,
    action: Action,
    now: Timestamp,
) -> Result<GameSession, GamesError> {
    let session = get(store, id, user)?;
    if session.is_finished() {
        return Err(GamesError::Finished);
    }
    let record = session.record;
    let host = catalogue.host().clone();
    let loaded: Arc<LoadedGame> = match catalogue.get(&record.plugin_id) {
        Some(game) if game.loaded.component_hash == record.component_hash => game.loaded.clone(),
        // The session was started with another version of the game: replay needs that one.
        _ => {
            let (catalogue, store, hash) = (
                catalogue.clone(),
                store.clone(),
                record.component_hash.clone(),
            );
            tokio::task::spawn_blocking(move || catalogue.loaded_by_hash(&store, &hash))
                .await
                .map_err(|e| GamesError::Task(e.to_string()))??
        }
    };
    let seed = turn_seed(record.seed, record.turns);
    let state = record.state.clone();
    let call_action = action.clone();
    let outcome = run_call(host, &record.plugin_id, CallKind::Act, move |host| {
        host.act(&loaded, seed, &state, &call_action)
    })
    .await?;
    let step = outcome_of(&record.plugin_id, outcome)?;
    let expected_turns = record.turns;
    let mut updated = record;
    updated.turns += 1;
    updated.updated_at = now.0;
    updated.state = step.state;
    updated.view = step.view;
    updated.outcome = step.outcome;
    let turn = TurnRecord {
        action: Some(action),
        evidence: step.evidence,
        at: now.0,
    };
    let stored = updated.clone();
    store
        .write(move |txn| {
            let mut sessions = txn.open_table(tables::GAME_SESSIONS)?;
            let current: SessionRecord = match sessions.get(id)? {
                Some(bytes) => codec::decode(SESSION_RECORD_VERSION, bytes.value())?,
                None => return Err(GamesError::NotFound),
            };
            if current.turns != expected_turns {
                return Err(GamesError::Conflict);
            }
            sessions.insert(
                id,
                codec::encode(SESSION_RECORD_VERSION, &stored).as_slice(),
            )?;
            txn.open_table(tables::GAME_TURNS)?.insert(
                (id, expected_turns),
                codec::encode(TURN_RECORD_VERSION, &turn).as_slice(),
            )?;
            beliefs::record(
                txn,
                stored.user_id,
                &stored.plugin_id,
                stored.level,
                &turn.evidence,
            )?;
            Ok(())
        })
        .await?;
    Ok(GameSession {
        id,
        record: updated,
    })
}

/// What replaying a session found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verification {
    pub session: u64,
    pub turns: u32,
    /// The first difference, if any.
    pub mismatch: Option<String>,
}

fn turns_of(store: &Store, id: u64) -> Result<Vec<TurnRecord>, GamesError> {
    let txn = store.read()?;
    let table = txn.open_table(tables::GAME_TURNS)?;
    let mut turns = Vec::new();
    for entry in table.range((id, 0)..=(id, u32::MAX))? {
        let (_, bytes) = entry?;
        turns.push(codec::decode(TURN_RECORD_VERSION, bytes.value())?);
    }
    Ok(turns)
}

fn same_evidence(
    recorded: &[crate::plugins::model::Evidence],
    replayed: &[crate::plugins::model::Evidence],
) -> bool {
    recorded.len() == replayed.len()
        && recorded.iter().zip(replayed).all(|(a, b)| {
            a.item == b.item
                && a.competence == b.competence
                && a.score.to_bits() == b.score.to_bits()
        })
}

/// Replays a recorded session from its seed and actions with the exact component it was played
/// with, and compares every turn's evidence bit for bit, and the final state and outcome.
/// Blocking.
pub fn verify(store: &Store, catalogue: &Catalogue, id: u64) -> Result<Verification, GamesError> {
    let record = read_session(store, id)?.ok_or(GamesError::NotFound)?;
    let turns = turns_of(store, id)?;
    let loaded = catalogue.loaded_by_hash(store, &record.component_hash)?;
    let host = catalogue.host();
    let report = |mismatch: Option<String>| Verification {
        session: id,
        turns: turns.len() as u32,
        mismatch,
    };
    let request = StartRequest {
        episode: record.episode.clone(),
        seed: record.seed,
        locale: record.locale.clone(),
        level: record.level,
    };
    let mut step = match host.start(&loaded, &request) {
        Ok(Ok(step)) => step,
        Ok(Err(error)) => {
            return Ok(report(Some(format!(
                "turn 0: the game now refuses to start: {error}"
            ))));
        }
        Err(error) => return Ok(report(Some(format!("turn 0: the plugin failed: {error}")))),
    };
    for (number, turn) in turns.iter().enumerate() {
        if number > 0 {
            let Some(action) = &turn.action else {
                return Ok(report(Some(format!("turn {number}: no action recorded"))));
            };
            step = match host.act(
                &loaded,
                turn_seed(record.seed, number as u32),
                &step.state,
                action,
            ) {
                Ok(Ok(next)) => next,
                Ok(Err(error)) => {
                    return Ok(report(Some(format!(
                        "turn {number}: the game now refuses the action: {error}"
                    ))));
                }
                Err(error) => {
                    return Ok(report(Some(format!(
                        "turn {number}: the plugin failed: {error}"
                    ))));
                }
            };
        }
        if !same_evidence(&turn.evidence, &step.evidence) {
            return Ok(report(Some(format!(
                "turn {number}: recorded evidence {:?} but the replay gives {:?}",
                turn.evidence, step.evidence
            ))));
        }
    }
    if step.state != record.state {
        return Ok(report(Some(
            "the final state differs from the recorded one".into(),
        )));
    }
    if step.outcome != record.outcome {
        return Ok(report(Some(
            "the outcome differs from the recorded one".into(),
        )));
    }
    Ok(report(None))
}

/// The ids of every recorded session, for `session verify --all`.
pub fn all_session_ids(store: &Store) -> Result<Vec<u64>, GamesError> {
    let txn = store.read()?;
    let table = txn.open_table(tables::GAME_SESSIONS)?;
    let mut ids = Vec::new();
    for entry in table.iter()? {
        let (id, _) = entry?;
        ids.push(id.value());
    }
    Ok(ids)
}

/// Whether a game error is the player's to fix (shown with the same view) rather than a fault.
pub fn is_invalid_action(error: &GamesError) -> Option<&str> {
    match error {
        GamesError::Game(GameError::InvalidAction(message)) => Some(message),
        _ => None,
    }
}

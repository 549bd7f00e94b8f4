//! The measurement kept in the store: each player's ability per competence and each item's
//! difficulty, as `estimate::Belief`s.
//!
//! The recorded evidence of every game turn is the source of truth; the beliefs are derived from
//! it. They are updated in the same transaction that records a turn, so they never disagree
//! with the turns, and rebuilt from all recorded turns (in the order they were played) whenever
//! the stored [`MODEL_VERSION`] differs from this binary's: after an upgrade that changes the
//! model or its parameters, and on the first start after the tables were added.
//!
//! Items are keyed by (plugin id, item id), so two plugins can never share an item by accident.
//! Only a player's first answer to an item moves the item's difficulty; later answers (replays
//! after the explanation) move only the player's ability.

use std::collections::BTreeMap;

use redb::{ReadableTable, WriteTransaction};
use serde::{Deserialize, Serialize};

use super::estimate::{self, Belief, Params};
use crate::accounts::UserId;
use crate::games::records::{
    SESSION_RECORD_VERSION, SessionRecord, TURN_RECORD_VERSION, TurnRecord,
};
use crate::plugins::model::Evidence;
use crate::store::{Store, StoreError, codec, tables};

/// The version of the estimator and its parameters. Raise it whenever `estimate::observe` or
/// `Params::default` changes: the next start rebuilds every belief from the recorded evidence.
pub const MODEL_VERSION: u64 = 1;

const ABILITY_RECORD_VERSION: u8 = 1;
const ITEM_RECORD_VERSION: u8 = 1;

/// What the store keeps about an item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ItemRecord {
    pub difficulty: Belief,
    /// The game level (1–3) of the episode the item was first seen in; its prior came from it.
    pub level: u8,
    /// The competence the item's evidence names.
    pub competence: String,
}

/// Counts one turn's evidence for `user`, inside the transaction that records the turn.
/// Evidence the estimator refuses (the host's checks make that impossible) is logged and left
/// out rather than failing the turn.
pub fn record(
    txn: &WriteTransaction,
    user: u64,
    plugin: &str,
    level: u8,
    evidence: &[Evidence],
) -> Result<(), StoreError> {
    if evidence.is_empty() {
        return Ok(());
    }
    let params = Params::default();
    let mut abilities = txn.open_table(tables::ABILITIES)?;
    let mut items = txn.open_table(tables::ITEM_DIFFICULTIES)?;
    let mut answers = txn.open_table(tables::ITEM_ANSWERS)?;
    for proof in evidence {
        let mut ability = match abilities.get((user, proof.competence.as_str()))? {
            Some(found) => codec::decode(ABILITY_RECORD_VERSION, found.value())?,
            None => params.ability_prior(),
        };
        let mut item = match items.get((plugin, proof.item.as_str()))? {
            Some(found) => codec::decode(ITEM_RECORD_VERSION, found.value())?,
            None => ItemRecord {
                difficulty: params.item_prior(level),
                level,
                competence: proof.competence.clone(),
            },
        };
        let answered_before = answers
            .get((user, plugin, proof.item.as_str()))?
            .map_or(0, |count| count.value());
        let mut difficulty = item.difficulty;
        if let Err(error) = estimate::observe(
            &mut ability,
            &mut difficulty,
            f64::from(proof.score),
            &params,
        ) {
            tracing::warn!(plugin, item = %proof.item, %error, "evidence left out of the measurement");
            continue;
        }
        abilities.insert(
            (user, proof.competence.as_str()),
            codec::encode(ABILITY_RECORD_VERSION, &ability).as_slice(),
        )?;
        answers.insert(
            (user, plugin, proof.item.as_str()),
            answered_before.saturating_add(1),
        )?;
        // A player who meets an item again has seen its explanation: the answer still tells
        // about the player, but no longer about how hard the item is for someone new to it.
        if answered_before == 0 {
            item.difficulty = difficulty;
            items.insert(
                (plugin, proof.item.as_str()),
                codec::encode(ITEM_RECORD_VERSION, &item).as_slice(),
            )?;
        }
    }
    Ok(())
}

/// Stores an ability that no recorded evidence stands behind. Only the demo data does this, for
/// colleagues without a login, so that a lead's team page has something to show; a rebuild from
/// the evidence (a new [`MODEL_VERSION`]) drops such abilities.
pub fn seed_ability(
    txn: &WriteTransaction,
    user: u64,
    competence: &str,
    ability: &Belief,
) -> Result<(), StoreError> {
    let mut abilities = txn.open_table(tables::ABILITIES)?;
    abilities.insert(
        (user, competence),
        codec::encode(ABILITY_RECORD_VERSION, ability).as_slice(),
    )?;
    Ok(())
}

/// A player's abilities by competence id; competences without evidence are absent.
pub fn abilities(store: &Store, user: UserId) -> Result<BTreeMap<String, Belief>, StoreError> {
    let txn = store.read()?;
    let table = txn.open_table(tables::ABILITIES)?;
    let mut found = BTreeMap::new();
    for entry in table.range((user.0, "")..(user.0.saturating_add(1), ""))? {
        let (key, value) = entry?;
        let (_, competence) = key.value();
        found.insert(
            competence.to_owned(),
            codec::decode(ABILITY_RECORD_VERSION, value.value())?,
        );
    }
    Ok(found)
}

/// A plugin's calibrated items by item id.
pub fn items(store: &Store, plugin: &str) -> Result<BTreeMap<String, ItemRecord>, StoreError> {
    let txn = store.read()?;
    let table = txn.open_table(tables::ITEM_DIFFICULTIES)?;
    let mut found = BTreeMap::new();
    for entry in table.range((plugin, "")..)? {
        let (key, value) = entry?;
        let (owner, item) = key.value();
        if owner != plugin {
            break;
        }
        found.insert(
            item.to_owned(),
            codec::decode(ITEM_RECORD_VERSION, value.value())?,
        );
    }
    Ok(found)
}

/// The typical difficulty of a plugin's levels 1, 2 and 3: the mean of its calibrated items
/// first seen at that level (with their average variance; `count` is the number of items), or
/// the prior where it has none.
pub fn typical_difficulties(store: &Store, plugin: &str) -> Result<[Belief; 3], StoreError> {
    let mut sums = [(0.0_f64, 0.0_f64, 0_u32); 3];
    for item in items(store, plugin)?.values() {
        if let Some(sum) = sums.get_mut(usize::from(item.level.clamp(1, 3) - 1)) {
            sum.0 += item.difficulty.mean;
            sum.1 += item.difficulty.variance;
            sum.2 += 1;
        }
    }
    let mut typical = Params::default().typical_difficulties();
    for (slot, (mean, variance, count)) in typical.iter_mut().zip(sums) {
        if count > 0 {
            *slot = Belief {
                mean: mean / f64::from(count),
                variance: variance / f64::from(count),
                count,
            };
        }
    }
    Ok(typical)
}

/// Rebuilds every belief from the recorded turns if they were made by another model version.
/// Returns whether it rebuilt. Blocking; run at start-up before requests are served.
pub fn ensure_current(store: &Store) -> Result<bool, StoreError> {
    let stored = {
        let txn = store.read()?;
        let meta = txn.open_table(tables::META)?;
        meta.get(tables::META_MODEL_VERSION)?.map(|v| v.value())
    };
    if stored == Some(MODEL_VERSION) {
        return Ok(false);
    }
    store.write_blocking(|txn| {
        rebuild(txn)?;
        txn.open_table(tables::META)?
            .insert(tables::META_MODEL_VERSION, MODEL_VERSION)?;
        Ok::<_, StoreError>(())
    })?;
    tracing::info!(
        model_version = MODEL_VERSION,
        "rebuilt the competence measurement from the recorded evidence"
    );
    Ok(true)
}

/// Empties both tables and counts every recorded turn again, in the order they were played.
fn rebuild(txn: &WriteTransaction) -> Result<(), StoreError> {
    txn.delete_table(tables::ABILITIES)?;
    txn.delete_table(tables::ITEM_DIFFICULTIES)?;
    txn.delete_table(tables::ITEM_ANSWERS)?;
    txn.open_table(tables::ABILITIES)?;
    txn.open_table(tables::ITEM_DIFFICULTIES)?;
    txn.open_table(tables::ITEM_ANSWERS)?;
    let sessions: BTreeMap<u64, SessionRecord> = {
        let table = txn.open_table(tables::GAME_SESSIONS)?;
        let mut sessions = BTreeMap::new();
        for entry in table.iter()? {
            let (id, bytes) = entry?;
            sessions.insert(
                id.value(),
                codec::decode(SESSION_RECORD_VERSION, bytes.value())?,
            );
        }
        sessions
    };
    let mut turns: Vec<(u64, u64, u32, TurnRecord)> = Vec::new();
    {
        let table = txn.open_table(tables::GAME_TURNS)?;
        for entry in table.iter()? {
            let (key, bytes) = entry?;
            let (session, number) = key.value();
            let turn: TurnRecord = codec::decode(TURN_RECORD_VERSION, bytes.value())?;
            if !turn.evidence.is_empty() {
                turns.push((turn.at, session, number, turn));
            }
        }
    }
    turns.sort_by_key(|(at, session, number, _)| (*at, *session, *number));
    for (_, session, _, turn) in turns {
        if let Some(record) = sessions.get(&session) {
            self::record(
                txn,
                record.user_id,
                &record.plugin_id,
                record.level,
                &turn.evidence,
            )?;
        }
    }
    Ok(())
}

//! A lead's team report: for each org unit the lead belongs to, and each unit below it, how many
//! people it has and how many played lately, and per DigComp competence how many are measured,
//! their typical (median) level and how many stand at the foundation levels 1–2 — the training
//! need. Every figure passes `privacy::publishable` first; the rest is left out, never rounded.
//!
//! The report reads every member's abilities and sessions on each request: fine for a job
//! centre's few hundred people; an organisation of tens of thousands needs aggregates kept up to
//! date on write.

use std::collections::{BTreeMap, BTreeSet};

use super::privacy;
use crate::accounts::orgunits::{self, TreeEntry};
use crate::accounts::{self, AccountsError, User};
use crate::clock::Timestamp;
use crate::competence::beliefs;
use crate::competence::estimate::{self, Params};
use crate::competence::model::{self, ModelError};
use crate::games::{GamesError, play};
use crate::store::{Store, StoreError};

/// Days within which a member who started an episode counts as active.
pub const ACTIVE_DAYS: u64 = 28;

/// The highest level that counts as a foundation level (DigComp's levels 1 and 2).
pub const FOUNDATION_LEVEL: u8 = 2;

#[derive(Debug, thiserror::Error)]
pub enum InsightsError {
    #[error(transparent)]
    Accounts(#[from] AccountsError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Games(#[from] GamesError),
    #[error(transparent)]
    Model(#[from] ModelError),
}

/// How many people a unit has, and how many of them started an episode lately.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Participation {
    pub members: usize,
    pub active: usize,
}

/// The measured people of a unit in one competence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Need {
    /// People with a measurement in the competence.
    pub measured: usize,
    /// The median of their levels (the lower one of an even count).
    pub median_level: u8,
    /// How many of them are at levels 1–2.
    pub foundation: usize,
}

impl Need {
    /// The share at the foundation levels, in whole per cent.
    pub fn foundation_percent(&self) -> u32 {
        if self.measured == 0 {
            return 0;
        }
        let share = self.foundation as f64 / self.measured as f64;
        (share * 100.0).round() as u32
    }
}

/// One unit's figures; `None` where the privacy rule hides them.
#[derive(Debug, Clone)]
pub struct UnitReport {
    pub unit: TreeEntry,
    /// The unit's depth below the top of the lead's part of the tree (0 for the lead's units).
    pub depth: usize,
    pub participation: Option<Participation>,
    /// Competence id → need, in the framework's order, only the competences shown.
    pub needs: Vec<(String, Need)>,
}

/// The whole report of one lead.
#[derive(Debug, Clone)]
pub struct TeamReport {
    /// The k the figures were held to.
    pub min_group_size: usize,
    pub units: Vec<UnitReport>,
}

/// The units a lead sees: their own and every unit below them, depth-first, each with its depth
/// below the nearest of the lead's own units.
fn scope(lead: &User, tree: &[TreeEntry]) -> Vec<(TreeEntry, usize)> {
    let mut found = Vec::new();
    let mut top_depth: Option<usize> = None;
    for entry in tree {
        if top_depth.is_some_and(|top| entry.depth <= top) {
            top_depth = None;
        }
        if top_depth.is_none() && lead.org_units.contains(&entry.unit.id) {
            top_depth = Some(entry.depth);
        }
        if let Some(top) = top_depth {
            found.push((entry.clone(), entry.depth - top));
        }
    }
    found
}

fn median(levels: &mut [u8]) -> u8 {
    levels.sort_unstable();
    levels
        .get(levels.len().saturating_sub(1) / 2)
        .copied()
        .unwrap_or(1)
}

/// The report for `lead` at `now`, holding every figure to `min_group_size` people.
pub fn report(
    store: &Store,
    lead: &User,
    min_group_size: usize,
    now: Timestamp,
) -> Result<TeamReport, InsightsError> {
    let framework = model::digcomp()?;
    let params = Params::default();
    let tree = orgunits::tree(store)?;
    let units = scope(lead, &tree);
    let people: Vec<User> = accounts::list_users(store)?
        .into_iter()
        .filter(|user| !user.disabled)
        .collect();

    // Who belongs to each unit in scope (directly or through a unit below it).
    let mut members: Vec<BTreeSet<u64>> = vec![BTreeSet::new(); units.len()];
    let mut concerned: BTreeMap<u64, &User> = BTreeMap::new();
    for person in &people {
        let within = orgunits::with_ancestors(&person.org_units, &tree);
        for (index, (entry, _)) in units.iter().enumerate() {
            if within.contains(&entry.unit.id) {
                members[index].insert(person.id.0);
                concerned.insert(person.id.0, person);
            }
        }
    }

    // Each concerned person's levels and whether they played lately.
    let since = now.0.saturating_sub(ACTIVE_DAYS * 86_400);
    let mut levels: BTreeMap<u64, BTreeMap<String, u8>> = BTreeMap::new();
    let mut active: BTreeSet<u64> = BTreeSet::new();
    for (id, person) in &concerned {
        let abilities = beliefs::abilities(store, person.id)?;
        levels.insert(
            *id,
            abilities
                .into_iter()
                .map(|(competence, belief)| (competence, estimate::level_of(belief.mean, &params)))
                .collect(),
        );
        if play::last_started_at(store, person.id)?.is_some_and(|at| at >= since) {
            active.insert(*id);
        }
    }

    let mut reports: Vec<UnitReport> = units
        .iter()
        .map(|(entry, depth)| UnitReport {
            unit: entry.clone(),
            depth: *depth,
            participation: None,
            needs: Vec::new(),
        })
        .collect();
    for (index, shown) in privacy::publishable(&members, min_group_size)
        .into_iter()
        .enumerate()
    {
        if shown {
            reports[index].participation = Some(Participation {
                members: members[index].len(),
                active: members[index].intersection(&active).count(),
            });
        }
    }
    for competence in framework.competences() {
        let measured: Vec<BTreeSet<u64>> = members
            .iter()
            .map(|group| {
                group
                    .iter()
                    .copied()
                    .filter(|id| {
                        levels
                            .get(id)
                            .is_some_and(|l| l.contains_key(&competence.id))
                    })
                    .collect()
            })
            .collect();
        for (index, shown) in privacy::publishable(&measured, min_group_size)
            .into_iter()
            .enumerate()
        {
            if !shown {
                continue;
            }
            let mut found: Vec<u8> = measured[index]
                .iter()
                .filter_map(|id| levels.get(id)?.get(&competence.id).copied())
                .collect();
            let foundation = found.iter().filter(|l| **l <= FOUNDATION_LEVEL).count();
            reports[index].needs.push((
                competence.id.clone(),
                Need {
                    measured: found.len(),
                    median_level: median(&mut found),
                    foundation,
                },
            ));
        }
    }
    Ok(TeamReport {
        min_group_size: min_group_size.max(privacy::MIN_GROUP_SIZE_FLOOR),
        units: reports,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_median_is_the_lower_middle() {
        assert_eq!(median(&mut [5, 1, 3]), 3);
        assert_eq!(median(&mut [4, 1, 3, 2]), 2);
        assert_eq!(median(&mut []), 1);
    }

    #[test]
    fn foundation_share_rounds_to_whole_percent() {
        let need = Need {
            measured: 6,
            median_level: 3,
            foundation: 1,
        };
        assert_eq!(need.foundation_percent(), 17);
    }
}

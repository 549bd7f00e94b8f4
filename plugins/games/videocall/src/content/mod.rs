//! The three episodes of the game and the items each one draws from.

mod meeting;
mod planning;
mod troubleshooting;

use crate::item::ItemDef;
use crate::lang::Tx;

/// One episode: its description for `meta` and its pool of items.
#[derive(Debug)]
pub struct EpisodeDef {
    pub id: &'static str,
    pub title: Tx,
    pub summary: Tx,
    pub minutes: u8,
    /// Exactly the competences the items give evidence for, in the order of `meta`.
    pub competences: &'static [&'static str],
    pub items: &'static [ItemDef],
}

/// Every episode, in the order `meta` lists them.
pub const EPISODES: [EpisodeDef; 3] = [
    planning::EPISODE,
    meeting::EPISODE,
    troubleshooting::EPISODE,
];

/// The episode with this id.
pub fn episode(id: &str) -> Option<(usize, &'static EpisodeDef)> {
    EPISODES.iter().enumerate().find(|(_, e)| e.id == id)
}

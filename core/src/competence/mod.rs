//! Competence: the DigComp 2.2 framework (`model`), the estimation of each player's ability per
//! competence and each item's difficulty from game evidence (`estimate`) and the ranking of
//! episodes to recommend (`recommend`), all pure and in memory; and what the store keeps about
//! it: the beliefs derived from the recorded evidence (`beliefs`), self-assessments
//! (`self_assessment`) and the catalogue of local training offers (`offers`).

pub mod beliefs;
pub mod estimate;
pub mod model;
pub mod offers;
pub mod recommend;
pub mod self_assessment;

#[cfg(test)]
mod simulate;

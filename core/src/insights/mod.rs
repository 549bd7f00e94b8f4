//! Insights: what leads may learn about the people of their org units, in aggregate only.
//! `privacy` decides which group figures may be shown (at least k people, and no subtraction of
//! one shown figure from another that would describe fewer); `team` builds a lead's report of
//! participation and training needs per unit and competence from the accounts and the stored
//! measurement.

pub mod privacy;
pub mod team;

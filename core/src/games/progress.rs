//! A player's progress, derived from their own game sessions and measured abilities: experience
//! points and levels, badges for milestones, an optional weekly streak, the state of every
//! episode (the episode map), and the recommended next episodes. Nothing here compares players:
//! every function sees one player's data only, and there is no leaderboard anywhere.
//!
//! # Rules
//!
//! **Experience points (XP).** A finished episode earns [`XP_PER_EPISODE`] plus
//! [`XP_PER_SCORE`] × score (score 0..=1, rounded): 10 to 20 XP. Time never counts, so nobody
//! is rewarded for rushing. Replays of the same episode on the same calendar day (UTC) count
//! once, with the day's best score, so grinding one episode does not pay; replaying it on
//! another day, or improving on it, does. Such a counted result is a *completion*.
//!
//! **Levels.** Level *n* begins at 25·n·(n−1) XP: 0, 50, 150, 300, 500, 750, 1050 … Each level
//! needs 50 XP more than the one before, about three more episodes: quick at first, then
//! gently slower, never a wall. See [`level_threshold`].
//!
//! **Badges** (see [`badges`]): the first finished episode; each of the five DigComp areas
//! explored (evidence in any of its competences); every game available to the player finished
//! at least once; a measured DigComp level of 4 and of 6 in some competence, meaning the lower
//! end of the 95 % range of the measurement (so a guess does not count, only a level the
//! evidence supports); 10 and 25 completions. A badge carries the date it was earned. Badges
//! are derived, not stored: a level badge follows the current measurement (dated by the last
//! answer in that competence), and "every game" follows the games available now, so a newly
//! added game opens it again.
//!
//! **Streak.** Off unless the player switches it on (a [`Preferences`] record). It counts the
//! consecutive ISO calendar weeks (Monday to Sunday, UTC) with at least one finished episode,
//! ending with the current week, or with the last week while the current one has none yet.
//! A week without play simply starts a new count; nothing is lost or shown as failed.

use std::collections::{BTreeMap, BTreeSet};

use redb::ReadableTable;
use serde::{Deserialize, Serialize};

use super::catalogue::{Catalogue, may_play};
use super::play::GameSession;
use super::records::{SESSION_RECORD_VERSION, SessionRecord, TURN_RECORD_VERSION, TurnRecord};
use crate::accounts::orgunits::TreeEntry;
use crate::accounts::{User, UserId};
use crate::clock::Timestamp;
use crate::competence::beliefs;
use crate::competence::estimate::{self, Belief, Params};
use crate::competence::recommend::{self, Candidate, Recommendation, area_of};
use crate::i18n::Locale;
use crate::store::{Store, StoreError, codec, tables};

/// XP for every counted completion, whatever the score.
pub const XP_PER_EPISODE: u64 = 10;
/// XP for a full score, in proportion to the score.
pub const XP_PER_SCORE: f64 = 10.0;
/// How many XP more each level needs than the one before.
pub const XP_LEVEL_STEP: u64 = 50;
/// The completions that earn a badge.
pub const COMPLETION_BADGES: [u32; 2] = [10, 25];
/// The measured DigComp levels that earn a badge (4: "selbstständig", 6: "fortgeschritten").
pub const LEVEL_BADGES: [u8; 2] = [4, 6];
/// The DigComp 2.2 areas, in the framework's order.
pub const AREAS: [&str; 5] = ["1", "2", "3", "4", "5"];

const SECONDS_PER_DAY: u64 = 86_400;

/// A session as progress sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct Played {
    pub session: u64,
    pub plugin: String,
    pub episode: String,
    pub started_at: Timestamp,
    /// When the last turn happened; for a finished session, when it finished.
    pub updated_at: Timestamp,
    /// The outcome's score (0..=1) once the episode is finished.
    pub score: Option<f32>,
}

impl Played {
    fn of(session: u64, record: &SessionRecord) -> Played {
        Played {
            session,
            plugin: record.plugin_id.clone(),
            episode: record.episode.clone(),
            started_at: Timestamp(record.started_at),
            updated_at: Timestamp(record.updated_at),
            score: record.outcome.as_ref().map(|outcome| outcome.score),
        }
    }

    /// The progress view of a session the pages already hold.
    pub fn from_session(session: &GameSession) -> Played {
        Played::of(session.id, &session.record)
    }

    pub fn is_finished(&self) -> bool {
        self.score.is_some()
    }
}

/// When a competence first and last received evidence from this player.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EvidenceSpan {
    pub first: Timestamp,
    pub last: Timestamp,
}

/// Everything progress is derived from: the player's sessions (oldest first) and when each
/// competence received evidence in them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct History {
    pub sessions: Vec<Played>,
    pub evidence: BTreeMap<String, EvidenceSpan>,
}

// ---------------------------------------------------------------------------------------------
// Experience points and levels

/// One counted result: an episode finished on a day, with the day's best score.
#[derive(Debug, Clone, PartialEq)]
pub struct Completion {
    pub plugin: String,
    pub episode: String,
    /// The first finish of that episode on that day.
    pub at: Timestamp,
    pub best_score: f32,
}

/// The XP a completion with this score earns: 10 to 20.
pub fn xp_for(score: f32) -> u64 {
    let score = if score.is_finite() {
        f64::from(score).clamp(0.0, 1.0)
    } else {
        0.0
    };
    // In 0..=10 after the clamp, so the conversion is exact.
    XP_PER_EPISODE + (score * XP_PER_SCORE).round() as u64
}

/// The finished sessions, one per episode and UTC day, in the order they were first reached.
pub fn completions(sessions: &[Played]) -> Vec<Completion> {
    let mut by_day: BTreeMap<(u64, &str, &str), Completion> = BTreeMap::new();
    for played in sessions {
        let Some(score) = played.score else {
            continue;
        };
        let day = played.updated_at.0 / SECONDS_PER_DAY;
        by_day
            .entry((day, played.plugin.as_str(), played.episode.as_str()))
            .and_modify(|completion| {
                completion.at = completion.at.min(played.updated_at);
                if score.total_cmp(&completion.best_score).is_gt() {
                    completion.best_score = score;
                }
            })
            .or_insert_with(|| Completion {
                plugin: played.plugin.clone(),
                episode: played.episode.clone(),
                at: played.updated_at,
                best_score: score,
            });
    }
    let mut completions: Vec<Completion> = by_day.into_values().collect();
    completions.sort_by(|a, b| (a.at, &a.plugin, &a.episode).cmp(&(b.at, &b.plugin, &b.episode)));
    completions
}

/// The XP at which a level begins: 25·n·(n−1), so level 1 at 0, level 2 at 50, level 3 at 150.
pub fn level_threshold(level: u32) -> u64 {
    let n = u64::from(level.max(1));
    (XP_LEVEL_STEP / 2).saturating_mul(n).saturating_mul(n - 1)
}

/// XP with the level they give and how far the next level is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Experience {
    pub xp: u64,
    pub level: u32,
    /// Where the current level began.
    pub level_start: u64,
    /// Where the next level begins.
    pub next_level_at: u64,
}

impl Experience {
    /// XP gained within the current level.
    pub fn into_level(&self) -> u64 {
        self.xp.saturating_sub(self.level_start)
    }

    /// XP the current level spans.
    pub fn level_span(&self) -> u64 {
        self.next_level_at.saturating_sub(self.level_start).max(1)
    }

    /// XP still missing for the next level.
    pub fn missing(&self) -> u64 {
        self.next_level_at.saturating_sub(self.xp)
    }
}

/// The level of an XP total.
pub fn experience(xp: u64) -> Experience {
    // The largest n with 25·n·(n−1) ≤ xp, that is n·(n−1) ≤ q = ⌊xp / 25⌋, is
    // n = ⌊(1 + √(1 + 4q)) / 2⌋ = ⌈isqrt(1 + 4q) / 2⌉ (the floor of the root changes nothing).
    // 4q + 1 cannot overflow: q ≤ u64::MAX / 25.
    let quotient = xp / (XP_LEVEL_STEP / 2);
    let n = (4 * quotient + 1).isqrt().div_ceil(2);
    let level = u32::try_from(n).unwrap_or(u32::MAX).max(1);
    Experience {
        xp,
        level,
        level_start: level_threshold(level),
        next_level_at: level_threshold(level.saturating_add(1)),
    }
}

/// The total XP of a list of completions.
pub fn total_xp(completions: &[Completion]) -> u64 {
    completions.iter().map(|c| xp_for(c.best_score)).sum()
}

// ---------------------------------------------------------------------------------------------
// Badges

/// What a badge is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BadgeKind {
    /// The first finished episode.
    FirstEpisode,
    /// Evidence in some competence of this DigComp area ("1" … "5").
    AreaExplored(&'static str),
    /// Every game available to the player finished at least once.
    EveryGame,
    /// A measured DigComp level of at least this in some competence.
    Level(u8),
    /// This many completions.
    Completions(u32),
}

/// A badge, earned or not yet.
#[derive(Debug, Clone, PartialEq)]
pub struct Badge {
    pub kind: BadgeKind,
    /// When it was earned; `None` while it is not.
    pub earned: Option<Timestamp>,
    /// Where the player stands (done, needed), for badges that count something.
    pub progress: Option<(u32, u32)>,
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Every badge in a fixed order, each with whether and when it was earned.
///
/// `available_games` are the games the player may play now; `abilities` the measurement.
pub fn badges(
    history: &History,
    completions: &[Completion],
    abilities: &BTreeMap<String, Belief>,
    available_games: &BTreeSet<String>,
    params: &Params,
) -> Vec<Badge> {
    let finishes = history.sessions.iter().filter(|s| s.is_finished());
    let mut badges = vec![Badge {
        kind: BadgeKind::FirstEpisode,
        earned: finishes.clone().map(|s| s.updated_at).min(),
        progress: None,
    }];
    for area in AREAS {
        badges.push(Badge {
            kind: BadgeKind::AreaExplored(area),
            earned: history
                .evidence
                .iter()
                .filter(|(competence, _)| area_of(competence) == area)
                .map(|(_, span)| span.first)
                .min(),
            progress: None,
        });
    }
    let mut first_finish: BTreeMap<&str, Timestamp> = BTreeMap::new();
    for played in finishes {
        let entry = first_finish
            .entry(played.plugin.as_str())
            .or_insert(played.updated_at);
        *entry = (*entry).min(played.updated_at);
    }
    let tried: Vec<Timestamp> = available_games
        .iter()
        .filter_map(|game| first_finish.get(game.as_str()).copied())
        .collect();
    let every_game = !available_games.is_empty() && tried.len() == available_games.len();
    badges.push(Badge {
        kind: BadgeKind::EveryGame,
        earned: if every_game {
            tried.iter().max().copied()
        } else {
            None
        },
        progress: Some((count(tried.len()), count(available_games.len()))),
    });
    for wanted in LEVEL_BADGES {
        let earned = abilities
            .iter()
            .filter(|(_, belief)| belief.count > 0 && belief.is_valid())
            .filter(|(_, belief)| estimate::level(belief, params).lowest >= wanted)
            .filter_map(|(competence, _)| history.evidence.get(competence).map(|s| s.last))
            .min();
        badges.push(Badge {
            kind: BadgeKind::Level(wanted),
            earned,
            progress: None,
        });
    }
    for wanted in COMPLETION_BADGES {
        let index = usize::try_from(wanted.saturating_sub(1)).unwrap_or(usize::MAX);
        badges.push(Badge {
            kind: BadgeKind::Completions(wanted),
            earned: completions.get(index).map(|c| c.at),
            progress: Some((count(completions.len()).min(wanted), wanted)),
        });
    }
    badges
}

/// The earned badges, most recent first (ties in the badges' own order).
pub fn latest_badges(badges: &[Badge], how_many: usize) -> Vec<Badge> {
    let mut earned: Vec<(usize, &Badge)> = badges
        .iter()
        .enumerate()
        .filter(|(_, b)| b.earned.is_some())
        .collect();
    earned.sort_by(|(i, a), (j, b)| b.earned.cmp(&a.earned).then(i.cmp(j)));
    earned
        .into_iter()
        .take(how_many)
        .map(|(_, b)| b.clone())
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Streak

/// The ISO week of a moment, as the day number (since 1970-01-01, UTC) of its Monday. Weeks
/// run Monday to Sunday, so consecutive weeks are exactly 7 apart, across years too.
pub fn week_of(at: Timestamp) -> i64 {
    let day = i64::try_from(at.0 / SECONDS_PER_DAY).unwrap_or(i64::MAX);
    // 1970-01-01 was a Thursday: day 0 is weekday 3 counting from Monday = 0.
    day - (day + 3).rem_euclid(7)
}

/// A count of consecutive weeks with play.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Streak {
    /// Consecutive weeks with at least one finished episode, ending this week or last week.
    pub weeks: u32,
    /// Whether this week already has a finished episode.
    pub this_week: bool,
}

/// The streak at `now` from the times episodes were finished.
pub fn streak(finished_at: impl IntoIterator<Item = Timestamp>, now: Timestamp) -> Streak {
    let weeks: BTreeSet<i64> = finished_at.into_iter().map(week_of).collect();
    let current = week_of(now);
    let this_week = weeks.contains(&current);
    let mut week = if this_week { current } else { current - 7 };
    let mut run = 0u32;
    while weeks.contains(&week) {
        run = run.saturating_add(1);
        week -= 7;
    }
    Streak {
        weeks: run,
        this_week,
    }
}

// ---------------------------------------------------------------------------------------------
// Episode map

/// Where a player stands with one episode.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct EpisodeState {
    /// How often it was finished.
    pub times_finished: u32,
    /// The best score of those (0..=1).
    pub best_score: Option<f32>,
    /// The most recent session of it that is not finished, to resume.
    pub open_session: Option<u64>,
}

/// The state of every episode the player has started, by (game, episode).
pub fn episode_states(sessions: &[Played]) -> BTreeMap<(String, String), EpisodeState> {
    let mut states: BTreeMap<(String, String), EpisodeState> = BTreeMap::new();
    for played in sessions {
        let state = states
            .entry((played.plugin.clone(), played.episode.clone()))
            .or_default();
        match played.score {
            Some(score) => {
                state.times_finished = state.times_finished.saturating_add(1);
                state.best_score = Some(match state.best_score {
                    Some(best) if best.total_cmp(&score).is_ge() => best,
                    _ => score,
                });
            }
            None => {
                if state.open_session.is_none_or(|open| open < played.session) {
                    state.open_session = Some(played.session);
                }
            }
        }
    }
    states
}

// ---------------------------------------------------------------------------------------------
// Preferences

const PREFERENCES_RECORD_VERSION: u8 = 1;

/// A player's own settings, as stored in `PLAYER_PREFERENCES`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Preferences {
    /// Whether the weekly streak is shown. Off unless the player switches it on.
    pub streak: bool,
}

/// The player's preferences; the defaults when none are stored.
pub fn preferences(store: &Store, user: UserId) -> Result<Preferences, StoreError> {
    let txn = store.read()?;
    let table = txn.open_table(tables::PLAYER_PREFERENCES)?;
    match table.get(user.0)? {
        Some(bytes) => codec::decode(PREFERENCES_RECORD_VERSION, bytes.value()),
        None => Ok(Preferences::default()),
    }
}

/// Switches the streak on or off for the player.
pub async fn set_streak(store: &Store, user: UserId, on: bool) -> Result<(), StoreError> {
    store
        .write(move |txn| {
            let mut table = txn.open_table(tables::PLAYER_PREFERENCES)?;
            let mut current: Preferences = match table.get(user.0)? {
                Some(bytes) => codec::decode(PREFERENCES_RECORD_VERSION, bytes.value())?,
                None => Preferences::default(),
            };
            current.streak = on;
            table.insert(
                user.0,
                codec::encode(PREFERENCES_RECORD_VERSION, &current).as_slice(),
            )?;
            Ok::<_, StoreError>(())
        })
        .await
}

// ---------------------------------------------------------------------------------------------
// Loading

/// The player's sessions, oldest first, and when each competence received evidence in them.
pub fn history(store: &Store, user: UserId) -> Result<History, StoreError> {
    let txn = store.read()?;
    let index = txn.open_table(tables::GAME_SESSIONS_BY_USER)?;
    let sessions_table = txn.open_table(tables::GAME_SESSIONS)?;
    let turns = txn.open_table(tables::GAME_TURNS)?;
    let mut history = History::default();
    for entry in index.range((user.0, 0)..=(user.0, u64::MAX))? {
        let (key, _) = entry?;
        let id = key.value().1;
        let Some(bytes) = sessions_table.get(id)? else {
            continue;
        };
        let record: SessionRecord = codec::decode(SESSION_RECORD_VERSION, bytes.value())?;
        for turn in turns.range((id, 0)..=(id, u32::MAX))? {
            let (_, bytes) = turn?;
            let turn: TurnRecord = codec::decode(TURN_RECORD_VERSION, bytes.value())?;
            for proof in &turn.evidence {
                let at = Timestamp(turn.at);
                history
                    .evidence
                    .entry(proof.competence.clone())
                    .and_modify(|span| {
                        span.first = span.first.min(at);
                        span.last = span.last.max(at);
                    })
                    .or_insert(EvidenceSpan {
                        first: at,
                        last: at,
                    });
            }
        }
        history.sessions.push(Played::of(id, &record));
    }
    Ok(history)
}

/// The games the player may play now (pilots included, games switched off not, whatever the
/// player's roles).
fn available_games(catalogue: &Catalogue, user: &User, tree: &[TreeEntry]) -> Vec<String> {
    catalogue
        .all()
        .into_iter()
        .filter(|game| may_play(&game.availability, user, tree))
        .map(|game| game.id.clone())
        .collect()
}

/// The recommended next episodes (see `competence::recommend`) among the games the player may
/// play now; a game removed or switched off is never recommended, whatever evidence it left.
pub fn recommendations(
    store: &Store,
    catalogue: &Catalogue,
    user: &User,
    tree: &[TreeEntry],
    history: &History,
    abilities: &BTreeMap<String, Belief>,
) -> Result<Vec<Recommendation>, StoreError> {
    let states = episode_states(&history.sessions);
    let mut candidates = Vec::new();
    for game in catalogue.all() {
        if !may_play(&game.availability, user, tree) {
            continue;
        }
        // Episode ids and competences are the same in every locale.
        let Some(info) = game.info(Locale::De) else {
            continue;
        };
        let typical_difficulties = beliefs::typical_difficulties(store, &game.id)?;
        for (position, episode) in info.episodes.iter().enumerate() {
            candidates.push(Candidate {
                game: game.id.clone(),
                episode: episode.id.clone(),
                position,
                competences: episode.competences.clone(),
                min_level: episode.min_level,
                max_level: episode.max_level,
                typical_difficulties,
                times_finished: states
                    .get(&(game.id.clone(), episode.id.clone()))
                    .map_or(0, |state| state.times_finished),
            });
        }
    }
    let just_finished = history
        .sessions
        .iter()
        .filter(|s| s.is_finished())
        .max_by_key(|s| (s.updated_at, s.session))
        .map(|s| (s.plugin.as_str(), s.episode.as_str()));
    Ok(recommend::rank(
        abilities,
        &candidates,
        just_finished,
        &Params::default(),
    ))
}

/// What the home and progress pages show of a player.
#[derive(Debug, Clone, PartialEq)]
pub struct Overview {
    pub recommendations: Vec<Recommendation>,
    /// Whether any answer of the player has been measured yet.
    pub has_evidence: bool,
    /// Where the player stands with each episode they started, by (game, episode).
    pub episodes: BTreeMap<(String, String), EpisodeState>,
    pub experience: Experience,
    pub completions: usize,
    pub badges: Vec<Badge>,
    /// `None` while the player has the streak switched off.
    pub streak: Option<Streak>,
}

/// Loads and derives everything the player's overview shows.
pub fn overview(
    store: &Store,
    catalogue: &Catalogue,
    user: &User,
    tree: &[TreeEntry],
    now: Timestamp,
) -> Result<Overview, StoreError> {
    let history = history(store, user.id)?;
    let abilities = beliefs::abilities(store, user.id)?;
    let preferences = preferences(store, user.id)?;
    let completions = completions(&history.sessions);
    let available: BTreeSet<String> = available_games(catalogue, user, tree).into_iter().collect();
    let badges = badges(
        &history,
        &completions,
        &abilities,
        &available,
        &Params::default(),
    );
    let streak = preferences.streak.then(|| {
        streak(
            history
                .sessions
                .iter()
                .filter(|s| s.is_finished())
                .map(|s| s.updated_at),
            now,
        )
    });
    Ok(Overview {
        recommendations: recommendations(store, catalogue, user, tree, &history, &abilities)?,
        has_evidence: !history.evidence.is_empty(),
        episodes: episode_states(&history.sessions),
        experience: experience(total_xp(&completions)),
        completions: completions.len(),
        badges,
        streak,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY: u64 = SECONDS_PER_DAY;
    /// Monday 2026-12-28 00:00 UTC, the first day of ISO week 2026-W53.
    const MONDAY_W53: u64 = 1_798_416_000;
    /// Monday 2027-01-04 00:00 UTC, the first day of ISO week 2027-W01.
    const MONDAY_2027_W01: u64 = 1_799_020_800;

    fn played(session: u64, episode: &str, at: u64, score: Option<f32>) -> Played {
        Played {
            session,
            plugin: "game".into(),
            episode: episode.into(),
            started_at: Timestamp(at.saturating_sub(300)),
            updated_at: Timestamp(at),
            score,
        }
    }

    #[test]
    fn xp_counts_the_score_never_the_time() {
        assert_eq!(xp_for(0.0), 10);
        assert_eq!(xp_for(0.5), 15);
        assert_eq!(xp_for(1.0), 20);
        assert_eq!(xp_for(0.84), 18);
        assert_eq!(xp_for(7.0), 20, "clamped");
        assert_eq!(xp_for(f32::NAN), 10);
        // The same result a minute or an hour after the start earns the same.
        let quick = completions(&[played(1, "a", MONDAY_W53 + 60, Some(1.0))]);
        let slow = completions(&[Played {
            started_at: Timestamp(MONDAY_W53),
            ..played(1, "a", MONDAY_W53 + 3600, Some(1.0))
        }]);
        assert_eq!(total_xp(&quick), total_xp(&slow));
    }

    #[test]
    fn replays_of_an_episode_count_once_a_day_with_the_best_score() {
        let day = MONDAY_W53 + 8 * 3600;
        let sessions = vec![
            played(1, "a", day, Some(0.5)),
            played(2, "a", day + 600, Some(1.0)),
            played(3, "a", day + 1200, Some(0.0)),
            played(4, "a", day + 1800, None),
            played(5, "b", day + 2400, Some(0.5)),
            played(6, "a", day + DAY, Some(0.5)),
        ];
        let counted = completions(&sessions);
        assert_eq!(counted.len(), 3, "{counted:?}");
        assert_eq!(counted[0].episode, "a");
        assert_eq!(counted[0].best_score, 1.0);
        assert_eq!(counted[0].at, Timestamp(day), "reached at the first finish");
        assert_eq!(counted[1].episode, "b");
        assert_eq!(total_xp(&counted), 20 + 15 + 15);
    }

    #[test]
    fn levels_follow_the_documented_thresholds() {
        let thresholds: Vec<u64> = (1..=8).map(level_threshold).collect();
        assert_eq!(thresholds, [0, 50, 150, 300, 500, 750, 1050, 1400]);
        assert_eq!(level_threshold(0), 0);
        assert_eq!(experience(0).level, 1);
        assert_eq!(experience(49).level, 1);
        assert_eq!(experience(50).level, 2);
        let middle = experience(200);
        assert_eq!(
            middle,
            Experience {
                xp: 200,
                level: 3,
                level_start: 150,
                next_level_at: 300
            }
        );
        assert_eq!(
            (middle.into_level(), middle.level_span(), middle.missing()),
            (50, 150, 100)
        );
        // Every total lies in its level's range.
        for xp in 0..5_000 {
            let found = experience(xp);
            assert!(level_threshold(found.level) <= xp, "{found:?}");
            assert!(xp < level_threshold(found.level + 1), "{found:?}");
        }
        // Huge totals neither overflow nor take long.
        let huge = experience(u64::MAX);
        assert!(huge.level > 800_000_000, "{huge:?}");
        assert!(huge.next_level_at >= huge.level_start, "{huge:?}");
    }

    fn history_with(sessions: Vec<Played>, evidence: &[(&str, u64, u64)]) -> History {
        History {
            sessions,
            evidence: evidence
                .iter()
                .map(|(c, first, last)| {
                    (
                        (*c).to_owned(),
                        EvidenceSpan {
                            first: Timestamp(*first),
                            last: Timestamp(*last),
                        },
                    )
                })
                .collect(),
        }
    }

    fn badge(badges: &[Badge], kind: BadgeKind) -> &Badge {
        badges
            .iter()
            .find(|b| b.kind == kind)
            .unwrap_or_else(|| panic!("no badge {kind:?}"))
    }

    #[test]
    fn a_new_player_has_every_badge_still_to_earn() {
        let params = Params::default();
        let games: BTreeSet<String> = ["game".to_owned()].into();
        let badges = badges(&History::default(), &[], &BTreeMap::new(), &games, &params);
        assert_eq!(badges.len(), 1 + 5 + 1 + 2 + 2);
        assert!(badges.iter().all(|b| b.earned.is_none()), "{badges:?}");
        assert_eq!(badge(&badges, BadgeKind::EveryGame).progress, Some((0, 1)));
        assert_eq!(
            badge(&badges, BadgeKind::Completions(10)).progress,
            Some((0, 10))
        );
    }

    #[test]
    fn badges_are_earned_by_their_milestones_and_dated() {
        let params = Params::default();
        let start = MONDAY_W53;
        let sessions: Vec<Played> = (0..12)
            .map(|day| played(day + 1, "a", start + day * DAY, Some(0.8)))
            .chain([played(20, "b", start + 3 * DAY + 60, None)])
            .collect();
        let history = history_with(
            sessions,
            &[
                ("4.1", start, start + 11 * DAY),
                ("4.2", start + 2 * DAY, start + 2 * DAY),
            ],
        );
        let counted = completions(&history.sessions);
        let strong = Belief {
            mean: 0.6,
            variance: 0.09,
            count: 30,
        };
        let abilities: BTreeMap<String, Belief> = [
            ("4.1".to_owned(), strong),
            ("4.2".to_owned(), params.ability_prior()),
        ]
        .into();
        let games: BTreeSet<String> = ["game".to_owned(), "other".to_owned()].into();
        let badges = badges(&history, &counted, &abilities, &games, &params);
        assert_eq!(
            badge(&badges, BadgeKind::FirstEpisode).earned,
            Some(Timestamp(start))
        );
        assert_eq!(
            badge(&badges, BadgeKind::AreaExplored("4")).earned,
            Some(Timestamp(start))
        );
        assert_eq!(badge(&badges, BadgeKind::AreaExplored("1")).earned, None);
        // 0.6 − 1.96·0.3 ≥ 0 is level 5 at least: levels 4 counts, 6 does not.
        assert_eq!(
            badge(&badges, BadgeKind::Level(4)).earned,
            Some(Timestamp(start + 11 * DAY))
        );
        assert_eq!(badge(&badges, BadgeKind::Level(6)).earned, None);
        assert_eq!(
            badge(&badges, BadgeKind::Completions(10)).earned,
            Some(Timestamp(start + 9 * DAY))
        );
        assert_eq!(
            badge(&badges, BadgeKind::Completions(25)).progress,
            Some((12, 25))
        );
        let every = badge(&badges, BadgeKind::EveryGame);
        assert_eq!((every.earned, every.progress), (None, Some((1, 2))));
        // The only game available: tried.
        let one: BTreeSet<String> = ["game".to_owned()].into();
        let badges_one = super::badges(&history, &counted, &abilities, &one, &params);
        assert_eq!(
            badge(&badges_one, BadgeKind::EveryGame).earned,
            Some(Timestamp(start))
        );
        let latest = latest_badges(&badges, 3);
        assert_eq!(latest[0].kind, BadgeKind::Level(4));
        assert_eq!(latest[1].kind, BadgeKind::Completions(10));
    }

    #[test]
    fn a_level_badge_needs_the_measurement_to_support_it() {
        let params = Params::default();
        let history = history_with(Vec::new(), &[("1.1", 5, 9)]);
        // A point estimate at level 6 with a wide range is not yet a measured level 4.
        let unsure = Belief {
            mean: 1.5,
            variance: 2.0,
            count: 2,
        };
        let abilities: BTreeMap<String, Belief> = [("1.1".to_owned(), unsure)].into();
        let found = badges(&history, &[], &abilities, &BTreeSet::new(), &params);
        assert_eq!(badge(&found, BadgeKind::Level(4)).earned, None);
        let sure = Belief {
            mean: 2.5,
            variance: 0.1,
            count: 40,
        };
        let abilities: BTreeMap<String, Belief> = [("1.1".to_owned(), sure)].into();
        let found = badges(&history, &[], &abilities, &BTreeSet::new(), &params);
        assert_eq!(
            badge(&found, BadgeKind::Level(4)).earned,
            Some(Timestamp(9))
        );
        assert_eq!(
            badge(&found, BadgeKind::Level(6)).earned,
            Some(Timestamp(9))
        );
        // No games available: "every game" cannot be earned by default.
        assert_eq!(badge(&found, BadgeKind::EveryGame).earned, None);
    }

    #[test]
    fn weeks_are_iso_weeks_from_monday_to_sunday_across_the_year_end() {
        let sunday_w53 = MONDAY_W53 + 6 * DAY + 86_399;
        assert_eq!(
            week_of(Timestamp(MONDAY_W53)),
            week_of(Timestamp(sunday_w53))
        );
        assert_eq!(
            week_of(Timestamp(MONDAY_2027_W01)) - week_of(Timestamp(sunday_w53)),
            7
        );
        // 2027-01-01 (a Friday) still belongs to 2026-W53.
        assert_eq!(
            week_of(Timestamp(MONDAY_W53 + 4 * DAY)),
            week_of(Timestamp(MONDAY_W53))
        );
        // The epoch, a Thursday, is in the week that began on Monday 1969-12-29.
        assert_eq!(week_of(Timestamp(0)), -3);
    }

    #[test]
    fn a_streak_counts_consecutive_weeks_and_forgives_the_current_one() {
        let now = Timestamp(MONDAY_2027_W01 + 2 * DAY);
        assert_eq!(
            streak([], now),
            Streak {
                weeks: 0,
                this_week: false
            }
        );
        // Played this week only.
        assert_eq!(
            streak([Timestamp(MONDAY_2027_W01 + 3600)], now),
            Streak {
                weeks: 1,
                this_week: true
            }
        );
        // Three weeks in a row up to last week (across the year end); this week still open.
        let three = [
            Timestamp(MONDAY_W53 - 7 * DAY + 100),
            Timestamp(MONDAY_W53 - 14 * DAY + 100),
            Timestamp(MONDAY_W53 + 6 * DAY + 86_000),
            Timestamp(MONDAY_W53 + 2 * DAY),
        ];
        assert_eq!(
            streak(three, now),
            Streak {
                weeks: 3,
                this_week: false
            }
        );
        // A gap of a week starts a new count.
        let gap = [
            Timestamp(MONDAY_2027_W01 + 100),
            Timestamp(MONDAY_W53 - 7 * DAY),
        ];
        assert_eq!(streak(gap, now).weeks, 1);
        // Nothing last week or this week: no streak, nothing else.
        assert_eq!(streak([Timestamp(MONDAY_W53 - 7 * DAY)], now).weeks, 0);
    }

    #[test]
    fn the_episode_map_knows_open_and_finished_episodes() {
        let sessions = vec![
            played(1, "a", 10, Some(0.5)),
            played(2, "a", 20, Some(0.9)),
            played(3, "a", 30, None),
            played(4, "b", 40, None),
            played(5, "b", 50, None),
        ];
        let states = episode_states(&sessions);
        let a = states[&("game".to_owned(), "a".to_owned())];
        assert_eq!(
            a,
            EpisodeState {
                times_finished: 2,
                best_score: Some(0.9),
                open_session: Some(3)
            }
        );
        let b = states[&("game".to_owned(), "b".to_owned())];
        assert_eq!((b.times_finished, b.open_session), (0, Some(5)));
        assert!(!states.contains_key(&("game".to_owned(), "c".to_owned())));
    }

    #[test]
    fn preferences_are_a_versioned_record() {
        let bytes = codec::encode(PREFERENCES_RECORD_VERSION, &Preferences { streak: true });
        assert_eq!(bytes, [1, 1]);
        let back: Preferences =
            codec::decode(PREFERENCES_RECORD_VERSION, &bytes).unwrap_or_default();
        assert!(back.streak);
        assert!(!Preferences::default().streak, "off by default");
    }
}

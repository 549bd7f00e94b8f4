//! Recommendations: which episodes a player should play next, and at which game level. Pure:
//! the caller hands in the player's abilities and the episodes the player may play now (with
//! each game's typical difficulties), and gets back at most [`RECOMMENDATIONS`] suggestions.
//!
//! # The rule
//!
//! Every episode is offered once for each competence it trains (an *option*). An option's
//! **need** is the player's ability mean in that competence; a competence without evidence
//! counts as the ability prior (0 logits: an even chance at a typical level-2 item). A low need
//! means a weakness. Options are picked one at a time, each time the first by this order:
//!
//! 1. a competence no earlier pick targets before one already targeted (three different
//!    competences before any repeats);
//! 2. the lower need (the weakest competence first). Because unmeasured competences count as
//!    the prior, a *measured weakness* (below the prior) comes before an unmeasured competence,
//!    and an unmeasured competence before a measured strength;
//! 3. an area no earlier pick covers, then a game no earlier pick comes from (spread);
//! 4. an area without any evidence yet before an explored one;
//! 5. an episode finished fewer times before one finished more often;
//! 6. game id, the episode's position in its game, competence id (so ties never depend on the
//!    order the candidates came in).
//!
//! **Exploration.** While some area has no evidence and an episode for it is available, the
//! last of the three places is reserved for it if no earlier pick explores such an area, so a
//! player with measured weaknesses still discovers the rest of DigComp. A new player has no
//! evidence at all, so every pick explores and rule 3 spreads them over areas and games.
//!
//! **Not twice in a row.** The episode the player finished last is left out, unless nothing
//! else is available. An episode is recommended at most once (for its neediest competence
//! still eligible).
//!
//! **Level.** The game level is [`choose_game_level`] for the targeted competence's ability
//! (the prior if unmeasured) against the game's typical difficulties of levels 1–3, aiming at
//! [`RECOMMENDED_SUCCESS`], clamped into the episode's own range; the expected success at that
//! level is reported with it.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

use super::estimate::{Belief, Params, RECOMMENDED_SUCCESS, choose_game_level, expected_success};

/// How many recommendations a player gets at most.
pub const RECOMMENDATIONS: usize = 3;

/// An episode the player may play now, with what ranking needs to know about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub game: String,
    pub episode: String,
    /// The episode's position within its game (0 for the first), for stable tie-breaking.
    pub position: usize,
    /// The DigComp competences (such as "4.2") the episode gives evidence for.
    pub competences: Vec<String>,
    pub min_level: u8,
    pub max_level: u8,
    /// The game's typical item difficulty at levels 1, 2 and 3.
    pub typical_difficulties: [Belief; 3],
    /// How often the player has finished this episode.
    pub times_finished: u32,
}

/// Why an episode is recommended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// It trains a competence the player has evidence in (a weakness, or the weakest left).
    Strengthen,
    /// It trains a competence without evidence yet: it explores.
    Explore,
}

/// One recommended episode.
#[derive(Debug, Clone, PartialEq)]
pub struct Recommendation {
    pub game: String,
    pub episode: String,
    /// The game level to start at, within the episode's range.
    pub level: u8,
    /// The competence the recommendation targets.
    pub competence: String,
    pub purpose: Purpose,
    /// The predicted share of items solved at that level (uncertainty included).
    pub expected_success: f64,
}

/// The area of a competence id: "4.2" → "4".
pub fn area_of(competence: &str) -> &str {
    competence.split('.').next().unwrap_or(competence)
}

/// The measured abilities only: beliefs that some evidence updated and that are valid.
fn measured(abilities: &BTreeMap<String, Belief>) -> BTreeMap<&str, Belief> {
    abilities
        .iter()
        .filter(|(_, belief)| belief.count > 0 && belief.is_valid())
        .map(|(competence, belief)| (competence.as_str(), *belief))
        .collect()
}

/// One (episode, competence) pair the ranking chooses among.
struct Choice<'c> {
    candidate: &'c Candidate,
    competence: &'c str,
    area: &'c str,
    need: f64,
    measured: bool,
}

/// What the earlier picks already cover.
#[derive(Default)]
struct Covered<'c> {
    competences: BTreeSet<&'c str>,
    areas: BTreeSet<&'c str>,
    games: BTreeSet<&'c str>,
    episodes: BTreeSet<(&'c str, &'c str)>,
}

/// The documented order (see the module documentation): `Less` means `a` is picked first.
fn compare(a: &Choice, b: &Choice, covered: &Covered, explored: &BTreeSet<&str>) -> Ordering {
    let key = |o: &Choice| {
        (
            covered.competences.contains(o.competence),
            covered.areas.contains(o.area),
            covered.games.contains(o.candidate.game.as_str()),
            explored.contains(o.area),
            o.candidate.times_finished,
        )
    };
    let (a_key, b_key) = (key(a), key(b));
    a_key
        .0
        .cmp(&b_key.0)
        .then_with(|| a.need.total_cmp(&b.need))
        .then_with(|| (a_key.1, a_key.2).cmp(&(b_key.1, b_key.2)))
        .then_with(|| a_key.3.cmp(&b_key.3))
        .then_with(|| a_key.4.cmp(&b_key.4))
        .then_with(|| a.candidate.game.cmp(&b.candidate.game))
        .then_with(|| a.candidate.position.cmp(&b.candidate.position))
        .then_with(|| a.competence.cmp(b.competence))
}

/// Ranks the candidates for a player and returns at most [`RECOMMENDATIONS`], best first.
///
/// `abilities` are the player's beliefs by competence (absent or unupdated ones count as the
/// prior); `just_finished` is the (game, episode) the player finished last, if any.
pub fn rank(
    abilities: &BTreeMap<String, Belief>,
    candidates: &[Candidate],
    just_finished: Option<(&str, &str)>,
    params: &Params,
) -> Vec<Recommendation> {
    let measured = measured(abilities);
    let explored: BTreeSet<&str> = measured.keys().map(|c| area_of(c)).collect();
    let is_just_finished = |c: &Candidate| {
        just_finished.is_some_and(|(game, episode)| c.game == game && c.episode == episode)
    };
    let others_exist = candidates
        .iter()
        .any(|c| !is_just_finished(c) && !c.competences.is_empty());
    let mut options: Vec<Choice> = Vec::new();
    for candidate in candidates {
        if others_exist && is_just_finished(candidate) {
            continue;
        }
        let mut seen = BTreeSet::new();
        for competence in &candidate.competences {
            if !seen.insert(competence.as_str()) {
                continue;
            }
            let belief = measured.get(competence.as_str());
            options.push(Choice {
                candidate,
                competence,
                area: area_of(competence),
                need: belief.map_or(params.ability_prior_mean, |b| b.mean),
                measured: belief.is_some(),
            });
        }
    }
    let can_explore = !explored.is_empty() && options.iter().any(|o| !explored.contains(o.area));
    let mut covered = Covered::default();
    let mut picks: Vec<Recommendation> = Vec::new();
    let mut explored_by_a_pick = false;
    while picks.len() < RECOMMENDATIONS {
        let open = |o: &&Choice| {
            !covered
                .episodes
                .contains(&(o.candidate.game.as_str(), o.candidate.episode.as_str()))
        };
        let best_of = |explore_only: bool| {
            options
                .iter()
                .filter(open)
                .filter(|o| !explore_only || !explored.contains(o.area))
                .min_by(|a, b| compare(a, b, &covered, &explored))
        };
        let reserve = can_explore && !explored_by_a_pick && picks.len() + 1 == RECOMMENDATIONS;
        // The reserved place falls back to the best of the rest when every exploring option
        // belongs to an episode already picked for another of its competences.
        let Some(best) = (if reserve { best_of(true) } else { None }).or_else(|| best_of(false))
        else {
            break;
        };
        let ability = measured
            .get(best.competence)
            .copied()
            .unwrap_or_else(|| params.ability_prior());
        let typical = &best.candidate.typical_difficulties;
        let (low, high) = (
            best.candidate.min_level.clamp(1, 3),
            best.candidate.max_level.clamp(1, 3),
        );
        let level =
            choose_game_level(&ability, typical, RECOMMENDED_SUCCESS).clamp(low, high.max(low));
        let difficulty = typical
            .get(usize::from(level.saturating_sub(1)))
            .copied()
            .unwrap_or_else(|| params.item_prior(level));
        covered.competences.insert(best.competence);
        covered.areas.insert(best.area);
        covered.games.insert(best.candidate.game.as_str());
        covered.episodes.insert((
            best.candidate.game.as_str(),
            best.candidate.episode.as_str(),
        ));
        explored_by_a_pick |= !explored.contains(best.area);
        picks.push(Recommendation {
            game: best.candidate.game.clone(),
            episode: best.candidate.episode.clone(),
            level,
            competence: best.competence.to_owned(),
            purpose: if best.measured {
                Purpose::Strengthen
            } else {
                Purpose::Explore
            },
            expected_success: expected_success(&ability, &difficulty),
        });
    }
    picks
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typical() -> [Belief; 3] {
        Params::default().typical_difficulties()
    }

    fn candidate(game: &str, episode: &str, position: usize, competences: &[&str]) -> Candidate {
        Candidate {
            game: game.into(),
            episode: episode.into(),
            position,
            competences: competences.iter().map(|c| (*c).to_owned()).collect(),
            min_level: 1,
            max_level: 3,
            typical_difficulties: typical(),
            times_finished: 0,
        }
    }

    fn measured_at(mean: f64) -> Belief {
        Belief {
            mean,
            variance: 0.2,
            count: 12,
        }
    }

    fn abilities(entries: &[(&str, f64)]) -> BTreeMap<String, Belief> {
        entries
            .iter()
            .map(|(c, mean)| ((*c).to_owned(), measured_at(*mean)))
            .collect()
    }

    /// A catalogue like the bundled one: five games over all areas.
    fn catalogue() -> Vec<Candidate> {
        vec![
            candidate("datenschutz", "teilen", 0, &["4.2", "4.1"]),
            candidate("datenschutz", "passwort", 1, &["4.1"]),
            candidate("datenschutz", "panne", 2, &["2.6", "4.2"]),
            candidate("e-akte", "ablage", 0, &["1.3"]),
            candidate("e-akte", "zugriff", 1, &["2.4", "4.2"]),
            candidate("online-antrag", "antrag", 0, &["1.1", "5.1"]),
            candidate("online-antrag", "hilfe", 1, &["5.2", "2.2"]),
            candidate("postfach-profi", "phishing", 0, &["4.1"]),
            candidate("videocall", "termin", 0, &["2.1", "2.5"]),
            candidate("texte", "brief", 0, &["3.1"]),
        ]
    }

    fn picked(recommendations: &[Recommendation]) -> Vec<(&str, &str, &str)> {
        recommendations
            .iter()
            .map(|r| (r.game.as_str(), r.episode.as_str(), r.competence.as_str()))
            .collect()
    }

    #[test]
    fn the_weakest_measured_competence_wins() {
        let params = Params::default();
        let player = abilities(&[("4.1", 0.8), ("4.2", -1.2), ("1.3", -0.4), ("3.1", 0.5)]);
        let ranked = rank(&player, &catalogue(), None, &params);
        assert_eq!(ranked.len(), 3);
        // 4.2 is the weakest, then 1.3; the third place explores an area without evidence.
        assert_eq!(ranked[0].competence, "4.2");
        assert_eq!(ranked[0].purpose, Purpose::Strengthen);
        assert_eq!(ranked[1].competence, "1.3");
        assert_eq!(ranked[1].purpose, Purpose::Strengthen);
        assert_eq!(ranked[2].purpose, Purpose::Explore);
        assert!(["2", "5"].contains(&area_of(&ranked[2].competence)));
    }

    #[test]
    fn measured_weaknesses_come_before_unmeasured_and_those_before_strengths() {
        let params = Params::default();
        let games = vec![
            candidate("a", "strong", 0, &["1.1"]),
            candidate("b", "unknown", 0, &["1.2"]),
            candidate("c", "weak", 0, &["1.3"]),
        ];
        // Every competence of area 1 but 1.2 measured; nothing else is available to explore.
        let player = abilities(&[("1.1", 1.0), ("1.3", -0.3)]);
        let ranked = rank(&player, &games, None, &params);
        assert_eq!(
            picked(&ranked),
            [
                ("c", "weak", "1.3"),
                ("b", "unknown", "1.2"),
                ("a", "strong", "1.1")
            ]
        );
    }

    #[test]
    fn an_unexplored_area_gets_the_last_place_even_behind_many_weaknesses() {
        let params = Params::default();
        let games = vec![
            candidate("a", "one", 0, &["4.1"]),
            candidate("a", "two", 1, &["4.2"]),
            candidate("a", "three", 2, &["4.3"]),
            candidate("b", "new", 0, &["3.1"]),
        ];
        let player = abilities(&[("4.1", -2.0), ("4.2", -1.5), ("4.3", -1.0)]);
        let ranked = rank(&player, &games, None, &params);
        assert_eq!(
            picked(&ranked),
            [
                ("a", "one", "4.1"),
                ("a", "two", "4.2"),
                ("b", "new", "3.1")
            ]
        );
    }

    #[test]
    fn the_level_rises_with_ability() {
        let params = Params::default();
        let games = vec![candidate("a", "e", 0, &["2.1"])];
        let mut levels = Vec::new();
        for mean in [-3.0, -1.0, 0.0, 1.0, 2.0, 4.0] {
            let ranked = rank(&abilities(&[("2.1", mean)]), &games, None, &params);
            levels.push(ranked[0].level);
            // Where some level fits, the chosen one is near the target.
            if (0.0..=2.0).contains(&mean) {
                let distance = (ranked[0].expected_success - RECOMMENDED_SUCCESS).abs();
                assert!(distance < 0.1, "{mean}: {:?}", ranked[0]);
            }
        }
        assert!(levels.windows(2).all(|w| w[0] <= w[1]), "{levels:?}");
        assert_eq!(levels.first(), Some(&1));
        assert_eq!(levels.last(), Some(&3));
        // A new player starts at the easiest level, with the uncertainty included.
        let fresh = rank(&BTreeMap::new(), &games, None, &params);
        assert_eq!(fresh[0].level, 1);
        assert_eq!(fresh[0].purpose, Purpose::Explore);
    }

    #[test]
    fn the_level_stays_within_the_episodes_range() {
        let params = Params::default();
        let mut game = candidate("a", "e", 0, &["2.1"]);
        game.min_level = 2;
        game.max_level = 2;
        for mean in [-4.0, 4.0] {
            let ranked = rank(&abilities(&[("2.1", mean)]), &[game.clone()], None, &params);
            assert_eq!(ranked[0].level, 2);
        }
    }

    #[test]
    fn a_game_that_is_not_a_candidate_is_never_recommended() {
        // Evidence from a game that was removed (or is not available to the player) names
        // competences, but only candidates are ever recommended.
        let params = Params::default();
        let player = abilities(&[("4.1", -3.0), ("4.2", -3.0)]);
        let games = vec![candidate("a", "e", 0, &["1.1"])];
        let ranked = rank(&player, &games, Some(("removed", "gone")), &params);
        assert_eq!(picked(&ranked), [("a", "e", "1.1")]);
        assert!(rank(&player, &[], None, &params).is_empty());
    }

    #[test]
    fn a_new_player_gets_recommendations_spread_over_areas_and_games() {
        let params = Params::default();
        let ranked = rank(&BTreeMap::new(), &catalogue(), None, &params);
        assert_eq!(ranked.len(), 3);
        let areas: BTreeSet<&str> = ranked.iter().map(|r| area_of(&r.competence)).collect();
        let games: BTreeSet<&str> = ranked.iter().map(|r| r.game.as_str()).collect();
        assert_eq!(areas.len(), 3, "{ranked:?}");
        assert_eq!(games.len(), 3, "{ranked:?}");
        assert!(ranked.iter().all(|r| r.purpose == Purpose::Explore));
        assert!(ranked.iter().all(|r| r.level == 1));
    }

    #[test]
    fn the_episode_just_finished_is_not_recommended_again_unless_it_is_the_only_one() {
        let params = Params::default();
        let player = abilities(&[("4.1", -2.0)]);
        let games = vec![
            candidate("postfach-profi", "phishing", 0, &["4.1"]),
            candidate("datenschutz", "passwort", 1, &["4.1"]),
        ];
        let ranked = rank(
            &player,
            &games,
            Some(("postfach-profi", "phishing")),
            &params,
        );
        assert_eq!(picked(&ranked), [("datenschutz", "passwort", "4.1")]);
        let only = &games[..1];
        let ranked = rank(&player, only, Some(("postfach-profi", "phishing")), &params);
        assert_eq!(picked(&ranked), [("postfach-profi", "phishing", "4.1")]);
    }

    #[test]
    fn each_episode_is_recommended_once_and_distinct_competences_come_first() {
        let params = Params::default();
        let games = vec![
            candidate("a", "x", 0, &["4.1", "4.2"]),
            candidate("b", "y", 0, &["4.1"]),
        ];
        let player = abilities(&[("4.1", -2.0), ("4.2", -1.0)]);
        let ranked = rank(&player, &games, None, &params);
        assert_eq!(picked(&ranked), [("a", "x", "4.1"), ("b", "y", "4.1")]);
    }

    #[test]
    fn the_ordering_is_deterministic_and_independent_of_the_input_order() {
        let params = Params::default();
        let player = abilities(&[("4.1", -0.5), ("2.1", -0.5), ("1.3", 0.2)]);
        let forward = rank(&player, &catalogue(), None, &params);
        let mut reversed_input = catalogue();
        reversed_input.reverse();
        assert_eq!(rank(&player, &reversed_input, None, &params), forward);
        assert_eq!(rank(&player, &catalogue(), None, &params), forward);
        // Equal needs: the game id, then the episode's position decide.
        let ties = vec![
            candidate("b", "first", 0, &["1.1"]),
            candidate("a", "second", 1, &["1.1"]),
            candidate("a", "first", 0, &["1.1"]),
        ];
        let ranked = rank(&BTreeMap::new(), &ties, None, &params);
        assert_eq!(
            picked(&ranked),
            [
                ("a", "first", "1.1"),
                ("b", "first", "1.1"),
                ("a", "second", "1.1")
            ]
        );
    }

    #[test]
    fn unupdated_or_invalid_beliefs_count_as_unmeasured() {
        let params = Params::default();
        let mut player = BTreeMap::new();
        player.insert("4.1".to_owned(), params.ability_prior());
        player.insert(
            "4.2".to_owned(),
            Belief {
                mean: f64::NAN,
                variance: 1.0,
                count: 3,
            },
        );
        let games = vec![candidate("a", "x", 0, &["4.1", "4.2"])];
        let ranked = rank(&player, &games, None, &params);
        assert_eq!(ranked[0].purpose, Purpose::Explore);
        assert_eq!(ranked[0].level, 1);
    }
}

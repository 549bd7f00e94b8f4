//! Online estimation of abilities (one per player and competence) and item difficulties from
//! game evidence: a Rasch model whose parameters are Gaussian beliefs, updated one answer at a
//! time, and the mapping from ability to the DigComp levels 1–8.
//!
//! # Model
//!
//! The probability that a player of ability θ answers an item of difficulty b right is the
//! Rasch (one-parameter logistic) model, on the logit scale:
//!
//! ```text
//! P(right | θ, b) = σ(θ − b),   σ(z) = 1 / (1 + e^(−z))
//! ```
//!
//! Neither θ nor b is known. Each is a normal belief `N(mean, variance)` ([`Belief`]). For one
//! answer with score x ∈ [0, 1], let d = θ − b, with prior mean μ = μθ − μb and variance
//! s² = σθ² + σb². The update is assumed-density filtering (moment matching, as in TrueSkill)
//! with the probit approximation of the logistic-normal integral (MacKay 1992):
//!
//! ```text
//! κ  = 1 / √(1 + π·s²/8)          attenuation for what we do not know yet
//! p̄  = σ(κ·μ)                     predicted success, uncertainty included
//! I  = p̄·(1 − p̄)                  information of the answer
//! μθ ← μθ + σθ²·κ·(x − p̄)         σθ² ← σθ²·(1 − σθ²·κ²·I)
//! μb ← μb − σb²·κ·(x − p̄)         σb² ← σb²·(1 − σb²·κ²·I)
//! ```
//!
//! Read as Elo: the surprise (x − p̄) moves ability up and difficulty down, each by a K-factor
//! that is its own variance (times κ). So the less certain side moves more: a new item
//! answered by a well-measured player mostly moves the item, and the other way round. Variances
//! shrink with every answer and never below zero (σ²κ² ≤ 8/π and I ≤ 1/4, so the factor stays
//! above 0.36). This is the Bradley–Terry update of Weng & Lin (2011) with the Rasch model's
//! fixed scale (their c is 1/κ here), Glickman's (1999) Glicko update with the uncertainty of
//! both sides in the attenuation, and the uncertainty-driven K of Klinkenberg, Straatemeier &
//! van der Maas (2011), derived instead of tuned. Partial credit enters as a fractional outcome
//! x, as a draw does in Elo.
//!
//! Players learn, which is the point of the product, so before each answer the ability's
//! variance grows by a small drift τ² (the dynamics of Glicko and TrueSkill, counted per answer
//! because domain code does not read the clock). Items do not drift. Floors on both variances
//! keep every belief able to move. The update keeps no covariance between θ and b (as TrueSkill
//! does), and the scale is anchored by the priors: items start at a difficulty set by the game
//! level the author gave them, players at 0.
//!
//! # Literature
//!
//! - G. Rasch (1960), *Probabilistic models for some intelligence and attainment tests*.
//! - A. E. Elo (1978), *The Rating of Chessplayers, Past and Present*.
//! - D. J. C. MacKay (1992), "The evidence framework applied to classification networks",
//!   Neural Computation 4(5) — the probit approximation κ.
//! - M. E. Glickman (1999), "Parameter estimation in large dynamic paired comparison
//!   experiments", Applied Statistics 48(3) — Glicko.
//! - R. Herbrich, T. Minka, T. Graepel (2007), "TrueSkill: a Bayesian skill rating system",
//!   NIPS 19 — moment matching and per-game dynamics.
//! - R. C. Weng, C.-J. Lin (2011), "A Bayesian approximation method for online ranking",
//!   JMLR 12.
//! - S. Klinkenberg, M. Straatemeier, H. L. J. van der Maas (2011), "Computer adaptive practice
//!   of Maths ability using a new item response model for on the fly ability and difficulty
//!   estimation", Computers & Education 57(2) — Math Garden.
//! - R. Pelánek (2016), "Applications of the Elo rating system in adaptive educational
//!   systems", Computers & Education 98.

use serde::{Deserialize, Serialize};

/// Means are kept within ±this many logits. Beyond it the Rasch probability against any
/// plausible item is within 5·10⁻⁵ of 0 or 1, so no information is lost; the bound only keeps
/// absurd inputs (a huge variance passed in) from producing absurd estimates.
pub const MEAN_LIMIT: f64 = 10.0;

/// The z value of the level range: a range covers mean ± 1.96 standard deviations (95 %).
pub const LEVEL_RANGE_Z: f64 = 1.96;

/// The expected success recommendations aim at: in the 70–80 % band that adaptive practice
/// systems use to keep practice motivating without being trivial (Klinkenberg et al. 2011 let
/// pupils choose 60, 75 or 90 %).
pub const RECOMMENDED_SUCCESS: f64 = 0.75;

/// A normal belief about one ability or one difficulty, in logits.
///
/// A valid belief has a finite mean and a finite, positive variance; [`observe`] refuses any
/// other and only ever produces valid ones.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Belief {
    /// The estimate, in logits.
    pub mean: f64,
    /// Its uncertainty, in logits squared.
    pub variance: f64,
    /// How many answers have updated this belief.
    pub count: u32,
}

impl Belief {
    /// A belief that no answer has updated yet.
    pub fn new(mean: f64, variance: f64) -> Belief {
        Belief {
            mean,
            variance,
            count: 0,
        }
    }

    /// The standard deviation, √variance.
    pub fn sd(&self) -> f64 {
        self.variance.sqrt()
    }

    /// Whether the mean is finite and the variance finite and positive.
    pub fn is_valid(&self) -> bool {
        self.mean.is_finite() && self.variance.is_finite() && self.variance > 0.0
    }
}

/// The estimator's parameters. [`Params::default`] holds the chosen values; the reasons are
/// given on each field and, with the simulation figures, in ARCHITECTURE.md ("Measuring
/// competence").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Params {
    /// Prior mean of a new player's ability in a competence: 0, the origin of the scale, where
    /// a player has an even chance at a typical level-2 item.
    pub ability_prior_mean: f64,
    /// Prior variance of a new player's ability: 1.5² = 2.25. Wider than the spread of the
    /// population (about 1 logit), so the prior holds no one back for long; mean ± 1.96·1.5
    /// spans nearly the whole level scale (levels 2 to 7), which is what "not measured yet"
    /// means.
    pub ability_prior_variance: f64,
    /// Prior mean difficulty of a new item by the game level (1, 2, 3) the host passed:
    /// −1, 0, +1. A level step is one logit, so a player with an even chance at level 2 solves
    /// about 73 % at level 1 and 27 % at level 3.
    pub item_prior_means: [f64; 3],
    /// Prior variance of a new item's difficulty: 1.0. Authors' levels are rough guesses: a
    /// level-2 item may well be as easy as a typical level-1 item or as hard as a level-3 one,
    /// and items see many players, so the data correct the guess within a few dozen answers.
    pub item_prior_variance: f64,
    /// Added to the ability's variance before each answer: 0.05² = 0.0025. Lets the estimate
    /// follow a player who learns (the steady-state SD under steady play is about 0.3) at a
    /// small cost in precision for players who do not; see the learning simulation.
    pub ability_drift: f64,
    /// Smallest ability variance: 0.2² = 0.04. A guard; with the drift it is rarely reached.
    pub ability_variance_floor: f64,
    /// Smallest item variance: 0.1² = 0.01. Items answered thousands of times still adapt
    /// (slowly) if the population or the content changes.
    pub item_variance_floor: f64,
    /// The ability at which each DigComp level 2 … 8 begins (level 1 is everything below the
    /// first): −3, −2, …, +3. Evenly spaced one logit apart, symmetric about the origin, covering
    /// ±3 population standard deviations. One level up multiplies the odds of success at any
    /// item by e ≈ 2.7 (50 % becomes 73 %). A convention until content experts set standards.
    pub level_cuts: [f64; 7],
}

impl Default for Params {
    fn default() -> Params {
        Params {
            ability_prior_mean: 0.0,
            ability_prior_variance: 2.25,
            item_prior_means: [-1.0, 0.0, 1.0],
            item_prior_variance: 1.0,
            ability_drift: 0.0025,
            ability_variance_floor: 0.04,
            item_variance_floor: 0.01,
            level_cuts: [-3.0, -2.0, -1.0, 0.0, 1.0, 2.0, 3.0],
        }
    }
}

impl Params {
    /// The belief about a player's ability in a competence before any answer.
    pub fn ability_prior(&self) -> Belief {
        Belief::new(self.ability_prior_mean, self.ability_prior_variance)
    }

    /// The belief about a new item's difficulty, from the game level (1–3) of the episode it
    /// was first seen in. A level below 1 counts as 1 and one above 3 as 3.
    pub fn item_prior(&self, game_level: u8) -> Belief {
        let index = usize::from(game_level.clamp(1, 3) - 1);
        let mean = self.item_prior_means.get(index).copied().unwrap_or(0.0);
        Belief::new(mean, self.item_prior_variance)
    }

    /// The prior difficulties of game levels 1, 2 and 3, for [`choose_game_level`] when no
    /// calibrated difficulties are at hand.
    pub fn typical_difficulties(&self) -> [Belief; 3] {
        [self.item_prior(1), self.item_prior(2), self.item_prior(3)]
    }

    /// Checks that every number is finite, every variance positive (drift may be 0), and the
    /// level cuts strictly increasing.
    pub fn validate(&self) -> Result<(), EstimateError> {
        let finite = self.ability_prior_mean.is_finite()
            && self.item_prior_means.iter().all(|mean| mean.is_finite())
            && self.level_cuts.iter().all(|cut| cut.is_finite());
        let positive = [
            self.ability_prior_variance,
            self.item_prior_variance,
            self.ability_variance_floor,
            self.item_variance_floor,
        ]
        .iter()
        .all(|variance| variance.is_finite() && *variance > 0.0);
        let drift = self.ability_drift.is_finite() && self.ability_drift >= 0.0;
        let increasing = self.level_cuts.windows(2).all(|pair| match pair {
            [lower, upper] => lower < upper,
            _ => true,
        });
        if finite && positive && drift && increasing {
            Ok(())
        } else {
            Err(EstimateError::InvalidParams)
        }
    }
}

/// Why an answer could not be counted. Nothing is changed when [`observe`] fails.
#[derive(Debug, Clone, Copy, PartialEq, thiserror::Error)]
pub enum EstimateError {
    /// The score is NaN, infinite or outside 0..=1; the host's checks should have refused it.
    #[error("score {0} is not between 0 and 1; the evidence was not counted")]
    ScoreOutOfRange(f64),
    /// The stored ability has a non-finite mean or a variance that is not finite and positive;
    /// reset it to the prior.
    #[error("the stored ability is not a valid belief; reset it to the prior")]
    InvalidAbility,
    /// The stored item difficulty is not a valid belief; reset it to the item prior.
    #[error("the stored item difficulty is not a valid belief; reset it to the item prior")]
    InvalidItem,
    /// The parameters fail [`Params::validate`]; fix them where they are built.
    #[error("the estimation parameters are invalid; check Params::validate")]
    InvalidParams,
}

/// One counted answer, before and after: for the audit trail and for explanations ("a hard
/// item answered right: +0.4").
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Observation {
    /// The score as counted, 0..=1.
    pub score: f64,
    /// The success predicted before the answer, uncertainty included (p̄).
    pub expected: f64,
    pub ability_before: Belief,
    pub ability_after: Belief,
    pub item_before: Belief,
    pub item_after: Belief,
}

impl Observation {
    /// How far the answer moved the ability estimate, in logits.
    pub fn ability_change(&self) -> f64 {
        self.ability_after.mean - self.ability_before.mean
    }

    /// How far the answer moved the item's difficulty estimate, in logits.
    pub fn difficulty_change(&self) -> f64 {
        self.item_after.mean - self.item_before.mean
    }
}

/// Counts one answer: updates the player's ability in the item's competence and the item's
/// difficulty (see the module documentation for the equations), and returns both before and
/// after.
///
/// Refuses, changing nothing, a score that is not in 0..=1 (NaN included), a belief that is
/// not valid, and invalid parameters.
pub fn observe(
    ability: &mut Belief,
    item: &mut Belief,
    score: f64,
    params: &Params,
) -> Result<Observation, EstimateError> {
    if !(0.0..=1.0).contains(&score) {
        return Err(EstimateError::ScoreOutOfRange(score));
    }
    if !ability.is_valid() {
        return Err(EstimateError::InvalidAbility);
    }
    if !item.is_valid() {
        return Err(EstimateError::InvalidItem);
    }
    params.validate()?;

    let ability_before = *ability;
    let item_before = *item;
    // The drift never makes a player less certain than a newcomer.
    let ability_variance = (ability.variance + params.ability_drift)
        .min(params.ability_prior_variance.max(ability.variance));
    let item_variance = item.variance;

    let kappa = attenuation(ability_variance + item_variance);
    let expected = logistic(kappa * (ability.mean - item.mean));
    let surprise = score - expected;
    let information = expected * (1.0 - expected);

    *ability = Belief {
        mean: (ability.mean + ability_variance * kappa * surprise).clamp(-MEAN_LIMIT, MEAN_LIMIT),
        variance: (ability_variance * (1.0 - ability_variance * kappa * kappa * information))
            .max(params.ability_variance_floor),
        count: ability.count.saturating_add(1),
    };
    *item = Belief {
        mean: (item.mean - item_variance * kappa * surprise).clamp(-MEAN_LIMIT, MEAN_LIMIT),
        variance: (item_variance * (1.0 - item_variance * kappa * kappa * information))
            .max(params.item_variance_floor),
        count: item.count.saturating_add(1),
    };
    Ok(Observation {
        score,
        expected,
        ability_before,
        ability_after: *ability,
        item_before,
        item_after: *item,
    })
}

/// The Rasch probability that a player of exactly this ability solves an item of exactly this
/// difficulty: σ(ability − difficulty). Returns 0.5 if either is NaN.
pub fn success_probability(ability: f64, difficulty: f64) -> f64 {
    let probability = logistic(ability - difficulty);
    if probability.is_nan() {
        0.5
    } else {
        probability
    }
}

/// The expected success of a player at an item given what we believe about both, with the
/// uncertainty of both included: σ(κ·(μθ − μb)) with κ = 1/√(1 + π(σθ² + σb²)/8). Uncertainty
/// pulls the expectation towards 50 %. Recommendations pick episodes where this is 70–80 %.
/// Returns 0.5 (no information) if either belief is not valid.
pub fn expected_success(ability: &Belief, difficulty: &Belief) -> f64 {
    if !ability.is_valid() || !difficulty.is_valid() {
        return 0.5;
    }
    let kappa = attenuation(ability.variance + difficulty.variance);
    logistic(kappa * (ability.mean - difficulty.mean))
}

/// The game level (1, 2 or 3) whose typical difficulty gives the expected success closest to
/// `target` (e.g. [`RECOMMENDED_SUCCESS`]). `typical_difficulties` are the difficulties of
/// levels 1, 2 and 3: calibrated averages where the host has them, else
/// [`Params::typical_difficulties`]. A tie goes to the easier level; a target outside 0..=1 is
/// clamped, and a NaN target picks level 1.
pub fn choose_game_level(ability: &Belief, typical_difficulties: &[Belief; 3], target: f64) -> u8 {
    let target = if target.is_nan() {
        1.0
    } else {
        target.clamp(0.0, 1.0)
    };
    let mut best_level = 1;
    let mut best_distance = f64::INFINITY;
    for (level, difficulty) in (1u8..).zip(typical_difficulties) {
        let distance = (expected_success(ability, difficulty) - target).abs();
        if distance < best_distance {
            best_level = level;
            best_distance = distance;
        }
    }
    best_level
}

/// A DigComp level (1–8) with the range of levels the 95 % interval of the ability covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct LevelEstimate {
    /// The level of the ability's mean.
    pub level: u8,
    /// The level of mean − 1.96·sd.
    pub lowest: u8,
    /// The level of mean + 1.96·sd.
    pub highest: u8,
}

/// The DigComp level (1–8) of an ability: 1 plus the number of `params.level_cuts` at or below
/// it. Monotone; a NaN ability is level 1.
pub fn level_of(ability: f64, params: &Params) -> u8 {
    let above = params
        .level_cuts
        .iter()
        .filter(|cut| **cut <= ability)
        .count();
    u8::try_from(above).map_or(8, |above| above.saturating_add(1))
}

/// The DigComp level of an ability belief with its 95 % range. A belief that is not valid is
/// treated as knowing nothing (the ability prior).
pub fn level(ability: &Belief, params: &Params) -> LevelEstimate {
    let ability = if ability.is_valid() {
        *ability
    } else {
        params.ability_prior()
    };
    let half_width = LEVEL_RANGE_Z * ability.sd();
    LevelEstimate {
        level: level_of(ability.mean, params),
        lowest: level_of(ability.mean - half_width, params),
        highest: level_of(ability.mean + half_width, params),
    }
}

/// κ = 1/√(1 + π·s²/8): how much the uncertainty s² of θ − b flattens the logistic curve.
fn attenuation(variance_of_difference: f64) -> f64 {
    1.0 / (1.0 + std::f64::consts::PI * variance_of_difference / 8.0).sqrt()
}

/// σ(z) = 1/(1 + e^(−z)), written so that neither branch overflows.
fn logistic(z: f64) -> f64 {
    if z >= 0.0 {
        1.0 / (1.0 + (-z).exp())
    } else {
        let e = z.exp();
        e / (1.0 + e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type TestResult = Result<(), Box<dyn std::error::Error>>;

    fn seasoned_player() -> Belief {
        Belief {
            mean: 0.0,
            variance: 0.25,
            count: 30,
        }
    }

    #[test]
    fn a_right_answer_raises_ability_and_a_wrong_one_lowers_it() -> TestResult {
        let params = Params::default();
        for score in [1.0, 0.8] {
            let (mut ability, mut item) = (params.ability_prior(), params.item_prior(2));
            let observation = observe(&mut ability, &mut item, score, &params)?;
            assert!(observation.ability_change() > 0.0, "score {score}");
            assert!(observation.difficulty_change() < 0.0, "score {score}");
        }
        for score in [0.0, 0.2] {
            let (mut ability, mut item) = (params.ability_prior(), params.item_prior(2));
            let observation = observe(&mut ability, &mut item, score, &params)?;
            assert!(observation.ability_change() < 0.0, "score {score}");
            assert!(observation.difficulty_change() > 0.0, "score {score}");
        }
        // Partial credit at exactly the expected success moves nothing.
        let (mut ability, mut item) = (params.ability_prior(), params.item_prior(2));
        let observation = observe(&mut ability, &mut item, 0.5, &params)?;
        assert!(observation.ability_change().abs() < 1e-12);
        assert_eq!(observation.expected, 0.5);
        Ok(())
    }

    /// The equations of the module documentation, worked by hand (independently, in double
    /// precision) for two answers.
    #[test]
    fn the_update_is_the_documented_one() -> TestResult {
        let params = Params::default();
        let close = |actual: f64, expected: f64| (actual - expected).abs() < 1e-9;

        // A newcomer answers a new level-2 item right: s² = 3.25, κ = 0.662808, p̄ = 0.5.
        let (mut ability, mut item) = (params.ability_prior(), params.item_prior(2));
        let observation = observe(&mut ability, &mut item, 1.0, &params)?;
        assert_eq!(observation.expected, 0.5);
        assert!(close(ability.mean, 0.745_659_306_891_808_9), "{ability:?}");
        assert!(
            close(ability.variance, 1.693_992_198_045_627_2),
            "{ability:?}"
        );
        assert!(close(item.mean, -0.331_404_136_396_359_5), "{item:?}");
        assert!(close(item.variance, 0.890_171_298_379_383_1), "{item:?}");
        assert_eq!((ability.count, item.count), (1, 1));

        // A player at 0.5 (variance 0.3, plus the drift) scores 0.25 on an item at 1.0
        // (variance 0.2): κ = 0.913888, p̄ = 0.387711.
        let mut ability = Belief {
            mean: 0.5,
            variance: 0.3,
            count: 7,
        };
        let mut item = Belief {
            mean: 1.0,
            variance: 0.2,
            count: 40,
        };
        let observation = observe(&mut ability, &mut item, 0.25, &params)?;
        assert!(close(observation.expected, 0.387_711_077_019_869_9));
        assert!(close(ability.mean, 0.461_929_630_843_554_9), "{ability:?}");
        assert!(
            close(ability.variance, 0.284_357_336_812_998_5),
            "{ability:?}"
        );
        assert!(close(item.mean, 1.025_170_492_004_261_2), "{item:?}");
        assert!(close(item.variance, 0.192_069_322_833_357_7), "{item:?}");
        assert_eq!((ability.count, item.count), (8, 41));
        Ok(())
    }

    #[test]
    fn variance_shrinks_with_evidence() -> TestResult {
        let params = Params::default();
        let mut ability = params.ability_prior();
        let mut item = params.item_prior(2);
        let mut previous = ability.variance;
        for answer in 0..20 {
            let score = if answer % 3 == 0 { 0.0 } else { 1.0 };
            let mut fresh_item = params.item_prior(2);
            observe(&mut ability, &mut fresh_item, score, &params)?;
            assert!(ability.variance < previous, "answer {answer}");
            previous = ability.variance;
            let before = item.variance;
            let mut fresh_player = params.ability_prior();
            observe(&mut fresh_player, &mut item, score, &params)?;
            assert!(item.variance < before, "answer {answer}");
        }
        assert_eq!(ability.count, 20);
        assert_eq!(item.count, 20);
        assert!(ability.sd() < 0.6, "sd after 20 answers {}", ability.sd());
        Ok(())
    }

    #[test]
    fn a_hard_item_answered_right_raises_ability_more_than_an_easy_one() -> TestResult {
        let params = Params::default();
        let mut hard_ability = seasoned_player();
        let mut easy_ability = seasoned_player();
        let mut hard = Belief::new(1.5, 0.1);
        let mut easy = Belief::new(-1.5, 0.1);
        let after_hard = observe(&mut hard_ability, &mut hard, 1.0, &params)?;
        let after_easy = observe(&mut easy_ability, &mut easy, 1.0, &params)?;
        assert!(after_hard.ability_change() > 2.0 * after_easy.ability_change());
        // And an easy item answered wrong costs more than a hard one.
        let mut hard_ability = seasoned_player();
        let mut easy_ability = seasoned_player();
        let after_hard = observe(&mut hard_ability, &mut hard, 0.0, &params)?;
        let after_easy = observe(&mut easy_ability, &mut easy, 0.0, &params)?;
        assert!(after_easy.ability_change() < 2.0 * after_hard.ability_change());
        Ok(())
    }

    #[test]
    fn the_less_certain_side_moves_more() -> TestResult {
        let params = Params::default();
        let mut measured_player = Belief::new(0.0, 0.05);
        let mut new_item = params.item_prior(2);
        let observation = observe(&mut measured_player, &mut new_item, 1.0, &params)?;
        assert!(observation.difficulty_change().abs() > 5.0 * observation.ability_change().abs());
        let mut new_player = params.ability_prior();
        let mut calibrated_item = Belief::new(0.0, 0.01);
        let observation = observe(&mut new_player, &mut calibrated_item, 1.0, &params)?;
        assert!(observation.ability_change().abs() > 50.0 * observation.difficulty_change().abs());
        Ok(())
    }

    #[test]
    fn an_item_everyone_gets_wrong_becomes_harder() -> TestResult {
        let params = Params::default();
        let mut item = params.item_prior(1);
        let mut previous = item.mean;
        for _ in 0..50 {
            let mut player = seasoned_player();
            observe(&mut player, &mut item, 0.0, &params)?;
            assert!(item.mean > previous);
            previous = item.mean;
        }
        // From a level-1 prior (−1) past level 3 (+1): the data overrule the author's label.
        assert!(item.mean > 2.0, "difficulty {}", item.mean);
        assert!(item.mean <= MEAN_LIMIT);
        Ok(())
    }

    #[test]
    fn updates_are_bounded() -> TestResult {
        let params = Params::default();
        let mut largest: f64 = 0.0;
        for ability_mean in [-6.0, -2.0, 0.0, 2.0, 6.0] {
            for item_mean in [-6.0, -1.0, 0.0, 1.0, 6.0] {
                for score in [0.0, 0.5, 1.0] {
                    let mut ability = params.ability_prior();
                    ability.mean = ability_mean;
                    let mut item = params.item_prior(2);
                    item.mean = item_mean;
                    let observation = observe(&mut ability, &mut item, score, &params)?;
                    largest = largest
                        .max(observation.ability_change().abs())
                        .max(observation.difficulty_change().abs());
                    assert!(ability.is_valid() && item.is_valid());
                    assert!(ability.variance <= params.ability_prior_variance);
                }
            }
        }
        // σ²κ at the prior variances: 2.25 / √(1 + π·3.25/8) ≈ 1.49 logits is the bound.
        assert!(largest < 1.5, "largest step {largest}");
        // A well-measured player moves by tenths at most.
        let mut ability = seasoned_player();
        let mut item = Belief::new(3.0, 0.01);
        let observation = observe(&mut ability, &mut item, 1.0, &params)?;
        assert!(observation.ability_change() < 0.25);
        Ok(())
    }

    #[test]
    fn variance_stays_above_its_floor_and_keeps_adapting() -> TestResult {
        let params = Params::default();
        let mut ability = params.ability_prior();
        for answer in 0..2000 {
            let mut item = Belief::new(0.0, 0.01);
            observe(&mut ability, &mut item, f64::from(answer % 2), &params)?;
        }
        assert!(ability.variance >= params.ability_variance_floor);
        // The drift holds the steady state well above the floor.
        assert!(
            ability.sd() > 0.25 && ability.sd() < 0.45,
            "sd {}",
            ability.sd()
        );
        let mut item = params.item_prior(2);
        for answer in 0..5000 {
            let mut player = Belief::new(0.0, 0.05);
            observe(&mut player, &mut item, f64::from(answer % 2), &params)?;
        }
        assert!((item.variance - params.item_variance_floor).abs() < 1e-12);
        Ok(())
    }

    #[test]
    fn bad_input_is_refused_and_changes_nothing() {
        let params = Params::default();
        let mut ability = params.ability_prior();
        let mut item = params.item_prior(2);
        for score in [f64::NAN, f64::INFINITY, -0.01, 1.01] {
            assert!(matches!(
                observe(&mut ability, &mut item, score, &params),
                Err(EstimateError::ScoreOutOfRange(_))
            ));
        }
        let mut broken = Belief::new(f64::NAN, 1.0);
        assert_eq!(
            observe(&mut broken, &mut item, 1.0, &params),
            Err(EstimateError::InvalidAbility)
        );
        let mut broken = Belief::new(0.0, 0.0);
        assert_eq!(
            observe(&mut ability, &mut broken, 1.0, &params),
            Err(EstimateError::InvalidItem)
        );
        let mut bad_params = Params::default();
        bad_params.level_cuts.swap(0, 1);
        assert_eq!(
            observe(&mut ability, &mut item, 1.0, &bad_params),
            Err(EstimateError::InvalidParams)
        );
        assert_eq!(ability, params.ability_prior());
        assert_eq!(item, params.item_prior(2));
        assert_eq!(expected_success(&Belief::new(0.0, -1.0), &item), 0.5);
        assert_eq!(success_probability(f64::NAN, 0.0), 0.5);
    }

    #[test]
    fn the_update_is_deterministic() -> TestResult {
        let params = Params::default();
        let run = || -> Result<(Belief, Belief), EstimateError> {
            let mut ability = params.ability_prior();
            let mut item = params.item_prior(3);
            for answer in 0..25u32 {
                observe(
                    &mut ability,
                    &mut item,
                    f64::from(answer % 4) / 3.0,
                    &params,
                )?;
            }
            Ok((ability, item))
        };
        let first = run()?;
        let second = run()?;
        assert_eq!(first.0.mean.to_bits(), second.0.mean.to_bits());
        assert_eq!(first.1.variance.to_bits(), second.1.variance.to_bits());
        Ok(())
    }

    #[test]
    fn levels_are_monotone_and_cover_1_to_8() {
        let params = Params::default();
        let mut previous = 1;
        let mut seen = Vec::new();
        for step in -500..=500 {
            let ability = f64::from(step) / 100.0;
            let level = level_of(ability, &params);
            assert!(level >= previous && (1..=8).contains(&level));
            previous = level;
            if seen.last() != Some(&level) {
                seen.push(level);
            }
        }
        assert_eq!(seen, [1, 2, 3, 4, 5, 6, 7, 8]);
        assert_eq!(level_of(-3.0, &params), 2);
        assert_eq!(level_of(-0.01, &params), 4);
        assert_eq!(level_of(0.0, &params), 5);
        assert_eq!(level_of(f64::NAN, &params), 1);
        assert_eq!(level_of(f64::INFINITY, &params), 8);
    }

    #[test]
    fn the_level_range_narrows_with_evidence() -> TestResult {
        let params = Params::default();
        let newcomer = level(&params.ability_prior(), &params);
        assert_eq!(
            newcomer,
            LevelEstimate {
                level: 5,
                lowest: 2,
                highest: 7
            }
        );
        let measured = level(&Belief::new(1.5, 0.09), &params);
        assert_eq!(
            measured,
            LevelEstimate {
                level: 6,
                lowest: 5,
                highest: 7
            }
        );
        assert_eq!(level(&Belief::new(0.0, f64::NAN), &params), newcomer);
        let mut ability = params.ability_prior();
        for _ in 0..30 {
            let mut item = Belief::new(1.0, 0.01);
            observe(&mut ability, &mut item, 1.0, &params)?;
        }
        let estimate = level(&ability, &params);
        assert!(estimate.highest - estimate.lowest < newcomer.highest - newcomer.lowest);
        assert!(estimate.level >= 7, "{estimate:?}");
        Ok(())
    }

    #[test]
    fn expected_success_follows_the_rasch_curve_and_doubt_pulls_it_to_half() {
        assert!((success_probability(1.0, 0.0) - 0.731_058_578_630_004_9).abs() < 1e-12);
        assert_eq!(success_probability(0.0, 0.0), 0.5);
        assert!(success_probability(-800.0, 800.0) >= 0.0);
        let sure = expected_success(&Belief::new(1.0, 1e-9), &Belief::new(0.0, 1e-9));
        assert!((sure - success_probability(1.0, 0.0)).abs() < 1e-6);
        let unsure = expected_success(&Belief::new(1.0, 2.0), &Belief::new(0.0, 1.0));
        assert!(unsure > 0.5 && unsure < sure);
    }

    #[test]
    fn the_chosen_game_level_is_the_one_nearest_the_target() {
        let params = Params::default();
        let typical = params.typical_difficulties();
        let weak = Belief::new(-1.0, 0.1);
        let middling = Belief::new(1.0, 0.1);
        let strong = Belief::new(2.5, 0.1);
        assert_eq!(choose_game_level(&weak, &typical, RECOMMENDED_SUCCESS), 1);
        assert_eq!(
            choose_game_level(&middling, &typical, RECOMMENDED_SUCCESS),
            2
        );
        assert_eq!(choose_game_level(&strong, &typical, RECOMMENDED_SUCCESS), 3);
        assert_eq!(choose_game_level(&strong, &typical, 0.99), 1);
        assert_eq!(choose_game_level(&weak, &typical, 0.01), 3);
        assert_eq!(choose_game_level(&middling, &typical, f64::NAN), 1);
        // Equal distances go to the easier level.
        let same = [Belief::new(0.0, 1.0); 3];
        assert_eq!(choose_game_level(&middling, &same, 0.5), 1);
    }

    #[test]
    fn item_priors_follow_the_game_level() {
        let params = Params::default();
        let means: Vec<f64> = (0..=4).map(|level| params.item_prior(level).mean).collect();
        assert_eq!(means, [-1.0, -1.0, 0.0, 1.0, 1.0]);
        assert!(params.validate().is_ok());
    }

    #[test]
    fn beliefs_round_trip_through_postcard() -> TestResult {
        let belief = Belief {
            mean: -0.42,
            variance: 0.17,
            count: 12,
        };
        let bytes = postcard::to_allocvec(&belief)?;
        assert_eq!(postcard::from_bytes::<Belief>(&bytes)?, belief);
        Ok(())
    }
}

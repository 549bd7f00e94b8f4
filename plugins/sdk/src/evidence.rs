//! Evidence: what an answered item says about a DigComp 2.2 competence.

use crate::Evidence;

/// The 21 competences of DigComp 2.2, by number; evidence must name one of them.
pub const DIGCOMP_COMPETENCES: [&str; 21] = [
    "1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "3.1", "3.2", "3.3", "3.4",
    "4.1", "4.2", "4.3", "4.4", "5.1", "5.2", "5.3", "5.4",
];

/// Whether `id` is one of the 21 DigComp 2.2 competence ids, "1.1" … "5.4".
pub fn is_competence(id: &str) -> bool {
    DIGCOMP_COMPETENCES.contains(&id)
}

/// Evidence from one answered item: `item` is the item's stable id (reuse it only for the same
/// item, since the host keys item difficulty on it), `score` is clamped into 0..=1.
///
/// # Panics
///
/// When `competence` is not a DigComp 2.2 id or `score` is NaN: both are bugs in the game, and
/// the host would reject the step anyway. In the sandbox a panic ends the call with an error.
pub fn evidence(item: &str, competence: &str, score: f32) -> Evidence {
    assert!(
        is_competence(competence),
        "evidence for item {item:?} names competence {competence:?}, which is not a DigComp 2.2 \
         id (\"1.1\" … \"5.4\")"
    );
    assert!(
        !score.is_nan(),
        "evidence for item {item:?} has a NaN score; give a number within 0..=1"
    );
    Evidence {
        item: item.to_owned(),
        competence: competence.to_owned(),
        score: score.clamp(0.0, 1.0),
    }
}

/// The mean of the scores, or 0 when there are none: a simple overall score for an outcome.
pub fn mean_score(evidence: &[Evidence]) -> f32 {
    if evidence.is_empty() {
        return 0.0;
    }
    let total: f32 = evidence.iter().map(|evidence| evidence.score).sum();
    // Episodes have a handful of items, so the count converts to f32 exactly.
    #[allow(clippy::cast_precision_loss)]
    let count = evidence.len() as f32;
    total / count
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_are_clamped() {
        assert_eq!(evidence("i", "4.1", 1.7).score, 1.0);
        assert_eq!(evidence("i", "4.1", -0.2).score, 0.0);
        assert_eq!(evidence("i", "4.1", 0.25).score, 0.25);
    }

    #[test]
    #[should_panic(expected = "NaN score")]
    fn nan_is_rejected() {
        let _ = evidence("i", "4.1", f32::NAN);
    }

    #[test]
    #[should_panic(expected = "not a DigComp 2.2 id")]
    fn unknown_competence_is_rejected() {
        let _ = evidence("i", "4.5", 1.0);
    }

    #[test]
    fn all_21_competences_are_known() {
        let areas = [3, 6, 4, 4, 4];
        let mut expected = Vec::new();
        for (area, count) in areas.iter().enumerate() {
            for number in 1..=*count {
                expected.push(format!("{}.{number}", area + 1));
            }
        }
        assert_eq!(DIGCOMP_COMPETENCES.to_vec(), expected);
        assert!(!is_competence("6.1") && !is_competence("") && is_competence("5.4"));
    }

    #[test]
    fn mean_of_nothing_is_zero() {
        assert_eq!(mean_score(&[]), 0.0);
        let both = [evidence("a", "4.1", 1.0), evidence("b", "4.2", 0.5)];
        assert_eq!(mean_score(&both), 0.75);
    }
}

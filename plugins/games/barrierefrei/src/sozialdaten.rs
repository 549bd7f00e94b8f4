//! Which of a customer's social data are still in a text the player rewrote for an AI
//! assistant: the name, the date of birth, the household number and the diagnosis.
//!
//! Only the kinds of data found are kept for the feedback; the text itself is not stored by the
//! game (the host records the action for replays, as it does for every answer).

use crate::cast::Cast;
use crate::content::{T, t};

/// The fewest characters a rewritten request must have, so that an empty answer does not pass
/// as "free of data".
pub const MIN_CHARS: usize = 20;

/// A kind of social data left in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Leftover {
    Name,
    Birth,
    Number,
    Health,
}

impl Leftover {
    /// What to call it in the feedback.
    pub fn name(self) -> T {
        match self {
            Leftover::Name => t("der Name", "the name"),
            Leftover::Birth => t("das Geburtsdatum", "the date of birth"),
            Leftover::Number => t("die BG-Nummer", "the household number"),
            Leftover::Health => t("die Diagnose", "the diagnosis"),
        }
    }
}

/// The kinds of the customer's data that are still in `text`, in a fixed order.
pub fn leftovers(text: &str, cast: &Cast) -> Vec<Leftover> {
    let lower = text.to_lowercase();
    let compact: String = lower.chars().filter(|c| c.is_alphanumeric()).collect();
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    let mut found = Vec::new();
    if cast
        .surname_spellings()
        .iter()
        .any(|spelling| lower.contains(spelling))
    {
        found.push(Leftover::Name);
    }
    if lower.contains(&cast.birth) || lower.contains(&cast.birth_year) {
        found.push(Leftover::Birth);
    }
    let household: String = cast.bg.chars().skip(7).collect();
    if compact.contains(&cast.bg.to_lowercase()) || digits.contains(&household) {
        found.push(Leftover::Number);
    }
    if lower.contains("depress") {
        found.push(Leftover::Health);
    }
    found
}

/// Nothing left is right; one kind left is half right; more is wrong.
pub fn score(leftovers: &[Leftover]) -> f32 {
    match leftovers.len() {
        0 => 1.0,
        1 => 0.5,
        _ => 0.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_each_kind_of_data() {
        let cast = Cast::new(3);
        let name = cast.surname_spellings()[0];
        let household: String = cast.bg.chars().skip(7).collect();
        assert_eq!(
            leftovers("Bitte einen freundlichen Brief schreiben.", &cast),
            []
        );
        assert_eq!(
            leftovers(&format!("Brief an {}", name.to_uppercase()), &cast),
            [Leftover::Name]
        );
        assert_eq!(
            leftovers(&format!("geboren {}", cast.birth), &cast),
            [Leftover::Birth]
        );
        assert_eq!(
            leftovers(&format!("BG {}", cast.bg.to_lowercase()), &cast),
            [Leftover::Number]
        );
        assert_eq!(
            leftovers(&format!("Nummer {household}"), &cast),
            [Leftover::Number]
        );
        assert_eq!(
            leftovers("wegen einer Depression", &cast),
            [Leftover::Health]
        );
        assert_eq!(score(&[]), 1.0);
        assert_eq!(score(&[Leftover::Health]), 0.5);
        assert_eq!(score(&[Leftover::Name, Leftover::Number]), 0.0);
    }
}

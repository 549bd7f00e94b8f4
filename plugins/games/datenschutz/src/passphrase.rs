//! Judging a passphrase the player makes up: by length, word count and well-known patterns
//! only. The passphrase itself is never stored or shown again.

/// What a passphrase looks like, without the passphrase itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shape {
    pub chars: usize,
    pub words: usize,
    /// It contains a pattern attackers try first (a year, "passwort", "123", the employer…).
    pub pattern: bool,
}

/// Patterns that cracking lists try first.
const PATTERNS: [&str; 14] = [
    "passwort",
    "password",
    "123",
    "234",
    "qwert",
    "asdf",
    "jobcenter",
    "musterstadt",
    "sommer",
    "winter",
    "2024",
    "2025",
    "2026",
    "hallo",
];

/// Measures a passphrase.
pub fn shape(passphrase: &str) -> Shape {
    let lower = passphrase.to_lowercase();
    let words = passphrase
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| word.chars().count() >= 3)
        .count();
    let mut chars = passphrase.chars();
    let repeated = chars
        .next()
        .is_some_and(|first| passphrase.chars().all(|c| c == first));
    Shape {
        chars: passphrase.chars().count(),
        words,
        pattern: repeated || PATTERNS.iter().any(|pattern| lower.contains(pattern)),
    }
}

/// The score: 1.0 for at least 20 characters in at least four words without a known pattern,
/// 0.5 for at least 12 characters without a pattern, else 0.0.
pub fn score(shape: Shape) -> f32 {
    if shape.pattern {
        0.0
    } else if shape.chars >= 20 && shape.words >= 4 {
        1.0
    } else if shape.chars >= 12 {
        0.5
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_random_words_are_strong() {
        assert_eq!(score(shape("Laterne Kaffeetasse Regenwurm Fahrrad")), 1.0);
        assert_eq!(score(shape("Tulpe-Bagger-Mondschein")), 0.5);
        assert_eq!(score(shape("Passwort123!")), 0.0);
        assert_eq!(score(shape("Sommer-Sonne-Strand-Meer-2026")), 0.0);
        assert_eq!(score(shape("aaaaaaaaaaaaaaaaaaaaaaaa")), 0.0);
        assert_eq!(score(shape("")), 0.0);
    }
}

//! Deterministic randomness from the session seed, so a play-through replays exactly.

/// A small, fast generator (SplitMix64) seeded from [`StartRequest::seed`](crate::StartRequest).
///
/// Games vary content with it instead of WASI random: the same seed gives the same numbers on
/// every machine and SDK version of the same major.minor, so replays stay exact. Not for
/// cryptography. A game that needs randomness in `act` keeps the seed in its state and derives
/// a generator again, e.g. with [`SeededRng::for_purpose`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeededRng {
    state: u64,
}

impl SeededRng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> SeededRng {
        SeededRng { state: seed }
    }

    /// An independent generator for one purpose ("item-order", "mail-3"), so adding a use of
    /// randomness in one place does not shift the numbers everywhere else.
    pub fn for_purpose(seed: u64, purpose: &str) -> SeededRng {
        // FNV-1a over the purpose, mixed into the seed.
        let hash = purpose
            .bytes()
            .fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
                (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
            });
        let mut rng = SeededRng::new(seed ^ hash);
        rng.next_u64();
        rng
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..bound`, without modulo bias; 0 when `bound` is 0.
    pub fn below(&mut self, bound: u64) -> u64 {
        if bound == 0 {
            return 0;
        }
        // Rejects the top partial range so that every result is equally likely.
        let zone = u64::MAX - (u64::MAX % bound);
        loop {
            let value = self.next_u64();
            if value < zone {
                return value % bound;
            }
        }
    }

    /// An index into a slice of `len` elements; 0 when `len` is 0.
    pub fn index(&mut self, len: usize) -> usize {
        // usize is at most 64 bits on every target we build for, so both conversions are exact.
        let bound = u64::try_from(len).unwrap_or(u64::MAX);
        usize::try_from(self.below(bound)).unwrap_or(0)
    }

    /// True with probability `numerator / denominator`.
    pub fn chance(&mut self, numerator: u64, denominator: u64) -> bool {
        self.below(denominator) < numerator
    }

    /// One element of `items`, or `None` when it is empty.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        if items.is_empty() {
            None
        } else {
            items.get(self.index(items.len()))
        }
    }

    /// Shuffles `items` in place (Fisher–Yates).
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for last in (1..items.len()).rev() {
            let other = self.index(last + 1);
            items.swap(last, other);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::SeededRng;

    #[test]
    fn same_seed_same_numbers() {
        let mut a = SeededRng::new(42);
        let mut b = SeededRng::new(42);
        let first: Vec<u64> = (0..8).map(|_| a.next_u64()).collect();
        let second: Vec<u64> = (0..8).map(|_| b.next_u64()).collect();
        assert_eq!(first, second);
        assert_ne!(SeededRng::new(43).next_u64(), first[0]);
    }

    #[test]
    fn splitmix64_reference_values() {
        // The first outputs of SplitMix64 for seed 1234567, from the reference implementation.
        let mut rng = SeededRng::new(1_234_567);
        assert_eq!(rng.next_u64(), 6_457_827_717_110_365_317);
        assert_eq!(rng.next_u64(), 3_203_168_211_198_807_973);
    }

    #[test]
    fn below_stays_in_range_and_covers_it() {
        let mut rng = SeededRng::new(7);
        let mut seen = [false; 5];
        for _ in 0..200 {
            let value = rng.index(5);
            assert!(value < 5);
            seen[value] = true;
        }
        assert!(seen.iter().all(|seen| *seen));
        assert_eq!(rng.below(0), 0);
        assert_eq!(rng.pick::<u8>(&[]), None);
    }

    #[test]
    fn shuffle_permutes() {
        let mut items: Vec<u32> = (0..10).collect();
        SeededRng::new(1).shuffle(&mut items);
        let mut sorted = items.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, (0..10).collect::<Vec<_>>());
        assert_ne!(items, sorted);
    }

    #[test]
    fn purposes_are_independent_and_stable() {
        let a = SeededRng::for_purpose(9, "order").next_u64();
        let b = SeededRng::for_purpose(9, "mails").next_u64();
        assert_ne!(a, b);
        assert_eq!(a, SeededRng::for_purpose(9, "order").next_u64());
    }
}

//! Which group figures may be shown to leads without singling anyone out.
//!
//! A figure (a median level, a share, a count) over a group of people is shown only when at
//! least `k` people stand behind it. That alone is not enough in an org-unit tree: a team of 5
//! inside a location of 6 would give away the sixth person by subtraction. So no shown group may
//! contain a shown group (or the union of the shown groups inside it) that leaves 1 to k − 1
//! people over; when it does, the smaller group is hidden, and the check runs again.

use std::collections::BTreeSet;

/// The smallest k a configuration may set; below it, an aggregate is personal data.
pub const MIN_GROUP_SIZE_FLOOR: usize = 3;

/// For each group (a set of person ids), whether its figures may be shown at `k`.
pub fn publishable(groups: &[BTreeSet<u64>], k: usize) -> Vec<bool> {
    let k = k.max(MIN_GROUP_SIZE_FLOOR);
    let mut shown: Vec<bool> = groups.iter().map(|group| group.len() >= k).collect();
    while let Some(hide) = first_conflict(groups, &shown, k) {
        shown[hide] = false;
    }
    shown
}

/// The group to hide next: the smaller side of the first subtraction that would describe
/// fewer than `k` people.
fn first_conflict(groups: &[BTreeSet<u64>], shown: &[bool], k: usize) -> Option<usize> {
    let describes_too_few = |left: usize| left > 0 && left < k;
    for (outer, group) in groups.iter().enumerate() {
        if !shown[outer] {
            continue;
        }
        let inner: Vec<usize> = (0..groups.len())
            .filter(|&other| {
                other != outer
                    && shown[other]
                    && groups[other].len() < group.len()
                    && groups[other].is_subset(group)
            })
            .collect();
        for &other in &inner {
            if describes_too_few(group.len() - groups[other].len()) {
                return Some(other);
            }
        }
        let covered: BTreeSet<u64> = inner
            .iter()
            .flat_map(|&other| groups[other].iter().copied())
            .collect();
        if !inner.is_empty() && describes_too_few(group.len() - covered.len()) {
            return inner.into_iter().min_by_key(|&other| groups[other].len());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn group(ids: std::ops::Range<u64>) -> BTreeSet<u64> {
        ids.collect()
    }

    #[test]
    fn a_group_needs_k_people() {
        let shown = publishable(&[group(0..4), group(10..15)], 5);
        assert_eq!(shown, [false, true]);
    }

    #[test]
    fn k_is_never_below_the_floor() {
        assert_eq!(publishable(&[group(0..2)], 1), [false]);
        assert_eq!(publishable(&[group(0..3)], 1), [true]);
    }

    #[test]
    fn a_team_that_leaves_too_few_outside_it_in_its_location_is_hidden() {
        // Location of 7 with a team of 5: the 2 others would show by subtraction.
        let shown = publishable(&[group(0..7), group(0..5)], 5);
        assert_eq!(shown, [true, false]);
        // Location of 10 with a team of 5: the other 5 are a group of their own.
        let shown = publishable(&[group(0..10), group(0..5)], 5);
        assert_eq!(shown, [true, true]);
        // The same people twice give the same figure, which tells nothing new.
        let shown = publishable(&[group(0..5), group(0..5)], 5);
        assert_eq!(shown, [true, true]);
    }

    #[test]
    fn teams_that_together_leave_too_few_are_hidden_one_by_one() {
        // Location of 11 = team A (5) + team B (5) + the lead: A and B are each fine against the
        // location, but both together single out the lead. Hiding one of them is enough.
        let groups = [group(0..11), group(0..5), group(5..10)];
        let shown = publishable(&groups, 5);
        assert!(shown[0]);
        assert_eq!(shown[1..].iter().filter(|s| **s).count(), 1, "{shown:?}");
    }

    #[test]
    fn nested_chains_are_checked_at_every_depth() {
        // Jobcenter 20 ⊃ location 16 ⊃ team 8: 20 − 16 = 4 hides the location; the team is
        // then checked against the jobcenter: 20 − 8 = 12, fine.
        let shown = publishable(&[group(0..20), group(0..16), group(0..8)], 5);
        assert_eq!(shown, [true, false, true]);
    }
}

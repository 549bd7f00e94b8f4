//! Self-assessment: how confident players say they are in each of the five DigComp areas, on a
//! scale of 1 (very unsure) to 5 (very confident), kept with its time beside the measured
//! levels, so that confidence and measured skill can be compared over time.
//!
//! A skipped self-assessment is recorded too (without values), so that the invitation does not
//! come back before the configured interval has passed. Time is passed in; this module reads no
//! clock.

use serde::{Deserialize, Serialize};

use crate::accounts::UserId;
use crate::clock::Timestamp;
use crate::store::{Store, StoreError, codec, tables};

/// The number of DigComp areas, and so of answers in one self-assessment.
pub const AREAS: usize = 5;

/// Seconds in a day; the interval is configured in days.
const DAY_SECONDS: u64 = 24 * 3600;

const RECORD_VERSION: u8 = 1;

/// A confidence answer, 1 (very unsure) to 5 (very confident).
///
/// Invariant: the value is in `1..=5`; [`Confidence::new`] refuses anything else.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Confidence(u8);

impl Confidence {
    /// The lowest answer.
    pub const MIN: u8 = 1;
    /// The highest answer.
    pub const MAX: u8 = 5;

    /// A confidence, if `value` is on the scale.
    pub fn new(value: u8) -> Option<Confidence> {
        (Confidence::MIN..=Confidence::MAX)
            .contains(&value)
            .then_some(Confidence(value))
    }

    /// The answer, 1 to 5.
    pub fn value(self) -> u8 {
        self.0
    }
}

/// One self-assessment as the pages see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SelfAssessment {
    /// When it was saved or skipped.
    pub at: Timestamp,
    /// The answer per area, in the framework's order of areas (1 to 5); `None` = not answered.
    /// All `None` when skipped.
    pub confidence: [Option<Confidence>; AREAS],
    /// Whether the player skipped it instead of answering.
    pub skipped: bool,
}

impl SelfAssessment {
    /// Whether at least one area was answered.
    pub fn has_answers(&self) -> bool {
        self.confidence.iter().any(Option::is_some)
    }
}

/// The stored form, keyed by (user id, time in seconds) in [`tables::SELF_ASSESSMENTS`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct SelfAssessmentRecord {
    /// Per area 1..=5, `None` = not answered; in the framework's order of areas.
    confidence: [Option<u8>; AREAS],
    skipped: bool,
}

impl SelfAssessmentRecord {
    fn into_domain(self, at: Timestamp) -> Result<SelfAssessment, StoreError> {
        let mut confidence = [None; AREAS];
        for (slot, stored) in confidence.iter_mut().zip(self.confidence) {
            *slot = match stored {
                None => None,
                Some(value) => Some(Confidence::new(value).ok_or_else(|| StoreError::Corrupt {
                    what: format!("a self-assessment holds the confidence {value}, not 1 to 5"),
                })?),
            };
        }
        Ok(SelfAssessment {
            at,
            confidence,
            skipped: self.skipped,
        })
    }
}

/// Stores a self-assessment. A second one in the same second replaces the first. Answers that
/// are all `None` are stored as given; callers decide whether that means "skipped".
pub async fn record(
    store: &Store,
    user: UserId,
    now: Timestamp,
    confidence: [Option<Confidence>; AREAS],
) -> Result<(), StoreError> {
    let record = SelfAssessmentRecord {
        confidence: confidence.map(|answer| answer.map(Confidence::value)),
        skipped: false,
    };
    write(store, user, now, record).await
}

/// Records that the player skipped the self-assessment now.
pub async fn skip(store: &Store, user: UserId, now: Timestamp) -> Result<(), StoreError> {
    let record = SelfAssessmentRecord {
        confidence: [None; AREAS],
        skipped: true,
    };
    write(store, user, now, record).await
}

async fn write(
    store: &Store,
    user: UserId,
    now: Timestamp,
    record: SelfAssessmentRecord,
) -> Result<(), StoreError> {
    let bytes = codec::encode(RECORD_VERSION, &record);
    store
        .write(move |txn| {
            txn.open_table(tables::SELF_ASSESSMENTS)?
                .insert((user.0, now.0), bytes.as_slice())?;
            Ok::<_, StoreError>(())
        })
        .await
}

/// Every self-assessment of a user, skipped ones included, oldest first.
pub fn history(store: &Store, user: UserId) -> Result<Vec<SelfAssessment>, StoreError> {
    let txn = store.read()?;
    let table = txn.open_table(tables::SELF_ASSESSMENTS)?;
    let mut found = Vec::new();
    for entry in table.range((user.0, 0)..=(user.0, u64::MAX))? {
        let (key, value) = entry?;
        let (_, at) = key.value();
        let record: SelfAssessmentRecord = codec::decode(RECORD_VERSION, value.value())?;
        found.push(record.into_domain(Timestamp(at))?);
    }
    Ok(found)
}

/// The user's most recent self-assessment, answered or skipped.
pub fn latest(store: &Store, user: UserId) -> Result<Option<SelfAssessment>, StoreError> {
    let txn = store.read()?;
    let table = txn.open_table(tables::SELF_ASSESSMENTS)?;
    let last = table
        .range((user.0, 0)..=(user.0, u64::MAX))?
        .next_back()
        .transpose()?;
    match last {
        None => Ok(None),
        Some((key, value)) => {
            let (_, at) = key.value();
            let record: SelfAssessmentRecord = codec::decode(RECORD_VERSION, value.value())?;
            Ok(Some(record.into_domain(Timestamp(at))?))
        }
    }
}

/// Whether to invite the user to a self-assessment now: when there is none yet, or when the
/// latest (answered or skipped) is at least `interval_days` old. An interval of 0 means never
/// again after the first.
pub fn is_due(
    store: &Store,
    user: UserId,
    now: Timestamp,
    interval_days: u64,
) -> Result<bool, StoreError> {
    let last = latest(store, user)?.map(|assessment| assessment.at);
    Ok(due(last, now, interval_days))
}

/// The rule of [`is_due`] on the time of the latest self-assessment.
pub fn due(latest: Option<Timestamp>, now: Timestamp, interval_days: u64) -> bool {
    match latest {
        None => true,
        Some(_) if interval_days == 0 => false,
        Some(at) => now.seconds_since(at) >= interval_days.saturating_mul(DAY_SECONDS),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type TestResult = Result<(), Box<dyn std::error::Error>>;

    const T0: Timestamp = Timestamp(1_800_000_000);

    #[test]
    fn confidence_is_one_to_five() {
        assert_eq!(Confidence::new(0), None);
        assert_eq!(Confidence::new(1).map(Confidence::value), Some(1));
        assert_eq!(Confidence::new(5).map(Confidence::value), Some(5));
        assert_eq!(Confidence::new(6), None);
    }

    #[test]
    fn due_on_first_use_and_again_after_the_interval() {
        assert!(due(None, T0, 180));
        assert!(
            due(None, T0, 0),
            "the first one is asked even with interval 0"
        );
        assert!(!due(Some(T0), T0, 180));
        assert!(!due(Some(T0), T0.plus_seconds(180 * DAY_SECONDS - 1), 180));
        assert!(due(Some(T0), T0.plus_seconds(180 * DAY_SECONDS), 180));
        assert!(due(Some(T0), T0.plus_seconds(400 * DAY_SECONDS), 180));
        assert!(!due(Some(T0), T0.plus_seconds(4000 * DAY_SECONDS), 0));
        // A clock that went backwards does not ask again.
        assert!(!due(Some(T0), Timestamp(T0.0 - 10), 1));
    }

    #[tokio::test]
    async fn records_skips_and_reads_back_per_user() -> TestResult {
        let dir = tempfile::tempdir()?;
        let store = Store::open(&dir.path().join("test.redb"))?;
        let anna = UserId(7);
        let ben = UserId(8);
        assert!(is_due(&store, anna, T0, 180)?);
        assert_eq!(latest(&store, anna)?, None);

        let answers = [Confidence::new(2), None, None, Confidence::new(5), None];
        record(&store, anna, T0, answers).await?;
        assert!(!is_due(&store, anna, T0.plus_seconds(DAY_SECONDS), 180)?);
        assert!(
            is_due(&store, ben, T0, 180)?,
            "another user is not affected"
        );

        let later = T0.plus_seconds(180 * DAY_SECONDS);
        assert!(is_due(&store, anna, later, 180)?);
        skip(&store, anna, later).await?;
        assert!(!is_due(&store, anna, later, 180)?, "a skip counts");

        let all = history(&store, anna)?;
        assert_eq!(all.len(), 2);
        assert_eq!(all[0].at, T0);
        assert_eq!(all[0].confidence, answers);
        assert!(!all[0].skipped && all[0].has_answers());
        assert_eq!(all[1].at, later);
        assert!(all[1].skipped && !all[1].has_answers());
        assert_eq!(latest(&store, anna)?.map(|a| a.at), Some(later));
        assert!(history(&store, ben)?.is_empty());
        Ok(())
    }

    #[test]
    fn a_stored_confidence_off_the_scale_is_corrupt() {
        let record = SelfAssessmentRecord {
            confidence: [Some(9), None, None, None, None],
            skipped: false,
        };
        assert!(matches!(
            record.into_domain(T0),
            Err(StoreError::Corrupt { .. })
        ));
    }
}

//! Encodes and decodes stored records as postcard bytes behind a one-byte version envelope.
//!
//! The first byte of every stored record is the record's layout version. Readers state the
//! version they understand, so a record written by another layout is reported as corrupt
//! instead of being silently misread.

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::StoreError;

/// Encodes `value` as `[version, postcard bytes...]`.
///
/// Encoding into a `Vec` can only fail for types whose `Serialize` implementation itself
/// reports an error (for example a map with a non-serialisable key); the record types of
/// this application never do that, so such a failure degrades to an envelope with an empty
/// body, which `decode` then reports as corrupt rather than panicking here.
pub fn encode<T: Serialize>(version: u8, value: &T) -> Vec<u8> {
    let out = vec![version];
    match postcard::to_extend(value, out) {
        Ok(bytes) => bytes,
        Err(error) => {
            tracing::error!(%error, "a record could not be encoded; storing an empty body");
            vec![version]
        }
    }
}

/// Decodes bytes written by [`encode`], checking that the envelope carries `expected_version`.
///
/// Trailing bytes after the postcard body are rejected because they mean the record was
/// written with a different layout under the same version number.
pub fn decode<T: DeserializeOwned>(expected_version: u8, bytes: &[u8]) -> Result<T, StoreError> {
    let Some((&found, body)) = bytes.split_first() else {
        return Err(StoreError::Corrupt {
            what: "an empty record has no version byte".to_string(),
        });
    };
    if found != expected_version {
        return Err(StoreError::Corrupt {
            what: format!("record version {found} where version {expected_version} was expected"),
        });
    }
    match postcard::take_from_bytes::<T>(body) {
        Ok((value, [])) => Ok(value),
        Ok((_, rest)) => Err(StoreError::Corrupt {
            what: format!("record has {} unexpected trailing bytes", rest.len()),
        }),
        Err(error) => Err(StoreError::Corrupt {
            what: format!("record body does not decode: {error}"),
        }),
    }
}

#[cfg(test)]
mod tests {
    use serde::{Deserialize, Serialize};

    use super::{decode, encode};
    use crate::store::StoreError;

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Sample {
        id: u64,
        name: String,
        tags: Vec<String>,
        active: bool,
    }

    fn sample() -> Sample {
        Sample {
            id: 42,
            name: "Anna Schmidt".to_string(),
            tags: vec!["trainer".to_string(), "ä-ö-ü".to_string()],
            active: true,
        }
    }

    #[test]
    fn roundtrip_keeps_the_value() -> Result<(), StoreError> {
        let bytes = encode(3, &sample());
        assert_eq!(bytes.first(), Some(&3));
        let back: Sample = decode(3, &bytes)?;
        assert_eq!(back, sample());
        Ok(())
    }

    #[test]
    fn wrong_version_is_corrupt() {
        let bytes = encode(1, &sample());
        let result: Result<Sample, _> = decode(2, &bytes);
        assert!(
            matches!(result, Err(StoreError::Corrupt { .. })),
            "{result:?}"
        );
    }

    #[test]
    fn garbage_and_truncated_bytes_are_corrupt() {
        let empty: Result<Sample, _> = decode(1, &[]);
        assert!(
            matches!(empty, Err(StoreError::Corrupt { .. })),
            "{empty:?}"
        );

        let garbage: Result<Sample, _> = decode(1, &[1, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]);
        assert!(
            matches!(garbage, Err(StoreError::Corrupt { .. })),
            "{garbage:?}"
        );

        let full = encode(1, &sample());
        let truncated: Result<Sample, _> = decode(1, &full[..full.len() - 3]);
        assert!(
            matches!(truncated, Err(StoreError::Corrupt { .. })),
            "{truncated:?}"
        );

        let mut padded = full.clone();
        padded.push(0);
        let trailing: Result<Sample, _> = decode(1, &padded);
        assert!(
            matches!(trailing, Err(StoreError::Corrupt { .. })),
            "{trailing:?}"
        );
    }
}

//! The game's state between calls, as compact bytes (postcard).

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::GameError;
use crate::checks::MAX_STATE_BYTES;

/// Encodes a game's state for [`Step::state`](crate::Step).
///
/// Fails with [`GameError::InvalidState`] when the type cannot be encoded or the bytes exceed
/// [`MAX_STATE_BYTES`] (64 KiB), which the host would refuse.
pub fn encode_state<T: Serialize>(state: &T) -> Result<Vec<u8>, GameError> {
    let bytes = postcard::to_stdvec(state)
        .map_err(|error| GameError::InvalidState(format!("cannot encode the state: {error}")))?;
    if bytes.len() > MAX_STATE_BYTES {
        return Err(GameError::InvalidState(format!(
            "the state has {} bytes; at most {MAX_STATE_BYTES} are allowed, so keep less in it",
            bytes.len()
        )));
    }
    Ok(bytes)
}

/// Decodes the state a previous step returned; bytes that do not decode to `T` exactly (e.g.
/// from another version of the game) give [`GameError::InvalidState`].
pub fn decode_state<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, GameError> {
    let (state, rest) = postcard::take_from_bytes(bytes)
        .map_err(|error| GameError::InvalidState(format!("cannot read the state: {error}")))?;
    if !rest.is_empty() {
        return Err(GameError::InvalidState(format!(
            "cannot read the state: {} bytes left over",
            rest.len()
        )));
    }
    Ok(state)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() -> Result<(), GameError> {
        let state = (3_u8, String::from("de"), vec![1.0_f32, 0.5]);
        let bytes = encode_state(&state)?;
        assert_eq!(decode_state::<(u8, String, Vec<f32>)>(&bytes)?, state);
        Ok(())
    }

    #[test]
    fn bad_bytes_are_invalid_state() {
        assert!(matches!(
            decode_state::<(u8, String)>(&[1, 200]),
            Err(GameError::InvalidState(_))
        ));
        assert!(matches!(
            decode_state::<u8>(&[1, 2]),
            Err(GameError::InvalidState(message)) if message.contains("left over")
        ));
    }

    #[test]
    fn oversized_state_is_refused() {
        let big = vec![0_u8; MAX_STATE_BYTES + 1];
        assert!(matches!(
            encode_state(&big),
            Err(GameError::InvalidState(message)) if message.contains("at most")
        ));
    }
}

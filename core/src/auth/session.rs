//! Server-side sessions. The browser holds a random 256-bit token; the store holds only its
//! SHA-256, so a copy of the database does not let anyone log in. Sessions end after an idle and
//! an absolute timeout, on logout, and when the account is disabled or its password reset.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rand::RngCore;
use redb::ReadableTable;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::accounts::UserId;
use crate::clock::Timestamp;
use crate::store::{Store, StoreError, codec, tables};

const SESSION_RECORD_VERSION: u8 = 1;

/// How stale `last_seen` may get before a request writes it again; bounds writes per session.
pub const TOUCH_INTERVAL_SECONDS: u64 = 60;

/// The key of a session in the store: the SHA-256 of its token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SessionKey(pub [u8; 32]);

impl SessionKey {
    pub fn of_token(token: &str) -> SessionKey {
        SessionKey(Sha256::digest(token.as_bytes()).into())
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct SessionRecord {
    user_id: u64,
    created_at: u64,
    last_seen: u64,
    csrf_token: String,
}

#[derive(Debug, Clone)]
pub struct Session {
    pub key: SessionKey,
    pub user_id: UserId,
    pub created_at: Timestamp,
    pub last_seen: Timestamp,
    /// The token every POST form of this session must carry.
    pub csrf_token: String,
}

/// The two timeouts, in seconds.
#[derive(Debug, Clone, Copy)]
pub struct Timeouts {
    pub idle: u64,
    pub absolute: u64,
}

impl Session {
    pub fn is_expired(&self, now: Timestamp, timeouts: Timeouts) -> bool {
        now.seconds_since(self.last_seen) >= timeouts.idle
            || now.seconds_since(self.created_at) >= timeouts.absolute
    }

    pub fn needs_touch(&self, now: Timestamp) -> bool {
        now.seconds_since(self.last_seen) >= TOUCH_INTERVAL_SECONDS
    }
}

/// A fresh random token, URL-safe base64 of 32 bytes.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

fn record_of(session: &Session) -> Vec<u8> {
    codec::encode(
        SESSION_RECORD_VERSION,
        &SessionRecord {
            user_id: session.user_id.0,
            created_at: session.created_at.0,
            last_seen: session.last_seen.0,
            csrf_token: session.csrf_token.clone(),
        },
    )
}

/// Starts a session and returns the token for the cookie.
pub async fn create(
    store: &Store,
    user_id: UserId,
    now: Timestamp,
) -> Result<(String, Session), StoreError> {
    let token = random_token();
    let session = Session {
        key: SessionKey::of_token(&token),
        user_id,
        created_at: now,
        last_seen: now,
        csrf_token: random_token(),
    };
    let bytes = record_of(&session);
    let key = session.key;
    store
        .write(move |txn| {
            txn.open_table(tables::SESSIONS)?
                .insert(&key.0, bytes.as_slice())?;
            Ok::<_, StoreError>(())
        })
        .await?;
    Ok((token, session))
}

/// Finds the session of a token, expired or not.
pub fn find(store: &Store, token: &str) -> Result<Option<Session>, StoreError> {
    let key = SessionKey::of_token(token);
    let txn = store.read()?;
    let table = txn.open_table(tables::SESSIONS)?;
    let Some(bytes) = table.get(&key.0)? else {
        return Ok(None);
    };
    let record: SessionRecord = codec::decode(SESSION_RECORD_VERSION, bytes.value())?;
    Ok(Some(Session {
        key,
        user_id: UserId(record.user_id),
        created_at: Timestamp(record.created_at),
        last_seen: Timestamp(record.last_seen),
        csrf_token: record.csrf_token,
    }))
}

/// Records activity, extending the idle timeout.
pub async fn touch(store: &Store, session: &Session, now: Timestamp) -> Result<(), StoreError> {
    let mut touched = session.clone();
    touched.last_seen = now;
    let bytes = record_of(&touched);
    let key = session.key;
    store
        .write(move |txn| {
            let mut table = txn.open_table(tables::SESSIONS)?;
            // A session revoked meanwhile stays revoked.
            if table.get(&key.0)?.is_some() {
                table.insert(&key.0, bytes.as_slice())?;
            }
            Ok::<_, StoreError>(())
        })
        .await
}

pub async fn revoke(store: &Store, key: SessionKey) -> Result<(), StoreError> {
    store
        .write(move |txn| {
            txn.open_table(tables::SESSIONS)?.remove(&key.0)?;
            Ok::<_, StoreError>(())
        })
        .await
}

/// Removes every session that matches: all of one user's, or all expired ones.
pub async fn revoke_where(
    store: &Store,
    user: Option<UserId>,
    expired_at: Option<(Timestamp, Timeouts)>,
) -> Result<usize, StoreError> {
    store
        .write(move |txn| {
            let mut table = txn.open_table(tables::SESSIONS)?;
            let mut doomed = Vec::new();
            for entry in table.iter()? {
                let (key, bytes) = entry?;
                let record: SessionRecord = codec::decode(SESSION_RECORD_VERSION, bytes.value())?;
                let of_user = user.is_some_and(|user| user.0 == record.user_id);
                let expired = expired_at.is_some_and(|(now, timeouts)| {
                    now.seconds_since(Timestamp(record.last_seen)) >= timeouts.idle
                        || now.seconds_since(Timestamp(record.created_at)) >= timeouts.absolute
                });
                if of_user || expired {
                    doomed.push(*key.value());
                }
            }
            for key in &doomed {
                table.remove(key)?;
            }
            Ok::<_, StoreError>(doomed.len())
        })
        .await
}

//! Accounts: users with roles and org-unit memberships, and the org-unit tree
//! (e.g. Jobcenter → Standort → Team). Knows nothing about HTTP; stores through `crate::store`.

pub mod import;
pub mod orgunits;
pub mod password;
pub mod records;

use std::collections::BTreeSet;

use redb::{ReadableTable, WriteTransaction};

use crate::clock::Timestamp;
use crate::i18n::Locale;
use crate::store::{self, Store, StoreError, codec, tables};
use records::{USER_RECORD_VERSION, UserRecord};

pub use orgunits::{OrgUnit, OrgUnitId};

/// A user's numeric id; never reused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct UserId(pub u64);

/// A login name: 1–64 characters of letters, digits and `. _ - @`. Matched case-insensitively.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Username(String);

impl Username {
    pub fn parse(text: &str) -> Result<Username, AccountsError> {
        let text = text.trim();
        let valid = !text.is_empty()
            && text.chars().count() <= 64
            && text
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-' | '@'));
        if valid {
            Ok(Username(text.to_owned()))
        } else {
            Err(AccountsError::InvalidUsername)
        }
    }

    /// Wraps a name read back from the store, which was validated when it was written.
    pub(crate) fn from_stored(text: String) -> Username {
        Username(text)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The key under which the name is indexed (case-folded).
    pub fn index_key(&self) -> String {
        store::normalise_login_name(&self.0)
    }
}

/// What a person may do; a user can hold several.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    Player,
    Lead,
    Facilitator,
    Admin,
    Auditor,
}

impl Role {
    pub const ALL: [Role; 5] = [
        Role::Player,
        Role::Lead,
        Role::Facilitator,
        Role::Admin,
        Role::Auditor,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Role::Player => "player",
            Role::Lead => "lead",
            Role::Facilitator => "facilitator",
            Role::Admin => "admin",
            Role::Auditor => "auditor",
        }
    }

    pub fn from_code(code: &str) -> Option<Role> {
        Role::ALL
            .into_iter()
            .find(|role| role.code() == code.trim().to_ascii_lowercase())
    }

    /// The catalogue message id of the role's name.
    pub fn message_id(self) -> &'static str {
        match self {
            Role::Player => "role-player",
            Role::Lead => "role-lead",
            Role::Facilitator => "role-facilitator",
            Role::Admin => "role-admin",
            Role::Auditor => "role-auditor",
        }
    }
}

#[derive(Debug, Clone)]
pub struct User {
    pub id: UserId,
    pub username: Username,
    pub display_name: String,
    /// argon2id PHC string; `None` for an account that cannot log in with a password yet.
    pub password_hash: Option<String>,
    pub roles: BTreeSet<Role>,
    pub org_units: Vec<OrgUnitId>,
    pub disabled: bool,
    /// The language the user chose; `None` follows the browser.
    pub locale: Option<Locale>,
    pub created_at: Timestamp,
}

impl User {
    pub fn has_role(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }
}

/// The fields of a user to be created.
#[derive(Debug, Clone)]
pub struct NewUser {
    pub username: Username,
    pub display_name: String,
    pub password_hash: Option<String>,
    pub roles: BTreeSet<Role>,
    pub org_units: Vec<OrgUnitId>,
}

/// Why an account operation was refused.
#[derive(Debug, thiserror::Error)]
pub enum AccountsError {
    /// The login name has characters or a length that are not allowed.
    #[error("the login name may have 1 to 64 letters, digits and . _ - @")]
    InvalidUsername,
    /// Another account already has this login name (case-insensitively).
    #[error("the login name is already taken; choose another")]
    UsernameTaken,
    /// The display name is empty or longer than 100 characters.
    #[error("the display name must have 1 to 100 characters")]
    InvalidDisplayName,
    /// The password is shorter than the configured minimum.
    #[error("the password must have at least {min} characters")]
    WeakPassword { min: usize },
    /// No user has this id or name.
    #[error("no such user")]
    UserNotFound,
    /// No org unit has this id or name.
    #[error("no such org unit: {0}")]
    OrgUnitNotFound(String),
    /// The org unit name is empty, too long, or taken by a sibling.
    #[error("the org unit name must have 1 to 100 characters and differ from its siblings")]
    InvalidOrgUnitName,
    /// Moving the org unit there would make it its own ancestor.
    #[error("an org unit cannot be moved below itself")]
    OrgUnitCycle,
    /// The org unit still has members or children.
    #[error("the org unit still has members or sub-units; move them first")]
    OrgUnitInUse,
    /// Hashing the password failed.
    #[error("the password could not be hashed")]
    Hashing,
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<redb::StorageError> for AccountsError {
    fn from(error: redb::StorageError) -> Self {
        AccountsError::Store(error.into())
    }
}

impl From<redb::TableError> for AccountsError {
    fn from(error: redb::TableError) -> Self {
        AccountsError::Store(error.into())
    }
}

/// Checks a new password against the policy and hashes it.
pub fn hash_new_password(password: &str, min_length: usize) -> Result<String, AccountsError> {
    if password.chars().count() < min_length {
        return Err(AccountsError::WeakPassword { min: min_length });
    }
    password::hash(password).map_err(|_| AccountsError::Hashing)
}

fn check_display_name(name: &str) -> Result<String, AccountsError> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 100 {
        return Err(AccountsError::InvalidDisplayName);
    }
    Ok(name.to_owned())
}

pub fn get_user(store: &Store, id: UserId) -> Result<Option<User>, AccountsError> {
    let txn = store.read()?;
    let table = txn.open_table(tables::USERS)?;
    match table.get(id.0)? {
        Some(bytes) => {
            let record: UserRecord = codec::decode(USER_RECORD_VERSION, bytes.value())?;
            Ok(Some(record.into_user(id)))
        }
        None => Ok(None),
    }
}

pub fn find_user(store: &Store, name: &str) -> Result<Option<User>, AccountsError> {
    let key = store::normalise_login_name(name);
    let id = {
        let txn = store.read()?;
        let index = txn.open_table(tables::USERS_BY_NAME)?;
        index.get(key.as_str())?.map(|guard| guard.value())
    };
    match id {
        Some(id) => get_user(store, UserId(id)),
        None => Ok(None),
    }
}

/// Every user, ordered by login name.
pub fn list_users(store: &Store) -> Result<Vec<User>, AccountsError> {
    let txn = store.read()?;
    let table = txn.open_table(tables::USERS)?;
    let mut users = Vec::new();
    for entry in table.iter()? {
        let (id, bytes) = entry?;
        let record: UserRecord = codec::decode(USER_RECORD_VERSION, bytes.value())?;
        users.push(record.into_user(UserId(id.value())));
    }
    users.sort_by_key(|user| user.username.index_key());
    Ok(users)
}

fn write_user(txn: &WriteTransaction, user: &User) -> Result<(), AccountsError> {
    let mut table = txn.open_table(tables::USERS)?;
    table.insert(
        user.id.0,
        codec::encode(USER_RECORD_VERSION, &UserRecord::from_user(user)).as_slice(),
    )?;
    Ok(())
}

fn read_user(txn: &WriteTransaction, id: UserId) -> Result<User, AccountsError> {
    let table = txn.open_table(tables::USERS)?;
    let record: UserRecord = match table.get(id.0)? {
        Some(bytes) => codec::decode(USER_RECORD_VERSION, bytes.value())?,
        None => return Err(AccountsError::UserNotFound),
    };
    Ok(record.into_user(id))
}

/// Creates a user inside an open write transaction (used by single creates and by imports).
pub fn insert_user(
    txn: &WriteTransaction,
    new: &NewUser,
    now: Timestamp,
) -> Result<UserId, AccountsError> {
    let display_name = check_display_name(&new.display_name)?;
    let key = new.username.index_key();
    {
        let index = txn.open_table(tables::USERS_BY_NAME)?;
        if index.get(key.as_str())?.is_some() {
            return Err(AccountsError::UsernameTaken);
        }
    }
    orgunits::check_exist(txn, &new.org_units)?;
    let id = UserId(Store::next_id(txn)?);
    let user = User {
        id,
        username: new.username.clone(),
        display_name,
        password_hash: new.password_hash.clone(),
        roles: new.roles.clone(),
        org_units: new.org_units.clone(),
        disabled: false,
        locale: None,
        created_at: now,
    };
    write_user(txn, &user)?;
    txn.open_table(tables::USERS_BY_NAME)?
        .insert(key.as_str(), id.0)?;
    Ok(id)
}

pub async fn create_user(
    store: &Store,
    new: NewUser,
    now: Timestamp,
) -> Result<UserId, AccountsError> {
    store.write(move |txn| insert_user(txn, &new, now)).await
}

/// The editable fields of a user; `None` leaves a field as it is.
#[derive(Debug, Clone, Default)]
pub struct UserChange {
    pub display_name: Option<String>,
    pub roles: Option<BTreeSet<Role>>,
    pub org_units: Option<Vec<OrgUnitId>>,
    pub disabled: Option<bool>,
    pub password_hash: Option<String>,
    /// `Some(None)` returns the user to the browser's language.
    pub locale: Option<Option<Locale>>,
}

fn apply_change(
    txn: &WriteTransaction,
    id: UserId,
    change: &UserChange,
) -> Result<User, AccountsError> {
    let mut user = read_user(txn, id)?;
    if let Some(name) = &change.display_name {
        user.display_name = check_display_name(name)?;
    }
    if let Some(roles) = &change.roles {
        user.roles = roles.clone();
    }
    if let Some(units) = &change.org_units {
        orgunits::check_exist(txn, units)?;
        user.org_units = units.clone();
    }
    if let Some(disabled) = change.disabled {
        user.disabled = disabled;
    }
    if let Some(hash) = &change.password_hash {
        user.password_hash = Some(hash.clone());
    }
    if let Some(locale) = change.locale {
        user.locale = locale;
    }
    write_user(txn, &user)?;
    Ok(user)
}

/// Applies a change to one user; every field is checked before anything is written.
pub async fn change_user(
    store: &Store,
    id: UserId,
    change: UserChange,
) -> Result<User, AccountsError> {
    store.write(move |txn| apply_change(txn, id, &change)).await
}

/// The same as `change_user`, for the CLI when it holds the store itself.
pub fn change_user_blocking(
    store: &Store,
    id: UserId,
    change: UserChange,
) -> Result<User, AccountsError> {
    store.write_blocking(move |txn| apply_change(txn, id, &change))
}

pub fn create_user_blocking(
    store: &Store,
    new: NewUser,
    now: Timestamp,
) -> Result<UserId, AccountsError> {
    store.write_blocking(move |txn| insert_user(txn, &new, now))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usernames_are_checked() {
        assert!(Username::parse("anna.schmidt@kjc-musterstadt").is_ok());
        assert!(Username::parse("Jörg_M").is_ok());
        for bad in ["", "   ", "a b", "x<y", &"a".repeat(65), "semi;colon"] {
            assert!(Username::parse(bad).is_err(), "{bad:?}");
        }
        assert_eq!(
            Username::parse(" Anna ")
                .map(|n| n.index_key())
                .ok()
                .as_deref(),
            Some("anna")
        );
    }

    #[test]
    fn role_codes_roundtrip() {
        for role in Role::ALL {
            assert_eq!(Role::from_code(role.code()), Some(role));
        }
        assert_eq!(Role::from_code(" Admin "), Some(Role::Admin));
        assert_eq!(Role::from_code("root"), None);
    }
}

//! The stored forms of users and org units: serialisable boundary types with explicit conversions,
//! so the domain types in `accounts` can change without rewriting the database.

use serde::{Deserialize, Serialize};

use super::{OrgUnit, OrgUnitId, Role, User, UserId, Username};
use crate::clock::Timestamp;
use crate::i18n::Locale;

/// Envelope version of `UserRecord`.
pub const USER_RECORD_VERSION: u8 = 1;
/// Envelope version of `OrgUnitRecord`.
pub const ORG_UNIT_RECORD_VERSION: u8 = 1;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct UserRecord {
    pub username: String,
    pub display_name: String,
    pub password_hash: Option<String>,
    pub roles: Vec<String>,
    pub org_units: Vec<u64>,
    pub disabled: bool,
    pub locale: Option<String>,
    pub created_at: u64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct OrgUnitRecord {
    pub name: String,
    pub parent: Option<u64>,
}

impl UserRecord {
    pub fn from_user(user: &User) -> UserRecord {
        UserRecord {
            username: user.username.as_str().to_owned(),
            display_name: user.display_name.clone(),
            password_hash: user.password_hash.clone(),
            roles: user
                .roles
                .iter()
                .map(|role| role.code().to_owned())
                .collect(),
            org_units: user.org_units.iter().map(|unit| unit.0).collect(),
            disabled: user.disabled,
            locale: user.locale.map(|locale| locale.code().to_owned()),
            created_at: user.created_at.0,
        }
    }

    /// Unknown role or locale codes (from a newer version) are dropped rather than refused.
    pub fn into_user(self, id: UserId) -> User {
        User {
            id,
            username: Username::from_stored(self.username),
            display_name: self.display_name,
            password_hash: self.password_hash,
            roles: self
                .roles
                .iter()
                .filter_map(|code| Role::from_code(code))
                .collect(),
            org_units: self.org_units.into_iter().map(OrgUnitId).collect(),
            disabled: self.disabled,
            locale: self.locale.as_deref().and_then(Locale::from_code),
            created_at: Timestamp(self.created_at),
        }
    }
}

impl OrgUnitRecord {
    pub fn from_org_unit(unit: &OrgUnit) -> OrgUnitRecord {
        OrgUnitRecord {
            name: unit.name.clone(),
            parent: unit.parent.map(|parent| parent.0),
        }
    }

    pub fn into_org_unit(self, id: OrgUnitId) -> OrgUnit {
        OrgUnit {
            id,
            name: self.name,
            parent: self.parent.map(OrgUnitId),
        }
    }
}

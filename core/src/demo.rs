//! Demo data: a small job centre with org units and one account per role, each with its name as
//! password. Only `digifit demo` uses it, and that only listens on loopback.

use std::collections::BTreeSet;

use crate::accounts::{self, AccountsError, NewUser, Role, Username, orgunits, password};
use crate::clock::Timestamp;
use crate::store::Store;

/// The demo accounts: login name (also the password), display name, roles, org unit path.
pub const ACCOUNTS: [(&str, &str, Role, &str); 5] = [
    (
        "demo",
        "Dana Demo",
        Role::Player,
        "Jobcenter Musterstadt/Standort Nord/Team U25",
    ),
    (
        "lead",
        "Lars Lead",
        Role::Lead,
        "Jobcenter Musterstadt/Standort Nord",
    ),
    (
        "facilitator",
        "Fatma Moderation",
        Role::Facilitator,
        "Jobcenter Musterstadt/Werkakademie",
    ),
    ("admin", "Alex Admin", Role::Admin, "Jobcenter Musterstadt"),
    (
        "auditor",
        "Petra Prüfung",
        Role::Auditor,
        "Jobcenter Musterstadt",
    ),
];

const UNITS: [&str; 6] = [
    "Jobcenter Musterstadt",
    "Jobcenter Musterstadt/Standort Nord",
    "Jobcenter Musterstadt/Standort Nord/Team U25",
    "Jobcenter Musterstadt/Standort Nord/Team Markt & Integration",
    "Jobcenter Musterstadt/Standort Mitte",
    "Jobcenter Musterstadt/Werkakademie",
];

/// Colleagues without a login, so that team views have realistic group sizes.
const COLLEAGUES: [(&str, &str, &str); 6] = [
    (
        "m.becker",
        "Mara Becker",
        "Jobcenter Musterstadt/Standort Nord/Team U25",
    ),
    (
        "j.yilmaz",
        "Jonas Yılmaz",
        "Jobcenter Musterstadt/Standort Nord/Team U25",
    ),
    (
        "s.nowak",
        "Sabine Nowak",
        "Jobcenter Musterstadt/Standort Nord/Team U25",
    ),
    (
        "t.hoffmann",
        "Tobias Hoffmann",
        "Jobcenter Musterstadt/Standort Nord/Team U25",
    ),
    (
        "e.schulz",
        "Elena Schulz",
        "Jobcenter Musterstadt/Standort Nord/Team Markt & Integration",
    ),
    (
        "k.wagner",
        "Klaus Wagner",
        "Jobcenter Musterstadt/Standort Mitte",
    ),
];

/// Fills an empty store with the demo data; leaves a store that has users alone.
/// Returns whether anything was written.
pub fn seed(store: &Store, now: Timestamp) -> Result<bool, AccountsError> {
    if !accounts::list_users(store)?.is_empty() {
        return Ok(false);
    }
    let mut hashed = Vec::new();
    for (name, display, role, unit) in ACCOUNTS {
        // The demo passwords are deliberately short; the password policy applies to real accounts.
        let hash = password::hash(name).map_err(|_| AccountsError::Hashing)?;
        hashed.push((name, display, role, unit, Some(hash)));
    }
    store.write_blocking(move |txn| {
        for path in UNITS {
            let (parent_path, name) = match path.rsplit_once('/') {
                Some((parent, name)) => (Some(parent), name),
                None => (None, path),
            };
            let parent = match parent_path {
                Some(parent_path) => {
                    let tree = orgunits::tree_in(txn)?;
                    Some(
                        orgunits::find_by_path(&tree, parent_path)
                            .ok_or_else(|| AccountsError::OrgUnitNotFound(parent_path.into()))?,
                    )
                }
                None => None,
            };
            orgunits::insert(txn, name, parent)?;
        }
        let tree = orgunits::tree_in(txn)?;
        let people = hashed
            .iter()
            .map(|(name, display, role, unit, hash)| {
                (
                    *name,
                    *display,
                    BTreeSet::from([*role]),
                    *unit,
                    hash.clone(),
                )
            })
            .chain(COLLEAGUES.iter().map(|(name, display, unit)| {
                (*name, *display, BTreeSet::from([Role::Player]), *unit, None)
            }));
        for (name, display, roles, unit, password_hash) in people {
            let unit = orgunits::find_by_path(&tree, unit)
                .ok_or_else(|| AccountsError::OrgUnitNotFound(unit.into()))?;
            let new = NewUser {
                username: Username::parse(name)?,
                display_name: display.to_owned(),
                password_hash,
                roles,
                org_units: vec![unit],
            };
            accounts::insert_user(txn, &new, now)?;
        }
        Ok::<_, AccountsError>(())
    })?;
    Ok(true)
}

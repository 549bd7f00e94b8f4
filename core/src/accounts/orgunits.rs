//! The org-unit tree: units with an optional parent, listed depth-first for display and found by
//! path (`Jobcenter Musterstadt/Standort Nord/Team U25`) for imports and the CLI.

use std::collections::{BTreeMap, HashMap, HashSet};

use redb::{ReadableTable, WriteTransaction};

use super::AccountsError;
use super::records::{ORG_UNIT_RECORD_VERSION, OrgUnitRecord, USER_RECORD_VERSION, UserRecord};
use crate::store::{Store, codec, tables};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct OrgUnitId(pub u64);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgUnit {
    pub id: OrgUnitId,
    pub name: String,
    pub parent: Option<OrgUnitId>,
}

/// One unit in a depth-first listing, with its depth and its full path.
#[derive(Debug, Clone)]
pub struct TreeEntry {
    pub unit: OrgUnit,
    pub depth: usize,
    pub path: String,
}

fn all_units<T: ReadableTable<u64, &'static [u8]>>(
    table: &T,
) -> Result<Vec<OrgUnit>, AccountsError> {
    let mut units = Vec::new();
    for entry in table.iter()? {
        let (id, bytes) = entry?;
        let record: OrgUnitRecord = codec::decode(ORG_UNIT_RECORD_VERSION, bytes.value())?;
        units.push(record.into_org_unit(OrgUnitId(id.value())));
    }
    Ok(units)
}

/// Orders units depth-first, siblings by name, and computes each unit's path.
pub fn tree_of(units: Vec<OrgUnit>) -> Vec<TreeEntry> {
    let mut children: BTreeMap<Option<OrgUnitId>, Vec<OrgUnit>> = BTreeMap::new();
    for unit in units {
        children.entry(unit.parent).or_default().push(unit);
    }
    for siblings in children.values_mut() {
        siblings.sort_by_key(|unit| unit.name.to_lowercase());
    }
    let mut listing = Vec::new();
    let mut stack: Vec<(OrgUnit, usize, String)> = children
        .get(&None)
        .map(|roots| {
            roots
                .iter()
                .rev()
                .map(|u| (u.clone(), 0, u.name.clone()))
                .collect()
        })
        .unwrap_or_default();
    while let Some((unit, depth, path)) = stack.pop() {
        if let Some(kids) = children.get(&Some(unit.id)) {
            for kid in kids.iter().rev() {
                stack.push((kid.clone(), depth + 1, format!("{path}/{}", kid.name)));
            }
        }
        listing.push(TreeEntry { unit, depth, path });
    }
    listing
}

/// These units with all their ancestors: everything a member of these units belongs to.
pub fn with_ancestors(units: &[OrgUnitId], tree: &[TreeEntry]) -> HashSet<OrgUnitId> {
    let parents: HashMap<OrgUnitId, Option<OrgUnitId>> =
        tree.iter().map(|e| (e.unit.id, e.unit.parent)).collect();
    let mut found = HashSet::new();
    for unit in units {
        let mut current = Some(*unit);
        while let Some(id) = current {
            if !found.insert(id) {
                break;
            }
            current = parents.get(&id).copied().flatten();
        }
    }
    found
}

/// The whole tree, depth-first.
pub fn tree(store: &Store) -> Result<Vec<TreeEntry>, AccountsError> {
    let txn = store.read()?;
    let table = txn.open_table(tables::ORG_UNITS)?;
    Ok(tree_of(all_units(&table)?))
}

/// The whole tree as a write transaction sees it.
pub fn tree_in(txn: &WriteTransaction) -> Result<Vec<TreeEntry>, AccountsError> {
    Ok(tree_of(all_units(&txn.open_table(tables::ORG_UNITS)?)?))
}

pub fn get(store: &Store, id: OrgUnitId) -> Result<Option<OrgUnit>, AccountsError> {
    Ok(tree(store)?
        .into_iter()
        .map(|entry| entry.unit)
        .find(|unit| unit.id == id))
}

/// Finds a unit by its full path (`A/B/C`, case-insensitive) or, when unique, by its bare name.
pub fn find_by_path(entries: &[TreeEntry], path: &str) -> Option<OrgUnitId> {
    let wanted = path.trim().trim_matches('/').to_lowercase();
    if let Some(entry) = entries.iter().find(|e| e.path.to_lowercase() == wanted) {
        return Some(entry.unit.id);
    }
    let mut by_name = entries
        .iter()
        .filter(|e| e.unit.name.to_lowercase() == wanted);
    match (by_name.next(), by_name.next()) {
        (Some(only), None) => Some(only.unit.id),
        _ => None,
    }
}

pub(super) fn check_exist(txn: &WriteTransaction, ids: &[OrgUnitId]) -> Result<(), AccountsError> {
    let table = txn.open_table(tables::ORG_UNITS)?;
    for id in ids {
        if table.get(id.0)?.is_none() {
            return Err(AccountsError::OrgUnitNotFound(id.0.to_string()));
        }
    }
    Ok(())
}

fn check_name(
    units: &[OrgUnit],
    name: &str,
    parent: Option<OrgUnitId>,
    except: Option<OrgUnitId>,
) -> Result<String, AccountsError> {
    let name = name.trim();
    let clash = units.iter().any(|u| {
        u.parent == parent && Some(u.id) != except && u.name.to_lowercase() == name.to_lowercase()
    });
    if name.is_empty() || name.chars().count() > 100 || name.contains('/') || clash {
        return Err(AccountsError::InvalidOrgUnitName);
    }
    Ok(name.to_owned())
}

fn write_unit(txn: &WriteTransaction, unit: &OrgUnit) -> Result<(), AccountsError> {
    let bytes = codec::encode(ORG_UNIT_RECORD_VERSION, &OrgUnitRecord::from_org_unit(unit));
    txn.open_table(tables::ORG_UNITS)?
        .insert(unit.id.0, bytes.as_slice())?;
    Ok(())
}

/// Creates a unit inside an open write transaction.
pub fn insert(
    txn: &WriteTransaction,
    name: &str,
    parent: Option<OrgUnitId>,
) -> Result<OrgUnitId, AccountsError> {
    let units = all_units(&txn.open_table(tables::ORG_UNITS)?)?;
    if let Some(parent) = parent
        && !units.iter().any(|u| u.id == parent)
    {
        return Err(AccountsError::OrgUnitNotFound(parent.0.to_string()));
    }
    let name = check_name(&units, name, parent, None)?;
    let id = OrgUnitId(Store::next_id(txn)?);
    write_unit(txn, &OrgUnit { id, name, parent })?;
    Ok(id)
}

pub async fn create(
    store: &Store,
    name: String,
    parent: Option<OrgUnitId>,
) -> Result<OrgUnitId, AccountsError> {
    store.write(move |txn| insert(txn, &name, parent)).await
}

/// Renames and/or moves a unit, refusing to make it its own ancestor.
pub async fn update(
    store: &Store,
    id: OrgUnitId,
    name: String,
    parent: Option<OrgUnitId>,
) -> Result<(), AccountsError> {
    store
        .write(move |txn| {
            let units = all_units(&txn.open_table(tables::ORG_UNITS)?)?;
            if !units.iter().any(|u| u.id == id) {
                return Err(AccountsError::OrgUnitNotFound(id.0.to_string()));
            }
            let mut ancestor = parent;
            while let Some(current) = ancestor {
                if current == id {
                    return Err(AccountsError::OrgUnitCycle);
                }
                ancestor = match units.iter().find(|u| u.id == current) {
                    Some(unit) => unit.parent,
                    None => return Err(AccountsError::OrgUnitNotFound(current.0.to_string())),
                };
            }
            let name = check_name(&units, &name, parent, Some(id))?;
            write_unit(txn, &OrgUnit { id, name, parent })
        })
        .await
}

/// Deletes a unit that has neither sub-units nor members.
pub async fn delete(store: &Store, id: OrgUnitId) -> Result<(), AccountsError> {
    store
        .write(move |txn| {
            let units = all_units(&txn.open_table(tables::ORG_UNITS)?)?;
            if !units.iter().any(|u| u.id == id) {
                return Err(AccountsError::OrgUnitNotFound(id.0.to_string()));
            }
            if units.iter().any(|u| u.parent == Some(id)) {
                return Err(AccountsError::OrgUnitInUse);
            }
            let users = txn.open_table(tables::USERS)?;
            for entry in users.iter()? {
                let (_, bytes) = entry?;
                let record: UserRecord = codec::decode(USER_RECORD_VERSION, bytes.value())?;
                if record.org_units.contains(&id.0) {
                    return Err(AccountsError::OrgUnitInUse);
                }
            }
            drop(users);
            txn.open_table(tables::ORG_UNITS)?.remove(id.0)?;
            Ok(())
        })
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(id: u64, name: &str, parent: Option<u64>) -> OrgUnit {
        OrgUnit {
            id: OrgUnitId(id),
            name: name.into(),
            parent: parent.map(OrgUnitId),
        }
    }

    #[test]
    fn tree_is_depth_first_with_paths() {
        let entries = tree_of(vec![
            unit(3, "Team U25", Some(2)),
            unit(1, "Jobcenter", None),
            unit(2, "Standort Nord", Some(1)),
            unit(4, "Standort Mitte", Some(1)),
        ]);
        let listing: Vec<_> = entries.iter().map(|e| (e.depth, e.path.as_str())).collect();
        assert_eq!(
            listing,
            vec![
                (0, "Jobcenter"),
                (1, "Jobcenter/Standort Mitte"),
                (1, "Jobcenter/Standort Nord"),
                (2, "Jobcenter/Standort Nord/Team U25"),
            ]
        );
        assert_eq!(
            find_by_path(&entries, "jobcenter/standort nord/team u25"),
            Some(OrgUnitId(3))
        );
        assert_eq!(find_by_path(&entries, "Team U25"), Some(OrgUnitId(3)));
        assert_eq!(find_by_path(&entries, "Nowhere"), None);
    }
}

//! CSV import of users: every row is checked on its own, good rows are created in one transaction,
//! and every bad row is reported with its line number and the reason, so an admin can fix the file
//! and import only what failed.
//!
//! Columns (header row required, order free): `username`, `display_name`, `roles` (codes separated
//! by spaces, commas or semicolons; default `player`), `org_units` (paths separated by `;`),
//! `password` (optional; without it the account has no password until an admin sets one).

use std::collections::{BTreeSet, HashSet};

use super::orgunits::{self, TreeEntry};
use super::{AccountsError, NewUser, Role, Username};
use crate::clock::Timestamp;
use crate::store::Store;

/// Why one row was not imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowProblem {
    /// The CSV row itself could not be read.
    Unreadable(String),
    /// The login name has characters or a length that are not allowed.
    InvalidUsername,
    /// An existing account has the login name.
    UsernameTaken,
    /// An earlier row of the file has the login name.
    DuplicateInFile,
    /// The display name is empty or too long.
    InvalidDisplayName,
    /// The roles column names a role that does not exist.
    UnknownRole(String),
    /// The org_units column names a unit that does not exist.
    UnknownOrgUnit(String),
    /// The password is shorter than the minimum.
    WeakPassword { min: usize },
    /// Something else failed for this row.
    Other(String),
}

impl From<AccountsError> for RowProblem {
    fn from(error: AccountsError) -> Self {
        match error {
            AccountsError::InvalidUsername => RowProblem::InvalidUsername,
            AccountsError::UsernameTaken => RowProblem::UsernameTaken,
            AccountsError::InvalidDisplayName => RowProblem::InvalidDisplayName,
            AccountsError::WeakPassword { min } => RowProblem::WeakPassword { min },
            AccountsError::OrgUnitNotFound(unit) => RowProblem::UnknownOrgUnit(unit),
            other => RowProblem::Other(other.to_string()),
        }
    }
}

/// The outcome of one data row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowReport {
    /// The line in the file (the header is line 1).
    pub line: u64,
    pub username: String,
    /// `None` when the user was created.
    pub problem: Option<RowProblem>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportReport {
    pub rows: Vec<RowReport>,
}

impl ImportReport {
    pub fn created(&self) -> usize {
        self.rows.iter().filter(|row| row.problem.is_none()).count()
    }

    pub fn failed(&self) -> usize {
        self.rows.len() - self.created()
    }
}

/// Why a whole file was refused before any row was looked at.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file is not UTF-8 CSV with a header row.
    #[error("the file is not a CSV file with a header row: {0}")]
    Unreadable(String),
    /// A required column is missing from the header.
    #[error("the header has no column {0:?}")]
    MissingColumn(&'static str),
    /// The file has more rows than one import takes.
    #[error("the file has more than {0} rows; split it")]
    TooManyRows(usize),
    #[error(transparent)]
    Accounts(#[from] AccountsError),
}

pub const MAX_ROWS: usize = 5000;

struct Candidate {
    line: u64,
    username: String,
    password: Option<String>,
    user: Result<NewUser, RowProblem>,
}

fn parse_rows(csv_text: &[u8], units: &[TreeEntry]) -> Result<Vec<Candidate>, ImportError> {
    let text = std::str::from_utf8(csv_text)
        .map_err(|_| ImportError::Unreadable("it is not UTF-8 text".into()))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // The csv reader ends a record at the CR of a CRLF and counts the LF into the next record,
    // which puts every line number of a Windows file one short; plain line ends avoid that.
    let text = text.replace("\r\n", "\n");
    // Spreadsheet programs in Germany write semicolon-separated files; accept both.
    let first_line = text.lines().next().unwrap_or_default();
    let delimiter = if first_line.matches(';').count() > first_line.matches(',').count() {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| ImportError::Unreadable(e.to_string()))?
        .clone();
    let column = |name: &'static str| headers.iter().position(|h| h.eq_ignore_ascii_case(name));
    let username_column = column("username").ok_or(ImportError::MissingColumn("username"))?;
    let display_column =
        column("display_name").ok_or(ImportError::MissingColumn("display_name"))?;
    let roles_column = column("roles");
    let units_column = column("org_units");
    let password_column = column("password");
    let mut candidates = Vec::new();
    for (index, record) in reader.records().enumerate() {
        if index >= MAX_ROWS {
            return Err(ImportError::TooManyRows(MAX_ROWS));
        }
        let line = record
            .as_ref()
            .ok()
            .and_then(|r| r.position())
            .map(|p| p.line())
            .unwrap_or(index as u64 + 2);
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                candidates.push(Candidate {
                    line,
                    username: String::new(),
                    password: None,
                    user: Err(RowProblem::Unreadable(error.to_string())),
                });
                continue;
            }
        };
        let field = |column: Option<usize>| {
            column
                .and_then(|c| record.get(c))
                .unwrap_or_default()
                .to_owned()
        };
        let username = field(Some(username_column));
        let password = Some(field(password_column)).filter(|p| !p.is_empty());
        let user = (|| -> Result<NewUser, RowProblem> {
            let name = Username::parse(&username)?;
            let mut roles = BTreeSet::new();
            for code in field(roles_column)
                .split([' ', ',', ';', '|'])
                .filter(|c| !c.is_empty())
            {
                let role = Role::from_code(code)
                    .ok_or_else(|| RowProblem::UnknownRole(code.to_owned()))?;
                roles.insert(role);
            }
            if roles.is_empty() {
                roles.insert(Role::Player);
            }
            let mut org_units = Vec::new();
            for path in field(units_column)
                .split(';')
                .map(str::trim)
                .filter(|p| !p.is_empty())
            {
                org_units.push(
                    orgunits::find_by_path(units, path)
                        .ok_or_else(|| RowProblem::UnknownOrgUnit(path.to_owned()))?,
                );
            }
            Ok(NewUser {
                username: name,
                display_name: field(Some(display_column)),
                password_hash: None,
                roles,
                org_units,
            })
        })();
        candidates.push(Candidate {
            line,
            username,
            password,
            user,
        });
    }
    Ok(candidates)
}

/// Imports users from CSV bytes. Hashing passwords is slow, so call this from a blocking context.
pub fn import_users(
    store: &Store,
    csv_text: &[u8],
    min_password_length: usize,
    now: Timestamp,
) -> Result<ImportReport, ImportError> {
    let units = orgunits::tree(store)?;
    let mut candidates = parse_rows(csv_text, &units)?;
    let mut seen = HashSet::new();
    for candidate in &mut candidates {
        if let Ok(user) = &mut candidate.user {
            if !seen.insert(user.username.index_key()) {
                candidate.user = Err(RowProblem::DuplicateInFile);
                continue;
            }
            if let Some(password) = &candidate.password {
                match super::hash_new_password(password, min_password_length) {
                    Ok(hash) => user.password_hash = Some(hash),
                    Err(error) => candidate.user = Err(error.into()),
                }
            }
        }
    }
    let plan: Vec<(u64, String, Result<NewUser, RowProblem>)> = candidates
        .into_iter()
        .map(|c| (c.line, c.username, c.user))
        .collect();
    let rows = store.write_blocking(move |txn| {
        let mut rows = Vec::with_capacity(plan.len());
        for (line, username, user) in &plan {
            let problem = match user {
                Ok(user) => super::insert_user(txn, user, now)
                    .err()
                    .map(RowProblem::from),
                Err(problem) => Some(problem.clone()),
            };
            rows.push(RowReport {
                line: *line,
                username: username.clone(),
                problem,
            });
        }
        Ok::<_, AccountsError>(rows)
    })?;
    Ok(ImportReport { rows })
}

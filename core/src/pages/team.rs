//! The lead's team page: participation and training needs of the lead's org units, as a table
//! per unit, and the same figures as a CSV file for HR. Only what `insights::team` lets through
//! appears; this module puts it into words.

use askama::Template;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::errors::AppError;
use super::layout::{Chrome, render};
use crate::competence::model;
use crate::http::state::AppState;
use crate::i18n::{Locale, Tr};
use crate::insights::team::{self, InsightsError, Need, TeamReport, UnitReport};

impl From<InsightsError> for AppError {
    fn from(error: InsightsError) -> Self {
        match error {
            InsightsError::Store(store) => AppError::Store(store),
            other => AppError::Internal(other.to_string()),
        }
    }
}

/// How urgent a competence's training need is, by the share at the foundation levels.
fn need_class(need: &Need) -> (&'static str, &'static str) {
    match need.foundation_percent() {
        50.. => ("need-high", "team-need-high"),
        25.. => ("need-medium", "team-need-medium"),
        _ => ("need-low", "team-need-low"),
    }
}

/// One competence's row.
#[derive(Debug, Clone)]
pub struct NeedRow {
    pub id: String,
    pub name: String,
    pub measured: usize,
    pub median: String,
    /// "hoch: 60 % auf Stufe 1–2"
    pub need: String,
    pub class: &'static str,
}

/// One unit's section.
#[derive(Debug, Clone)]
pub struct UnitView {
    pub anchor: String,
    pub title: String,
    /// "Standort Nord" inside the lead's part of the tree is a level 2 heading, its teams level 3.
    pub heading_level: usize,
    pub participation: String,
    pub caption: String,
    pub rows: Vec<NeedRow>,
    /// Why some or all competences are missing from the table.
    pub hidden: Option<String>,
}

#[derive(Template)]
#[template(path = "team.html")]
pub struct TeamPage {
    pub chrome: Chrome,
    pub intro: String,
    pub units: Vec<UnitView>,
}

fn unit_view(t: &Tr, report: &TeamReport, unit: &UnitReport) -> Result<UnitView, AppError> {
    let framework = model::digcomp().map_err(|e| AppError::Internal(e.to_string()))?;
    let k = report.min_group_size.to_string();
    let participation = match unit.participation {
        Some(figures) => t.with_all(
            "team-participation",
            &[
                ("members", &figures.members.to_string()),
                ("active", &figures.active.to_string()),
                ("days", &team::ACTIVE_DAYS.to_string()),
            ],
        ),
        None => t.with("team-participation-hidden", "k", &k),
    };
    let rows: Vec<NeedRow> = unit
        .needs
        .iter()
        .map(|(id, need)| {
            let (class, word) = need_class(need);
            NeedRow {
                id: id.clone(),
                name: framework
                    .competence(id)
                    .map(|c| c.name(t.locale).to_owned())
                    .unwrap_or_else(|| id.clone()),
                measured: need.measured,
                median: t.with("team-level", "level", &need.median_level.to_string()),
                need: t.with_all(word, &[("percent", &need.foundation_percent().to_string())]),
                class,
            }
        })
        .collect();
    let missing = framework.competences().count() - rows.len();
    let hidden = match (rows.is_empty(), missing) {
        (true, _) => Some(t.with("team-needs-none", "k", &k)),
        (false, 0) => None,
        (false, count) => Some(t.with_all(
            "team-needs-some-hidden",
            &[("count", &count.to_string()), ("k", &k)],
        )),
    };
    Ok(UnitView {
        anchor: format!("unit-{}", unit.unit.unit.id.0),
        title: unit.unit.path.clone(),
        heading_level: (unit.depth + 2).min(4),
        participation,
        caption: t.with("team-caption", "unit", &unit.unit.unit.name),
        rows,
        hidden,
    })
}

fn report_for(state: &AppState, chrome: &Chrome) -> Result<TeamReport, AppError> {
    let user = chrome
        .user
        .as_ref()
        .ok_or_else(|| AppError::Internal("team page without a user".into()))?;
    Ok(team::report(
        &state.store,
        user,
        state.settings.min_group_size,
        state.settings.clock.now(),
    )?)
}

pub async fn view_team_get(
    State(state): State<AppState>,
    chrome: Chrome,
) -> Result<Response, AppError> {
    let report = report_for(&state, &chrome)?;
    let units = report
        .units
        .iter()
        .map(|unit| unit_view(&chrome.t, &report, unit))
        .collect::<Result<Vec<_>, _>>()?;
    let page = TeamPage {
        intro: chrome
            .t
            .with("team-intro", "k", &report.min_group_size.to_string()),
        units,
        chrome,
    };
    Ok(render(StatusCode::OK, &page))
}

/// A cell as a spreadsheet will not run it as a formula.
fn inert(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

/// The shown figures as CSV (semicolon-separated, with a byte-order mark, as German
/// spreadsheets open it).
fn csv_of(t: &Tr, report: &TeamReport) -> Result<Vec<u8>, AppError> {
    let framework = model::digcomp().map_err(|e| AppError::Internal(e.to_string()))?;
    let mut writer = csv::WriterBuilder::new()
        .delimiter(b';')
        .from_writer(b"\xEF\xBB\xBF".to_vec());
    let failed = |e: csv::Error| AppError::Internal(e.to_string());
    writer
        .write_record(
            [
                "team-csv-unit",
                "team-csv-competence-id",
                "team-csv-competence",
                "team-csv-measured",
                "team-csv-median",
                "team-csv-foundation",
                "team-csv-foundation-percent",
            ]
            .map(|id| t.get(id)),
        )
        .map_err(failed)?;
    for unit in &report.units {
        for (id, need) in &unit.needs {
            let name = framework
                .competence(id)
                .map_or(id.as_str(), |c| c.name(t.locale));
            writer
                .write_record([
                    inert(&unit.unit.path),
                    id.clone(),
                    inert(name),
                    need.measured.to_string(),
                    need.median_level.to_string(),
                    need.foundation.to_string(),
                    need.foundation_percent().to_string(),
                ])
                .map_err(failed)?;
        }
    }
    writer
        .into_inner()
        .map_err(|e| AppError::Internal(e.to_string()))
}

pub async fn view_team_csv_get(
    State(state): State<AppState>,
    chrome: Chrome,
) -> Result<Response, AppError> {
    let report = report_for(&state, &chrome)?;
    let body = csv_of(&chrome.t, &report)?;
    let name = match chrome.t.locale {
        Locale::De => "schulungsbedarf.csv",
        Locale::En => "training-needs.csv",
    };
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/csv; charset=utf-8"),
            ),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_str(&format!("attachment; filename=\"{name}\""))
                    .map_err(|e| AppError::Internal(e.to_string()))?,
            ),
        ],
        body,
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spreadsheet_formulas_are_made_inert() {
        assert_eq!(inert("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(inert("-1"), "'-1");
        assert_eq!(inert("Team U25"), "Team U25");
    }

    #[test]
    fn the_need_follows_the_share_at_levels_1_and_2() {
        let need = |foundation| Need {
            measured: 10,
            median_level: 3,
            foundation,
        };
        assert_eq!(need_class(&need(5)).0, "need-high");
        assert_eq!(need_class(&need(3)).0, "need-medium");
        assert_eq!(need_class(&need(2)).0, "need-low");
    }
}

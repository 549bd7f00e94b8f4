//! The player's own profile (`/profile`): the measured level of each of the 21 DigComp
//! competences with its uncertainty (an SVG chart drawn on the server and a table with the same
//! values), the self-assessed confidence per area beside it, the recently played episodes and
//! the training offers that fit the weakest competences; and the short, skippable
//! self-assessment form (`/self-assessment`).
//!
//! Both pages only ever show the requesting user's own data: they take no user parameter.

mod chart;

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::errors::AppError;
use super::layout::{Chrome, render};
use super::login::safe_next;
use crate::accounts::UserId;
use crate::clock::Timestamp;
use crate::competence::estimate::{self, Belief, LevelEstimate, Params};
use crate::competence::model::{self, DigComp};
use crate::competence::self_assessment::{self, AREAS, Confidence, SelfAssessment};
use crate::competence::{beliefs, offers};
use crate::games::play;
use crate::http::form::FormFields;
use crate::http::state::AppState;
use crate::i18n::{Locale, Tr};

pub use chart::Chart;

/// How many recently played episodes the profile lists.
const RECENT_EPISODES: usize = 10;
/// How many of the weakest competences count as gaps at most.
const MAX_GAPS: usize = 3;
/// A measured competence below this level is a gap that offers may close.
const GAP_BELOW_LEVEL: u8 = 6;
/// Where the self-assessment form returns to unless a local `next` says otherwise.
const PROFILE_PATH: &str = "/profile";

/// A competence's line in the table.
#[derive(Debug, Clone)]
pub struct CompetenceLine {
    pub id: String,
    pub name: String,
    /// "Stufe 5, Bereich 3–7", or "noch nicht gemessen".
    pub level_text: String,
    pub measured: bool,
    pub answers: u32,
}

/// An area with its competences, for the table.
#[derive(Debug, Clone)]
pub struct AreaBlock {
    pub id: String,
    pub name: String,
    pub competences: Vec<CompetenceLine>,
}

/// An area's self-assessed confidence beside what was measured in it.
#[derive(Debug, Clone)]
pub struct SelfRow {
    pub area: String,
    /// The answer, if given.
    pub confidence: Option<u8>,
    /// "4 von 5 – eher sicher", or "nicht beantwortet".
    pub confidence_text: String,
    /// Five dots, filled up to the answer.
    pub dots: Vec<Dot>,
    /// The measured levels of the area's competences ("4.2: Stufe 5"); empty when none is
    /// measured yet.
    pub measured: Vec<String>,
}

/// One dot of the confidence scale.
#[derive(Debug, Clone, Copy)]
pub struct Dot {
    pub cx: u32,
    pub filled: bool,
}

/// A self-assessment in the history table.
#[derive(Debug, Clone)]
pub struct HistoryRow {
    pub date: String,
    pub skipped: bool,
    /// Per area: the answer, or `None` when not answered.
    pub cells: Vec<Option<u8>>,
}

/// A recently played episode.
#[derive(Debug, Clone)]
pub struct RecentEpisode {
    pub game: String,
    /// The game is no longer installed (its results stay).
    pub removed: bool,
    pub episode: String,
    pub date: String,
    pub score_percent: Option<u32>,
    /// The session to resume, when unfinished and the game is still installed.
    pub resume: Option<u64>,
}

/// A training offer as the profile shows it.
#[derive(Debug, Clone)]
pub struct OfferView {
    pub id: u64,
    pub title: String,
    pub kind: String,
    pub description: String,
    pub link: Option<String>,
    pub contact: Option<String>,
}

/// One of the weakest measured competences with the offers that fit it.
#[derive(Debug, Clone)]
pub struct Gap {
    pub id: String,
    pub name: String,
    pub level_text: String,
    pub offers: Vec<OfferView>,
}

#[derive(Template)]
#[template(path = "profile.html")]
pub struct ProfilePage {
    pub chrome: Chrome,
    pub areas: Vec<AreaBlock>,
    pub chart: Chart,
    pub chart_desc: String,
    pub measured_count: usize,
    pub self_rows: Vec<SelfRow>,
    /// The date of the latest answered self-assessment.
    pub self_date: Option<String>,
    pub history: Vec<HistoryRow>,
    pub area_headers: Vec<String>,
    pub recent: Vec<RecentEpisode>,
    pub gaps: Vec<Gap>,
}

/// One answer on the self-assessment form.
#[derive(Debug, Clone)]
pub struct ScaleOption {
    pub value: u8,
    pub label: String,
    pub checked: bool,
}

/// One area's question on the self-assessment form.
#[derive(Debug, Clone)]
pub struct AreaQuestion {
    pub id: String,
    pub name: String,
    pub hint: String,
    pub options: Vec<ScaleOption>,
    pub error: Option<String>,
}

/// An entry of the error summary: the message and the id of the element it links to.
#[derive(Debug, Clone)]
pub struct SummaryEntry {
    pub target: String,
    pub message: String,
}

#[derive(Template)]
#[template(path = "self_assessment.html")]
pub struct SelfAssessmentPage {
    pub chrome: Chrome,
    pub areas: Vec<AreaQuestion>,
    pub errors: Vec<SummaryEntry>,
    pub action_error: Option<String>,
    pub next: String,
}

fn framework() -> Result<&'static DigComp, AppError> {
    model::digcomp().map_err(|error| AppError::Internal(error.to_string()))
}

fn signed_in(chrome: &Chrome) -> Result<UserId, AppError> {
    chrome
        .user
        .as_ref()
        .map(|user| user.id)
        .ok_or_else(|| AppError::Internal("profile page without a user".into()))
}

/// A date as people write it: 15.01.2027 in German, 2027-01-15 in English (unambiguous).
pub fn format_date(at: Timestamp, locale: Locale) -> String {
    let (year, month, day) = at.utc_date();
    match locale {
        Locale::De => format!("{day:02}.{month:02}.{year}"),
        Locale::En => format!("{year}-{month:02}-{day:02}"),
    }
}

/// "Stufe 5, Bereich 3–7": the level of the mean and the levels its 95 % range covers.
fn level_text(t: &Tr, estimate: &LevelEstimate) -> String {
    let level = t.with("profile-level", "level", &estimate.level.to_string());
    let range = format!("{}–{}", estimate.lowest, estimate.highest);
    format!("{level}, {}", t.with("profile-range", "range", &range))
}

/// The measured competences with their belief and level, in the framework's order.
struct Measurement<'f> {
    competence: &'f model::Competence,
    belief: Belief,
    estimate: LevelEstimate,
}

fn measurements<'f>(
    framework: &'f DigComp,
    abilities: &std::collections::BTreeMap<String, Belief>,
) -> Vec<Measurement<'f>> {
    let params = Params::default();
    framework
        .competences()
        .filter_map(|competence| {
            let belief = abilities.get(&competence.id).filter(|b| b.count > 0)?;
            Some(Measurement {
                competence,
                belief: *belief,
                estimate: estimate::level(belief, &params),
            })
        })
        .collect()
}

/// Up to three of the weakest measured competences (lowest ability first) below level 6.
fn gaps<'m, 'f>(measured: &'m [Measurement<'f>]) -> Vec<&'m Measurement<'f>> {
    let mut weakest: Vec<&Measurement> = measured
        .iter()
        .filter(|m| m.estimate.level < GAP_BELOW_LEVEL)
        .collect();
    weakest.sort_by(|a, b| a.belief.mean.total_cmp(&b.belief.mean));
    weakest.truncate(MAX_GAPS);
    weakest
}

fn dots(confidence: Option<u8>) -> Vec<Dot> {
    (1..=Confidence::MAX)
        .map(|value| Dot {
            cx: 6 + u32::from(value - 1) * 15,
            filled: confidence.is_some_and(|answer| value <= answer),
        })
        .collect()
}

fn profile_page(state: &AppState, chrome: Chrome) -> Result<ProfilePage, AppError> {
    let user = signed_in(&chrome)?;
    let t = chrome.t;
    let locale = t.locale;
    let framework = framework()?;
    let abilities = beliefs::abilities(&state.store, user)?;
    let measured = measurements(framework, &abilities);
    let measured_of = |id: &str| measured.iter().find(|m| m.competence.id == id);

    let mut areas = Vec::new();
    let mut chart_areas = Vec::new();
    for area in framework.areas() {
        let mut lines = Vec::new();
        let mut chart_rows = Vec::new();
        for competence in &area.competences {
            let found = measured_of(&competence.id);
            lines.push(CompetenceLine {
                id: competence.id.clone(),
                name: competence.name(locale).to_owned(),
                level_text: match found {
                    Some(m) => level_text(&t, &m.estimate),
                    None => t.get("profile-not-measured"),
                },
                measured: found.is_some(),
                answers: found.map_or(0, |m| m.belief.count),
            });
            chart_rows.push(chart::CompetenceInput {
                id: competence.id.clone(),
                name: competence.name(locale).to_owned(),
                measured: found.map(|m| m.estimate),
            });
        }
        let name = area.name(locale).to_owned();
        chart_areas.push(chart::AreaInput {
            label: format!("{} {name}", area.id),
            competences: chart_rows,
        });
        areas.push(AreaBlock {
            id: area.id.clone(),
            name,
            competences: lines,
        });
    }
    let chart = chart::build(&chart_areas);
    let chart_desc = t.with("profile-chart-desc", "count", &measured.len().to_string());

    // Self-assessment: the latest answered one beside the measured levels, and the history.
    let history = self_assessment::history(&state.store, user)?;
    let latest_answered: Option<&SelfAssessment> =
        history.iter().rev().find(|a| !a.skipped && a.has_answers());
    let self_rows = framework
        .areas()
        .iter()
        .enumerate()
        .map(|(index, area)| {
            let confidence = latest_answered
                .and_then(|a| a.confidence.get(index).copied().flatten())
                .map(Confidence::value);
            let confidence_text = match confidence {
                Some(value) => format!(
                    "{} – {}",
                    t.with("profile-self-value", "value", &value.to_string()),
                    t.get(&format!("self-assessment-scale-{value}"))
                ),
                None => t.get("profile-self-not-answered"),
            };
            let measured_in_area: Vec<String> = measured
                .iter()
                .filter(|m| m.competence.area == area.id)
                .map(|m| {
                    format!(
                        "{}: {}",
                        m.competence.id,
                        t.with("profile-level", "level", &m.estimate.level.to_string())
                    )
                })
                .collect();
            SelfRow {
                area: format!("{} {}", area.id, area.name(locale)),
                confidence,
                confidence_text,
                dots: dots(confidence),
                measured: measured_in_area,
            }
        })
        .collect();
    let history_rows = history
        .iter()
        .rev()
        .map(|assessment| HistoryRow {
            date: format_date(assessment.at, locale),
            skipped: assessment.skipped,
            cells: assessment
                .confidence
                .iter()
                .map(|answer| answer.map(Confidence::value))
                .collect(),
        })
        .collect();
    let area_headers = framework
        .areas()
        .iter()
        .map(|area| format!("{} {}", area.id, area.name(locale)))
        .collect();

    // Recently played episodes, newest activity first; a removed game keeps its results.
    let mut sessions = play::list_for_user(&state.store, user)
        .map_err(|error| AppError::Internal(error.to_string()))?;
    sessions.sort_by(|a, b| {
        b.record
            .updated_at
            .cmp(&a.record.updated_at)
            .then(b.id.cmp(&a.id))
    });
    let recent = sessions
        .iter()
        .take(RECENT_EPISODES)
        .map(|session| {
            let record = &session.record;
            let installed = state.catalogue.get(&record.plugin_id);
            let info = installed.as_ref().and_then(|game| game.info(locale));
            let game = info.map_or_else(|| record.plugin_id.clone(), |info| info.name.clone());
            let episode = info
                .and_then(|info| info.episodes.iter().find(|e| e.id == record.episode))
                .map_or_else(|| record.episode.clone(), |e| e.title.clone());
            RecentEpisode {
                game,
                removed: installed.is_none(),
                episode,
                date: format_date(Timestamp(record.updated_at), locale),
                score_percent: record
                    .outcome
                    .as_ref()
                    .map(|outcome| score_percent(outcome.score)),
                resume: (!session.is_finished() && installed.is_some()).then_some(session.id),
            }
        })
        .collect();

    // Offers for the weakest measured competences.
    let weakest = gaps(&measured);
    let all_offers = if weakest.is_empty() {
        Vec::new()
    } else {
        offers::list(&state.store)?
    };
    let gaps = weakest
        .into_iter()
        .map(|m| Gap {
            id: m.competence.id.clone(),
            name: m.competence.name(locale).to_owned(),
            level_text: t.with("profile-level", "level", &m.estimate.level.to_string()),
            offers: offers::fitting(&all_offers, &m.competence.id, m.estimate.level)
                .into_iter()
                .map(|offer| OfferView {
                    id: offer.id,
                    title: offer.title.clone(),
                    kind: t.get(offer.kind.message_id()),
                    description: offer.description.clone(),
                    link: offer.link.clone().filter(|link| is_web_link(link)),
                    contact: offer.contact.clone(),
                })
                .collect(),
        })
        .collect();

    Ok(ProfilePage {
        areas,
        chart,
        chart_desc,
        measured_count: measured.len(),
        self_rows,
        self_date: latest_answered.map(|a| format_date(a.at, locale)),
        history: history_rows,
        area_headers,
        recent,
        gaps,
        chrome,
    })
}

/// A score of 0..=1 as a whole percentage.
fn score_percent(score: f32) -> u32 {
    if score.is_finite() {
        // In 0..=100 after the clamp, so the cast is exact.
        (score.clamp(0.0, 1.0) * 100.0).round() as u32
    } else {
        0
    }
}

/// Only absolute http(s) links become `href`s (the offers module checks them when they are
/// saved; this keeps the page safe even against a record written otherwise).
fn is_web_link(link: &str) -> bool {
    let lower = link.to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://")
}

pub async fn view_profile_get(
    State(state): State<AppState>,
    chrome: Chrome,
) -> Result<Response, AppError> {
    Ok(render(StatusCode::OK, &profile_page(&state, chrome)?))
}

#[derive(Debug, Deserialize)]
pub struct SelfAssessmentQuery {
    next: Option<String>,
}

/// The local page to return to: `next` when it is a path on this site, else the profile.
fn return_path(next: &str) -> String {
    if next.is_empty() || safe_next(next) != next {
        PROFILE_PATH.to_owned()
    } else {
        next.to_owned()
    }
}

/// What the form asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Choice {
    Save,
    Skip,
}

/// Something wrong with a submitted self-assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Problem {
    /// The answer for the area at this index is not 1 to 5 (or was sent twice).
    Value(usize),
    /// A field the form does not have, such as an unknown area.
    UnknownField,
    /// Neither "save" nor "skip" was pressed.
    Action,
}

/// The answers as submitted, valid ones kept for showing the form again.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Submission {
    choice: Option<Choice>,
    answers: [Option<Confidence>; AREAS],
    problems: Vec<Problem>,
}

/// Reads the form strictly: every field must be one the form has, every answer 1 to 5 (an
/// empty one counts as not answered), and exactly one of the two buttons pressed.
fn read_submission<'a>(
    pairs: impl Iterator<Item = (&'a str, &'a str)>,
    area_ids: &[String],
) -> Submission {
    let mut submission = Submission {
        choice: None,
        answers: [None; AREAS],
        problems: Vec::new(),
    };
    let mut seen = [false; AREAS];
    let mut action_seen = false;
    fn problem(submission: &mut Submission, problem: Problem) {
        if !submission.problems.contains(&problem) {
            submission.problems.push(problem);
        }
    }
    for (name, value) in pairs {
        match name {
            "csrf" | "next" => {}
            "action" => {
                let choice = match value {
                    "save" => Some(Choice::Save),
                    "skip" => Some(Choice::Skip),
                    _ => None,
                };
                if action_seen || choice.is_none() {
                    problem(&mut submission, Problem::Action);
                }
                action_seen = true;
                submission.choice = choice;
            }
            _ => {
                let index = name
                    .strip_prefix("area-")
                    .and_then(|id| area_ids.iter().position(|known| known == id))
                    .filter(|index| *index < AREAS);
                let Some(index) = index else {
                    problem(&mut submission, Problem::UnknownField);
                    continue;
                };
                let answer = if value.is_empty() {
                    Ok(None)
                } else {
                    value
                        .parse::<u8>()
                        .ok()
                        .and_then(Confidence::new)
                        .map(Some)
                        .ok_or(())
                };
                match (answer, seen.get(index).copied().unwrap_or(true)) {
                    (Ok(answer), false) => {
                        if let Some(slot) = submission.answers.get_mut(index) {
                            *slot = answer;
                        }
                    }
                    _ => {
                        if let Some(slot) = submission.answers.get_mut(index) {
                            *slot = None;
                        }
                        problem(&mut submission, Problem::Value(index));
                    }
                }
                if let Some(flag) = seen.get_mut(index) {
                    *flag = true;
                }
            }
        }
    }
    if submission.choice.is_none() {
        problem(&mut submission, Problem::Action);
    }
    submission
}

fn self_assessment_page(
    chrome: Chrome,
    next: String,
    submission: Option<&Submission>,
) -> Result<SelfAssessmentPage, AppError> {
    let t = chrome.t;
    let locale = t.locale;
    let framework = framework()?;
    let problems: &[Problem] = submission.map_or(&[], |s| s.problems.as_slice());
    let mut errors = Vec::new();
    let mut areas = Vec::new();
    for (index, area) in framework.areas().iter().enumerate().take(AREAS) {
        let name = area.name(locale).to_owned();
        let chosen = submission
            .and_then(|s| s.answers.get(index).copied().flatten())
            .map(Confidence::value);
        let error = problems
            .contains(&Problem::Value(index))
            .then(|| t.with("self-assessment-error-value", "area", &name));
        if let Some(message) = &error {
            errors.push(SummaryEntry {
                target: format!("area-{}-1", area.id),
                message: message.clone(),
            });
        }
        areas.push(AreaQuestion {
            id: area.id.clone(),
            hint: t.get(&format!("self-assessment-area-{}", area.id)),
            options: (Confidence::MIN..=Confidence::MAX)
                .map(|value| ScaleOption {
                    value,
                    label: t.get(&format!("self-assessment-scale-{value}")),
                    checked: chosen == Some(value),
                })
                .collect(),
            error,
            name,
        });
    }
    if problems.contains(&Problem::UnknownField) {
        let first = framework.areas().first().map_or("1", |a| a.id.as_str());
        errors.push(SummaryEntry {
            target: format!("area-{first}-1"),
            message: t.get("self-assessment-error-unknown"),
        });
    }
    let action_error = problems
        .contains(&Problem::Action)
        .then(|| t.get("self-assessment-error-action"));
    if let Some(message) = &action_error {
        errors.push(SummaryEntry {
            target: "self-assessment-save".to_owned(),
            message: message.clone(),
        });
    }
    Ok(SelfAssessmentPage {
        chrome,
        areas,
        errors,
        action_error,
        next,
    })
}

pub async fn view_self_assessment_get(
    chrome: Chrome,
    Query(query): Query<SelfAssessmentQuery>,
) -> Result<Response, AppError> {
    signed_in(&chrome)?;
    let next = return_path(query.next.as_deref().unwrap_or_default());
    Ok(render(
        StatusCode::OK,
        &self_assessment_page(chrome, next, None)?,
    ))
}

pub async fn view_self_assessment_post(
    State(state): State<AppState>,
    chrome: Chrome,
    form: FormFields,
) -> Result<Response, AppError> {
    let user = signed_in(&chrome)?;
    let area_ids: Vec<String> = framework()?
        .areas()
        .iter()
        .map(|area| area.id.clone())
        .collect();
    let submission = read_submission(form.pairs(), &area_ids);
    let next = return_path(form.text("next"));
    let choice = match submission.choice {
        Some(choice) if submission.problems.is_empty() => choice,
        _ => {
            let page = self_assessment_page(chrome, next, Some(&submission))?;
            return Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page));
        }
    };
    let now = state.settings.clock.now();
    let answered = submission.answers.iter().any(Option::is_some);
    // Saving without a single answer tells as much as skipping, and is recorded as a skip.
    if choice == Choice::Save && answered {
        self_assessment::record(&state.store, user, now, submission.answers).await?;
        let target = if next == PROFILE_PATH {
            format!("{PROFILE_PATH}?notice=saved")
        } else {
            next
        };
        Ok(Redirect::to(&target).into_response())
    } else {
        self_assessment::skip(&state.store, user, now).await?;
        Ok(Redirect::to(&next).into_response())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids() -> Vec<String> {
        ["1", "2", "3", "4", "5"].map(String::from).to_vec()
    }

    fn read(pairs: &[(&str, &str)]) -> Submission {
        read_submission(pairs.iter().copied(), &ids())
    }

    #[test]
    fn a_valid_form_gives_its_answers() {
        let submission = read(&[
            ("csrf", "x"),
            ("area-1", "2"),
            ("area-4", "5"),
            ("area-5", ""),
            ("action", "save"),
            ("next", "/"),
        ]);
        assert_eq!(submission.problems, []);
        assert_eq!(submission.choice, Some(Choice::Save));
        assert_eq!(
            submission.answers,
            [Confidence::new(2), None, None, Confidence::new(5), None]
        );
        assert_eq!(read(&[("action", "skip")]).choice, Some(Choice::Skip));
    }

    #[test]
    fn bad_values_unknown_fields_and_missing_buttons_are_problems() {
        for value in ["0", "6", "abc", "-1", "2.5", "256"] {
            let submission = read(&[("area-3", value), ("action", "save")]);
            assert_eq!(submission.problems, [Problem::Value(2)], "{value}");
            assert_eq!(submission.answers, [None; AREAS]);
        }
        assert_eq!(
            read(&[("area-1", "2"), ("area-1", "3"), ("action", "save")]).problems,
            [Problem::Value(0)]
        );
        for name in ["area-6", "area-", "area-1.1", "areas", "confidence"] {
            assert_eq!(
                read(&[(name, "3"), ("action", "save")]).problems,
                [Problem::UnknownField],
                "{name}"
            );
        }
        assert_eq!(read(&[("csrf", "x")]).problems, [Problem::Action]);
        assert_eq!(read(&[("action", "delete")]).problems, [Problem::Action]);
        assert_eq!(
            read(&[("action", "save"), ("action", "skip")]).problems,
            [Problem::Action]
        );
    }

    #[test]
    fn next_stays_on_this_site() {
        assert_eq!(return_path(""), "/profile");
        assert_eq!(return_path("/"), "/");
        assert_eq!(return_path("/games"), "/games");
        assert_eq!(return_path("//evil.example/x"), "/profile");
        assert_eq!(return_path("https://evil.example/"), "/profile");
        assert_eq!(return_path("/login"), "/profile");
    }

    #[test]
    fn dates_are_written_per_language() {
        let at = Timestamp(1_800_000_000);
        assert_eq!(format_date(at, Locale::De), "15.01.2027");
        assert_eq!(format_date(at, Locale::En), "2027-01-15");
    }

    #[test]
    fn gaps_are_the_three_weakest_below_level_six() -> Result<(), String> {
        let framework = model::digcomp().map_err(|e| e.to_string())?;
        let belief = |mean: f64| Belief {
            mean,
            variance: 0.04,
            count: 3,
        };
        let abilities: std::collections::BTreeMap<String, Belief> = [
            ("1.1", belief(-2.5)),
            ("2.1", belief(0.5)),
            ("3.1", belief(-1.5)),
            ("4.1", belief(-3.5)),
            ("4.2", belief(2.5)),
            ("5.1", belief(-0.5)),
            (
                "5.2",
                Belief {
                    mean: -9.0,
                    variance: 2.25,
                    count: 0,
                },
            ),
        ]
        .into_iter()
        .map(|(id, b)| (id.to_owned(), b))
        .collect();
        let measured = measurements(framework, &abilities);
        assert_eq!(
            measured.len(),
            6,
            "a belief without answers is not measured"
        );
        let found: Vec<&str> = gaps(&measured)
            .iter()
            .map(|m| m.competence.id.as_str())
            .collect();
        assert_eq!(found, ["4.1", "1.1", "3.1"]);
        let strong = [("4.2".to_owned(), belief(2.5))].into_iter().collect();
        assert!(gaps(&measurements(framework, &strong)).is_empty());
        assert!(gaps(&measurements(framework, &Default::default())).is_empty());
        Ok(())
    }

    #[test]
    fn scores_are_whole_percentages() {
        assert_eq!(score_percent(0.0), 0);
        assert_eq!(score_percent(0.666), 67);
        assert_eq!(score_percent(1.0), 100);
        assert_eq!(score_percent(7.0), 100);
        assert_eq!(score_percent(f32::NAN), 0);
    }
}

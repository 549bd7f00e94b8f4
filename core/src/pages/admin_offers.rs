//! Admin pages for the catalogue of local training offers: list and add, edit, delete. Each offer
//! is tagged with DigComp competences (a fieldset of checkboxes per area) and a range of levels,
//! so that the profile can suggest it for a learning need.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use super::admin_users::parse_id;
use super::errors::AppError;
use super::layout::{Chrome, render};
use crate::competence::model::{self, DigComp};
use crate::competence::offers::{
    self, LEVEL_MAX, LEVEL_MIN, Offer, OfferInput, OfferKind, OfferProblem, OffersError,
};
use crate::http::form::FormFields;
use crate::http::state::AppState;

/// Every problem of a submitted form, each with its field and its text in the reader's language.
#[derive(Debug, Clone, Default)]
pub struct FieldErrors(Vec<FieldError>);

/// One problem of a submitted form.
#[derive(Debug, Clone)]
pub struct FieldError {
    pub field: &'static str,
    /// The id of the control the error summary links to.
    pub anchor: &'static str,
    pub message: String,
}

impl FieldErrors {
    fn of(chrome: &Chrome, problems: &[OfferProblem]) -> FieldErrors {
        FieldErrors(
            problems
                .iter()
                .map(|problem| FieldError {
                    field: problem.field(),
                    anchor: anchor_of(problem.field()),
                    message: match problem {
                        OfferProblem::UnknownCompetence(id) => {
                            chrome.t.with(problem.message_id(), "id", id)
                        }
                        _ => chrome.t.get(problem.message_id()),
                    },
                })
                .collect(),
        )
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Every problem, in the order of the form.
    pub fn all(&self) -> &[FieldError] {
        &self.0
    }

    /// Whether any problem is about this field.
    pub fn is(&self, field: &str) -> bool {
        self.0.iter().any(|error| error.field == field)
    }

    /// The texts of the problems about this field, joined.
    pub fn message(&self, field: &str) -> String {
        self.0
            .iter()
            .filter(|error| error.field == field)
            .map(|error| error.message.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// The control a field's error links to: the field itself, or the first choice of a group.
fn anchor_of(field: &str) -> &'static str {
    match field {
        "title" => "title",
        "kind" => "kind-course",
        "description" => "description",
        "link" => "link",
        "contact" => "contact",
        "competences" => "competence-1-1",
        "min_level" => "min_level",
        _ => "max_level",
    }
}

/// A kind as a radio button.
#[derive(Debug, Clone)]
pub struct KindChoice {
    pub code: &'static str,
    pub label: String,
    pub checked: bool,
}

/// A competence as a checkbox.
#[derive(Debug, Clone)]
pub struct CompetenceChoice {
    pub id: String,
    /// The id with `-` for `.`, for the element's id.
    pub anchor: String,
    /// "4.2 Protecting personal data and privacy".
    pub label: String,
    pub checked: bool,
}

/// A DigComp area as a fieldset of checkboxes.
#[derive(Debug, Clone)]
pub struct AreaChoices {
    pub id: String,
    /// "4 Safety".
    pub label: String,
    pub competences: Vec<CompetenceChoice>,
}

/// A proficiency level as an option of both level selects.
#[derive(Debug, Clone)]
pub struct LevelChoice {
    pub level: u8,
    pub label: String,
    pub min_selected: bool,
    pub max_selected: bool,
}

/// The add or edit form with its values and problems.
#[derive(Debug, Clone)]
pub struct OfferForm {
    pub action: String,
    pub submit: String,
    pub title: String,
    pub description: String,
    pub link: String,
    pub contact: String,
    pub kinds: Vec<KindChoice>,
    pub areas: Vec<AreaChoices>,
    pub levels: Vec<LevelChoice>,
    pub errors: FieldErrors,
}

/// One row of the catalogue table.
#[derive(Debug, Clone)]
pub struct OfferRow {
    pub id: u64,
    pub title: String,
    pub kind: String,
    /// "4.2 Protecting personal data and privacy", in the framework's order.
    pub competences: Vec<String>,
    pub levels: String,
    pub link: Option<String>,
}

#[derive(Template)]
#[template(path = "admin_offers.html")]
pub struct OffersPage {
    pub chrome: Chrome,
    pub rows: Vec<OfferRow>,
    pub form: OfferForm,
}

#[derive(Template)]
#[template(path = "admin_offer_edit.html")]
pub struct OfferEditPage {
    pub chrome: Chrome,
    pub offer: Offer,
    pub form: OfferForm,
}

fn framework() -> Result<&'static DigComp, AppError> {
    model::digcomp().map_err(|error| AppError::Internal(error.to_string()))
}

/// The admin's login name, for the log.
fn actor(chrome: &Chrome) -> &str {
    chrome
        .user
        .as_ref()
        .map(|user| user.username.as_str())
        .unwrap_or("-")
}

/// What the form sent. A level that is not a number becomes 0, which the check refuses; an
/// unknown kind becomes none, which it refuses too.
fn input_of(form: &FormFields) -> OfferInput {
    let level = |name: &str| form.text(name).trim().parse::<u8>().unwrap_or(0);
    OfferInput {
        title: form.text("title").to_owned(),
        kind: OfferKind::from_code(form.text("kind")),
        description: form.text("description").to_owned(),
        link: form.text("link").to_owned(),
        contact: form.text("contact").to_owned(),
        competences: form
            .all("competences")
            .into_iter()
            .map(str::to_owned)
            .collect(),
        min_level: level("min_level"),
        max_level: level("max_level"),
    }
}

fn offer_form(
    chrome: &Chrome,
    framework: &DigComp,
    action: String,
    submit: String,
    input: &OfferInput,
    errors: FieldErrors,
) -> OfferForm {
    let locale = chrome.t.locale;
    OfferForm {
        action,
        submit,
        title: input.title.clone(),
        description: input.description.clone(),
        link: input.link.clone(),
        contact: input.contact.clone(),
        kinds: OfferKind::ALL
            .into_iter()
            .map(|kind| KindChoice {
                code: kind.code(),
                label: chrome.t.get(kind.message_id()),
                checked: input.kind == Some(kind),
            })
            .collect(),
        areas: framework
            .areas()
            .iter()
            .map(|area| AreaChoices {
                id: area.id.clone(),
                label: format!("{} {}", area.id, area.name(locale)),
                competences: area
                    .competences
                    .iter()
                    .map(|competence| CompetenceChoice {
                        id: competence.id.clone(),
                        anchor: competence.id.replace('.', "-"),
                        label: format!("{} {}", competence.id, competence.name(locale)),
                        checked: input
                            .competences
                            .iter()
                            .any(|chosen| chosen.trim() == competence.id),
                    })
                    .collect(),
            })
            .collect(),
        levels: framework
            .levels()
            .iter()
            .map(|level| LevelChoice {
                level: level.level,
                label: level.name(locale).to_owned(),
                min_selected: level.level == input.min_level,
                max_selected: level.level == input.max_level,
            })
            .collect(),
        errors,
    }
}

fn rows(chrome: &Chrome, framework: &DigComp, offers: &[Offer]) -> Vec<OfferRow> {
    let locale = chrome.t.locale;
    offers
        .iter()
        .map(|offer| OfferRow {
            id: offer.id,
            title: offer.title.clone(),
            kind: chrome.t.get(offer.kind.message_id()),
            competences: offer
                .competences
                .iter()
                .map(|id| match framework.competence(id) {
                    Some(competence) => format!("{id} {}", competence.name(locale)),
                    None => id.clone(),
                })
                .collect(),
            levels: format!("{}–{}", offer.min_level, offer.max_level),
            link: offer.link.clone(),
        })
        .collect()
}

/// The list with the add form, filled with `input` and showing `errors`.
fn offers_page(
    state: &AppState,
    chrome: Chrome,
    input: &OfferInput,
    errors: FieldErrors,
) -> Result<OffersPage, AppError> {
    let framework = framework()?;
    let offers = offers::list(&state.store)?;
    let form = offer_form(
        &chrome,
        framework,
        "/admin/offers".to_owned(),
        chrome.t.get("admin-offers-create-submit"),
        input,
        errors,
    );
    Ok(OffersPage {
        rows: rows(&chrome, framework, &offers),
        form,
        chrome,
    })
}

/// The edit page of a stored offer, filled with `input` and showing `errors`.
fn edit_page(
    chrome: Chrome,
    offer: Offer,
    input: &OfferInput,
    errors: FieldErrors,
) -> Result<OfferEditPage, AppError> {
    let form = offer_form(
        &chrome,
        framework()?,
        format!("/admin/offers/{}", offer.id),
        chrome.t.get("action-save"),
        input,
        errors,
    );
    Ok(OfferEditPage {
        chrome,
        offer,
        form,
    })
}

fn load_offer(state: &AppState, id: &str) -> Result<Offer, AppError> {
    offers::get(&state.store, parse_id(id)?)?.ok_or(AppError::NotFound)
}

fn offers_error(error: OffersError) -> AppError {
    match error {
        OffersError::NotFound(_) => AppError::NotFound,
        OffersError::Store(error) => AppError::Store(error),
    }
}

pub async fn view_offers_get(
    State(state): State<AppState>,
    chrome: Chrome,
) -> Result<Response, AppError> {
    // A new offer starts as suitable for every level; most local offers are for beginners, but
    // narrowing the range is a deliberate choice.
    let input = OfferInput {
        min_level: LEVEL_MIN,
        max_level: LEVEL_MAX,
        ..OfferInput::default()
    };
    Ok(render(
        StatusCode::OK,
        &offers_page(&state, chrome, &input, FieldErrors::default())?,
    ))
}

pub async fn view_offers_post(
    State(state): State<AppState>,
    chrome: Chrome,
    form: FormFields,
) -> Result<Response, AppError> {
    let input = input_of(&form);
    match input.check() {
        Ok(checked) => {
            let title = checked.title().to_owned();
            let id = offers::create(&state.store, checked).await?;
            tracing::info!(
                admin = actor(&chrome),
                offer = id,
                %title,
                "admin created a training offer"
            );
            Ok(Redirect::to("/admin/offers?notice=created").into_response())
        }
        Err(problems) => {
            let errors = FieldErrors::of(&chrome, &problems);
            let page = offers_page(&state, chrome, &input, errors)?;
            Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page))
        }
    }
}

pub async fn view_offer_get(
    State(state): State<AppState>,
    chrome: Chrome,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let offer = load_offer(&state, &id)?;
    let input = OfferInput::from_offer(&offer);
    Ok(render(
        StatusCode::OK,
        &edit_page(chrome, offer, &input, FieldErrors::default())?,
    ))
}

pub async fn view_offer_post(
    State(state): State<AppState>,
    chrome: Chrome,
    Path(id): Path<String>,
    form: FormFields,
) -> Result<Response, AppError> {
    let offer = load_offer(&state, &id)?;
    let input = input_of(&form);
    match input.check() {
        Ok(checked) => {
            let title = checked.title().to_owned();
            offers::update(&state.store, offer.id, checked)
                .await
                .map_err(offers_error)?;
            tracing::info!(
                admin = actor(&chrome),
                offer = offer.id,
                %title,
                "admin changed a training offer"
            );
            Ok(Redirect::to(&format!("/admin/offers/{}?notice=saved", offer.id)).into_response())
        }
        Err(problems) => {
            let errors = FieldErrors::of(&chrome, &problems);
            let page = edit_page(chrome, offer, &input, errors)?;
            Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page))
        }
    }
}

pub async fn view_offer_delete_post(
    State(state): State<AppState>,
    chrome: Chrome,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let offer = load_offer(&state, &id)?;
    offers::delete(&state.store, offer.id)
        .await
        .map_err(offers_error)?;
    tracing::info!(
        admin = actor(&chrome),
        offer = offer.id,
        title = %offer.title,
        "admin deleted a training offer"
    );
    Ok(Redirect::to("/admin/offers?notice=deleted").into_response())
}

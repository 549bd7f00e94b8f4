//! The game pages: the list of games a player may play, starting an episode, and playing it turn
//! by turn (one form POST per action, PRG), with every widget rendered by the host's own
//! accessible templates (`templates/widgets/*_partial.html`).

use askama::Template;
use axum::Extension;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use super::errors::AppError;
use super::layout::{Chrome, render};
use super::rich_text::{blocks, inline};
use crate::accounts::orgunits;
use crate::auth::access::Principal;
use crate::games::GamesError;
use crate::games::catalogue::may_play;
use crate::games::play::{self, GameSession, is_invalid_action};
use crate::http::form::FormFields;
use crate::http::state::AppState;
use crate::plugins::model::{Action, Channel, FileKind, Verdict, View, Widget};

/// An episode offered on the games page.
#[derive(Debug, Clone)]
pub struct EpisodeCard {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub minutes: u8,
    pub competences: String,
    pub min_level: u8,
    pub max_level: u8,
}

#[derive(Debug, Clone)]
pub struct GameCard {
    pub id: String,
    pub name: String,
    pub description: String,
    pub pilot: bool,
    pub episodes: Vec<EpisodeCard>,
}

/// A started or finished session in the player's list.
#[derive(Debug, Clone)]
pub struct SessionLink {
    pub id: u64,
    pub title: String,
    pub finished: bool,
    pub score_percent: Option<u32>,
}

#[derive(Template)]
#[template(path = "games.html")]
pub struct GamesPage {
    pub chrome: Chrome,
    pub games: Vec<GameCard>,
    pub open_sessions: Vec<SessionLink>,
    pub finished_sessions: Vec<SessionLink>,
}

/// An option with its label rendered.
#[derive(Debug, Clone)]
pub struct OptionView {
    pub id: String,
    pub label_html: String,
}

#[derive(Debug, Clone)]
pub struct MailView {
    pub id: String,
    pub sender_name: String,
    pub sender_address: String,
    pub subject: String,
    pub received: String,
    pub body_html: String,
    pub attachments: Vec<String>,
    pub unread: bool,
}

#[derive(Debug, Clone)]
pub struct EntryView {
    pub id: String,
    pub name: String,
    pub kind: &'static str,
    pub modified: String,
    pub metadata: Vec<(String, String)>,
}

#[derive(Debug, Clone)]
pub struct LineView {
    pub speaker: String,
    pub text_html: String,
    pub by_player: bool,
}

/// A widget ready for its partial: rich text rendered, labels translated.
#[derive(Debug, Clone)]
pub enum WidgetView {
    Heading {
        html: String,
    },
    Text {
        html: String,
    },
    Image {
        src: String,
        alt: String,
        caption_html: Option<String>,
    },
    Choice {
        id: String,
        prompt_html: String,
        options: Vec<OptionView>,
        multiple: bool,
    },
    TextInput {
        id: String,
        label_html: String,
        hint_html: Option<String>,
        multiline: bool,
        max_length: u32,
    },
    /// Items with the position each starts at (their given order).
    Ordering {
        id: String,
        prompt_html: String,
        items: Vec<(OptionView, usize)>,
        positions: Vec<usize>,
    },
    Categorise {
        id: String,
        prompt_html: String,
        categories: Vec<OptionView>,
        items: Vec<OptionView>,
    },
    MailInbox {
        id: String,
        folder: String,
        mails: Vec<MailView>,
        actions: Vec<OptionView>,
    },
    FileExplorer {
        id: String,
        location: String,
        entries: Vec<EntryView>,
        actions: Vec<OptionView>,
        columns: Vec<String>,
    },
    Dialogue {
        id: String,
        channel: String,
        partner: String,
        lines: Vec<LineView>,
        replies: Vec<OptionView>,
    },
    Feedback {
        verdict: &'static str,
        verdict_label: String,
        title_html: String,
        explanation_html: String,
    },
    Buttons {
        buttons: Vec<(String, String, bool)>,
    },
}

#[derive(Template)]
#[template(path = "game_play.html")]
pub struct PlayPage {
    pub chrome: Chrome,
    pub session_id: u64,
    pub game_name: String,
    pub title: String,
    pub progress_current: u16,
    pub progress_total: u16,
    pub widgets: Vec<WidgetView>,
    pub error: Option<String>,
    pub finished: bool,
    pub score_percent: u32,
    pub summary_html: String,
    pub went_well: Vec<String>,
    pub to_learn: Vec<String>,
}

impl PlayPage {
    /// "3 / 8", for the progress label.
    pub fn step_text(&self) -> String {
        format!("{} / {}", self.progress_current, self.progress_total)
    }
}

fn options(list: &[crate::plugins::model::ChoiceOption]) -> Vec<OptionView> {
    list.iter()
        .map(|o| OptionView {
            id: o.id.clone(),
            label_html: inline(&o.label),
        })
        .collect()
}

fn widget_view(chrome: &Chrome, plugin: &str, widget: &Widget) -> WidgetView {
    let t = &chrome.t;
    match widget {
        Widget::Heading(text) => WidgetView::Heading { html: inline(text) },
        Widget::Text(text) => WidgetView::Text { html: blocks(text) },
        Widget::Image {
            asset,
            alt,
            caption,
        } => WidgetView::Image {
            src: format!("/games/{plugin}/assets/{asset}"),
            alt: alt.clone(),
            caption_html: caption.as_deref().map(inline),
        },
        Widget::Choice {
            id,
            prompt,
            options: list,
            multiple,
        } => WidgetView::Choice {
            id: id.clone(),
            prompt_html: inline(prompt),
            options: options(list),
            multiple: *multiple,
        },
        Widget::TextInput {
            id,
            label,
            hint,
            multiline,
            max_length,
        } => WidgetView::TextInput {
            id: id.clone(),
            label_html: inline(label),
            hint_html: hint.as_deref().map(inline),
            multiline: *multiline,
            max_length: (*max_length).clamp(1, 2000),
        },
        Widget::Ordering { id, prompt, items } => WidgetView::Ordering {
            id: id.clone(),
            prompt_html: inline(prompt),
            positions: (1..=items.len()).collect(),
            items: options(items).into_iter().zip(1..).collect(),
        },
        Widget::Categorise {
            id,
            prompt,
            categories,
            items,
        } => WidgetView::Categorise {
            id: id.clone(),
            prompt_html: inline(prompt),
            categories: options(categories),
            items: options(items),
        },
        Widget::MailInbox {
            id,
            folder,
            mails,
            actions,
        } => WidgetView::MailInbox {
            id: id.clone(),
            folder: folder.clone(),
            mails: mails
                .iter()
                .map(|m| MailView {
                    id: m.id.clone(),
                    sender_name: m.sender_name.clone(),
                    sender_address: m.sender_address.clone(),
                    subject: m.subject.clone(),
                    received: m.received.clone(),
                    body_html: blocks(&m.body),
                    attachments: m.attachments.clone(),
                    unread: m.unread,
                })
                .collect(),
            actions: options(actions),
        },
        Widget::FileExplorer {
            id,
            location,
            entries,
            actions,
        } => {
            let mut columns: Vec<String> = Vec::new();
            for entry in entries {
                for (key, _) in &entry.metadata {
                    if !columns.contains(key) {
                        columns.push(key.clone());
                    }
                }
            }
            WidgetView::FileExplorer {
                id: id.clone(),
                location: location.clone(),
                entries: entries
                    .iter()
                    .map(|e| EntryView {
                        id: e.id.clone(),
                        name: e.name.clone(),
                        kind: match e.kind {
                            FileKind::Folder => "file-folder",
                            FileKind::Document => "file-document",
                            FileKind::Spreadsheet => "file-spreadsheet",
                            FileKind::Image => "file-image",
                            FileKind::Mail => "file-mail",
                            FileKind::Other => "file-other",
                        },
                        modified: e.modified.clone(),
                        metadata: columns
                            .iter()
                            .map(|c| {
                                let value = e
                                    .metadata
                                    .iter()
                                    .find(|(k, _)| k == c)
                                    .map(|(_, v)| v.clone())
                                    .unwrap_or_default();
                                (c.clone(), value)
                            })
                            .collect(),
                    })
                    .collect(),
                actions: options(actions),
                columns,
            }
        }
        Widget::Dialogue {
            id,
            channel,
            partner,
            lines,
            replies,
        } => WidgetView::Dialogue {
            id: id.clone(),
            channel: t.get(match channel {
                Channel::Chat => "game-channel-chat",
                Channel::PhoneCall => "game-channel-phone",
                Channel::VideoCall => "game-channel-video",
                Channel::InPerson => "game-channel-in-person",
            }),
            partner: partner.clone(),
            lines: lines
                .iter()
                .map(|l| LineView {
                    speaker: l.speaker.clone(),
                    text_html: inline(&l.text),
                    by_player: l.own,
                })
                .collect(),
            replies: options(replies),
        },
        Widget::Feedback {
            verdict,
            title,
            explanation,
        } => {
            let (class, id) = match verdict {
                Verdict::Correct => ("correct", "game-verdict-correct"),
                Verdict::PartlyCorrect => ("partly", "game-verdict-partly"),
                Verdict::Wrong => ("wrong", "game-verdict-wrong"),
                Verdict::Info => ("info", "game-verdict-info"),
            };
            WidgetView::Feedback {
                verdict: class,
                verdict_label: t.get(id),
                title_html: inline(title),
                explanation_html: blocks(explanation),
            }
        }
        Widget::Buttons(buttons) => {
            let mut sorted: Vec<(String, String, bool)> = buttons
                .iter()
                .map(|b| (b.id.clone(), b.label.clone(), b.primary))
                .collect();
            sorted.sort_by_key(|(_, _, primary)| !primary);
            WidgetView::Buttons { buttons: sorted }
        }
    }
}

fn games_error(error: GamesError) -> AppError {
    match error {
        GamesError::NotFound => AppError::NotFound,
        other => AppError::Internal(other.to_string()),
    }
}

pub async fn view_games_get(
    State(state): State<AppState>,
    chrome: Chrome,
) -> Result<Response, AppError> {
    let Some(user) = chrome.user.clone() else {
        return Err(AppError::Internal("games page without a user".into()));
    };
    let tree = orgunits::tree(&state.store)?;
    let locale = chrome.t.locale;
    let games = state
        .catalogue
        .playable_by(&user, &tree)
        .into_iter()
        .filter_map(|game| {
            let info = game.info(locale)?;
            Some(GameCard {
                id: game.id.clone(),
                name: info.name.clone(),
                description: info.description.clone(),
                pilot: !matches!(
                    game.availability,
                    crate::games::catalogue::Availability::All
                ),
                episodes: info
                    .episodes
                    .iter()
                    .map(|e| EpisodeCard {
                        id: e.id.clone(),
                        title: e.title.clone(),
                        summary: e.summary.clone(),
                        minutes: e.minutes,
                        competences: e.competences.join(", "),
                        min_level: e.min_level,
                        max_level: e.max_level,
                    })
                    .collect(),
            })
        })
        .collect();
    let sessions = play::list_for_user(&state.store, user.id).map_err(games_error)?;
    let link = |session: &GameSession| SessionLink {
        id: session.id,
        title: episode_title(&state, session, locale),
        finished: session.is_finished(),
        score_percent: session
            .record
            .outcome
            .as_ref()
            .map(|o| (o.score * 100.0).round() as u32),
    };
    let open_sessions = sessions
        .iter()
        .filter(|s| !s.is_finished())
        .take(10)
        .map(link)
        .collect();
    let finished_sessions = sessions
        .iter()
        .filter(|s| s.is_finished())
        .take(10)
        .map(link)
        .collect();
    Ok(render(
        StatusCode::OK,
        &GamesPage {
            chrome,
            games,
            open_sessions,
            finished_sessions,
        },
    ))
}

fn episode_title(state: &AppState, session: &GameSession, locale: crate::i18n::Locale) -> String {
    state
        .catalogue
        .get(&session.record.plugin_id)
        .and_then(|game| {
            let info = game.info(locale)?;
            let episode = info
                .episodes
                .iter()
                .find(|e| e.id == session.record.episode)?;
            Some(format!("{} – {}", info.name, episode.title))
        })
        .unwrap_or_else(|| format!("{} – {}", session.record.plugin_id, session.record.episode))
}

pub async fn view_games_start_post(
    State(state): State<AppState>,
    Extension(principal): Extension<Principal>,
    form: FormFields,
) -> Result<Response, AppError> {
    let Some(current) = principal.user else {
        return Err(AppError::Internal("start without a user".into()));
    };
    let user = current.user;
    let game = state
        .catalogue
        .get(form.text("plugin"))
        .ok_or(AppError::NotFound)?;
    let tree = orgunits::tree(&state.store)?;
    if !may_play(&game.availability, &user, &tree) && !user.has_role(crate::accounts::Role::Admin) {
        return Err(AppError::NotFound);
    }
    let level = form.text("level").parse::<u8>().unwrap_or(1);
    let choice = play::StartChoice {
        user: user.id,
        episode: form.text("episode"),
        level,
        locale: principal.locale,
    };
    let started = play::start(
        &state.store,
        &state.catalogue,
        &game,
        choice,
        state.settings.clock.now(),
    )
    .await;
    match started {
        Ok(id) => Ok(Redirect::to(&format!("/games/sessions/{id}")).into_response()),
        Err(GamesError::Plugin { .. }) => Ok(plugin_failure()),
        Err(GamesError::Game(_)) => Err(AppError::NotFound),
        Err(other) => Err(games_error(other)),
    }
}

/// The player's page when a game failed: a clear message, the log has the details.
fn plugin_failure() -> Response {
    StatusCode::BAD_GATEWAY.into_response()
}

fn play_page(
    state: &AppState,
    chrome: Chrome,
    session: &GameSession,
    view: &View,
    error: Option<String>,
) -> PlayPage {
    let locale = chrome.t.locale;
    let game_name = state
        .catalogue
        .get(&session.record.plugin_id)
        .and_then(|g| g.info(locale).map(|i| i.name.clone()))
        .unwrap_or_else(|| session.record.plugin_id.clone());
    let widgets = view
        .widgets
        .iter()
        .map(|w| widget_view(&chrome, &session.record.plugin_id, w))
        .collect();
    let outcome = session.record.outcome.clone();
    PlayPage {
        session_id: session.id,
        game_name,
        title: view.title.clone(),
        progress_current: view.progress_current.min(view.progress_total),
        progress_total: view.progress_total.max(1),
        widgets,
        error,
        finished: outcome.is_some(),
        score_percent: outcome
            .as_ref()
            .map(|o| (o.score * 100.0).round() as u32)
            .unwrap_or(0),
        summary_html: outcome
            .as_ref()
            .map(|o| blocks(&o.summary))
            .unwrap_or_default(),
        went_well: outcome
            .as_ref()
            .map(|o| o.went_well.iter().map(|t| inline(t)).collect())
            .unwrap_or_default(),
        to_learn: outcome
            .as_ref()
            .map(|o| o.to_learn.iter().map(|t| inline(t)).collect())
            .unwrap_or_default(),
        chrome,
    }
}

fn session_id(text: &str) -> Result<u64, AppError> {
    text.parse().map_err(|_| AppError::NotFound)
}

pub async fn view_session_get(
    State(state): State<AppState>,
    Extension(principal): Extension<Principal>,
    chrome: Chrome,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let user = principal.user.ok_or(AppError::NotFound)?.user;
    let session = play::get(&state.store, session_id(&id)?, user.id).map_err(games_error)?;
    let view = session.record.view.clone();
    Ok(render(
        StatusCode::OK,
        &play_page(&state, chrome, &session, &view, None),
    ))
}

pub async fn view_session_post(
    State(state): State<AppState>,
    Extension(principal): Extension<Principal>,
    chrome: Chrome,
    Path(id): Path<String>,
    form: FormFields,
) -> Result<Response, AppError> {
    let user = principal.user.ok_or(AppError::NotFound)?.user;
    let id = session_id(&id)?;
    let action = Action {
        button: form.text("button").to_owned(),
        fields: form
            .pairs()
            .filter(|(name, _)| *name != "csrf" && *name != "button")
            .map(|(n, v)| (n.to_owned(), v.to_owned()))
            .collect(),
    };
    match play::act(
        &state.store,
        &state.catalogue,
        id,
        user.id,
        action,
        state.settings.clock.now(),
    )
    .await
    {
        Ok(_) => Ok(Redirect::to(&format!("/games/sessions/{id}")).into_response()),
        Err(error) => {
            if let Some(message) = is_invalid_action(&error) {
                let session = play::get(&state.store, id, user.id).map_err(games_error)?;
                let view = session.record.view.clone();
                let page = play_page(&state, chrome, &session, &view, Some(message.to_owned()));
                return Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page));
            }
            match error {
                GamesError::Plugin { .. } => Ok(plugin_failure()),
                GamesError::Conflict | GamesError::Finished => {
                    Ok(Redirect::to(&format!("/games/sessions/{id}")).into_response())
                }
                other => Err(games_error(other)),
            }
        }
    }
}

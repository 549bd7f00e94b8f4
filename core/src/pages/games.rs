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
use crate::games::progress::{self, EpisodeState, Played};
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
    /// Where the player stands with it: the episode map.
    pub state: EpisodeState,
}

impl EpisodeCard {
    /// The best score in percent, once finished.
    pub fn best_percent(&self) -> Option<u32> {
        self.state.best_score.map(percent)
    }
}

#[derive(Debug, Clone)]
pub struct GameCard {
    pub id: String,
    pub name: String,
    pub description: String,
    pub pilot: bool,
    pub episodes: Vec<EpisodeCard>,
}

impl GameCard {
    /// "2 / 3": finished episodes of all, for the episode map's summary.
    pub fn finished_summary(&self) -> String {
        let finished = self
            .episodes
            .iter()
            .filter(|episode| episode.state.times_finished > 0)
            .count();
        format!("{finished} / {}", self.episodes.len())
    }
}

/// A score (0..=1) in whole percent.
fn percent(score: f32) -> u32 {
    (score.clamp(0.0, 1.0) * 100.0).round() as u32
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
    let sessions = play::list_for_user(&state.store, user.id).map_err(games_error)?;
    let played: Vec<Played> = sessions.iter().map(Played::from_session).collect();
    let states = progress::episode_states(&played);
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
                        state: states
                            .get(&(game.id.clone(), e.id.clone()))
                            .copied()
                            .unwrap_or_default(),
                    })
                    .collect(),
            })
        })
        .collect();
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

/// The content type of a package asset, by extension; anything else is not served.
fn asset_content_type(path: &str) -> Option<&'static str> {
    let extension = path.rsplit_once('.')?.1.to_ascii_lowercase();
    Some(match extension.as_str() {
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "svg" => "image/svg+xml",
        _ => return None,
    })
}

/// Serves an image from a game's package. Only image types are served, each with its own
/// content type and a sandboxing CSP, so an SVG opened directly cannot run script.
pub async fn view_game_asset_get(
    State(state): State<AppState>,
    Path((plugin, path)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let content_type = asset_content_type(&path).ok_or(AppError::NotFound)?;
    let bytes = state
        .catalogue
        .asset(&state.store, &plugin, &path)
        .map_err(games_error)?
        .ok_or(AppError::NotFound)?;
    Ok((
        [
            (axum::http::header::CONTENT_TYPE, content_type),
            (axum::http::header::CACHE_CONTROL, "private, max-age=86400"),
            (
                axum::http::header::CONTENT_SECURITY_POLICY,
                "default-src 'none'; style-src 'unsafe-inline'; sandbox",
            ),
        ],
        bytes,
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::access::Principal;
    use crate::i18n::Locale;
    use crate::plugins::model::{Button, ChoiceOption, DialogueLine, FileEntry, Mail};

    const EVIL: &str = "<script>alert(1)</script>";

    fn option(id: &str, label: &str) -> ChoiceOption {
        ChoiceOption {
            id: id.into(),
            label: label.into(),
        }
    }

    /// Every widget kind of the contract, each carrying an attempt to inject markup.
    fn every_widget() -> Vec<Widget> {
        vec![
            Widget::Heading(format!("Heading {EVIL}")),
            Widget::Text("First **strong** paragraph\n\nSecond *emphasised*".into()),
            Widget::Image {
                asset: "img/a.png".into(),
                alt: format!("alt {EVIL}"),
                caption: Some("Caption".into()),
            },
            Widget::Choice {
                id: "q1".into(),
                prompt: "Pick one".into(),
                options: vec![option("a", EVIL), option("b", "B")],
                multiple: false,
            },
            Widget::Choice {
                id: "q2".into(),
                prompt: "Pick many".into(),
                options: vec![option("x", "X")],
                multiple: true,
            },
            Widget::TextInput {
                id: "t".into(),
                label: "Name".into(),
                hint: Some("Hint".into()),
                multiline: true,
                max_length: 5000,
            },
            Widget::Ordering {
                id: "o".into(),
                prompt: "Order".into(),
                items: vec![option("i1", "One"), option("i2", "Two")],
            },
            Widget::Categorise {
                id: "c".into(),
                prompt: "Sort".into(),
                categories: vec![option("k1", "Keep")],
                items: vec![option("d1", "Doc")],
            },
            Widget::MailInbox {
                id: "inbox".into(),
                folder: "Posteingang".into(),
                mails: vec![Mail {
                    id: "m1".into(),
                    sender_name: format!("Bad {EVIL}"),
                    sender_address: "x@evil.example".into(),
                    subject: "Rechnung".into(),
                    received: "Mo 09:14".into(),
                    body: EVIL.into(),
                    attachments: vec!["Rechnung.pdf.exe".into()],
                    unread: true,
                }],
                actions: vec![option("report", "Melden")],
            },
            Widget::FileExplorer {
                id: "files".into(),
                location: "E-Akte".into(),
                entries: vec![FileEntry {
                    id: "f1".into(),
                    name: "Antrag.pdf".into(),
                    kind: FileKind::Document,
                    modified: "12.03.2026".into(),
                    metadata: vec![("Aktenzeichen".into(), "123".into())],
                }],
                actions: vec![option("file", "Ablegen")],
            },
            Widget::Dialogue {
                id: "call".into(),
                channel: Channel::VideoCall,
                partner: "Frau Yılmaz".into(),
                lines: vec![DialogueLine {
                    speaker: "Frau Yılmaz".into(),
                    text: "Hallo".into(),
                    own: false,
                }],
                replies: vec![option("r1", "Guten Tag")],
            },
            Widget::Feedback {
                verdict: Verdict::Wrong,
                title: "Not quite".into(),
                explanation: "Because".into(),
            },
            Widget::Buttons(vec![
                Button {
                    id: "back".into(),
                    label: "Back".into(),
                    primary: false,
                },
                Button {
                    id: "next".into(),
                    label: "Next".into(),
                    primary: true,
                },
            ]),
        ]
    }

    #[test]
    fn every_widget_kind_renders_accessibly_and_escapes_plugin_text() {
        let principal = Principal {
            user: None,
            csrf_token: "token".into(),
            locale: Locale::De,
            client: std::net::IpAddr::from([127, 0, 0, 1]),
            session_expired: false,
        };
        let chrome = Chrome::new(&principal, "/games/sessions/1", None);
        let widgets = every_widget()
            .iter()
            .map(|w| widget_view(&chrome, "game", w))
            .collect();
        let page = PlayPage {
            chrome,
            session_id: 1,
            game_name: "Game".into(),
            title: "Title".into(),
            progress_current: 1,
            progress_total: 3,
            widgets,
            error: None,
            finished: false,
            score_percent: 0,
            summary_html: String::new(),
            went_well: Vec::new(),
            to_learn: Vec::new(),
        };
        let html = askama::Template::render(&page).unwrap_or_default();
        assert!(!html.contains("<script>"), "plugin text must be escaped");
        for expected in [
            "<h2 class=\"widget-heading\">Heading &lt;script&gt;",
            "<p>First <strong>strong</strong> paragraph</p><p>Second <em>emphasised</em></p>",
            "<img src=\"/games/game/assets/img/a.png\" alt=\"alt &#60;script&#62;",
            "type=\"radio\" id=\"w-q1-a\" name=\"q1\" value=\"a\"",
            "<label for=\"w-q1-a\">&lt;script&gt;",
            "type=\"checkbox\" id=\"w-q2-x\" name=\"q2\"",
            "<textarea id=\"w-t\" name=\"t\" rows=\"5\" maxlength=\"2000\" aria-describedby=\"w-t-hint\">",
            "name=\"o.i1\"",
            "<option value=\"2\" selected>",
            "name=\"c.d1\"",
            "name=\"inbox.m1\"",
            "Rechnung.pdf.exe",
            "name=\"files.f1\"",
            "<th scope=\"col\">Aktenzeichen</th>",
            "name=\"button\" value=\"r1\"",
            "Videokonferenz",
            "verdict-wrong",
            "Nicht ganz:",
            "name=\"button\" value=\"next\">Next",
            "<legend>Pick one</legend>",
        ] {
            assert!(html.contains(expected), "missing {expected:?} in\n{html}");
        }
        // The primary button comes first.
        let next = html.find("value=\"next\"").unwrap_or(usize::MAX);
        let back = html.find("value=\"back\"").unwrap_or(0);
        assert!(next < back);
    }
}

//! Contract version 0.1.0 (`digifit:game@0.1.0`): the generated bindings and their conversion to
//! and from the host's own types in `model`. A later contract version gets a sibling module.

use wasmtime::Store;

use super::model::{self, ChoiceOption};
use super::sandbox::Sandbox;

wasmtime::component::bindgen!({
    world: "game",
    path: "../plugins/wit/since_v0.1.0",
});

use self::digifit::game::types as wit;

/// The contract version this module speaks.
pub const VERSION: &str = "0.1.0";

pub use self::GamePre as Pre;

fn options(list: Vec<wit::ChoiceOption>) -> Vec<ChoiceOption> {
    list.into_iter()
        .map(|o| ChoiceOption {
            id: o.id,
            label: o.label,
        })
        .collect()
}

fn widget(widget: wit::Widget) -> model::Widget {
    use model::Widget as W;
    match widget {
        wit::Widget::Heading(text) => W::Heading(text),
        wit::Widget::Text(text) => W::Text(text),
        wit::Widget::Image(i) => W::Image {
            asset: i.asset,
            alt: i.alt,
            caption: i.caption,
        },
        wit::Widget::Choice(c) => W::Choice {
            id: c.id,
            prompt: c.prompt,
            options: options(c.options),
            multiple: c.multiple,
        },
        wit::Widget::TextInput(t) => W::TextInput {
            id: t.id,
            label: t.label,
            hint: t.hint,
            multiline: t.multiline,
            max_length: t.max_length,
        },
        wit::Widget::Ordering(o) => W::Ordering {
            id: o.id,
            prompt: o.prompt,
            items: options(o.items),
        },
        wit::Widget::Categorise(c) => W::Categorise {
            id: c.id,
            prompt: c.prompt,
            categories: options(c.categories),
            items: options(c.items),
        },
        wit::Widget::MailInbox(inbox) => W::MailInbox {
            id: inbox.id,
            folder: inbox.folder,
            mails: inbox
                .mails
                .into_iter()
                .map(|m| model::Mail {
                    id: m.id,
                    sender_name: m.sender_name,
                    sender_address: m.sender_address,
                    subject: m.subject,
                    received: m.received,
                    body: m.body,
                    attachments: m.attachments,
                    unread: m.unread,
                })
                .collect(),
            actions: options(inbox.actions),
        },
        wit::Widget::FileExplorer(explorer) => W::FileExplorer {
            id: explorer.id,
            location: explorer.location,
            entries: explorer
                .entries
                .into_iter()
                .map(|e| model::FileEntry {
                    id: e.id,
                    name: e.name,
                    kind: match e.kind {
                        wit::FileKind::Folder => model::FileKind::Folder,
                        wit::FileKind::Document => model::FileKind::Document,
                        wit::FileKind::Spreadsheet => model::FileKind::Spreadsheet,
                        wit::FileKind::Image => model::FileKind::Image,
                        wit::FileKind::Mail => model::FileKind::Mail,
                        wit::FileKind::Other => model::FileKind::Other,
                    },
                    modified: e.modified,
                    metadata: e.metadata,
                })
                .collect(),
            actions: options(explorer.actions),
        },
        wit::Widget::Dialogue(d) => W::Dialogue {
            id: d.id,
            channel: match d.channel {
                wit::Channel::Chat => model::Channel::Chat,
                wit::Channel::PhoneCall => model::Channel::PhoneCall,
                wit::Channel::VideoCall => model::Channel::VideoCall,
                wit::Channel::InPerson => model::Channel::InPerson,
            },
            partner: d.partner,
            lines: d
                .lines
                .into_iter()
                .map(|l| model::DialogueLine {
                    speaker: l.speaker,
                    text: l.text,
                    own: l.by_player,
                })
                .collect(),
            replies: options(d.replies),
        },
        wit::Widget::Feedback(f) => W::Feedback {
            verdict: match f.verdict {
                wit::Verdict::Correct => model::Verdict::Correct,
                wit::Verdict::PartlyCorrect => model::Verdict::PartlyCorrect,
                wit::Verdict::Wrong => model::Verdict::Wrong,
                wit::Verdict::Info => model::Verdict::Info,
            },
            title: f.title,
            explanation: f.explanation,
        },
        wit::Widget::Buttons(buttons) => W::Buttons(
            buttons
                .into_iter()
                .map(|b| model::Button {
                    id: b.id,
                    label: b.label,
                    primary: b.primary,
                })
                .collect(),
        ),
    }
}

fn step(step: wit::Step) -> model::Step {
    model::Step {
        state: step.state,
        view: model::View {
            title: step.view.title,
            progress_current: step.view.progress.current,
            progress_total: step.view.progress.total,
            widgets: step.view.widgets.into_iter().map(widget).collect(),
        },
        evidence: step
            .evidence
            .into_iter()
            .map(|e| model::Evidence {
                item: e.item,
                competence: e.competence,
                score: e.score,
            })
            .collect(),
        outcome: step.outcome.map(|o| model::Outcome {
            score: o.score,
            summary: o.summary,
            went_well: o.went_well,
            to_learn: o.to_learn,
        }),
    }
}

fn game_error(error: wit::GameError) -> model::GameError {
    match error {
        wit::GameError::UnknownEpisode(e) => model::GameError::UnknownEpisode(e),
        wit::GameError::InvalidAction(e) => model::GameError::InvalidAction(e),
        wit::GameError::InvalidState(e) => model::GameError::InvalidState(e),
    }
}

fn game_info(info: wit::GameInfo) -> model::GameInfo {
    model::GameInfo {
        id: info.id,
        name: info.name,
        version: info.version,
        description: info.description,
        locales: info.locales,
        episodes: info
            .episodes
            .into_iter()
            .map(|e| model::EpisodeInfo {
                id: e.id,
                title: e.title,
                summary: e.summary,
                minutes: e.minutes,
                competences: e.competences,
                min_level: e.min_level,
                max_level: e.max_level,
            })
            .collect(),
    }
}

/// The outcome of one call into the game: the game's own answer, or a failure of the call.
pub type CallResult<T> = wasmtime::Result<Result<T, model::GameError>>;

pub fn meta(
    pre: &Pre<Sandbox>,
    store: &mut Store<Sandbox>,
    locale: &str,
) -> wasmtime::Result<model::GameInfo> {
    let game = pre.instantiate(&mut *store)?;
    Ok(game_info(game.call_meta(&mut *store, locale)?))
}

pub fn start(
    pre: &Pre<Sandbox>,
    store: &mut Store<Sandbox>,
    request: &model::StartRequest,
) -> CallResult<model::Step> {
    let game = pre.instantiate(&mut *store)?;
    let request = wit::StartRequest {
        episode: request.episode.clone(),
        seed: request.seed,
        locale: request.locale.clone(),
        level: request.level,
    };
    Ok(game
        .call_start(&mut *store, &request)?
        .map(step)
        .map_err(game_error))
}

pub fn act(
    pre: &Pre<Sandbox>,
    store: &mut Store<Sandbox>,
    state: &[u8],
    action: &model::Action,
) -> CallResult<model::Step> {
    let game = pre.instantiate(&mut *store)?;
    let action = wit::Action {
        button: action.button.clone(),
        fields: action.fields.clone(),
    };
    Ok(game
        .call_act(&mut *store, state, &action)?
        .map(step)
        .map_err(game_error))
}

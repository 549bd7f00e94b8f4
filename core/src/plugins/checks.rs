//! The host's own checks on what a game returns. Wasmtime bounds memory and time; only the host
//! can bound what comes out: state and view sizes, widget counts, ids, competences and scores.

use std::collections::HashSet;

use super::model::{EpisodeInfo, GameInfo, Step, Widget};

pub use digifit_package::contract::{DIGCOMP_COMPETENCES, MAX_ID_BYTES};

/// Largest state a game may keep between calls.
pub const MAX_STATE_BYTES: usize = 64 << 10;
/// Most widgets on one view.
pub const MAX_WIDGETS: usize = 100;
/// Most text (all strings together) in one view.
pub const MAX_VIEW_TEXT_BYTES: usize = 256 << 10;
/// Most evidence records from one step.
pub const MAX_EVIDENCE: usize = 64;
/// Most options, mails, entries or lines in one widget.
pub const MAX_WIDGET_ITEMS: usize = 200;

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_BYTES
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'/'))
}

fn text_bytes(widget: &Widget) -> usize {
    let options = |list: &[super::model::ChoiceOption]| {
        list.iter()
            .map(|o| o.id.len() + o.label.len())
            .sum::<usize>()
    };
    match widget {
        Widget::Heading(text) | Widget::Text(text) => text.len(),
        Widget::Image {
            asset,
            alt,
            caption,
        } => asset.len() + alt.len() + caption.as_ref().map_or(0, String::len),
        Widget::Choice {
            id,
            prompt,
            options: list,
            ..
        } => id.len() + prompt.len() + options(list),
        Widget::TextInput {
            id, label, hint, ..
        } => id.len() + label.len() + hint.as_ref().map_or(0, String::len),
        Widget::Ordering { id, prompt, items } => id.len() + prompt.len() + options(items),
        Widget::Categorise {
            id,
            prompt,
            categories,
            items,
        } => id.len() + prompt.len() + options(categories) + options(items),
        Widget::MailInbox {
            id,
            folder,
            mails,
            actions,
        } => {
            id.len()
                + folder.len()
                + options(actions)
                + mails
                    .iter()
                    .map(|m| {
                        m.id.len()
                            + m.sender_name.len()
                            + m.sender_address.len()
                            + m.subject.len()
                            + m.received.len()
                            + m.body.len()
                            + m.attachments.iter().map(String::len).sum::<usize>()
                    })
                    .sum::<usize>()
        }
        Widget::FileExplorer {
            id,
            location,
            entries,
            actions,
        } => {
            id.len()
                + location.len()
                + options(actions)
                + entries
                    .iter()
                    .map(|e| {
                        e.id.len()
                            + e.name.len()
                            + e.modified.len()
                            + e.metadata
                                .iter()
                                .map(|(k, v)| k.len() + v.len())
                                .sum::<usize>()
                    })
                    .sum::<usize>()
        }
        Widget::Dialogue {
            id,
            partner,
            lines,
            replies,
            ..
        } => {
            id.len()
                + partner.len()
                + options(replies)
                + lines
                    .iter()
                    .map(|l| l.speaker.len() + l.text.len())
                    .sum::<usize>()
        }
        Widget::Feedback {
            title, explanation, ..
        } => title.len() + explanation.len(),
        Widget::Buttons(buttons) => buttons.iter().map(|b| b.id.len() + b.label.len()).sum(),
    }
}

fn item_count(widget: &Widget) -> usize {
    match widget {
        Widget::Choice { options, .. } => options.len(),
        Widget::Ordering { items, .. } => items.len(),
        Widget::Categorise {
            categories, items, ..
        } => categories.len() + items.len(),
        Widget::MailInbox { mails, actions, .. } => mails.len() + actions.len(),
        Widget::FileExplorer {
            entries, actions, ..
        } => entries.len() + actions.len(),
        Widget::Dialogue { lines, replies, .. } => lines.len() + replies.len(),
        Widget::Buttons(buttons) => buttons.len(),
        _ => 0,
    }
}

/// The ids a widget introduces into the view's form: they must be unique within the view.
fn form_ids(widget: &Widget) -> Vec<&str> {
    match widget {
        Widget::Choice { id, .. }
        | Widget::TextInput { id, .. }
        | Widget::Ordering { id, .. }
        | Widget::Categorise { id, .. }
        | Widget::MailInbox { id, .. }
        | Widget::FileExplorer { id, .. }
        | Widget::Dialogue { id, .. } => vec![id.as_str()],
        _ => Vec::new(),
    }
}

fn ids(list: &[super::model::ChoiceOption]) -> Vec<&str> {
    list.iter().map(|o| o.id.as_str()).collect()
}

fn inner_ids(widget: &Widget) -> Vec<Vec<&str>> {
    match widget {
        Widget::Choice { options, .. } => vec![ids(options)],
        Widget::Ordering { items, .. } => vec![ids(items)],
        Widget::Categorise {
            categories, items, ..
        } => vec![ids(categories), ids(items)],
        Widget::MailInbox { mails, actions, .. } => {
            vec![mails.iter().map(|m| m.id.as_str()).collect(), ids(actions)]
        }
        Widget::FileExplorer {
            entries, actions, ..
        } => vec![
            entries.iter().map(|e| e.id.as_str()).collect(),
            ids(actions),
        ],
        Widget::Dialogue { replies, .. } => vec![ids(replies)],
        Widget::Buttons(buttons) => vec![buttons.iter().map(|b| b.id.as_str()).collect()],
        _ => Vec::new(),
    }
}

fn unique_valid(ids: &[&str], what: &str) -> Result<(), String> {
    let mut seen = HashSet::new();
    for id in ids {
        if !valid_id(id) {
            return Err(format!(
                "{what} id {id:?} is empty, too long or has characters other than letters, digits and - _ . /"
            ));
        }
        if !seen.insert(*id) {
            return Err(format!("{what} id {id:?} appears twice"));
        }
    }
    Ok(())
}

/// Checks a step; the message says what the game got wrong.
pub fn check_step(step: &Step) -> Result<(), String> {
    if step.state.len() > MAX_STATE_BYTES {
        return Err(format!(
            "the state has {} bytes; at most {MAX_STATE_BYTES} are allowed",
            step.state.len()
        ));
    }
    let widgets = &step.view.widgets;
    if widgets.len() > MAX_WIDGETS {
        return Err(format!(
            "the view has {} widgets; at most {MAX_WIDGETS} are allowed",
            widgets.len()
        ));
    }
    let text: usize = step.view.title.len() + widgets.iter().map(text_bytes).sum::<usize>();
    if text > MAX_VIEW_TEXT_BYTES {
        return Err(format!(
            "the view has {text} bytes of text; at most {MAX_VIEW_TEXT_BYTES} are allowed"
        ));
    }
    if let Some(widget) = widgets.iter().find(|w| item_count(w) > MAX_WIDGET_ITEMS) {
        return Err(format!(
            "a widget has {} items; at most {MAX_WIDGET_ITEMS} are allowed",
            item_count(widget)
        ));
    }
    let form: Vec<&str> = widgets.iter().flat_map(form_ids).collect();
    unique_valid(&form, "widget")?;
    for widget in widgets {
        for ids in inner_ids(widget) {
            unique_valid(&ids, "option")?;
        }
    }
    if step.evidence.len() > MAX_EVIDENCE {
        return Err(format!(
            "the step has {} evidence records; at most {MAX_EVIDENCE} are allowed",
            step.evidence.len()
        ));
    }
    for evidence in &step.evidence {
        if !valid_id(&evidence.item) {
            return Err(format!("evidence item id {:?} is not valid", evidence.item));
        }
        if !DIGCOMP_COMPETENCES.contains(&evidence.competence.as_str()) {
            return Err(format!(
                "evidence names {:?}, which is not a DigComp 2.2 competence",
                evidence.competence
            ));
        }
        if !(0.0..=1.0).contains(&evidence.score) {
            return Err(format!(
                "evidence score {} is outside 0..=1",
                evidence.score
            ));
        }
    }
    if let Some(outcome) = &step.outcome
        && !(0.0..=1.0).contains(&outcome.score)
    {
        return Err(format!("outcome score {} is outside 0..=1", outcome.score));
    }
    Ok(())
}

fn check_episode(episode: &EpisodeInfo) -> Result<(), String> {
    if !valid_id(&episode.id) {
        return Err(format!("episode id {:?} is not valid", episode.id));
    }
    if !(1..=3).contains(&episode.min_level)
        || !(episode.min_level..=3).contains(&episode.max_level)
    {
        return Err(format!(
            "episode {:?} has levels {}..={}; use 1..=3",
            episode.id, episode.min_level, episode.max_level
        ));
    }
    if let Some(bad) = episode
        .competences
        .iter()
        .find(|c| !DIGCOMP_COMPETENCES.contains(&c.as_str()))
    {
        return Err(format!(
            "episode {:?} names {bad:?}, which is not a DigComp 2.2 competence",
            episode.id
        ));
    }
    Ok(())
}

/// Checks a game's self-description.
pub fn check_info(info: &GameInfo) -> Result<(), String> {
    if !valid_id(&info.id) || info.id.contains(['.', '/']) {
        return Err(format!(
            "game id {:?} is not valid; use lowercase letters, digits and -",
            info.id
        ));
    }
    if info.episodes.is_empty() {
        return Err("the game has no episodes".into());
    }
    if info.episodes.len() > MAX_WIDGET_ITEMS {
        return Err(format!(
            "the game has {} episodes; at most {MAX_WIDGET_ITEMS}",
            info.episodes.len()
        ));
    }
    let ids: Vec<&str> = info.episodes.iter().map(|e| e.id.as_str()).collect();
    unique_valid(&ids, "episode")?;
    info.episodes.iter().try_for_each(check_episode)
}

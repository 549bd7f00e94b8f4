//! The rules a game's output must follow, as the host checks them, so a game can be checked in
//! its own tests before the host ever loads it. Each check returns a message naming the problem.
//!
//! The contract itself fixes the state limit (64 KiB), the text-input limit (2000) and the id
//! alphabets; the other limits mirror the host's checks of API 0.1.0. Two rules are the SDK's
//! own, because the host cannot refuse a step for its wording: a feedback title must not repeat
//! the verdict label the host writes before it ([`verdict_label_in_title`]), and an outcome
//! summary must not state the score the host writes above it ([`score_in_summary`]).

use std::collections::HashSet;

use crate::{ChoiceOption, EpisodeInfo, GameInfo, Step, View, Widget, is_competence};

/// Largest state a game may keep between calls.
pub const MAX_STATE_BYTES: usize = 64 << 10;
/// Most widgets on one view.
pub const MAX_WIDGETS: usize = 100;
/// Most text (all strings together) in one view.
pub const MAX_VIEW_TEXT_BYTES: usize = 256 << 10;
/// Most evidence records from one step.
pub const MAX_EVIDENCE: usize = 64;
/// Most options, mails, entries, lines or buttons in one widget, and most episodes in a game.
pub const MAX_WIDGET_ITEMS: usize = 200;
/// Longest id of anything.
pub const MAX_ID_BYTES: usize = 100;
/// Longest input a text field may accept.
pub const MAX_TEXT_INPUT_LENGTH: u32 = 2000;
/// The difficulty levels, 1 (easy) ..= 3 (hard).
pub const LEVELS: std::ops::RangeInclusive<u8> = 1..=3;

/// Checks what `meta` returns: ids, episodes, competences and levels.
pub fn check_meta(info: &GameInfo) -> Result<(), String> {
    if !is_slug(&info.id) {
        return Err(format!(
            "game id {:?} must be lowercase letters, digits and '-'",
            info.id
        ));
    }
    if info.locales.is_empty() {
        return Err("the game lists no locales; list at least its default, e.g. [\"de\"]".into());
    }
    unique(info.locales.iter().map(String::as_str), "locale")?;
    if info.episodes.is_empty() {
        return Err("the game has no episodes".into());
    }
    if info.episodes.len() > MAX_WIDGET_ITEMS {
        return Err(format!(
            "the game has {} episodes; at most {MAX_WIDGET_ITEMS} are allowed",
            info.episodes.len()
        ));
    }
    unique(info.episodes.iter().map(|e| e.id.as_str()), "episode")?;
    info.episodes.iter().try_for_each(check_episode)
}

fn check_episode(episode: &EpisodeInfo) -> Result<(), String> {
    if !is_slug(&episode.id) {
        return Err(format!(
            "episode id {:?} must be lowercase letters, digits and '-'",
            episode.id
        ));
    }
    if !LEVELS.contains(&episode.min_level)
        || !LEVELS.contains(&episode.max_level)
        || episode.min_level > episode.max_level
    {
        return Err(format!(
            "episode {:?} has levels {}..={}; use a range within 1..=3",
            episode.id, episode.min_level, episode.max_level
        ));
    }
    if episode.competences.is_empty() {
        return Err(format!("episode {:?} lists no competences", episode.id));
    }
    if let Some(bad) = episode.competences.iter().find(|c| !is_competence(c)) {
        return Err(format!(
            "episode {:?} names {bad:?}, which is not a DigComp 2.2 competence (\"1.1\" … \"5.4\")",
            episode.id
        ));
    }
    unique(episode.competences.iter().map(String::as_str), "competence")
}

/// Checks a step: state size, view, evidence and outcome, including the SDK's own rules on
/// wording: no feedback title that starts with a verdict ([`verdict_label_in_title`]), no
/// summary that states the score ([`score_in_summary`]), and no last view that repeats the
/// outcome.
pub fn check_step(step: &Step) -> Result<(), String> {
    if step.state.len() > MAX_STATE_BYTES {
        return Err(format!(
            "the state has {} bytes; at most {MAX_STATE_BYTES} are allowed",
            step.state.len()
        ));
    }
    check_view(&step.view)?;
    if step.outcome.is_none() && submit_ids(&step.view).is_empty() {
        return Err(format!(
            "view {:?} has no button and no dialogue reply, so the player cannot go on; only \
             the last step (with an outcome) may end without one",
            step.view.title
        ));
    }
    if step.evidence.len() > MAX_EVIDENCE {
        return Err(format!(
            "the step has {} evidence records; at most {MAX_EVIDENCE} are allowed",
            step.evidence.len()
        ));
    }
    for evidence in &step.evidence {
        if !is_item_id(&evidence.item) {
            return Err(format!(
                "evidence item id {:?} must be 1..={MAX_ID_BYTES} letters, digits and - _ . /",
                evidence.item
            ));
        }
        if !is_competence(&evidence.competence) {
            return Err(format!(
                "evidence for {:?} names {:?}, which is not a DigComp 2.2 competence",
                evidence.item, evidence.competence
            ));
        }
        if !(0.0..=1.0).contains(&evidence.score) {
            return Err(format!(
                "evidence for {:?} has score {}, outside 0..=1",
                evidence.item, evidence.score
            ));
        }
    }
    for widget in &step.view.widgets {
        if let Widget::Feedback(feedback) = widget
            && let Some(label) = verdict_label_in_title(&feedback.title)
        {
            return Err(format!(
                "the feedback title {:?} starts with the verdict {label:?}, which the host \
                 already shows before it (\"{label}: {}\"); name what the item was about instead",
                feedback.title, feedback.title
            ));
        }
    }
    if let Some(outcome) = &step.outcome {
        if !(0.0..=1.0).contains(&outcome.score) {
            return Err(format!("outcome score {} is outside 0..=1", outcome.score));
        }
        if let Some(percent) = score_in_summary(&outcome.summary, outcome.score) {
            return Err(format!(
                "the outcome summary {:?} states the score ({percent} %); the host already shows \
                 it above the summary, so keep only the game's message",
                outcome.summary
            ));
        }
        let texts: Vec<&str> = step
            .view
            .widgets
            .iter()
            .filter_map(|widget| match widget {
                Widget::Heading(text) | Widget::Text(text) => Some(text.as_str()),
                _ => None,
            })
            .collect();
        let repeated = std::iter::once(&outcome.summary)
            .chain(&outcome.went_well)
            .chain(&outcome.to_learn)
            .find(|line| !line.is_empty() && texts.iter().any(|text| text.contains(line.as_str())));
        if let Some(line) = repeated {
            return Err(format!(
                "the last view repeats the outcome ({line:?}); the host shows the outcome below \
                 the view, so the view should only close the episode"
            ));
        }
    }
    Ok(())
}

/// The verdict labels the host writes before a feedback title („Richtig:“ …, "Correct:" …),
/// without their colon, in every language the host speaks.
pub const VERDICT_LABELS: [&str; 8] = [
    "Richtig",
    "Teilweise richtig",
    "Nicht ganz",
    "Hinweis",
    "Correct",
    "Partly correct",
    "Not quite",
    "Note",
];

/// The verdict label of [`VERDICT_LABELS`] that a feedback title starts with, if any.
///
/// The host shows a feedback as `<strong>{label}:</strong> {title}`, so a title that starts with
/// a verdict reads doubled („Richtig: Richtig: Auskunft an die Tochter“). A title starts with a
/// label when, ignoring leading whitespace and `*` emphasis markers, it begins with the label
/// (compared case-insensitively) and the label is followed, after any `*`, by
/// - the end of the title („Teilweise richtig“),
/// - `:` or `!` („Richtig: …“, "Correct!"), or
/// - whitespace and a dash `-`, `–` or `—` („Nicht ganz – so geht es besser“).
///
/// Anything else after the label makes it a word of a headline, so „Richtig erkannt: Phishing“,
/// „Hinweise zur Akte“ and "Rights of customers" pass.
pub fn verdict_label_in_title(title: &str) -> Option<&'static str> {
    let title = title
        .trim_start_matches(|c: char| c.is_whitespace() || c == '*')
        .to_lowercase();
    VERDICT_LABELS.into_iter().find(|label| {
        let Some(rest) = title.strip_prefix(label.to_lowercase().as_str()) else {
            return false;
        };
        let rest = rest.trim_start_matches('*');
        let after_space = rest.trim_start();
        rest.is_empty()
            || rest.starts_with([':', '!'])
            || (after_space.len() < rest.len() && after_space.starts_with(['-', '–', '—']))
    })
}

/// The score as the host shows it (rounded to a whole percent), if `summary` states it.
///
/// The host writes „Sie haben 73 % erreicht.“ / "You scored 73%." above the summary, so a
/// summary that says it again repeats the host. A summary states the score when it contains
/// that whole number, not directly after another digit, followed by any spaces (` `, no-break
/// U+00A0 or narrow no-break U+202F) and `%`: "73 %", "73%", "**73 %**". Other numbers and
/// percentages ("3 von 4 Situationen", "50 % der Anträge" at a score of 0.73) pass.
pub fn score_in_summary(summary: &str, score: f32) -> Option<u32> {
    // In 0..=100 after the clamp (a NaN score casts to 0), so the cast is exact.
    let percent = (score.clamp(0.0, 1.0) * 100.0).round() as u32;
    let number = percent.to_string();
    let stated = summary.match_indices(&number).any(|(at, _)| {
        let after_digit = summary[..at]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_digit());
        let rest = summary[at + number.len()..].trim_start_matches([' ', '\u{a0}', '\u{202f}']);
        !after_digit && rest.starts_with('%')
    });
    stated.then_some(percent)
}

/// The first `{name}` in a text (lowercase letters, digits, `-`, `_`): a template placeholder
/// that was never filled in. Players must never see one.
pub fn unfilled_placeholder(text: &str) -> Option<&str> {
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        let length = after
            .bytes()
            .take_while(|b| {
                b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'-' | b'_')
            })
            .count();
        if length > 0 && after.as_bytes().get(length) == Some(&b'}') {
            return Some(&rest[start..start + length + 2]);
        }
        rest = after;
    }
    None
}

/// Checks a view: limits, and ids that are valid and unique where the form needs them to be.
pub fn check_view(view: &View) -> Result<(), String> {
    // Each string on its own: the view's `Debug` text would escape characters such as a
    // no-break space as `\u{a0}`, which looks like a placeholder.
    let placeholder = std::iter::once(view.title.as_str())
        .chain(view.widgets.iter().flat_map(texts))
        .find_map(unfilled_placeholder);
    if let Some(placeholder) = placeholder {
        return Err(format!(
            "the view shows the placeholder {placeholder} unfilled; fill it before building the view"
        ));
    }
    let progress = view.progress;
    if progress.current == 0 || progress.current > progress.total {
        return Err(format!(
            "progress {} of {} must count from 1 up to the total",
            progress.current, progress.total
        ));
    }
    if view.widgets.len() > MAX_WIDGETS {
        return Err(format!(
            "the view has {} widgets; at most {MAX_WIDGETS} are allowed",
            view.widgets.len()
        ));
    }
    let text = view.title.len()
        + view
            .widgets
            .iter()
            .flat_map(texts)
            .map(str::len)
            .sum::<usize>();
    if text > MAX_VIEW_TEXT_BYTES {
        return Err(format!(
            "the view has {text} bytes of text; at most {MAX_VIEW_TEXT_BYTES} are allowed"
        ));
    }
    for widget in &view.widgets {
        let items = item_count(widget);
        if items > MAX_WIDGET_ITEMS {
            return Err(format!(
                "a widget has {items} items; at most {MAX_WIDGET_ITEMS} are allowed"
            ));
        }
        for (list, what) in inner_ids(widget) {
            valid_unique(list, what)?;
        }
        if let Widget::TextInput(input) = widget
            && !(1..=MAX_TEXT_INPUT_LENGTH).contains(&input.max_length)
        {
            return Err(format!(
                "text input {:?} has max-length {}; use 1..={MAX_TEXT_INPUT_LENGTH}",
                input.id, input.max_length
            ));
        }
    }
    valid_unique(view.widgets.iter().filter_map(form_id).collect(), "widget")?;
    // Buttons and dialogue replies both become the action's `button`, so they share one space.
    valid_unique(submit_ids(view), "button or reply")
}

/// The ids a player can submit as the action's button: buttons and dialogue replies.
pub fn submit_ids(view: &View) -> Vec<&str> {
    let mut ids = Vec::new();
    for widget in &view.widgets {
        match widget {
            Widget::Buttons(row) => ids.extend(row.iter().map(|b| b.id.as_str())),
            Widget::Dialogue(dialogue) => ids.extend(option_ids(&dialogue.replies)),
            _ => {}
        }
    }
    ids
}

/// Ids of games and episodes: lowercase letters, digits and '-'.
fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_BYTES
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Ids of widgets, options and buttons: letters, digits, '-' and '_'. No '.', because fields are
/// named `<widget-id>.<item-id>`.
fn is_form_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_BYTES
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Item ids of evidence, e.g. "phishing-basics/mail-3": also '.' and '/'.
fn is_item_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_BYTES
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'/'))
}

fn unique<'a>(ids: impl Iterator<Item = &'a str>, what: &str) -> Result<(), String> {
    let mut seen = HashSet::new();
    for id in ids {
        if !seen.insert(id) {
            return Err(format!("{what} {id:?} appears twice"));
        }
    }
    Ok(())
}

fn valid_unique(ids: Vec<&str>, what: &str) -> Result<(), String> {
    if let Some(bad) = ids.iter().find(|id| !is_form_id(id)) {
        return Err(format!(
            "{what} id {bad:?} must be 1..={MAX_ID_BYTES} letters, digits, '-' and '_'"
        ));
    }
    unique(ids.into_iter(), &format!("{what} id"))
}

fn option_ids(list: &[ChoiceOption]) -> impl Iterator<Item = &str> {
    list.iter().map(|option| option.id.as_str())
}

/// The id a widget gives its form fields, if it has any.
fn form_id(widget: &Widget) -> Option<&str> {
    match widget {
        Widget::Choice(w) => Some(&w.id),
        Widget::TextInput(w) => Some(&w.id),
        Widget::Ordering(w) => Some(&w.id),
        Widget::Categorise(w) => Some(&w.id),
        Widget::MailInbox(w) => Some(&w.id),
        Widget::FileExplorer(w) => Some(&w.id),
        Widget::Dialogue(w) => Some(&w.id),
        Widget::Heading(_)
        | Widget::Text(_)
        | Widget::Image(_)
        | Widget::Feedback(_)
        | Widget::Buttons(_) => None,
    }
}

/// The lists of ids inside a widget that must each be unique, with what they are.
fn inner_ids(widget: &Widget) -> Vec<(Vec<&str>, &'static str)> {
    match widget {
        Widget::Choice(w) => vec![(option_ids(&w.options).collect(), "option")],
        Widget::Ordering(w) => vec![(option_ids(&w.items).collect(), "item")],
        Widget::Categorise(w) => vec![
            (option_ids(&w.categories).collect(), "category"),
            (option_ids(&w.items).collect(), "item"),
        ],
        Widget::MailInbox(w) => vec![
            (w.mails.iter().map(|m| m.id.as_str()).collect(), "mail"),
            (option_ids(&w.actions).collect(), "action"),
        ],
        Widget::FileExplorer(w) => vec![
            (w.entries.iter().map(|e| e.id.as_str()).collect(), "entry"),
            (option_ids(&w.actions).collect(), "action"),
        ],
        Widget::Dialogue(w) => vec![(option_ids(&w.replies).collect(), "reply")],
        Widget::Heading(_)
        | Widget::Text(_)
        | Widget::Image(_)
        | Widget::TextInput(_)
        | Widget::Feedback(_)
        | Widget::Buttons(_) => Vec::new(),
    }
}

fn item_count(widget: &Widget) -> usize {
    match widget {
        Widget::Choice(w) => w.options.len(),
        Widget::Ordering(w) => w.items.len(),
        Widget::Categorise(w) => w.categories.len() + w.items.len(),
        Widget::MailInbox(w) => w.mails.len() + w.actions.len(),
        Widget::FileExplorer(w) => w.entries.len() + w.actions.len(),
        Widget::Dialogue(w) => w.lines.len() + w.replies.len(),
        Widget::Buttons(row) => row.len(),
        Widget::Heading(_)
        | Widget::Text(_)
        | Widget::Image(_)
        | Widget::TextInput(_)
        | Widget::Feedback(_) => 0,
    }
}

/// Every string of a widget: ids, labels and text. The view's text limit counts them, and none
/// may show an unfilled placeholder.
fn texts(widget: &Widget) -> Vec<&str> {
    fn options(list: &[ChoiceOption]) -> Vec<&str> {
        list.iter()
            .flat_map(|o| [o.id.as_str(), o.label.as_str()])
            .collect()
    }
    match widget {
        Widget::Heading(text) | Widget::Text(text) => vec![text],
        Widget::Image(w) => [&w.asset, &w.alt]
            .into_iter()
            .chain(&w.caption)
            .map(String::as_str)
            .collect(),
        Widget::Choice(w) => [[w.id.as_str(), &w.prompt].as_slice(), &options(&w.options)].concat(),
        Widget::TextInput(w) => [&w.id, &w.label]
            .into_iter()
            .chain(&w.hint)
            .map(String::as_str)
            .collect(),
        Widget::Ordering(w) => [[w.id.as_str(), &w.prompt].as_slice(), &options(&w.items)].concat(),
        Widget::Categorise(w) => [
            [w.id.as_str(), &w.prompt].as_slice(),
            &options(&w.categories),
            &options(&w.items),
        ]
        .concat(),
        Widget::MailInbox(w) => {
            let mut texts = vec![w.id.as_str(), &w.folder];
            texts.extend(options(&w.actions));
            for mail in &w.mails {
                texts.extend([
                    mail.id.as_str(),
                    &mail.sender_name,
                    &mail.sender_address,
                    &mail.subject,
                    &mail.received,
                    &mail.body,
                ]);
                texts.extend(mail.attachments.iter().map(String::as_str));
            }
            texts
        }
        Widget::FileExplorer(w) => {
            let mut texts = vec![w.id.as_str(), &w.location];
            texts.extend(options(&w.actions));
            for entry in &w.entries {
                texts.extend([entry.id.as_str(), &entry.name, &entry.modified]);
                for (key, value) in &entry.metadata {
                    texts.extend([key.as_str(), value]);
                }
            }
            texts
        }
        Widget::Dialogue(w) => {
            let mut texts = vec![w.id.as_str(), &w.partner];
            texts.extend(options(&w.replies));
            for line in &w.lines {
                texts.extend([line.speaker.as_str(), &line.text]);
            }
            texts
        }
        Widget::Feedback(w) => vec![&w.title, &w.explanation],
        Widget::Buttons(row) => row
            .iter()
            .flat_map(|b| [b.id.as_str(), b.label.as_str()])
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Dialogue, Step, ViewBuilder, evidence, option};

    fn step(view: View) -> Step {
        Step::new(Vec::new(), view)
    }

    #[test]
    fn a_plain_view_passes() {
        let view = ViewBuilder::new("t")
            .choice("q", "?", &[("a", "A"), ("b", "B")], false)
            .primary_button("check", "Check")
            .build();
        assert_eq!(check_step(&step(view)), Ok(()));
    }

    #[test]
    fn duplicate_ids_fail() {
        let twice = ViewBuilder::new("t")
            .choice("q", "?", &[("a", "A"), ("a", "B")], false)
            .primary_button("go", "Go")
            .build();
        assert!(check_view(&twice).is_err_and(|m| m.contains("\"a\" appears twice")));

        let widgets = ViewBuilder::new("t")
            .choice("q", "?", &[("a", "A")], false)
            .text_input("q", "?", 10)
            .primary_button("go", "Go")
            .build();
        assert!(check_view(&widgets).is_err_and(|m| m.contains("widget id \"q\"")));

        let reply_and_button = ViewBuilder::new("t")
            .dialogue(Dialogue {
                id: "d".into(),
                channel: crate::Channel::Chat,
                partner: "P".into(),
                lines: Vec::new(),
                replies: vec![option("go", "Go on")],
            })
            .primary_button("go", "Go")
            .build();
        assert!(check_view(&reply_and_button).is_err());
    }

    #[test]
    fn empty_and_dotted_ids_fail() {
        let empty = ViewBuilder::new("t")
            .choice("", "?", &[("a", "A")], false)
            .build();
        assert!(check_view(&empty).is_err());
        let dotted = ViewBuilder::new("t")
            .choice("q.1", "?", &[("a", "A")], false)
            .build();
        assert!(check_view(&dotted).is_err());
    }

    #[test]
    fn dead_ends_need_an_outcome() {
        let view = ViewBuilder::new("t").text("no way on").build();
        assert!(check_step(&step(view.clone())).is_err());
        let last = step(view).with_outcome(crate::Outcome::new(1.0, "done"));
        assert_eq!(check_step(&last), Ok(()));
    }

    #[test]
    fn the_last_view_does_not_repeat_the_outcome() {
        let outcome = crate::Outcome::new(0.5, "Fake senders hide behind familiar names.")
            .went_well("Spotted the fake sender.")
            .to_learn("Check links before clicking.");
        let closing = ViewBuilder::new("t").heading("Episode complete").build();
        assert_eq!(
            check_step(&step(closing).with_outcome(outcome.clone())),
            Ok(())
        );
        for repeated in [
            "Fake senders hide behind familiar names.",
            "**What went well**\nSpotted the fake sender.",
            "Check links before clicking.",
        ] {
            let view = ViewBuilder::new("t").text(repeated).build();
            let result = check_step(&step(view).with_outcome(outcome.clone()));
            assert!(
                result.is_err_and(|m| m.contains("repeats the outcome")),
                "{repeated}"
            );
        }
    }

    fn feedback_step(title: &str) -> Step {
        let view = ViewBuilder::new("t")
            .feedback(crate::Verdict::Correct, title, "Because.")
            .primary_button("next", "Next")
            .build();
        step(view)
    }

    #[test]
    fn feedback_titles_do_not_repeat_the_verdict() {
        for (title, label) in [
            ("Richtig", "Richtig"),
            ("Richtig: Auskunft an die Tochter", "Richtig"),
            ("richtig!", "Richtig"),
            ("Teilweise richtig", "Teilweise richtig"),
            ("TEILWEISE RICHTIG: Die Tochter", "Teilweise richtig"),
            ("Nicht ganz – so geht es besser", "Nicht ganz"),
            ("Nicht ganz - so geht es besser", "Nicht ganz"),
            ("Nicht ganz\u{a0}— so nicht", "Nicht ganz"),
            ("Hinweis: Fristen", "Hinweis"),
            ("  **Richtig**: Phishing", "Richtig"),
            ("Correct", "Correct"),
            ("Correct!", "Correct"),
            ("Partly correct: the daughter", "Partly correct"),
            ("Not quite – try this", "Not quite"),
            ("note: deadlines", "Note"),
        ] {
            assert_eq!(verdict_label_in_title(title), Some(label), "{title}");
            assert!(
                check_step(&feedback_step(title))
                    .is_err_and(|m| m.contains("starts with the verdict")),
                "{title}"
            );
        }
        for title in [
            "Richtig erkannt: Phishing",
            "Richtiger Ordner: Leistungsakte",
            "Rights of customers",
            "Correctly filed: the notice",
            "Notes on the file",
            "Hinweise zur Akte",
            "Nicht ganzjährig geöffnet",
            "Not quite-ready mail",
            "Auskunft an die Tochter",
            "„Richtig“ ist hier nur eine Antwort",
            "Partly",
            "",
        ] {
            assert_eq!(verdict_label_in_title(title), None, "{title}");
            assert_eq!(check_step(&feedback_step(title)), Ok(()), "{title}");
        }
    }

    #[test]
    fn summaries_do_not_state_the_score() {
        let last = |score: f32, summary: &str| {
            let view = ViewBuilder::new("t").heading("Episode complete").build();
            check_step(&step(view).with_outcome(crate::Outcome::new(score, summary)))
        };
        for (score, summary) in [
            (
                0.73,
                "Sie haben **73 %** erreicht. Datenschutz schützt Sie selbst.",
            ),
            (0.73, "You scored 73%."),
            (0.73, "Sie haben 73\u{a0}% erreicht."),
            (0.73, "Sie haben 73\u{202f}% erreicht."),
            (0.726, "Rounded: 73 %"),
            (1.0, "100% – perfect."),
            (0.0, "0 %"),
        ] {
            assert_eq!(
                score_in_summary(summary, score),
                Some((score * 100.0).round() as u32),
                "{summary}"
            );
            assert!(
                last(score, summary).is_err_and(|m| m.contains("states the score")),
                "{summary}"
            );
        }
        for (score, summary) in [
            (
                0.73,
                "Datenschutz schützt die Menschen, die uns ihre Daten anvertrauen.",
            ),
            (0.73, "Sie haben 3 von 4 Situationen gelöst."),
            (0.73, "Half of the 73 mails are spam."),
            (0.73, "50 % der Anträge kommen online."),
            (0.73, "173 % more than last year."),
            (0.73, "72 %"),
            (0.0, "10 % of mails are phishing."),
            (1.0, "Alle 100 Fragen gelöst."),
        ] {
            assert_eq!(score_in_summary(summary, score), None, "{summary}");
            assert_eq!(last(score, summary), Ok(()), "{summary}");
        }
    }

    #[test]
    fn placeholders_are_found_in_every_text() {
        let filled = ViewBuilder::new("Datenschutz")
            .text("Sie haben 3\u{a0}von 4 {gelöst} – {} {A}")
            .primary_button("go", "Go")
            .build();
        assert_eq!(check_view(&filled), Ok(()));
        let in_a_reply = ViewBuilder::new("t")
            .dialogue(Dialogue {
                id: "d".into(),
                channel: crate::Channel::Chat,
                partner: "P".into(),
                lines: Vec::new(),
                replies: vec![option("go", "Hallo {customer}")],
            })
            .build();
        assert!(check_view(&in_a_reply).is_err_and(|m| m.contains("{customer}")));
        let in_the_title = ViewBuilder::new("{episode}").build();
        assert!(check_view(&in_the_title).is_err_and(|m| m.contains("{episode}")));
    }

    #[test]
    fn limits_are_enforced() {
        let input = ViewBuilder::new("t")
            .text_input("x", "X", MAX_TEXT_INPUT_LENGTH + 1)
            .primary_button("go", "Go")
            .build();
        assert!(check_view(&input).is_err());
        let mut state = step(ViewBuilder::new("t").primary_button("go", "Go").build());
        state.state = vec![0; MAX_STATE_BYTES + 1];
        assert!(check_step(&state).is_err());
        let progress = ViewBuilder::new("t").progress(4, 3).build();
        assert!(check_view(&progress).is_err());
    }

    #[test]
    fn evidence_is_checked() {
        let view = ViewBuilder::new("t").primary_button("go", "Go").build();
        let mut bad = evidence("e/1", "4.1", 1.0);
        bad.competence = "9.9".into();
        assert!(check_step(&step(view.clone()).with_evidence([bad])).is_err());
        let mut bad = evidence("e/1", "4.1", 1.0);
        bad.score = 1.5;
        assert!(check_step(&step(view.clone()).with_evidence([bad])).is_err());
        assert_eq!(
            check_step(&step(view).with_evidence([evidence("e/1", "4.1", 1.0)])),
            Ok(())
        );
    }

    #[test]
    fn meta_is_checked() {
        let episode = EpisodeInfo {
            id: "one".into(),
            title: "One".into(),
            summary: "s".into(),
            minutes: 5,
            competences: vec!["4.1".into()],
            min_level: 1,
            max_level: 3,
        };
        let mut info = GameInfo {
            id: "game".into(),
            name: "Game".into(),
            version: "1.0.0".into(),
            description: "d".into(),
            locales: vec!["de".into()],
            episodes: vec![episode.clone()],
        };
        assert_eq!(check_meta(&info), Ok(()));
        info.episodes.push(episode.clone());
        assert!(check_meta(&info).is_err_and(|m| m.contains("appears twice")));
        info.episodes.pop();
        info.episodes[0].max_level = 4;
        assert!(check_meta(&info).is_err());
        info.episodes[0].max_level = 3;
        info.episodes[0].competences = vec!["6.1".into()];
        assert!(check_meta(&info).is_err());
        info.episodes[0].competences = vec!["4.1".into()];
        info.id = "Game".into();
        assert!(check_meta(&info).is_err());
    }
}

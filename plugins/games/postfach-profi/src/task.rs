//! The kinds of task an episode is made of: how each is shown, how an answer is judged, and
//! which answers are right (for tests and demonstrations).

use digifit_game_sdk::{
    Action, Choice, GameError, Lang, Mail, MailInbox, TextInput, Verdict, ViewBuilder, Widget,
    option,
};

use crate::cast::Cast;

/// Form ids of the widgets that take an answer.
pub const INBOX: &str = "inbox";
pub const ANSWER: &str = "answer";
pub const FOLDERS: &str = "folders";
const SHOWN_MAIL: &str = "mail";

/// An option of a choice with the credit it earns (1.0 right, 0.0 wrong, between: partly).
#[derive(Debug, Clone)]
pub struct Opt {
    pub id: &'static str,
    pub label: String,
    pub credit: f32,
}

/// A mail in the triage inbox with the action it calls for.
#[derive(Debug, Clone)]
pub struct InboxMail {
    pub slug: &'static str,
    pub competence: &'static str,
    pub mail: Mail,
    pub right: &'static str,
    /// An action that is half right, if any.
    pub partly: Option<&'static str>,
    pub explain: String,
    pub lesson: String,
}

/// A mail to file into a folder.
#[derive(Debug, Clone)]
pub struct SortItem {
    pub slug: &'static str,
    pub competence: &'static str,
    pub label: String,
    pub right: &'static str,
    pub explain: String,
    pub lesson: String,
}

/// What the player does in a task.
#[derive(Debug, Clone)]
pub enum Kind {
    /// Pick one action per mail.
    Inbox {
        folder: String,
        mails: Vec<InboxMail>,
        actions: Vec<(&'static str, String)>,
    },
    /// Pick one or several options, optionally about a mail shown above.
    Choice {
        slug: &'static str,
        competence: &'static str,
        mail: Option<Mail>,
        prompt: String,
        options: Vec<Opt>,
        multiple: bool,
        explain: String,
        lesson: String,
    },
    /// File mails into folders.
    Sort {
        prompt: String,
        categories: Vec<(&'static str, String)>,
        items: Vec<SortItem>,
    },
    /// Type a short text, judged leniently by keywords.
    Text {
        slug: &'static str,
        competence: &'static str,
        mail: Option<Mail>,
        label: String,
        hint: String,
        /// Normalised keywords and the credit each earns; the best match counts.
        keywords: Vec<(&'static str, f32)>,
        /// Words that halve the credit (e.g. health data in a subject line).
        forbidden: Vec<&'static str>,
        explain: String,
        lesson: String,
    },
}

/// One task: a screen that asks, then a screen with feedback.
#[derive(Debug, Clone)]
pub struct Task {
    pub title: String,
    pub intro: String,
    pub kind: Kind,
}

/// The judgement of one item of a task.
#[derive(Debug, Clone)]
pub struct Judged {
    pub slug: &'static str,
    pub competence: &'static str,
    pub score: f32,
    pub title: String,
    pub explanation: String,
}

/// A mail as the inbox shows it; the sender's placeholders are filled in from the cast.
pub fn mail(
    c: &Cast,
    id: &str,
    sender: (&str, &str),
    subject: &str,
    received: &str,
    body: &str,
    attachments: &[&str],
) -> Mail {
    Mail {
        id: id.to_owned(),
        sender_name: c.t(sender.0, sender.0),
        sender_address: c.t(sender.1, sender.1),
        subject: subject.to_owned(),
        received: received.to_owned(),
        body: body.to_owned(),
        attachments: attachments.iter().map(|a| (*a).to_owned()).collect(),
        unread: true,
    }
}

/// The verdict a score earns.
pub fn verdict(score: f32) -> Verdict {
    if score >= 0.999 {
        Verdict::Correct
    } else if score <= 0.001 {
        Verdict::Wrong
    } else {
        Verdict::PartlyCorrect
    }
}

/// A mail's subject in the quotation marks of the language, as the title of its feedback.
fn quoted(lang: Lang, subject: &str) -> String {
    match lang {
        Lang::De => format!("„{subject}“"),
        Lang::En => format!("“{subject}”"),
    }
}

/// Lowercase without whitespace, for lenient comparisons.
fn normalise(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

fn display_mail(mail: &Mail, lang: Lang) -> Widget {
    Widget::MailInbox(MailInbox {
        id: SHOWN_MAIL.to_owned(),
        folder: lang.pick("Posteingang", "Inbox").to_owned(),
        mails: vec![mail.clone()],
        actions: Vec::new(),
    })
}

fn missing(lang: Lang, de: &str, en: &str) -> GameError {
    GameError::InvalidAction(lang.pick(de, en).to_owned())
}

impl Task {
    /// Adds the task's widgets to a view.
    pub fn ask(&self, view: ViewBuilder, lang: Lang) -> ViewBuilder {
        let view = view.heading(&self.title);
        let view = if self.intro.is_empty() {
            view
        } else {
            view.text(&self.intro)
        };
        match &self.kind {
            Kind::Inbox {
                folder,
                mails,
                actions,
            } => view.mail_inbox(MailInbox {
                id: INBOX.to_owned(),
                folder: folder.clone(),
                mails: mails.iter().map(|m| m.mail.clone()).collect(),
                actions: actions
                    .iter()
                    .map(|(id, label)| option(id, label))
                    .collect(),
            }),
            Kind::Choice {
                mail,
                prompt,
                options,
                multiple,
                ..
            } => {
                let view = match mail {
                    Some(mail) => view.widget(display_mail(mail, lang)),
                    None => view,
                };
                view.widget(Widget::Choice(Choice {
                    id: ANSWER.to_owned(),
                    prompt: prompt.clone(),
                    options: options.iter().map(|o| option(o.id, &o.label)).collect(),
                    multiple: *multiple,
                }))
            }
            Kind::Sort {
                prompt,
                categories,
                items,
            } => {
                let categories: Vec<(&str, &str)> =
                    categories.iter().map(|(id, l)| (*id, l.as_str())).collect();
                let items: Vec<(&str, &str)> =
                    items.iter().map(|i| (i.slug, i.label.as_str())).collect();
                view.categorise(FOLDERS, prompt, &categories, &items)
            }
            Kind::Text {
                mail, label, hint, ..
            } => {
                let view = match mail {
                    Some(mail) => view.widget(display_mail(mail, lang)),
                    None => view,
                };
                view.widget(Widget::TextInput(TextInput {
                    id: ANSWER.to_owned(),
                    label: label.clone(),
                    hint: Some(hint.clone()),
                    multiline: false,
                    max_length: 200,
                }))
            }
        }
    }

    /// Whether the task judges several mails, each with a feedback titled after its mail, so
    /// the feedback screen needs the task's title as a heading; a task with one answer titles
    /// its only feedback with the task's title instead.
    pub fn judges_each_mail(&self) -> bool {
        matches!(self.kind, Kind::Inbox { .. } | Kind::Sort { .. })
    }

    /// Judges the player's answer; a missing or unknown answer is an invalid action. The host
    /// writes the verdict („Richtig:“) before each feedback's title, so the titles name what
    /// was judged: a mail's subject, a mail to file, or the task.
    pub fn judge(&self, action: &Action, lang: Lang) -> Result<Vec<Judged>, GameError> {
        match &self.kind {
            Kind::Inbox { mails, actions, .. } => {
                let mut judged = Vec::new();
                for mail in mails {
                    let field = format!("{INBOX}.{}", mail.slug);
                    let Some(picked) = action
                        .field(&field)
                        .and_then(|p| actions.iter().find(|(id, _)| *id == p))
                    else {
                        return Err(missing(
                            lang,
                            "Bitte wählen Sie für jede Mail eine Aktion aus.",
                            "Please choose an action for every mail.",
                        ));
                    };
                    let score = if picked.0 == mail.right {
                        1.0
                    } else if Some(picked.0) == mail.partly {
                        0.5
                    } else {
                        0.0
                    };
                    let right_label = actions
                        .iter()
                        .find(|(id, _)| *id == mail.right)
                        .map_or("", |(_, l)| l.as_str());
                    judged.push(Judged {
                        slug: mail.slug,
                        competence: mail.competence,
                        score,
                        title: quoted(lang, &mail.mail.subject),
                        explanation: format!(
                            "{} *{}*. {} *{}*.\n{}",
                            lang.pick("Ihre Wahl:", "Your choice:"),
                            picked.1,
                            lang.pick("Angemessen:", "Appropriate:"),
                            right_label,
                            mail.explain
                        ),
                    });
                }
                Ok(judged)
            }
            Kind::Choice {
                slug,
                competence,
                options,
                multiple,
                explain,
                ..
            } => {
                let picked: Vec<&Opt> = action
                    .fields_named(ANSWER)
                    .into_iter()
                    .filter_map(|p| options.iter().find(|o| o.id == p))
                    .collect();
                if picked.is_empty() {
                    return Err(missing(
                        lang,
                        "Bitte wählen Sie mindestens eine Antwort aus.",
                        "Please choose at least one answer.",
                    ));
                }
                let score = if *multiple {
                    let right = options.iter().filter(|o| o.credit >= 1.0).count().max(1);
                    let mut ids: Vec<&str> = picked.iter().map(|o| o.id).collect();
                    ids.sort_unstable();
                    ids.dedup();
                    let hits = ids
                        .iter()
                        .filter(|id| options.iter().any(|o| o.id == **id && o.credit >= 1.0))
                        .count();
                    let misses = ids.len() - hits;
                    (hits as f32 - misses as f32).max(0.0) / right as f32
                } else {
                    picked.first().map_or(0.0, |o| o.credit)
                };
                let right: Vec<&str> = options
                    .iter()
                    .filter(|o| o.credit >= 1.0)
                    .map(|o| o.label.as_str())
                    .collect();
                Ok(vec![Judged {
                    slug,
                    competence,
                    score,
                    title: self.title.clone(),
                    explanation: format!(
                        "{} {}\n\n{}",
                        lang.pick("Richtig ist:", "The right answer:"),
                        right.join(" · "),
                        explain
                    ),
                }])
            }
            Kind::Sort {
                categories, items, ..
            } => {
                let mut judged = Vec::new();
                for item in items {
                    let field = format!("{FOLDERS}.{}", item.slug);
                    let Some(picked) = action
                        .field(&field)
                        .and_then(|p| categories.iter().find(|(id, _)| *id == p))
                    else {
                        return Err(missing(
                            lang,
                            "Bitte ordnen Sie jede Mail einem Ordner zu.",
                            "Please file every mail into a folder.",
                        ));
                    };
                    let score = if picked.0 == item.right { 1.0 } else { 0.0 };
                    let right_label = categories
                        .iter()
                        .find(|(id, _)| *id == item.right)
                        .map_or("", |(_, l)| l.as_str());
                    judged.push(Judged {
                        slug: item.slug,
                        competence: item.competence,
                        score,
                        title: item.label.clone(),
                        explanation: format!(
                            "{} *{}*. {} *{}*.\n{}",
                            lang.pick("Ihr Ordner:", "Your folder:"),
                            picked.1,
                            lang.pick("Passend:", "Fitting:"),
                            right_label,
                            item.explain
                        ),
                    });
                }
                Ok(judged)
            }
            Kind::Text {
                slug,
                competence,
                keywords,
                forbidden,
                explain,
                ..
            } => {
                let typed = normalise(action.field(ANSWER).unwrap_or_default());
                if typed.is_empty() {
                    return Err(missing(
                        lang,
                        "Bitte geben Sie einen Text ein.",
                        "Please type an answer.",
                    ));
                }
                let best = keywords
                    .iter()
                    .filter(|(word, _)| typed.contains(&normalise(word)))
                    .map(|(_, credit)| *credit)
                    .fold(0.0_f32, f32::max);
                let bad = forbidden.iter().any(|w| typed.contains(&normalise(w)));
                let score = if bad { best * 0.5 } else { best };
                let mut explanation = explain.clone();
                if bad {
                    explanation.push_str(lang.pick(
                        "\n\n**Achtung:** Ihr Text enthält Angaben, die dort nicht hingehören.",
                        "\n\n**Note:** your text contains details that do not belong there.",
                    ));
                }
                Ok(vec![Judged {
                    slug,
                    competence,
                    score,
                    title: self.title.clone(),
                    explanation,
                }])
            }
        }
    }

    /// Every item of the task with its competence and lesson, in order.
    pub fn items(&self) -> Vec<(&'static str, &'static str, &str)> {
        match &self.kind {
            Kind::Inbox { mails, .. } => mails
                .iter()
                .map(|m| (m.slug, m.competence, m.lesson.as_str()))
                .collect(),
            Kind::Sort { items, .. } => items
                .iter()
                .map(|i| (i.slug, i.competence, i.lesson.as_str()))
                .collect(),
            Kind::Choice {
                slug,
                competence,
                lesson,
                ..
            }
            | Kind::Text {
                slug,
                competence,
                lesson,
                ..
            } => vec![(*slug, *competence, lesson.as_str())],
        }
    }

    /// The form fields of a fully right (`right`) or a fully wrong answer.
    pub fn fields(&self, right: bool) -> Vec<(String, String)> {
        match &self.kind {
            Kind::Inbox { mails, actions, .. } => mails
                .iter()
                .map(|m| {
                    let wrong = actions
                        .iter()
                        .map(|(id, _)| *id)
                        .find(|id| *id != m.right && Some(*id) != m.partly)
                        .unwrap_or(m.right);
                    let value = if right { m.right } else { wrong };
                    (format!("{INBOX}.{}", m.slug), value.to_owned())
                })
                .collect(),
            Kind::Choice {
                options, multiple, ..
            } => {
                let wanted = |o: &&Opt| {
                    if right {
                        o.credit >= 1.0
                    } else {
                        o.credit <= 0.0
                    }
                };
                let picked = options.iter().filter(wanted);
                let picked: Vec<&Opt> = if *multiple {
                    picked.collect()
                } else {
                    picked.take(1).collect()
                };
                picked
                    .iter()
                    .map(|o| (ANSWER.to_owned(), o.id.to_owned()))
                    .collect()
            }
            Kind::Sort {
                categories, items, ..
            } => items
                .iter()
                .map(|i| {
                    let wrong = categories
                        .iter()
                        .map(|(id, _)| *id)
                        .find(|id| *id != i.right)
                        .unwrap_or(i.right);
                    let value = if right { i.right } else { wrong };
                    (format!("{FOLDERS}.{}", i.slug), value.to_owned())
                })
                .collect(),
            Kind::Text { keywords, .. } => {
                let value = if right {
                    keywords
                        .iter()
                        .find(|(_, c)| *c >= 1.0)
                        .map_or("", |(w, _)| *w)
                } else {
                    "Hallo"
                };
                vec![(ANSWER.to_owned(), value.to_owned())]
            }
        }
    }
}

/// A choice task with options shuffled by the seed.
#[allow(clippy::too_many_arguments)]
pub fn choice(
    seed: u64,
    slug: &'static str,
    competence: &'static str,
    (title, prompt): (String, String),
    options: Vec<(&'static str, String, f32)>,
    multiple: bool,
    explain: String,
    lesson: String,
) -> Task {
    let mut options: Vec<Opt> = options
        .into_iter()
        .map(|(id, label, credit)| Opt { id, label, credit })
        .collect();
    digifit_game_sdk::SeededRng::for_purpose(seed, slug).shuffle(&mut options);
    Task {
        title,
        intro: String::new(),
        kind: Kind::Choice {
            slug,
            competence,
            mail: None,
            prompt,
            options,
            multiple,
            explain,
            lesson,
        },
    }
}

impl Task {
    /// Shows a mail above the question (for choice and text tasks).
    #[must_use]
    pub fn with_mail(mut self, shown: Mail) -> Task {
        match &mut self.kind {
            Kind::Choice { mail, .. } | Kind::Text { mail, .. } => *mail = Some(shown),
            Kind::Inbox { .. } | Kind::Sort { .. } => {}
        }
        self
    }
}

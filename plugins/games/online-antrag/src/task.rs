//! The kinds of task an item can pose (choice, dialogue, ordering, file explorer, text input):
//! how each is shown, how an answer is checked and judged, and what a right or wrong answer is.

use digifit_game_sdk::{
    Action, Channel, Dialogue, DialogueLine, FileEntry, FileExplorer, FileKind, GameError, Lang,
    SeededRng, TextInput, Verdict, ViewBuilder, option,
};

use crate::lang::Text;
use crate::vars::Vars;

/// The button that submits an answer (dialogues submit the reply instead).
pub const CHECK: &str = "check";

/// An answer option, a dialogue reply or an action: shown from `level` on.
#[derive(Debug, Clone)]
pub struct Opt {
    pub id: &'static str,
    pub label: Text,
    /// What choosing it is worth: 1.0 right, 0.0 wrong, in between for partly right.
    pub score: f32,
    /// Why it is (not) right; shown in the feedback.
    pub why: Text,
    pub level: u8,
}

/// A step of an ordering task; the right order is the order of declaration.
#[derive(Debug, Clone)]
pub struct OrderStep {
    pub id: &'static str,
    pub label: Text,
    pub level: u8,
}

/// A file in a file explorer with the action it needs.
#[derive(Debug, Clone)]
pub struct Entry {
    pub id: &'static str,
    /// The file name; may use `{nachname}`.
    pub name: &'static str,
    pub kind: FileKind,
    pub size: &'static str,
    pub modified: &'static str,
    /// The right action, and a second one that is also right, if any.
    pub right: (&'static str, Option<&'static str>),
    pub why: Text,
    pub level: u8,
}

/// One line of a conversation.
#[derive(Debug, Clone)]
pub struct Line {
    pub by_player: bool,
    pub text: Text,
}

/// What an item asks of the player.
#[derive(Debug, Clone)]
pub enum Task {
    Choice {
        prompt: Text,
        multiple: bool,
        options: Vec<Opt>,
    },
    Dialogue {
        channel: Channel,
        lines: Vec<Line>,
        replies: Vec<Opt>,
    },
    Ordering {
        prompt: Text,
        steps: Vec<OrderStep>,
    },
    Files {
        location: Text,
        actions: Vec<Opt>,
        entries: Vec<Entry>,
    },
    Input {
        label: Text,
        hint: Text,
        /// Normalised answers that are right, and ones that are half right.
        right: Vec<String>,
        half: Vec<String>,
        /// The right answer as shown in the feedback.
        shown: String,
    },
}

/// How an answer was judged.
#[derive(Debug, Clone, PartialEq)]
pub struct Judgement {
    pub score: f32,
    pub explanation: String,
    /// For dialogues: the reply the player chose, to show in the conversation.
    pub reply: Option<String>,
}

impl Judgement {
    /// The verdict the score stands for.
    pub fn verdict(&self) -> Verdict {
        if self.score >= 0.999 {
            Verdict::Correct
        } else if self.score > 0.0 {
            Verdict::PartlyCorrect
        } else {
            Verdict::Wrong
        }
    }
}

/// The options shown on a level, in an order drawn from the seed.
fn shown_options(options: &[Opt], level: u8, seed: u64, key: &str) -> Vec<Opt> {
    let mut shown: Vec<Opt> = options
        .iter()
        .filter(|o| o.level <= level)
        .cloned()
        .collect();
    SeededRng::for_purpose(seed, key).shuffle(&mut shown);
    shown
}

/// The steps of an ordering on a level: right order, and the order shown.
fn steps(steps: &[OrderStep], level: u8, seed: u64, key: &str) -> (Vec<OrderStep>, Vec<OrderStep>) {
    let right: Vec<OrderStep> = steps.iter().filter(|s| s.level <= level).cloned().collect();
    let mut shown = right.clone();
    let mut rng = SeededRng::for_purpose(seed, key);
    // Shuffle until the shown order differs from the right one (bounded, so it always ends).
    for _ in 0..8 {
        rng.shuffle(&mut shown);
        if shown.iter().zip(&right).any(|(a, b)| a.id != b.id) {
            break;
        }
    }
    (right, shown)
}

/// The entries of a file explorer on a level, in an order drawn from the seed.
fn entries(entries: &[Entry], level: u8, seed: u64, key: &str) -> Vec<Entry> {
    let mut shown: Vec<Entry> = entries
        .iter()
        .filter(|e| e.level <= level)
        .cloned()
        .collect();
    SeededRng::for_purpose(seed, key).shuffle(&mut shown);
    shown
}

/// Everything `ask` and `judge` need to know about the item.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    pub key: &'a str,
    pub lang: Lang,
    pub level: u8,
    pub seed: u64,
    pub vars: &'a Vars,
    /// Who the customer is, as a speaker in dialogues.
    pub partner: &'a str,
}

impl Context<'_> {
    fn fill(&self, text: Text) -> String {
        self.vars.fill(self.lang, text)
    }

    fn invalid(&self, de: &str, en: &str) -> GameError {
        GameError::InvalidAction(self.lang.pick(de, en).to_owned())
    }
}

impl Task {
    /// Adds the task's widgets; dialogues bring their replies, all others need the check button.
    pub fn ask(&self, view: ViewBuilder, cx: &Context) -> ViewBuilder {
        let lang = cx.lang;
        match self {
            Task::Choice {
                prompt,
                multiple,
                options,
            } => {
                let shown = shown_options(options, cx.level, cx.seed, cx.key);
                let labels: Vec<(String, String)> = shown
                    .iter()
                    .map(|o| (o.id.to_owned(), cx.fill(o.label)))
                    .collect();
                let pairs: Vec<(&str, &str)> = labels
                    .iter()
                    .map(|(i, l)| (i.as_str(), l.as_str()))
                    .collect();
                view.choice(cx.key, &cx.fill(*prompt), &pairs, *multiple)
                    .primary_button(CHECK, lang.pick("Antwort prüfen", "Check answer"))
            }
            Task::Dialogue { replies, .. } => {
                let shown = shown_options(replies, cx.level, cx.seed, cx.key);
                let replies = shown
                    .iter()
                    .map(|o| option(o.id, &cx.fill(o.label)))
                    .collect();
                view.dialogue(self.dialogue(cx, replies, None))
            }
            Task::Ordering { prompt, steps: all } => {
                let (_, shown) = steps(all, cx.level, cx.seed, cx.key);
                let labels: Vec<(&str, String)> =
                    shown.iter().map(|s| (s.id, cx.fill(s.label))).collect();
                let pairs: Vec<(&str, &str)> =
                    labels.iter().map(|(i, l)| (*i, l.as_str())).collect();
                view.ordering(cx.key, &cx.fill(*prompt), &pairs)
                    .primary_button(CHECK, lang.pick("Reihenfolge prüfen", "Check the order"))
            }
            Task::Files {
                location,
                actions,
                entries: all,
            } => {
                let shown = entries(all, cx.level, cx.seed, cx.key);
                let actions = actions
                    .iter()
                    .filter(|a| a.level <= cx.level)
                    .map(|a| option(a.id, &cx.fill(a.label)))
                    .collect();
                let entries = shown
                    .iter()
                    .map(|e| FileEntry {
                        id: e.id.to_owned(),
                        name: cx.vars.fill_str(lang, e.name),
                        kind: e.kind,
                        modified: e.modified.to_owned(),
                        metadata: vec![(lang.pick("Größe", "Size").to_owned(), e.size.to_owned())],
                    })
                    .collect();
                view.file_explorer(FileExplorer {
                    id: cx.key.to_owned(),
                    location: cx.fill(*location),
                    entries,
                    actions,
                })
                .primary_button(CHECK, lang.pick("Auswahl prüfen", "Check the selection"))
            }
            Task::Input { label, hint, .. } => view
                .widget(digifit_game_sdk::Widget::TextInput(TextInput {
                    id: cx.key.to_owned(),
                    label: cx.fill(*label),
                    hint: Some(cx.fill(*hint)),
                    multiline: false,
                    max_length: 200,
                }))
                .primary_button(CHECK, lang.pick("Eingabe prüfen", "Check the entry")),
        }
    }

    /// The conversation of a dialogue task, with the player's reply appended once chosen.
    pub fn dialogue(
        &self,
        cx: &Context,
        replies: Vec<digifit_game_sdk::ChoiceOption>,
        reply: Option<&str>,
    ) -> Dialogue {
        let me = cx.lang.pick("Sie", "You");
        let (channel, lines) = match self {
            Task::Dialogue { channel, lines, .. } => (*channel, lines.as_slice()),
            _ => (Channel::InPerson, &[][..]),
        };
        let mut shown: Vec<DialogueLine> = lines
            .iter()
            .map(|l| DialogueLine {
                speaker: if l.by_player { me } else { cx.partner }.to_owned(),
                text: cx.fill(l.text),
                by_player: l.by_player,
            })
            .collect();
        if let Some(reply) = reply {
            shown.push(DialogueLine {
                speaker: me.to_owned(),
                text: reply.to_owned(),
                by_player: true,
            });
        }
        Dialogue {
            id: cx.key.to_owned(),
            channel,
            partner: cx.partner.to_owned(),
            lines: shown,
            replies,
        }
    }

    /// Checks and judges the answer in `action`; a missing or unknown answer is refused with a
    /// message in the player's language.
    pub fn judge(&self, action: &Action, cx: &Context) -> Result<Judgement, GameError> {
        match self {
            Task::Choice {
                multiple: false,
                options,
                ..
            } => {
                self.require_check(action, cx)?;
                let picked = action.field(cx.key).ok_or_else(|| {
                    cx.invalid("Bitte wählen Sie eine Antwort.", "Please pick an answer.")
                })?;
                single(options, picked, cx, false)
            }
            Task::Choice {
                multiple: true,
                options,
                ..
            } => {
                self.require_check(action, cx)?;
                multiple(options, &action.fields_named(cx.key), cx)
            }
            Task::Dialogue { replies, .. } => {
                if action.button == CHECK || action.button.is_empty() {
                    return Err(cx.invalid(
                        "Bitte wählen Sie eine Antwort im Gespräch.",
                        "Please choose a reply in the conversation.",
                    ));
                }
                single(replies, &action.button, cx, true)
            }
            Task::Ordering { steps: all, .. } => {
                self.require_check(action, cx)?;
                ordering(all, action, cx)
            }
            Task::Files {
                actions,
                entries: all,
                ..
            } => {
                self.require_check(action, cx)?;
                files(actions, all, action, cx)
            }
            Task::Input {
                right, half, shown, ..
            } => {
                self.require_check(action, cx)?;
                let typed = action.field(cx.key).unwrap_or_default().trim();
                if typed.is_empty() {
                    return Err(cx.invalid(
                        "Bitte tragen Sie etwas in das Feld ein.",
                        "Please type something into the field.",
                    ));
                }
                let normal = normalise(typed);
                let score = if right.contains(&normal) {
                    1.0
                } else if half.contains(&normal) {
                    0.5
                } else {
                    0.0
                };
                let typed: String = typed.chars().take(200).collect();
                let explanation = format!(
                    "{} {typed}\n{} {shown}",
                    cx.lang.pick("**Ihre Eingabe:**", "**You typed:**"),
                    cx.lang.pick("**Richtig ist:**", "**Right is:**"),
                );
                Ok(Judgement {
                    score,
                    explanation,
                    reply: None,
                })
            }
        }
    }

    fn require_check(&self, action: &Action, cx: &Context) -> Result<(), GameError> {
        if action.button == CHECK {
            Ok(())
        } else {
            Err(cx.invalid(
                "Diese Schaltfläche passt nicht zu dieser Ansicht.",
                "That button does not belong to this screen.",
            ))
        }
    }

    /// A right (or clearly wrong) answer to the task as shown: the button and the fields.
    pub fn solve(&self, cx: &Context, right: bool) -> (String, Vec<(String, String)>) {
        let check = CHECK.to_owned();
        let key = cx.key;
        match self {
            Task::Choice {
                multiple, options, ..
            } => {
                let shown = shown_options(options, cx.level, cx.seed, key);
                let picks: Vec<(String, String)> = shown
                    .iter()
                    .filter(|o| {
                        if right {
                            o.score >= 1.0
                        } else {
                            o.score <= 0.0
                        }
                    })
                    .take(if *multiple { usize::MAX } else { 1 })
                    .map(|o| (key.to_owned(), o.id.to_owned()))
                    .collect();
                (check, picks)
            }
            Task::Dialogue { replies, .. } => {
                let shown = shown_options(replies, cx.level, cx.seed, key);
                let pick = shown
                    .iter()
                    .find(|o| {
                        if right {
                            o.score >= 1.0
                        } else {
                            o.score <= 0.0
                        }
                    })
                    .map(|o| o.id.to_owned())
                    .unwrap_or_default();
                (pick, Vec::new())
            }
            Task::Ordering { steps: all, .. } => {
                let (order, _) = steps(all, cx.level, cx.seed, key);
                let count = order.len();
                let fields = order
                    .iter()
                    .enumerate()
                    .map(|(i, s)| {
                        let position = if right { i } else { (i + 1) % count };
                        (format!("{key}.{}", s.id), (position + 1).to_string())
                    })
                    .collect();
                (check, fields)
            }
            Task::Files {
                actions,
                entries: all,
                ..
            } => {
                let shown = entries(all, cx.level, cx.seed, key);
                let fields = shown
                    .iter()
                    .map(|e| {
                        let action = if right {
                            e.right.0
                        } else {
                            actions
                                .iter()
                                .filter(|a| a.level <= cx.level)
                                .map(|a| a.id)
                                .find(|a| *a != e.right.0 && Some(*a) != e.right.1)
                                .unwrap_or(e.right.0)
                        };
                        (format!("{key}.{}", e.id), action.to_owned())
                    })
                    .collect();
                (check, fields)
            }
            Task::Input { right: good, .. } => {
                let typed = if right {
                    good.first().cloned().unwrap_or_default()
                } else {
                    "weiss nicht".to_owned()
                };
                (check, vec![(key.to_owned(), typed)])
            }
        }
    }
}

/// Lower case, without spaces, protocol, "www." and a trailing slash.
pub fn normalise(text: &str) -> String {
    let lower: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect();
    let mut rest = lower.as_str();
    for prefix in ["https://", "http://", "www.", "."] {
        rest = rest.strip_prefix(prefix).unwrap_or(rest);
    }
    rest.trim_end_matches('/').to_owned()
}

fn best(options: &[Opt], level: u8) -> Option<&Opt> {
    options
        .iter()
        .filter(|o| o.level <= level)
        .fold(None, |best: Option<&Opt>, o| match best {
            Some(b) if b.score >= o.score => Some(b),
            _ => Some(o),
        })
}

fn single(
    options: &[Opt],
    picked: &str,
    cx: &Context,
    reply: bool,
) -> Result<Judgement, GameError> {
    let lang = cx.lang;
    let chosen = options
        .iter()
        .find(|o| o.id == picked && o.level <= cx.level)
        .ok_or_else(|| {
            cx.invalid(
                "Diese Antwort gibt es hier nicht. Bitte wählen Sie eine der angebotenen.",
                "That answer is not offered here. Please pick one of those shown.",
            )
        })?;
    let mut explanation = format!(
        "{} {}\n{}",
        lang.pick("**Ihre Antwort:**", "**Your answer:**"),
        cx.fill(chosen.label),
        cx.fill(chosen.why)
    );
    if chosen.score < 1.0
        && let Some(best) = best(options, cx.level)
    {
        explanation.push_str(&format!(
            "\n\n{} {}\n{}",
            lang.pick("**Besser:**", "**Better:**"),
            cx.fill(best.label),
            cx.fill(best.why)
        ));
    }
    Ok(Judgement {
        score: chosen.score,
        explanation,
        reply: reply.then(|| cx.fill(chosen.label)),
    })
}

fn multiple(options: &[Opt], picked: &[&str], cx: &Context) -> Result<Judgement, GameError> {
    let lang = cx.lang;
    if picked.is_empty() {
        return Err(cx.invalid(
            "Bitte wählen Sie mindestens eine Antwort.",
            "Please pick at least one answer.",
        ));
    }
    let shown: Vec<&Opt> = options.iter().filter(|o| o.level <= cx.level).collect();
    if picked.iter().any(|p| !shown.iter().any(|o| o.id == *p)) {
        return Err(cx.invalid(
            "Diese Antwort gibt es hier nicht. Bitte wählen Sie aus den angebotenen.",
            "That answer is not offered here. Please pick from those shown.",
        ));
    }
    let right = shown.iter().filter(|o| o.score >= 1.0).count().max(1);
    let hits = shown
        .iter()
        .filter(|o| o.score >= 1.0 && picked.contains(&o.id))
        .count();
    let misses = shown
        .iter()
        .filter(|o| o.score < 1.0 && picked.contains(&o.id))
        .count();
    // At most a handful of options, so the counts convert to f32 exactly.
    #[allow(clippy::cast_precision_loss)]
    let score = ((hits as f32 - misses as f32) / right as f32).clamp(0.0, 1.0);
    let mut lines = Vec::new();
    for o in &shown {
        let mark = match (o.score >= 1.0, picked.contains(&o.id)) {
            (true, true) => lang.pick("✓ zutreffend, gewählt", "✓ applies, picked"),
            (true, false) => lang.pick("✓ zutreffend, nicht gewählt", "✓ applies, not picked"),
            (false, true) => lang.pick("✗ trifft nicht zu, gewählt", "✗ does not apply, picked"),
            (false, false) => lang.pick("✗ trifft nicht zu", "✗ does not apply"),
        };
        lines.push(format!(
            "**{}** ({mark}): {}",
            cx.fill(o.label),
            cx.fill(o.why)
        ));
    }
    Ok(Judgement {
        score,
        explanation: lines.join("\n"),
        reply: None,
    })
}

fn ordering(all: &[OrderStep], action: &Action, cx: &Context) -> Result<Judgement, GameError> {
    let (right, _) = steps(all, cx.level, cx.seed, cx.key);
    let count = right.len();
    let mut positions = Vec::with_capacity(count);
    for step in &right {
        let position = action
            .field(&format!("{}.{}", cx.key, step.id))
            .and_then(|p| p.trim().parse::<usize>().ok())
            .filter(|p| (1..=count).contains(p));
        match position {
            Some(p) if !positions.contains(&p) => positions.push(p),
            _ => {
                return Err(cx.invalid(
                    "Bitte geben Sie jedem Schritt genau eine eigene Position.",
                    "Please give every step exactly one position of its own.",
                ));
            }
        }
    }
    let hits = positions
        .iter()
        .enumerate()
        .filter(|(i, p)| i + 1 == **p)
        .count();
    // Orderings have a handful of steps, so the counts convert to f32 exactly.
    #[allow(clippy::cast_precision_loss)]
    let score = hits as f32 / count.max(1) as f32;
    let listed: Vec<String> = right
        .iter()
        .enumerate()
        .map(|(i, s)| format!("{}. {}", i + 1, cx.fill(s.label)))
        .collect();
    Ok(Judgement {
        score,
        explanation: format!(
            "{}\n{}",
            cx.lang
                .pick("**Die sinnvolle Reihenfolge:**", "**The sensible order:**"),
            listed.join("\n")
        ),
        reply: None,
    })
}

fn files(
    actions: &[Opt],
    all: &[Entry],
    action: &Action,
    cx: &Context,
) -> Result<Judgement, GameError> {
    let shown: Vec<&Entry> = all.iter().filter(|e| e.level <= cx.level).collect();
    let offered: Vec<&Opt> = actions.iter().filter(|a| a.level <= cx.level).collect();
    let label = |id: &str| {
        offered
            .iter()
            .find(|a| a.id == id)
            .map(|a| cx.fill(a.label))
            .unwrap_or_default()
    };
    let mut hits = 0_u8;
    let mut lines = Vec::new();
    for entry in &shown {
        let chosen = action
            .field(&format!("{}.{}", cx.key, entry.id))
            .filter(|c| offered.iter().any(|a| a.id == *c))
            .ok_or_else(|| {
                cx.invalid(
                    "Bitte wählen Sie für jede Datei eine Aktion.",
                    "Please choose an action for every file.",
                )
            })?;
        let good = chosen == entry.right.0 || Some(chosen) == entry.right.1;
        hits += u8::from(good);
        let mark = if good { "✓" } else { "✗" };
        lines.push(format!(
            "{mark} **{}** → {}: {}",
            cx.vars.fill_str(cx.lang, entry.name),
            label(entry.right.0),
            cx.fill(entry.why)
        ));
    }
    // Explorers have a handful of files, so the count converts to f32 exactly.
    #[allow(clippy::cast_precision_loss)]
    let score = f32::from(hits) / shown.len().max(1) as f32;
    Ok(Judgement {
        score,
        explanation: lines.join("\n"),
        reply: None,
    })
}

//! One item of an episode: how it is described, shown with the seed's option order, judged
//! (with partial credit) and explained.

use digifit_game_sdk::{
    Action, Channel, Dialogue, DialogueLine, GameError, Lang, SeededRng, Verdict, ViewBuilder,
    option,
};

use crate::cast::Cast;
use crate::lang::{Tx, t};

/// The button that submits a choice or an ordering.
pub const CHECK: &str = "check";

/// How an item asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Pick one option.
    Single,
    /// Pick every fitting option.
    Multiple,
    /// Put the options (steps, given in the right order) in order.
    Ordering,
    /// Choose a reply in a phone call.
    Phone,
    /// Choose a reply in a video call.
    Video,
}

/// An option, reply or step. `credit` is the score for choosing it (single choice and
/// dialogue) or whether it belongs to the answer (multiple choice: 1.0 or 0.0).
#[derive(Debug, Clone, Copy)]
pub struct Opt {
    pub id: &'static str,
    pub label: Tx,
    pub credit: f32,
    pub why: Tx,
    /// The lowest level that shows it: harder levels add subtler options and more steps.
    pub min_level: u8,
}

impl Opt {
    /// The same option, shown only from `level` on.
    pub const fn shown_from(self, level: u8) -> Opt {
        Opt {
            min_level: level,
            ..self
        }
    }
}

const fn opt(id: &'static str, label: Tx, credit: f32, why: Tx) -> Opt {
    Opt {
        id,
        label,
        credit,
        why,
        min_level: 1,
    }
}

/// A right option (or a step of an ordering) with the reason why.
pub const fn ok(id: &'static str, label: Tx, why: Tx) -> Opt {
    opt(id, label, 1.0, why)
}

/// A half-right option with the reason why.
pub const fn half(id: &'static str, label: Tx, why: Tx) -> Opt {
    opt(id, label, 0.5, why)
}

/// A wrong option with the reason why.
pub const fn no(id: &'static str, label: Tx, why: Tx) -> Opt {
    opt(id, label, 0.0, why)
}

/// One line of a conversation so far.
#[derive(Debug, Clone, Copy)]
pub struct Line {
    pub by_player: bool,
    pub text: Tx,
}

/// A line the partner says.
pub const fn says(text: Tx) -> Line {
    Line {
        by_player: false,
        text,
    }
}

/// A line the player said.
pub const fn said(text: Tx) -> Line {
    Line {
        by_player: true,
        text,
    }
}

/// No text, for the fields an item kind does not use.
pub const NONE: Tx = t("", "");

/// One item: a question, an ordering or a moment in a conversation.
#[derive(Debug)]
pub struct ItemDef {
    /// Stable key within the episode; also the widget id.
    pub key: &'static str,
    pub competence: &'static str,
    pub kind: Kind,
    pub title: Tx,
    pub scenario: Tx,
    /// The question (choice, ordering) or the prompt above the conversation.
    pub prompt: Tx,
    /// Who the conversation is with (dialogue only).
    pub partner: Tx,
    pub lines: &'static [Line],
    pub options: &'static [Opt],
    /// Why, in general: shown after every answer.
    pub explain: Tx,
    pub went_well: Tx,
    pub to_learn: Tx,
}

/// How an answer was judged.
#[derive(Debug, Clone, PartialEq)]
pub struct Judgement {
    pub score: f32,
    pub verdict: Verdict,
    pub title: String,
    pub explanation: String,
}

impl ItemDef {
    /// The item's stable id. The level changes the options, so it is part of the id.
    pub fn id(&self, episode: &str, level: u8) -> String {
        format!("videocall/{episode}/{}/level-{level}", self.key)
    }

    /// The options this level shows, in their defined (for orderings: right) order.
    pub fn shown(&self, level: u8) -> Vec<&Opt> {
        self.options
            .iter()
            .filter(|o| o.min_level <= level)
            .collect()
    }

    /// The shown options in the order the seed gives; an ordering never starts solved.
    fn arranged(&self, level: u8, seed: u64) -> Vec<&Opt> {
        let mut list = self.shown(level);
        SeededRng::for_purpose(seed, self.key).shuffle(&mut list);
        if self.kind == Kind::Ordering {
            let solved = list
                .iter()
                .zip(self.shown(level))
                .all(|(a, b)| a.id == b.id);
            if solved {
                list.rotate_left(1);
            }
        }
        list
    }

    /// Adds the item's widgets (and its button, unless the replies of a dialogue submit).
    pub fn ask(
        &self,
        view: ViewBuilder,
        lang: Lang,
        level: u8,
        seed: u64,
        cast: &Cast,
    ) -> ViewBuilder {
        let fill = |tx: Tx| cast.fill(tx.get(lang), lang);
        let pairs: Vec<(&str, String)> = self
            .arranged(level, seed)
            .into_iter()
            .map(|o| (o.id, fill(o.label)))
            .collect();
        let borrowed: Vec<(&str, &str)> = pairs.iter().map(|(id, l)| (*id, l.as_str())).collect();
        let view = view.heading(&fill(self.title)).text(&fill(self.scenario));
        let check = lang.pick("Antwort prüfen", "Check answer");
        match self.kind {
            Kind::Single => view
                .choice(self.key, &fill(self.prompt), &borrowed, false)
                .primary_button(CHECK, check),
            Kind::Multiple => {
                let prompt = format!(
                    "{}\n*{}*",
                    fill(self.prompt),
                    lang.pick(
                        "Mehrere Antworten können richtig sein.",
                        "More than one answer may be right."
                    )
                );
                view.choice(self.key, &prompt, &borrowed, true)
                    .primary_button(CHECK, check)
            }
            Kind::Ordering => view
                .ordering(self.key, &fill(self.prompt), &borrowed)
                .primary_button(CHECK, check),
            Kind::Phone | Kind::Video => {
                let partner = fill(self.partner);
                let you = lang.pick("Sie", "You");
                let lines = self
                    .lines
                    .iter()
                    .map(|line| DialogueLine {
                        speaker: if line.by_player {
                            you.to_owned()
                        } else {
                            partner.clone()
                        },
                        text: fill(line.text),
                        by_player: line.by_player,
                    })
                    .collect();
                view.text(&fill(self.prompt)).dialogue(Dialogue {
                    id: self.key.to_owned(),
                    channel: if self.kind == Kind::Phone {
                        Channel::PhoneCall
                    } else {
                        Channel::VideoCall
                    },
                    partner,
                    lines,
                    replies: borrowed.iter().map(|(id, l)| option(id, l)).collect(),
                })
            }
        }
    }

    /// Judges the answer in `action`, or says in the player's language what is missing.
    pub fn judge(
        &self,
        action: &Action,
        lang: Lang,
        level: u8,
        cast: &Cast,
    ) -> Result<Judgement, GameError> {
        let shown = self.shown(level);
        let fill = |tx: Tx| cast.fill(tx.get(lang), lang);
        let (score, body) = match self.kind {
            Kind::Single | Kind::Phone | Kind::Video => {
                let picked = if self.kind == Kind::Single {
                    check_button(action, lang)?;
                    action.field(self.key)
                } else {
                    Some(action.button.as_str())
                };
                let chosen = picked.and_then(|id| shown.iter().find(|o| o.id == id));
                let Some(chosen) = chosen else {
                    return Err(invalid(
                        lang,
                        if self.kind == Kind::Single {
                            (
                                "Bitte wählen Sie eine Antwort aus.",
                                "Please choose an answer.",
                            )
                        } else {
                            (
                                "Bitte wählen Sie eine der Antworten im Gespräch aus.",
                                "Please choose one of the replies in the conversation.",
                            )
                        },
                    ));
                };
                let mut body = fill(chosen.why);
                let best = shown
                    .iter()
                    .copied()
                    .fold(*chosen, |b, o| if o.credit > b.credit { o } else { b });
                if chosen.credit < best.credit {
                    body = format!(
                        "{body}\n\n**{}** {} – {}",
                        lang.pick("Besser:", "Better:"),
                        fill(best.label),
                        fill(best.why)
                    );
                }
                (chosen.credit, body)
            }
            Kind::Multiple => {
                check_button(action, lang)?;
                let picked = action.fields_named(self.key);
                if picked.is_empty() || picked.iter().any(|p| !shown.iter().any(|o| o.id == *p)) {
                    return Err(invalid(
                        lang,
                        (
                            "Bitte wählen Sie mindestens eine der angebotenen Antworten aus.",
                            "Please choose at least one of the answers offered.",
                        ),
                    ));
                }
                let mut right = 0_u32;
                let mut hits = 0_u32;
                let mut misses = 0_u32;
                let mut notes = Vec::new();
                for o in &shown {
                    let chosen = picked.contains(&o.id);
                    let belongs = o.credit >= 1.0;
                    right += u32::from(belongs);
                    hits += u32::from(chosen && belongs);
                    misses += u32::from(chosen && !belongs);
                    let mark = match (chosen, belongs) {
                        (true, true) => lang.pick("✓ richtig gewählt", "✓ rightly chosen"),
                        (false, false) => {
                            lang.pick("✓ zu Recht nicht gewählt", "✓ rightly left out")
                        }
                        (true, false) => lang.pick("✗ besser nicht", "✗ better not"),
                        (false, true) => lang.pick("✗ hat gefehlt", "✗ was missing"),
                    };
                    notes.push(format!("**{}** ({mark}): {}", fill(o.label), fill(o.why)));
                }
                let score = f64::from(hits.saturating_sub(misses)) / f64::from(right.max(1));
                #[allow(clippy::cast_possible_truncation)]
                (score as f32, notes.join("\n\n"))
            }
            Kind::Ordering => {
                check_button(action, lang)?;
                let positions = self.positions(action, &shown).ok_or_else(|| {
                    invalid(
                        lang,
                        (
                            "Bitte geben Sie jedem Schritt eine eigene Position von 1 bis zur \
                             Anzahl der Schritte.",
                            "Please give every step its own position from 1 to the number of \
                             steps.",
                        ),
                    )
                })?;
                let mut pairs = 0_u32;
                let mut kept = 0_u32;
                for (i, a) in positions.iter().enumerate() {
                    for b in positions.iter().skip(i + 1) {
                        pairs += 1;
                        kept += u32::from(a < b);
                    }
                }
                let steps: Vec<String> = shown
                    .iter()
                    .enumerate()
                    .map(|(i, o)| format!("{}. **{}** – {}", i + 1, fill(o.label), fill(o.why)))
                    .collect();
                let body = format!(
                    "{}\n{}",
                    lang.pick("Eine sinnvolle Reihenfolge:", "A sensible order:"),
                    steps.join("\n")
                );
                #[allow(clippy::cast_possible_truncation)]
                let score = (f64::from(kept) / f64::from(pairs.max(1))) as f32;
                (score, body)
            }
        };
        let verdict = if score >= 0.999 {
            Verdict::Correct
        } else if score > 0.0 {
            Verdict::PartlyCorrect
        } else {
            Verdict::Wrong
        };
        Ok(Judgement {
            score: score.clamp(0.0, 1.0),
            verdict,
            // The host writes the verdict („Richtig:“) before the title, so the title names
            // the situation.
            title: fill(self.title),
            explanation: format!("{body}\n\n{}", fill(self.explain)),
        })
    }

    /// The submitted position of every shown step, in the right order of the steps, when every
    /// step has its own position within 1..=n.
    fn positions(&self, action: &Action, shown: &[&Opt]) -> Option<Vec<usize>> {
        let n = shown.len();
        let mut positions = Vec::with_capacity(n);
        for o in shown {
            let value = action.field(&format!("{}.{}", self.key, o.id))?;
            let position: usize = value.trim().parse().ok()?;
            if !(1..=n).contains(&position) || positions.contains(&position) {
                return None;
            }
            positions.push(position);
        }
        Some(positions)
    }

    /// A right or a wrong answer to this item, as (button, fields): for tests and demos.
    pub fn sample_answer(&self, level: u8, right: bool) -> (String, Vec<(String, String)>) {
        let shown = self.shown(level);
        let best = |want_high: bool| {
            shown
                .iter()
                .copied()
                .reduce(|b, o| {
                    let better = if want_high {
                        o.credit > b.credit
                    } else {
                        o.credit < b.credit
                    };
                    if better { o } else { b }
                })
                .map_or("", |o| o.id)
                .to_owned()
        };
        match self.kind {
            Kind::Single => (CHECK.into(), vec![(self.key.into(), best(right))]),
            Kind::Phone | Kind::Video => (best(right), Vec::new()),
            Kind::Multiple => (
                CHECK.into(),
                shown
                    .iter()
                    .filter(|o| (o.credit >= 1.0) == right)
                    .map(|o| (self.key.to_owned(), o.id.to_owned()))
                    .collect(),
            ),
            Kind::Ordering => {
                let n = shown.len();
                let fields = shown
                    .iter()
                    .enumerate()
                    .map(|(i, o)| {
                        let position = if right { i + 1 } else { n - i };
                        (format!("{}.{}", self.key, o.id), position.to_string())
                    })
                    .collect();
                (CHECK.into(), fields)
            }
        }
    }
}

fn check_button(action: &Action, lang: Lang) -> Result<(), GameError> {
    if action.button == CHECK {
        Ok(())
    } else {
        Err(invalid(
            lang,
            (
                "Bitte prüfen Sie Ihre Antwort mit „Antwort prüfen“.",
                "Please submit your answer with “Check answer”.",
            ),
        ))
    }
}

/// An invalid action with a message in the player's language.
pub fn invalid(lang: Lang, (de, en): (&str, &str)) -> GameError {
    GameError::InvalidAction(lang.pick(de, en).to_owned())
}

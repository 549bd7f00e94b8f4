//! The building blocks of the scenarios: bilingual texts, items with their options and answer
//! keys, and the three episodes in the order `meta` lists them.

use digifit_game_sdk::Lang;

use crate::{ki, lizenzen, schreiben};

/// A text in German and English; it may hold the placeholders of [`crate::cast::Cast::fill`]
/// (`{kunde}`, `{kollege}`, `{firma}`, `{datum}`, `{geburt}`, `{bg}`), which the seed fills in.
#[derive(Debug, Clone, Copy)]
pub struct T {
    pub de: &'static str,
    pub en: &'static str,
}

/// A bilingual text.
pub const fn t(de: &'static str, en: &'static str) -> T {
    T { de, en }
}

impl T {
    /// The text in `lang`, placeholders still unfilled.
    pub fn get(self, lang: Lang) -> &'static str {
        lang.pick(self.de, self.en)
    }
}

/// An option of a choice, a reply in a dialogue or a decision button, with its score and why
/// it scores so.
#[derive(Debug, Clone, Copy)]
pub struct Opt {
    pub id: &'static str,
    pub label: T,
    /// 1.0 right, 0.0 wrong, in between partly right. In a multiple choice, 1.0 marks the
    /// options that belong to the answer.
    pub score: f32,
    pub why: T,
    /// The lowest level on which the option is offered.
    pub min_level: u8,
}

/// An option offered from level 1 on.
pub const fn opt(id: &'static str, score: f32, label: T, why: T) -> Opt {
    opt_from(1, id, score, label, why)
}

/// An option offered only from `min_level` on: the subtler distractors.
pub const fn opt_from(min_level: u8, id: &'static str, score: f32, label: T, why: T) -> Opt {
    Opt {
        id,
        label,
        score,
        why,
        min_level,
    }
}

/// Something to sort in a categorise task, with its right category and why.
#[derive(Debug, Clone, Copy)]
pub struct Card {
    pub id: &'static str,
    pub label: T,
    pub category: &'static str,
    pub why: T,
    /// The lowest level on which the card may be drawn.
    pub min_level: u8,
}

/// A card that may be drawn from level 1 on.
pub const fn card(id: &'static str, category: &'static str, label: T, why: T) -> Card {
    card_from(1, id, category, label, why)
}

/// A card that may be drawn only from `min_level` on.
pub const fn card_from(
    min_level: u8,
    id: &'static str,
    category: &'static str,
    label: T,
    why: T,
) -> Card {
    Card {
        id,
        label,
        category,
        why,
        min_level,
    }
}

/// A step of an ordering task; a task's steps are declared in the right order.
#[derive(Debug, Clone, Copy)]
pub struct OrderStep {
    pub id: &'static str,
    pub label: T,
    pub min_level: u8,
}

/// A step shown from level 1 on.
pub const fn step(id: &'static str, label: T) -> OrderStep {
    step_from(1, id, label)
}

/// A step shown only from `min_level` on.
pub const fn step_from(min_level: u8, id: &'static str, label: T) -> OrderStep {
    OrderStep {
        id,
        label,
        min_level,
    }
}

/// How a conversation takes place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    Phone,
    InPerson,
    Chat,
}

/// One line the other person says in a dialogue.
#[derive(Debug, Clone, Copy)]
pub struct Line {
    pub speaker: T,
    pub text: T,
}

/// A line of the other person.
pub const fn say(speaker: T, text: T) -> Line {
    Line { speaker, text }
}

/// An image from the package's assets shown with an item's situation.
#[derive(Debug, Clone, Copy)]
pub struct Picture {
    /// The path below `assets/`, as the image widget names it.
    pub asset: &'static str,
    /// The alternative text the host gives the image: everything a player who cannot see it
    /// needs to answer.
    pub alt: T,
    pub caption: T,
}

/// What the player does in an item.
#[derive(Debug, Clone, Copy)]
pub enum Task {
    /// Pick one option, or (`multiple`) every option with score 1.0.
    Choice {
        multiple: bool,
        prompt: T,
        options: &'static [Opt],
    },
    /// Sort cards into categories; of the cards the level allows, `shown[level - 1]` appear,
    /// drawn and ordered by the seed.
    Categorise {
        prompt: T,
        categories: &'static [(&'static str, T)],
        cards: &'static [Card],
        shown: [usize; 3],
    },
    /// Put the level's steps in the order they are declared in.
    Ordering {
        prompt: T,
        steps: &'static [OrderStep],
    },
    /// Choose a reply in a conversation; the reply's id is the action's button.
    Dialogue {
        via: Via,
        partner: T,
        lines: &'static [Line],
        replies: &'static [Opt],
    },
    /// Decide by pressing one of a row of buttons; the option's id is the action's button.
    Decide { prompt: T, options: &'static [Opt] },
    /// Type a short answer, which `grade` scores (0.0, 0.5 or 1.0); `answer` is shown after.
    Input {
        label: T,
        hint: T,
        grade: fn(&str) -> f32,
        answer: T,
    },
    /// Rewrite `draft` so that no social data of the customer is left in it.
    Redact { label: T, hint: T, draft: T },
}

/// One item of an episode.
#[derive(Debug, Clone, Copy)]
pub struct Item {
    /// Unique within the game; also the id of the item's widget.
    pub id: &'static str,
    pub competence: &'static str,
    /// The lowest level on which the item appears.
    pub min_level: u8,
    pub title: T,
    pub situation: T,
    pub picture: Option<Picture>,
    pub task: Task,
    /// The background shown with every answer, right or wrong.
    pub background: T,
    /// The rule to take away, listed in the outcome under what went well or what to learn.
    pub lesson: T,
}

/// One episode.
#[derive(Debug, Clone, Copy)]
pub struct Episode {
    pub id: &'static str,
    pub title: T,
    pub summary: T,
    pub scenario: T,
    /// The closing words of the final view; the host shows the outcome below them.
    pub closing: T,
    pub minutes: u8,
    /// Exactly the competences the items give evidence for, in the order of `meta`.
    pub competences: &'static [&'static str],
    pub items: &'static [Item],
}

/// Every episode, in the order of `meta`.
pub const EPISODES: [&Episode; 3] = [&schreiben::EPISODE, &lizenzen::EPISODE, &ki::EPISODE];

/// The episode with `id`.
pub fn episode(id: &str) -> Option<&'static Episode> {
    EPISODES.iter().copied().find(|episode| episode.id == id)
}

impl Episode {
    /// The item with `id`.
    pub fn item(&self, id: &str) -> Option<&'static Item> {
        self.items.iter().find(|item| item.id == id)
    }

    /// The items a level poses, in declaration order.
    pub fn items_for(&self, level: u8) -> Vec<&'static Item> {
        self.items
            .iter()
            .filter(|item| item.min_level <= level)
            .collect()
    }
}

//! The building blocks of the scenarios: bilingual texts, items with their options and answer
//! keys, and the three episodes with the names the seed picks from.

use digifit_game_sdk::Lang;

use crate::{arbeitsplatz, auskunft, datenpanne};

/// A text in German and English; it may hold the placeholders `{kunde}`, `{kollege}`, `{firma}`
/// and `{phish}`, which the flow fills in from the seed and level.
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

/// An option of a choice or a reply in a dialogue, with its score and why it scores so.
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
    Opt {
        id,
        label,
        score,
        why,
        min_level: 1,
    }
}

/// An option offered only from `min_level` on.
pub const fn opt_from(min_level: u8, id: &'static str, score: f32, label: T, why: T) -> Opt {
    Opt {
        id,
        label,
        score,
        why,
        min_level,
    }
}

/// Something to sort in a categorise widget, with its right category and why.
#[derive(Debug, Clone, Copy)]
pub struct Card {
    pub id: &'static str,
    pub label: T,
    pub category: &'static str,
    pub why: T,
}

/// How a conversation takes place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    Phone,
    InPerson,
}

/// One line of a dialogue.
#[derive(Debug, Clone, Copy)]
pub struct Line {
    pub speaker: T,
    pub text: T,
    pub by_player: bool,
}

/// A line the other person says.
pub const fn say(speaker: T, text: T) -> Line {
    Line {
        speaker,
        text,
        by_player: false,
    }
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
    /// Sort cards into categories; `shown[level - 1]` cards of the pool appear, drawn by the
    /// seed.
    Categorise {
        prompt: T,
        categories: &'static [(&'static str, T)],
        cards: &'static [Card],
        shown: [usize; 3],
    },
    /// Choose a reply in a conversation.
    Dialogue {
        via: Via,
        partner: T,
        lines: &'static [Line],
        replies: &'static [Opt],
    },
    /// Make up a passphrase, which is judged and forgotten.
    Passphrase { label: T, hint: T },
}

/// One item of an episode.
#[derive(Debug, Clone, Copy)]
pub struct Item {
    /// Unique within the episode; also the id of the item's widget.
    pub id: &'static str,
    pub competence: &'static str,
    /// The lowest level on which the item appears.
    pub min_level: u8,
    pub title: T,
    pub situation: T,
    pub task: Task,
    /// The background shown with every answer, right or wrong.
    pub background: T,
    /// For the debriefing: when solved, and when there is something to learn.
    pub went_well: T,
    pub to_learn: T,
}

/// One episode.
#[derive(Debug, Clone, Copy)]
pub struct Episode {
    pub id: &'static str,
    pub title: T,
    pub summary: T,
    pub scenario: T,
    pub minutes: u8,
    /// Exactly the competences the items give evidence for, in the order of `meta`.
    pub competences: &'static [&'static str],
    pub items: &'static [Item],
}

/// Every episode, in the order of `meta`.
pub const EPISODES: [&Episode; 3] = [
    &auskunft::EPISODE,
    &arbeitsplatz::EPISODE,
    &datenpanne::EPISODE,
];

/// The episode with `id`.
pub fn episode(id: &str) -> Option<&'static Episode> {
    EPISODES.iter().copied().find(|episode| episode.id == id)
}

impl Episode {
    /// The item with `id`.
    pub fn item(&self, id: &str) -> Option<&'static Item> {
        self.items.iter().find(|item| item.id == id)
    }
}

/// Customers the seed picks from.
pub const CUSTOMERS: [T; 6] = [
    t("Herr Krüger", "Mr Krüger"),
    t("Frau Yılmaz", "Ms Yılmaz"),
    t("Herr Nowak", "Mr Nowak"),
    t("Frau Schneider", "Ms Schneider"),
    t("Herr Haddad", "Mr Haddad"),
    t("Frau Wójcik", "Ms Wójcik"),
];

/// Colleagues the seed picks from.
pub const COLLEAGUES: [T; 4] = [
    t("Frau Becker", "Ms Becker"),
    t("Herr Demir", "Mr Demir"),
    t("Frau Hoffmann", "Ms Hoffmann"),
    t("Herr Petrović", "Mr Petrović"),
];

/// Employers the seed picks from.
pub const EMPLOYERS: [T; 4] = [
    t("Bäckerei Lindner", "Lindner bakery"),
    t("Logistik Brandt GmbH", "Logistik Brandt GmbH"),
    t("Pflegedienst Sonnenhof", "Sonnenhof care service"),
    t("Autohaus Kaya", "Kaya car dealership"),
];

/// The look-alike domain of a phishing mail: subtler with each level.
pub fn phishing_domain(level: u8) -> &'static str {
    match level {
        1 => "datenschutz-audit.example",
        2 => "musterstadt-datenschutz.de",
        _ => "rnusterstadt.de",
    }
}

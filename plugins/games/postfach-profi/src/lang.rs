//! The player's language and the fictitious cast of a play-through, both fixed at the start.

use digifit_game_sdk::{SeededRng, pick_locale};
use serde::{Deserialize, Serialize};

/// The locales with text, the default first.
pub const LOCALES: [&str; 2] = ["de", "en"];

/// The language of all text of a play-through.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Lang {
    De,
    En,
}

impl Lang {
    /// The language for a requested locale, German by default.
    pub fn from_locale(locale: &str) -> Lang {
        match pick_locale(locale, &LOCALES) {
            "en" => Lang::En,
            _ => Lang::De,
        }
    }

    /// The German or the English text.
    pub fn pick<'a>(self, de: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::De => de,
            Lang::En => en,
        }
    }
}

/// The people who appear in the mails; the seed picks them, so replays meet the same people.
#[derive(Debug, Clone)]
pub struct Cast {
    lang: Lang,
    customer: &'static str,
    customer2: &'static str,
    colleague: (&'static str, &'static str),
    head: &'static str,
}

const CUSTOMERS: [&str; 6] = [
    "Yılmaz",
    "Petrović",
    "Schneider",
    "Nowak",
    "Hoffmann",
    "Alić",
];
const CUSTOMERS2: [&str; 4] = ["Herr Krause", "Frau Ivanova", "Herr Okafor", "Frau Berger"];
const COLLEAGUES: [(&str, &str); 4] = [
    ("Anna Becker", "anna.becker"),
    ("Jonas Krüger", "jonas.krueger"),
    ("Mehmet Demir", "mehmet.demir"),
    ("Sabine Wolf", "sabine.wolf"),
];
const HEADS: [&str; 3] = ["Dr. Karin Albrecht", "Dr. Thomas Brandt", "Dr. Leyla Aydın"];

impl Cast {
    /// Picks the cast for a seed.
    pub fn new(lang: Lang, seed: u64) -> Cast {
        let mut rng = SeededRng::for_purpose(seed, "cast");
        Cast {
            lang,
            customer: rng.pick(&CUSTOMERS).copied().unwrap_or("Yılmaz"),
            customer2: rng.pick(&CUSTOMERS2).copied().unwrap_or("Herr Krause"),
            colleague: rng
                .pick(&COLLEAGUES)
                .copied()
                .unwrap_or(("Anna Becker", "anna.becker")),
            head: rng.pick(&HEADS).copied().unwrap_or("Dr. Karin Albrecht"),
        }
    }

    /// The German or English text with the placeholders `{kunde}` (customer's surname),
    /// `{kunde2}`, `{kollegin}`, `{kollegin-mail}` and `{chef}` filled in.
    pub fn t(&self, de: &str, en: &str) -> String {
        let customer2 = match self.lang {
            Lang::De => self.customer2.to_owned(),
            Lang::En => self
                .customer2
                .replace("Herr ", "Mr ")
                .replace("Frau ", "Ms "),
        };
        self.lang
            .pick(de, en)
            .replace("{kunde}", self.customer)
            .replace("{kunde2}", &customer2)
            .replace(
                "{kollegin-mail}",
                &format!("{}@jobcenter.musterstadt.de", self.colleague.1),
            )
            .replace("{kollegin}", self.colleague.0)
            .replace("{chef}", self.head)
    }
}

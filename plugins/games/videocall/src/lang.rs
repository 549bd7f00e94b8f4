//! The two languages of the game, German first, and bilingual text constants.

use digifit_game_sdk::pick_locale;
use serde::{Deserialize, Serialize};

/// The locales with text, the default first.
pub const LOCALES: [&str; 2] = ["de", "en"];

/// The language of all text of a play-through; kept in the state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Lang {
    De,
    En,
}

impl Lang {
    /// The game's language for a requested locale, falling back to German.
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

/// A text in German and English.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tx {
    pub de: &'static str,
    pub en: &'static str,
}

/// A text in German and English, for constants.
pub const fn t(de: &'static str, en: &'static str) -> Tx {
    Tx { de, en }
}

impl Tx {
    /// The text in `lang`.
    pub fn get(self, lang: Lang) -> &'static str {
        lang.pick(self.de, self.en)
    }
}

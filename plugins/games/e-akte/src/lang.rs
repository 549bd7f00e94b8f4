//! The two languages of the game and how a request's locale maps to one of them.

use digifit_game_sdk::pick_locale;
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

    /// The German or the English text, owned.
    pub fn s(self, de: &str, en: &str) -> String {
        self.pick(de, en).to_owned()
    }
}

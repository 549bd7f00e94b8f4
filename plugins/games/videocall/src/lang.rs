//! Bilingual text constants: each holds the German and the English text, and a play-through's
//! [`Lang`] picks one.

use digifit_game_sdk::Lang;

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

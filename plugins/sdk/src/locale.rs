//! Choosing which of a game's locales to answer in, and [`Lang`] for games written in German
//! and English.

use serde::{Deserialize, Serialize};

/// The language of a play-through for games with German and English text, German first.
/// Kept in a game's state, so that every later step speaks the language the episode began in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Lang {
    De,
    En,
}

impl Lang {
    /// The locales such a game lists in `meta`, the default first.
    pub const LOCALES: [&'static str; 2] = ["de", "en"];

    /// The language for a requested locale, falling back to German.
    pub fn from_locale(locale: &str) -> Lang {
        match pick_locale(locale, &Lang::LOCALES) {
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

    /// The locale code: "de" or "en".
    pub fn code(self) -> &'static str {
        self.pick("de", "en")
    }
}

/// The locale of `supported` that best fits `requested`: the same one, else the same language
/// ("de-AT" → "de"), else the first of `supported`, which is the game's default. Returns ""
/// only when `supported` is empty.
pub fn pick_locale<'a>(requested: &str, supported: &[&'a str]) -> &'a str {
    let language = |locale: &str| {
        locale
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase()
    };
    supported
        .iter()
        .find(|locale| locale.eq_ignore_ascii_case(requested))
        .or_else(|| {
            supported
                .iter()
                .find(|locale| language(locale) == language(requested))
        })
        .or_else(|| supported.first())
        .copied()
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::{Lang, pick_locale};

    #[test]
    fn lang_follows_the_locale_and_defaults_to_german() {
        assert_eq!(Lang::from_locale("en-GB"), Lang::En);
        assert_eq!(Lang::from_locale("de"), Lang::De);
        assert_eq!(Lang::from_locale("fr"), Lang::De);
        assert_eq!(Lang::En.pick("Hallo", "Hello"), "Hello");
        assert_eq!(Lang::De.code(), "de");
    }

    #[test]
    fn exact_then_language_then_default() {
        let supported = ["de", "en"];
        assert_eq!(pick_locale("en", &supported), "en");
        assert_eq!(pick_locale("EN", &supported), "en");
        assert_eq!(pick_locale("en-GB", &supported), "en");
        assert_eq!(pick_locale("de_AT", &supported), "de");
        assert_eq!(pick_locale("fr", &supported), "de");
        assert_eq!(pick_locale("", &supported), "de");
        assert_eq!(pick_locale("en", &[]), "");
    }
}

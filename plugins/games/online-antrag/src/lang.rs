//! Texts in both of the game's languages, as the content writes them.

/// A text in both languages: (German, English); `lang.pick(text.0, text.1)` gives one.
pub type Text = (&'static str, &'static str);

//! Choosing which of a game's locales to answer in.

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
    use super::pick_locale;

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

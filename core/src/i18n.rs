//! UI text from Fluent message catalogues (`core/locales/{de,en}/main.ftl`), German first.
//! Templates never contain user-facing words themselves; they ask a `Tr` for a message id.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::{Loader, fluent_bundle::FluentValue};
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "de",
        // Unicode isolation marks around arguments would end up inside attributes and URLs.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// A language the UI is available in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Locale {
    De,
    En,
}

impl Locale {
    pub const ALL: [Locale; 2] = [Locale::De, Locale::En];

    pub fn code(self) -> &'static str {
        match self {
            Locale::De => "de",
            Locale::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Locale> {
        match code.trim().to_ascii_lowercase().as_str() {
            "de" => Some(Locale::De),
            "en" => Some(Locale::En),
            _ => None,
        }
    }

    /// The language's own name, as shown in the language switch.
    pub fn endonym(self) -> &'static str {
        match self {
            Locale::De => "Deutsch",
            Locale::En => "English",
        }
    }

    fn language_identifier(self) -> LanguageIdentifier {
        match self {
            Locale::De => unic_langid::langid!("de"),
            Locale::En => unic_langid::langid!("en"),
        }
    }

    /// Picks the best supported language from an `Accept-Language` header, German when none fits.
    pub fn negotiate(accept_language: &str) -> Locale {
        let mut best: Option<(f32, Locale)> = None;
        for entry in accept_language.split(',') {
            let mut parts = entry.split(';');
            let tag = parts.next().unwrap_or_default().trim();
            let quality = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.parse::<f32>().ok())
                .unwrap_or(1.0);
            let primary = tag.split('-').next().unwrap_or_default();
            if let Some(locale) = Locale::from_code(primary)
                && quality > 0.0
                && best.is_none_or(|(q, _)| quality > q)
            {
                best = Some((quality, locale));
            }
        }
        best.map(|(_, locale)| locale).unwrap_or(Locale::De)
    }
}

/// Looks up messages in one language; cheap to copy into every page.
#[derive(Debug, Clone, Copy)]
pub struct Tr {
    pub locale: Locale,
}

impl Tr {
    pub fn new(locale: Locale) -> Tr {
        Tr { locale }
    }

    /// The message with this id; a missing id shows itself, so a gap is visible and a test finds it.
    pub fn get(&self, id: &str) -> String {
        LOCALES
            .try_lookup(&self.locale.language_identifier(), id)
            .unwrap_or_else(|| id.to_owned())
    }

    /// The message with this id and one named argument.
    pub fn with(&self, id: &str, name: &'static str, value: &str) -> String {
        self.with_all(id, &[(name, value)])
    }

    /// The message with this id and several named arguments.
    pub fn with_all(&self, id: &str, values: &[(&'static str, &str)]) -> String {
        let mut args: HashMap<Cow<'static, str>, FluentValue> = HashMap::new();
        for (name, value) in values {
            args.insert(Cow::Borrowed(*name), FluentValue::from((*value).to_owned()));
        }
        LOCALES
            .try_lookup_with_args(&self.locale.language_identifier(), id, &args)
            .unwrap_or_else(|| id.to_owned())
    }

    pub fn lang(&self) -> &'static str {
        self.locale.code()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn message_ids(catalogue: &str) -> BTreeSet<String> {
        catalogue
            .lines()
            .filter(|line| line.chars().next().is_some_and(|c| c.is_ascii_lowercase()))
            .filter_map(|line| line.split_once(" =").map(|(id, _)| id.trim().to_owned()))
            .collect()
    }

    #[test]
    fn both_catalogues_have_the_same_messages() {
        let de = message_ids(include_str!("../locales/de/main.ftl"));
        let en = message_ids(include_str!("../locales/en/main.ftl"));
        let only_de: Vec<_> = de.difference(&en).collect();
        let only_en: Vec<_> = en.difference(&de).collect();
        assert!(
            only_de.is_empty() && only_en.is_empty(),
            "only de: {only_de:?}, only en: {only_en:?}"
        );
        assert!(de.len() > 20);
    }

    #[test]
    fn every_message_used_by_a_template_or_the_code_exists() {
        let de = message_ids(include_str!("../locales/de/main.ftl"));
        let mut missing = Vec::new();
        let roots = [
            std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../templates")),
            std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src")),
        ];
        let mut files = Vec::new();
        let mut stack: Vec<_> = roots.to_vec();
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                } else {
                    files.push(path);
                }
            }
        }
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap_or_default();
            for pattern in ["t.get(\"", "t.with(\"", "msg(\""] {
                for piece in text.split(pattern).skip(1) {
                    let id = piece.split('"').next().unwrap_or_default();
                    if !id.is_empty() && !de.contains(id) {
                        missing.push(format!("{}: {id}", file.display()));
                    }
                }
            }
        }
        assert!(missing.is_empty(), "{missing:#?}");
    }

    #[test]
    fn accept_language_is_negotiated() {
        assert_eq!(Locale::negotiate("en-GB,en;q=0.9,de;q=0.8"), Locale::En);
        assert_eq!(Locale::negotiate("fr-FR, de;q=0.5, en;q=0.4"), Locale::De);
        assert_eq!(Locale::negotiate("fr"), Locale::De);
        assert_eq!(Locale::negotiate(""), Locale::De);
        assert_eq!(Locale::negotiate("en;q=0, de;q=0.1"), Locale::De);
    }

    #[test]
    fn arguments_are_filled_in() {
        let text = Tr::new(Locale::En).with("home-welcome", "name", "Anna");
        assert!(text.contains("Anna"), "{text}");
    }
}

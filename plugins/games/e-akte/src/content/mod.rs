//! The episodes of E-Akte: their ids, titles, competences and items.

mod access;
mod incoming;
mod retention;

use digifit_game_sdk::{FileKind, Lang};
use serde::{Deserialize, Serialize};

use crate::cast::Cast;
use crate::item::{Entry, Item, Opt};

/// An episode of the game.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Episode {
    /// Filing the scanned incoming post: file plan, names, metadata.
    Incoming,
    /// Versions, retention periods and deletion.
    Retention,
    /// Who may see what: access rights and need-to-know.
    Access,
}

/// Every episode, in the order `meta` lists them.
pub const EPISODES: [Episode; 3] = [Episode::Incoming, Episode::Retention, Episode::Access];

impl Episode {
    /// The stable id.
    pub fn id(self) -> &'static str {
        match self {
            Episode::Incoming => "posteingang",
            Episode::Retention => "versionen-und-fristen",
            Episode::Access => "need-to-know",
        }
    }

    /// The episode with this id.
    pub fn from_id(id: &str) -> Option<Episode> {
        EPISODES.into_iter().find(|e| e.id() == id)
    }

    /// The title.
    pub fn title(self, lang: Lang) -> &'static str {
        match self {
            Episode::Incoming => lang.pick("Posteingang in die E-Akte", "Incoming post to e-file"),
            Episode::Retention => lang.pick(
                "Versionen, Aufbewahrung und Löschung",
                "Versions, retention and deletion",
            ),
            Episode::Access => lang.pick("Wer darf was sehen?", "Who may see what?"),
        }
    }

    /// One or two sentences before the start.
    pub fn summary(self, lang: Lang) -> &'static str {
        match self {
            Episode::Incoming => lang.pick(
                "Die Scanstelle hat die Eingangspost geliefert. Legen Sie die Dokumente im \
                 richtigen Register des Aktenplans ab, benennen und verschlagworten Sie sie \
                 korrekt.",
                "The scanning centre has delivered the incoming post. File the documents under \
                 the right heading of the file plan, and name and index them correctly.",
            ),
            Episode::Retention => lang.pick(
                "Ein Kooperationsplan in mehreren Fassungen, Akten mit abgelaufenen Fristen: \
                 Behalten Sie Versionen, Aufbewahrung und Löschung im Griff.",
                "A cooperation plan in several drafts, files whose periods have ended: keep \
                 versions, retention and deletion under control.",
            ),
            Episode::Access => lang.pick(
                "Kolleginnen, Vermieter und Arbeitgeber möchten Einblick in Akten. Entscheiden \
                 Sie nach dem Need-to-know-Prinzip und dem Sozialgeheimnis.",
                "Colleagues, landlords and employers want to look into files. Decide by \
                 need-to-know and social data secrecy.",
            ),
        }
    }

    /// The competences its items give evidence for, in the order of the manifest.
    pub fn competences(self) -> &'static [&'static str] {
        match self {
            Episode::Incoming | Episode::Retention => &["1.3", "4.2"],
            Episode::Access => &["4.2", "2.4"],
        }
    }

    /// Every item of the episode as the cast and level make it, before the level filter.
    pub fn items(self, cast: &Cast) -> Vec<Item> {
        let items = match self {
            Episode::Incoming => incoming::items(cast),
            Episode::Retention => retention::items(cast),
            Episode::Access => access::items(cast),
        };
        items
            .into_iter()
            .filter(|item| item.min_level <= cast.level)
            .map(|item| item.for_level(cast.level))
            .collect()
    }
}

/// An option of a choice.
fn opt(id: &'static str, label: String, good: bool, min_level: u8) -> Opt {
    Opt {
        id,
        label,
        good,
        min_level,
    }
}

/// An item to sort into a category.
fn entry(id: &'static str, label: String, target: &'static str, min_level: u8) -> Entry {
    Entry {
        id,
        label,
        target,
        min_level,
        kind: FileKind::Document,
        modified: String::new(),
        metadata: Vec::new(),
    }
}

/// A file-explorer entry with its metadata columns.
fn file(
    id: &'static str,
    name: String,
    target: &'static str,
    min_level: u8,
    modified: String,
    metadata: Vec<(String, String)>,
) -> Entry {
    Entry {
        modified,
        metadata,
        ..entry(id, name, target, min_level)
    }
}

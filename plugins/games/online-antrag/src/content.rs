//! The episodes of the game: what meta says about them and which items each one poses.

use digifit_game_sdk::Lang;

use crate::lang::Text;
use crate::task::{Entry, Line, Opt, OrderStep, Task};
use crate::vars::Vars;
use crate::{formular, quelle, technik};

/// One item of an episode: a small scenario with one task.
#[derive(Debug, Clone)]
pub struct Item {
    /// Unique within the episode; also the id of the item's widget.
    pub key: &'static str,
    pub competence: &'static str,
    /// The lowest level that poses the item.
    pub level: u8,
    pub title: Text,
    pub scenario: Text,
    pub task: Task,
    /// Background shown in the feedback whatever the answer.
    pub explain: Text,
    /// The rule to take away, for the debriefing.
    pub lesson: Text,
}

/// The episodes, in the order meta lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Episode {
    Quelle,
    Formular,
    Technik,
}

/// Every episode.
pub const EPISODES: [Episode; 3] = [Episode::Quelle, Episode::Formular, Episode::Technik];

impl Episode {
    /// The stable id.
    pub fn id(self) -> &'static str {
        match self {
            Episode::Quelle => "quelle-pruefen",
            Episode::Formular => "formular-hochladen",
            Episode::Technik => "technik-hilfe",
        }
    }

    /// The episode with this id.
    pub fn from_id(id: &str) -> Option<Episode> {
        EPISODES.into_iter().find(|e| e.id() == id)
    }

    /// The episode at an index of [`EPISODES`].
    pub fn from_index(index: u8) -> Option<Episode> {
        EPISODES.get(usize::from(index)).copied()
    }

    /// Its index in [`EPISODES`].
    pub fn index(self) -> u8 {
        match self {
            Episode::Quelle => 0,
            Episode::Formular => 1,
            Episode::Technik => 2,
        }
    }

    pub fn title(self, lang: Lang) -> &'static str {
        match self {
            Episode::Quelle => lang.pick("Die richtige Adresse", "The right address"),
            Episode::Formular => lang.pick(
                "Antrag ausfüllen, Nachweise hochladen",
                "Fill in the form, upload the evidence",
            ),
            Episode::Technik => lang.pick("Wenn es hakt", "When things go wrong"),
        }
    }

    pub fn summary(self, lang: Lang) -> &'static str {
        match self {
            Episode::Quelle => lang.pick(
                "Eine Kundin oder ein Kunde will den Weiterbewilligungsantrag online stellen. \
                 Finden Sie das offizielle Portal und entlarven Sie teure und betrügerische Seiten.",
                "A customer wants to file the application to continue benefits online. Find the \
                 official portal and unmask costly and fraudulent sites.",
            ),
            Episode::Formular => lang.pick(
                "Sie begleiten einen Antrag im Serviceportal der Stadt: Schritte, Formularfelder \
                 und Nachweise – vollständig, lesbar und datensparsam.",
                "You guide an application through the city's service portal: steps, form fields \
                 and evidence – complete, readable and with no more data than needed.",
            ),
            Episode::Technik => lang.pick(
                "Sitzung abgelaufen, Upload gescheitert, Browser streikt: Lösen Sie typische \
                 Probleme und erkennen Sie, wann persönliche Hilfe die bessere Lösung ist.",
                "Session expired, upload failed, browser on strike: solve typical problems and \
                 recognise when help in person is the better answer.",
            ),
        }
    }

    /// The competences the items give evidence for, in meta's order.
    pub fn competences(self) -> &'static [&'static str] {
        match self {
            Episode::Quelle => &["1.2", "1.1"],
            Episode::Formular => &["5.2", "2.2"],
            Episode::Technik => &["5.1", "5.2"],
        }
    }

    /// Every item of the episode, for every level.
    pub fn all_items(self, vars: &Vars) -> Vec<Item> {
        match self {
            Episode::Quelle => quelle::items(),
            Episode::Formular => formular::items(vars),
            Episode::Technik => technik::items(),
        }
    }

    /// The items a level poses.
    pub fn items(self, vars: &Vars, level: u8) -> Vec<Item> {
        self.all_items(vars)
            .into_iter()
            .filter(|item| item.level <= level)
            .collect()
    }
}

/// An option, reply or action.
pub fn opt(id: &'static str, score: f32, level: u8, label: Text, why: Text) -> Opt {
    Opt {
        id,
        label,
        score,
        why,
        level,
    }
}

/// A step of an ordering.
pub fn step(id: &'static str, level: u8, label: Text) -> OrderStep {
    OrderStep { id, label, level }
}

/// A line the customer says.
pub fn they(text: Text) -> Line {
    Line {
        by_player: false,
        text,
    }
}

/// A line the player says.
pub fn me(text: Text) -> Line {
    Line {
        by_player: true,
        text,
    }
}

/// A file that needs `right` (or `also`).
#[allow(clippy::too_many_arguments)]
pub fn file(
    id: &'static str,
    name: &'static str,
    kind: digifit_game_sdk::FileKind,
    size: &'static str,
    modified: &'static str,
    right: (&'static str, Option<&'static str>),
    level: u8,
    why: Text,
) -> Entry {
    Entry {
        id,
        name,
        kind,
        size,
        modified,
        right,
        why,
        level,
    }
}

//! The episodes: what meta says about them and which tasks a play-through gets.

use digifit_game_sdk::Lang;

use crate::cast::Cast;
use crate::task::Task;
use crate::{filing, phishing, sharing};

/// What meta says about an episode (German, English).
#[derive(Debug)]
pub struct EpisodeMeta {
    pub id: &'static str,
    pub title: (&'static str, &'static str),
    pub summary: (&'static str, &'static str),
    pub minutes: u8,
    pub competences: &'static [&'static str],
}

/// The episodes, in the order meta lists them.
pub const EPISODES: [EpisodeMeta; 3] = [
    EpisodeMeta {
        id: phishing::ID,
        title: ("Verdächtige Post erkennen", "Spotting suspicious mail"),
        summary: (
            "Montagmorgen im Jobcenter Musterstadt: Sichten Sie Ihr Postfach und erkennen Sie \
             Phishing, CEO-Fraud, gefährliche Anhänge und gefälschte Links.",
            "Monday morning at Jobcenter Musterstadt: go through your inbox and spot phishing, \
             CEO fraud, dangerous attachments and fake links.",
        ),
        minutes: 8,
        competences: &["4.2", "4.1"],
    },
    EpisodeMeta {
        id: sharing::ID,
        title: (
            "Richtig weiterleiten und antworten",
            "Forwarding and replying correctly",
        ),
        summary: (
            "Wer darf was bekommen? Antworten, weiterleiten, CC und BCC – im Einklang mit dem \
             Sozialdatenschutz.",
            "Who may receive what? Reply, forward, CC and BCC – in line with social data \
             protection.",
        ),
        minutes: 8,
        competences: &["2.1", "4.2"],
    },
    EpisodeMeta {
        id: filing::ID,
        title: ("Ordnung im Postfach", "Order in the mailbox"),
        summary: (
            "Legen Sie Mails in die richtigen Ordner ab, übertragen Sie Aktenrelevantes in die \
             E-Akte und richten Sie sinnvolle Regeln ein.",
            "File mails into the right folders, move what belongs on file into the e-file and \
             set up sensible rules.",
        ),
        minutes: 7,
        competences: &["1.3", "4.2", "2.1"],
    },
];

/// The tasks of an episode for a locale, level and seed; `None` for an unknown episode.
pub fn tasks(episode: &str, locale: &str, level: u8, seed: u64) -> Option<Vec<Task>> {
    let lang = Lang::from_locale(locale);
    let cast = Cast::new(lang, seed);
    let level = level.clamp(1, 3);
    match episode {
        phishing::ID => Some(phishing::tasks(&cast, level, seed)),
        sharing::ID => Some(sharing::tasks(&cast, level, seed)),
        filing::ID => Some(filing::tasks(&cast, level, seed)),
        _ => None,
    }
}

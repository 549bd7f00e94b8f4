//! datenschutz: a digifit game on data protection in customer contact at a job centre – who
//! may learn what about a customer, strong passwords and a safe workplace, and recognising and
//! reporting a data protection incident.
//!
//! `content` defines the building blocks, `auskunft`, `arbeitsplatz` and `datenpanne` the three
//! episodes, `task` shows and judges one item, and `flow` runs a play-through.

mod arbeitsplatz;
mod auskunft;
pub mod content;
mod datenpanne;
mod flow;
mod passphrase;
mod task;

use digifit_game_sdk::{Action, EpisodeInfo, Game, GameError, GameInfo, Lang, StartRequest, Step};

use content::EPISODES;

pub use flow::{BEGIN, NEXT};
pub use task::CHECK;

/// The game; every call of the host lands in one of its three functions.
#[derive(Debug)]
pub struct Datenschutz;

digifit_game_sdk::register_game!(Datenschutz);

impl Game for Datenschutz {
    fn meta(locale: &str) -> GameInfo {
        let lang = Lang::from_locale(locale);
        GameInfo {
            id: "datenschutz".into(),
            name: lang
                .pick(
                    "Datenschutz im Kundenkontakt",
                    "Data protection with customers",
                )
                .into(),
            version: "0.1.0".into(),
            description: lang
                .pick(
                    "Entscheiden Sie, wer welche Kundendaten erfahren darf, schützen Sie Zugänge \
                     und Arbeitsplatz und erkennen und melden Sie Datenpannen.",
                    "Decide who may learn which customer data, protect your accounts and \
                     workplace, and recognise and report data breaches.",
                )
                .into(),
            locales: Lang::LOCALES.map(String::from).into(),
            episodes: EPISODES
                .iter()
                .map(|episode| EpisodeInfo {
                    id: episode.id.into(),
                    title: episode.title.get(lang).into(),
                    summary: episode.summary.get(lang).into(),
                    minutes: episode.minutes,
                    competences: episode
                        .competences
                        .iter()
                        .map(|c| (*c).to_owned())
                        .collect(),
                    min_level: 1,
                    max_level: 3,
                })
                .collect(),
        }
    }

    fn start(request: StartRequest) -> Result<Step, GameError> {
        Self::episode(&request)?;
        flow::start(&request)
    }

    fn act(state: Vec<u8>, action: Action) -> Result<Step, GameError> {
        flow::act(&state, &action)
    }
}

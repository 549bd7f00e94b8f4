//! Postfach-Profi: triage a job centre's mailbox – spot phishing and CEO fraud, judge
//! attachments and links, forward and reply within social data secrecy, file mails and set
//! sensible inbox rules.
//!
//! Three episodes, each levels 1..=3; the seed varies mails, names and option order.

mod cast;
mod content;
mod filing;
mod flow;
mod phishing;
mod sharing;
mod task;

use digifit_game_sdk::{Action, EpisodeInfo, Game, GameError, GameInfo, Lang, StartRequest, Step};

pub use content::{EPISODES, tasks};
pub use task::{Kind, Task};

/// The game; every call of the host lands in one of its three functions.
#[derive(Debug)]
pub struct PostfachProfi;

digifit_game_sdk::register_game!(PostfachProfi);

impl Game for PostfachProfi {
    fn meta(locale: &str) -> GameInfo {
        let lang = Lang::from_locale(locale);
        GameInfo {
            id: "postfach-profi".into(),
            name: lang.pick("Postfach-Profi", "Mailbox pro").into(),
            version: env!("CARGO_PKG_VERSION").into(),
            description: lang
                .pick(
                    "Bearbeiten Sie ein realistisches Dienstpostfach: Phishing erkennen, \
                     datenschutzgerecht weiterleiten und antworten, Mails ablegen und Regeln setzen.",
                    "Work through a realistic office mailbox: spot phishing, forward and reply \
                     in line with data protection, file mails and set rules.",
                )
                .into(),
            locales: Lang::LOCALES.map(String::from).into(),
            episodes: EPISODES
                .iter()
                .map(|episode| EpisodeInfo {
                    id: episode.id.into(),
                    title: lang.pick(episode.title.0, episode.title.1).into(),
                    summary: lang.pick(episode.summary.0, episode.summary.1).into(),
                    minutes: episode.minutes,
                    competences: episode.competences.iter().map(|c| (*c).into()).collect(),
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

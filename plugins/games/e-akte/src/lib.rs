//! E-Akte: a digifit game on filing incoming documents into the electronic file – file plan,
//! naming convention, metadata, versions, retention and deletion, and need-to-know access.
//!
//! Three episodes, each with levels 1..=3; the seed varies the customers, numbers, item order
//! and option order. Every answer is judged and explained, and the episode ends with a
//! debriefing.

mod cast;
mod content;
mod flow;
mod item;
pub mod solutions;

use digifit_game_sdk::{Action, EpisodeInfo, Game, GameError, GameInfo, Lang, StartRequest, Step};

use content::EPISODES;

/// The game; every call of the host lands in one of its three functions.
#[derive(Debug)]
pub struct EAkte;

digifit_game_sdk::register_game!(EAkte);

/// The ids of the episodes, in the order `meta` lists them.
pub const EPISODE_IDS: [&str; 3] = ["posteingang", "versionen-und-fristen", "need-to-know"];

impl Game for EAkte {
    fn meta(locale: &str) -> GameInfo {
        let lang = Lang::from_locale(locale);
        GameInfo {
            id: "e-akte".into(),
            name: lang.pick("E-Akte", "E-file").to_owned(),
            version: "0.1.0".into(),
            description: lang
                .pick(
                    "Legen Sie eingehende Dokumente richtig in der E-Akte ab: Aktenplan, \
                 Namenskonvention, Metadaten, Versionen, Aufbewahrung und Löschung, und wer was \
                 sehen darf.",
                    "File incoming documents correctly in the electronic file: file plan, naming \
                 convention, metadata, versions, retention and deletion, and who may see what.",
                )
                .to_owned(),
            locales: Lang::LOCALES.map(String::from).into(),
            episodes: EPISODES
                .iter()
                .map(|e| EpisodeInfo {
                    id: e.id().into(),
                    title: e.title(lang).into(),
                    summary: e.summary(lang).into(),
                    minutes: 8,
                    competences: e.competences().iter().map(|c| (*c).to_owned()).collect(),
                    min_level: 1,
                    max_level: 3,
                })
                .collect(),
        }
    }

    fn start(request: StartRequest) -> Result<Step, GameError> {
        flow::start(&request)
    }

    fn act(state: Vec<u8>, action: Action) -> Result<Step, GameError> {
        flow::act(&state, &action)
    }
}

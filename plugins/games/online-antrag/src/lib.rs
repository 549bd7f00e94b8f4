//! online-antrag: guide a customer of Jobcenter Musterstadt through an online application –
//! find the official portal, fill in the form, upload the right documents, solve technical
//! problems and know when help in person is better.
//!
//! Three episodes (see [`content`]) pose items of five kinds (see [`task`]); [`flow`] runs each
//! play-through as question → feedback per item, then a debriefing. The seed varies the
//! customer, numbers, item order and option order; the level adds items, options and subtler
//! distractors.

mod content;
mod flow;
mod formular;
mod lang;
mod quelle;
mod task;
mod technik;
mod vars;

use digifit_game_sdk::{Action, EpisodeInfo, Game, GameError, GameInfo, Lang, StartRequest, Step};

use content::EPISODES;

pub use flow::solve;

/// The game; every call of the host lands in one of its three functions.
#[derive(Debug)]
pub struct OnlineAntrag;

digifit_game_sdk::register_game!(OnlineAntrag);

/// The game's id.
pub const GAME_ID: &str = "online-antrag";

/// The episode ids, in meta's order.
pub const EPISODE_IDS: [&str; 3] = ["quelle-pruefen", "formular-hochladen", "technik-hilfe"];

impl Game for OnlineAntrag {
    fn meta(locale: &str) -> GameInfo {
        let lang = Lang::from_locale(locale);
        GameInfo {
            id: GAME_ID.into(),
            name: lang.pick("Online-Antrag", "Online application").into(),
            version: env!("CARGO_PKG_VERSION").into(),
            description: lang
                .pick(
                    "Begleiten Sie Kundinnen und Kunden durch einen Online-Antrag: verlässliche \
                     Quellen finden, das Formular richtig ausfüllen, Nachweise datensparsam \
                     hochladen, technische Probleme lösen – und erkennen, wann persönliche \
                     Hilfe besser ist.",
                    "Guide customers through an online application: find reliable sources, fill \
                     in the form correctly, upload evidence sparingly, solve technical problems \
                     – and recognise when help in person is better.",
                )
                .into(),
            locales: Lang::LOCALES.map(String::from).into(),
            episodes: EPISODES
                .iter()
                .map(|episode| EpisodeInfo {
                    id: episode.id().into(),
                    title: episode.title(lang).into(),
                    summary: episode.summary(lang).into(),
                    minutes: 8,
                    competences: episode
                        .competences()
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
        flow::start(&request)
    }

    fn act(state: Vec<u8>, action: Action) -> Result<Step, GameError> {
        flow::act(&state, &action)
    }
}

//! barrierefrei („Dokumente für alle“): a digifit game on creating content at a job centre –
//! accessible letters, flyers and PDFs, pictures with the right licences and people's consent,
//! and an AI assistant used responsibly (DigComp area 3, digital content creation).
//!
//! `content` defines the building blocks, `schreiben`, `lizenzen` and `ki` the three episodes,
//! `cast` the people and numbers the seed picks, `task` shows and judges one item (with
//! `sozialdaten` for rewritten AI requests), and `flow` runs a play-through. The seed varies
//! the people, dates, numbers, item order and option order; the level adds items, options and
//! subtler distractors.

mod cast;
pub mod content;
mod flow;
mod ki;
mod lizenzen;
mod schreiben;
mod sozialdaten;
mod task;

use digifit_game_sdk::{Action, EpisodeInfo, Game, GameError, GameInfo, Lang, StartRequest, Step};

use content::EPISODES;

pub use flow::{BEGIN, NEXT};
pub use task::CHECK;

/// The game's id, also the first part of every item id.
pub const GAME_ID: &str = "barrierefrei";

/// The game; every call of the host lands in one of its three functions.
#[derive(Debug)]
pub struct Barrierefrei;

digifit_game_sdk::register_game!(Barrierefrei);

impl Game for Barrierefrei {
    fn meta(locale: &str) -> GameInfo {
        let lang = Lang::from_locale(locale);
        GameInfo {
            id: GAME_ID.into(),
            name: lang
                .pick("Dokumente für alle", "Documents for everyone")
                .into(),
            version: env!("CARGO_PKG_VERSION").into(),
            description: lang
                .pick(
                    "Erstellen Sie Briefe, Flyer und Webtexte, die alle lesen können: \
                     barrierefreie Dokumente, Bilder mit den richtigen Lizenzen und \
                     KI-Assistenten, verantwortungsvoll eingesetzt.",
                    "Create letters, flyers and web texts that everyone can read: accessible \
                     documents, pictures with the right licences, and AI assistants used \
                     responsibly.",
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

//! videocall: "Videocall & Kommunikation", a digifit game on choosing the right channel,
//! netiquette, sharing material accessibly and fixing audio, video and screen-sharing problems
//! in calls with employers and customers of a job centre.
//!
//! Three episodes (`plan-the-call`, `during-the-call`, `fix-the-tech`) each ask six to seven
//! items; the seed varies the people, the items' order and the options' order, the level adds
//! subtler options and more steps.

mod cast;
mod content;
mod flow;
mod item;
mod lang;

use digifit_game_sdk::{Action, EpisodeInfo, Game, GameError, GameInfo, Lang, StartRequest, Step};

use content::EPISODES;

/// The game; every call of the host lands in one of its three functions.
#[derive(Debug)]
pub struct Videocall;

digifit_game_sdk::register_game!(Videocall);

/// The game's id.
pub const GAME_ID: &str = "videocall";

impl Game for Videocall {
    fn meta(locale: &str) -> GameInfo {
        let lang = Lang::from_locale(locale);
        GameInfo {
            id: GAME_ID.into(),
            name: lang
                .pick("Videocall & Kommunikation", "Video calls & communication")
                .into(),
            version: env!("CARGO_PKG_VERSION").into(),
            description: lang
                .pick(
                    "Gespräche mit Arbeitgebern und Kundschaft per Video und Telefon vorbereiten \
                     und führen: den passenden Kanal wählen, Netiquette, Material barrierefrei \
                     teilen und Technikprobleme Schritt für Schritt lösen.",
                    "Prepare and hold calls with employers and customers by video and phone: \
                     choose the right channel, netiquette, share material accessibly and fix \
                     technical problems step by step.",
                )
                .into(),
            locales: Lang::LOCALES.map(String::from).into(),
            episodes: EPISODES
                .iter()
                .map(|e| EpisodeInfo {
                    id: e.id.into(),
                    title: e.title.get(lang).into(),
                    summary: e.summary.get(lang).into(),
                    minutes: e.minutes,
                    competences: e.competences.iter().map(|c| (*c).to_owned()).collect(),
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

/// A right or a wrong answer to the item shown in widget `key` of `episode` at `level`, as
/// (button, fields); `None` for an unknown item. For tests and demonstrations.
pub fn sample_answer(
    episode: &str,
    key: &str,
    level: u8,
    right: bool,
) -> Option<(String, Vec<(String, String)>)> {
    let (_, def) = content::episode(episode)?;
    let item = def.items.iter().find(|i| i.key == key)?;
    Some(item.sample_answer(level, right))
}

/// The item keys of an episode and the competence each gives evidence for.
pub fn item_competences(episode: &str) -> Vec<(&'static str, &'static str)> {
    content::episode(episode)
        .map(|(_, def)| def.items.iter().map(|i| (i.key, i.competence)).collect())
        .unwrap_or_default()
}

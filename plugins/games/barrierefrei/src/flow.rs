//! The state machine of a play-through: introduction → (question → feedback) per item →
//! closing view with the outcome, and the state kept between calls.

use digifit_game_sdk::{
    Action, GameError, Lang, Outcome, SeededRng, StartRequest, Step, View, ViewBuilder,
    decode_state, encode_state, evidence,
};
use serde::{Deserialize, Serialize};

use crate::GAME_ID;
use crate::cast::Cast;
use crate::content::{self, Episode, Item};
use crate::task::{self, Ctx};

/// The button on the introduction.
pub const BEGIN: &str = "begin";
/// The button on a feedback.
pub const NEXT: &str = "next";

/// Where the player is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
enum Phase {
    Intro,
    Question,
    Feedback,
    Closing,
}

/// Everything later calls need; the host keeps it between calls as bytes. The cast is derived
/// from the seed again on every call, so it is not kept.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct State {
    lang: Lang,
    level: u8,
    seed: u64,
    episode: u8,
    /// Indices into the episode's items, in the order this seed gives.
    order: Vec<u8>,
    /// Index into `order` of the current item.
    position: u8,
    phase: Phase,
    /// One score per answered item, in the order of `order`.
    scores: Vec<f32>,
}

impl State {
    fn episode(&self) -> Result<&'static Episode, GameError> {
        content::EPISODES
            .get(usize::from(self.episode))
            .copied()
            .ok_or_else(|| GameError::InvalidState("unknown episode".into()))
    }

    fn item(&self, at: usize) -> Option<&'static Item> {
        let episode = self.episode().ok()?;
        let index = self.order.get(at)?;
        episode.items.get(usize::from(*index))
    }

    fn current(&self) -> Result<&'static Item, GameError> {
        self.item(usize::from(self.position))
            .ok_or_else(|| GameError::InvalidState("no current item".into()))
    }

    fn item_id(&self, item: &Item) -> String {
        let episode = self.episode().map_or("", |e| e.id);
        format!("{GAME_ID}/{episode}/{}/level-{}", item.id, self.level)
    }

    /// A view with the episode title and progress: introduction, one step per item, closing.
    fn view(&self, cast: &Cast) -> ViewBuilder {
        let total = self.order.len() + 2;
        let current = match self.phase {
            Phase::Intro => 1,
            Phase::Question | Phase::Feedback => usize::from(self.position) + 2,
            Phase::Closing => total,
        }
        .min(total);
        let title = self
            .episode()
            .map_or(String::new(), |e| cast.fill(self.lang, e.title));
        ViewBuilder::new(&title).progress(
            u16::try_from(current).unwrap_or(1),
            u16::try_from(total).unwrap_or(1),
        )
    }

    /// The state is one that `start` and `act` can have produced.
    fn is_consistent(&self) -> bool {
        let Ok(episode) = self.episode() else {
            return false;
        };
        let answered = match self.phase {
            Phase::Intro => 0,
            Phase::Question => usize::from(self.position),
            Phase::Feedback => usize::from(self.position) + 1,
            Phase::Closing => self.order.len(),
        };
        (1..=3).contains(&self.level)
            && !self.order.is_empty()
            && usize::from(self.position) < self.order.len()
            && self.scores.len() == answered
            && self
                .order
                .iter()
                .all(|index| episode.items.get(usize::from(*index)).is_some())
    }
}

/// Starts an episode that `meta` lists.
pub fn start(request: &StartRequest) -> Result<Step, GameError> {
    let index = content::EPISODES
        .iter()
        .position(|episode| episode.id == request.episode)
        .ok_or_else(|| GameError::UnknownEpisode(request.episode.clone()))?;
    let episode = content::EPISODES
        .get(index)
        .copied()
        .ok_or_else(|| GameError::UnknownEpisode(request.episode.clone()))?;
    let level = request.level.clamp(1, 3);
    let mut order: Vec<u8> = episode
        .items
        .iter()
        .enumerate()
        .filter(|(_, item)| item.min_level <= level)
        .filter_map(|(at, _)| u8::try_from(at).ok())
        .collect();
    SeededRng::for_purpose(request.seed, "item-order").shuffle(&mut order);
    let state = State {
        lang: Lang::from_locale(&request.locale),
        level,
        seed: request.seed,
        episode: u8::try_from(index).unwrap_or(0),
        order,
        position: 0,
        phase: Phase::Intro,
        scores: Vec::new(),
    };
    let cast = Cast::new(state.seed);
    Ok(Step::new(
        encode_state(&state)?,
        intro(&state, &cast, episode),
    ))
}

fn intro(state: &State, cast: &Cast, episode: &Episode) -> View {
    let lang = state.lang;
    state
        .view(cast)
        .heading(&cast.fill(lang, episode.title))
        .text(&cast.fill(lang, episode.scenario))
        .text(lang.pick(
            "Es gibt keine Zeitbegrenzung. Nach jeder Antwort erfahren Sie, warum sie richtig \
             oder falsch war – Fehler sind hier ausdrücklich erlaubt.",
            "There is no time limit. After every answer you learn why it was right or wrong – \
             mistakes are explicitly allowed here.",
        ))
        .primary_button(BEGIN, lang.pick("Los geht's", "Let's start"))
        .build()
}

/// Applies one action of the player.
pub fn act(bytes: &[u8], action: &Action) -> Result<Step, GameError> {
    let mut state: State = decode_state(bytes)?;
    if !state.is_consistent() {
        return Err(GameError::InvalidState("the state is inconsistent".into()));
    }
    let cast = Cast::new(state.seed);
    let lang = state.lang;
    let wrong_button = || {
        GameError::InvalidAction(
            lang.pick(
                "Diese Schaltfläche passt nicht zu dieser Ansicht. Bitte wählen Sie die \
                 angebotene.",
                "That button does not belong to this screen. Please choose the one offered.",
            )
            .into(),
        )
    };
    match state.phase {
        Phase::Intro if action.button == BEGIN => {
            state.phase = Phase::Question;
            Ok(Step::new(encode_state(&state)?, question(&state, &cast)?))
        }
        Phase::Question => {
            let item = state.current()?;
            let ctx = ctx(&state, &cast);
            let judgement = task::judge(item, action, &ctx)?;
            state.scores.push(judgement.score);
            state.phase = Phase::Feedback;
            let last = usize::from(state.position) + 1 >= state.order.len();
            let view = state
                .view(&cast)
                .feedback(judgement.verdict, &judgement.title, &judgement.explanation)
                .primary_button(
                    NEXT,
                    if last {
                        lang.pick("Zum Abschluss", "Finish the episode")
                    } else {
                        lang.pick("Weiter", "Continue")
                    },
                )
                .build();
            let proof = evidence(&state.item_id(item), item.competence, judgement.score);
            Ok(Step::new(encode_state(&state)?, view).with_evidence([proof]))
        }
        Phase::Feedback if action.button == NEXT => {
            if usize::from(state.position) + 1 < state.order.len() {
                state.position += 1;
                state.phase = Phase::Question;
                Ok(Step::new(encode_state(&state)?, question(&state, &cast)?))
            } else {
                state.phase = Phase::Closing;
                let (view, outcome) = closing(&state, &cast)?;
                Ok(Step::new(encode_state(&state)?, view).with_outcome(outcome))
            }
        }
        Phase::Closing => Err(GameError::InvalidAction(
            lang.pick("Die Episode ist beendet.", "The episode is over.")
                .into(),
        )),
        Phase::Intro | Phase::Feedback => Err(wrong_button()),
    }
}

fn ctx<'a>(state: &State, cast: &'a Cast) -> Ctx<'a> {
    Ctx {
        lang: state.lang,
        level: state.level,
        seed: state.seed,
        cast,
    }
}

fn question(state: &State, cast: &Cast) -> Result<View, GameError> {
    let item = state.current()?;
    Ok(task::ask(state.view(cast), item, &ctx(state, cast)).build())
}

/// The last view and the outcome. The host shows the outcome (summary, what went well, what
/// to learn) below the view, so the view only closes the episode in a few words and repeats
/// none of it.
fn closing(state: &State, cast: &Cast) -> Result<(View, Outcome), GameError> {
    let lang = state.lang;
    let episode = state.episode()?;
    // An episode has a handful of items, so the count converts to f32 exactly.
    #[allow(clippy::cast_precision_loss)]
    let score = state.scores.iter().sum::<f32>() / state.scores.len().max(1) as f32;
    // The host shows the score above the summary, so the summary gives only the game's
    // message; the episode's own closing words stand in the view.
    let summary = lang.pick(
        "Verständliche, barrierefreie und rechtlich saubere Dokumente erreichen alle Menschen, \
         für die das Jobcenter schreibt.",
        "Clear, accessible and legally sound documents reach everyone the job centre writes \
         for.",
    );
    let mut outcome = Outcome::new(score, summary);
    for (at, score) in state.scores.iter().enumerate() {
        let Some(item) = state.item(at) else { continue };
        let line = format!(
            "**{}**: {}",
            cast.fill(lang, item.title),
            cast.fill(lang, item.lesson)
        );
        outcome = if *score >= 1.0 {
            outcome.went_well(&line)
        } else {
            outcome.to_learn(&line)
        };
    }
    let view = state
        .view(cast)
        .heading(lang.pick("Episode abgeschlossen", "Episode complete"))
        .text(&cast.fill(lang, episode.closing))
        .build();
    Ok((view, outcome))
}

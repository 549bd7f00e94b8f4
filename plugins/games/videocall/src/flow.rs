//! The state machine of a play-through: question → feedback per item, then the debriefing.

use digifit_game_sdk::{
    Action, GameError, Lang, Outcome, SeededRng, StartRequest, Step, View, ViewBuilder,
    decode_state, encode_state, evidence, mean_score,
};
use serde::{Deserialize, Serialize};

use crate::cast::Cast;
use crate::content::{EPISODES, EpisodeDef, episode};
use crate::item::{ItemDef, invalid};

/// The button that leaves a feedback.
pub const NEXT: &str = "next";

/// Where the player is within the current item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
enum Phase {
    Question,
    Feedback,
    Debriefing,
}

/// Everything later calls need; the host keeps it between calls as bytes.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct State {
    lang: Lang,
    level: u8,
    seed: u64,
    episode: u8,
    /// Indices into the episode's items, in the order this seed and level give.
    order: Vec<u8>,
    position: u8,
    phase: Phase,
    /// The score of every item answered so far, in `order`.
    scores: Vec<f32>,
}

impl State {
    fn episode(&self) -> Result<&'static EpisodeDef, GameError> {
        EPISODES
            .get(usize::from(self.episode))
            .ok_or_else(|| GameError::InvalidState("unknown episode in the state".into()))
    }

    fn item(&self) -> Option<&'static ItemDef> {
        let episode = EPISODES.get(usize::from(self.episode))?;
        let index = self.order.get(usize::from(self.position))?;
        episode.items.get(usize::from(*index))
    }
}

/// The items a play-through asks: all at levels 2 and 3; at level 1 one fewer, dropped so that
/// every competence of the episode keeps an item. The seed picks the dropped item and the order.
fn item_order(episode: &EpisodeDef, seed: u64, level: u8) -> Vec<u8> {
    let mut rng = SeededRng::for_purpose(seed, "items");
    let mut order: Vec<u8> = (0..episode.items.len())
        .filter_map(|i| u8::try_from(i).ok())
        .collect();
    if level <= 1 {
        let droppable: Vec<u8> = order
            .iter()
            .copied()
            .filter(|i| {
                let competence = episode.items.get(usize::from(*i)).map(|it| it.competence);
                episode
                    .items
                    .iter()
                    .filter(|it| Some(it.competence) == competence)
                    .count()
                    > 1
            })
            .collect();
        if let Some(drop) = rng.pick(&droppable).copied() {
            order.retain(|i| *i != drop);
        }
    }
    rng.shuffle(&mut order);
    order
}

/// Starts an episode.
pub fn start(request: &StartRequest) -> Result<Step, GameError> {
    let (index, def) = episode(&request.episode)
        .ok_or_else(|| GameError::UnknownEpisode(request.episode.clone()))?;
    let level = request.level.clamp(1, 3);
    let state = State {
        lang: Lang::from_locale(&request.locale),
        level,
        seed: request.seed,
        episode: u8::try_from(index).unwrap_or_default(),
        order: item_order(def, request.seed, level),
        position: 0,
        phase: Phase::Question,
        scores: Vec::new(),
    };
    Ok(Step::new(encode_state(&state)?, question_view(&state)?))
}

/// Applies one action of the player.
pub fn act(bytes: &[u8], action: &Action) -> Result<Step, GameError> {
    let mut state: State = decode_state(bytes)?;
    let lang = state.lang;
    let def = state.episode()?;
    if state.order.len() > def.items.len() || state.scores.len() > state.order.len() {
        return Err(GameError::InvalidState("inconsistent state".into()));
    }
    let cast = Cast::for_seed(state.seed);
    match (state.phase, state.item()) {
        (Phase::Question, Some(item)) => {
            let judgement = item.judge(action, lang, state.level, &cast)?;
            state.scores.push(judgement.score);
            state.phase = Phase::Feedback;
            let last = usize::from(state.position) + 1 >= state.order.len();
            // The feedback's title is the item's title, so the view shows no heading too.
            let view = progress(&state, def)
                .feedback(judgement.verdict, &judgement.title, &judgement.explanation)
                .primary_button(
                    NEXT,
                    if last {
                        lang.pick("Zur Auswertung", "See the results")
                    } else {
                        lang.pick("Weiter", "Continue")
                    },
                )
                .build();
            let evidence = evidence(
                &item.id(def.id, state.level),
                item.competence,
                judgement.score,
            );
            Ok(Step::new(encode_state(&state)?, view).with_evidence([evidence]))
        }
        (Phase::Feedback, Some(_)) => {
            if action.button != NEXT {
                return Err(invalid(
                    lang,
                    (
                        "Bitte gehen Sie mit „Weiter“ zum nächsten Schritt.",
                        "Please go on with “Continue”.",
                    ),
                ));
            }
            state.position = state.position.saturating_add(1);
            if usize::from(state.position) < state.order.len() {
                state.phase = Phase::Question;
                Ok(Step::new(encode_state(&state)?, question_view(&state)?))
            } else {
                state.phase = Phase::Debriefing;
                let (view, outcome) = debriefing(&state, def);
                Ok(Step::new(encode_state(&state)?, view).with_outcome(outcome))
            }
        }
        (Phase::Debriefing, _) => Err(invalid(
            lang,
            ("Die Episode ist beendet.", "The episode is over."),
        )),
        (_, None) => Err(GameError::InvalidState("no current item".into())),
    }
}

/// A view with the episode's title and the progress: one step per item, then the debriefing.
fn progress(state: &State, def: &EpisodeDef) -> ViewBuilder {
    let total = state.order.len() + 1;
    let current = (usize::from(state.position) + 1).min(total);
    ViewBuilder::new(def.title.get(state.lang)).progress(
        u16::try_from(current).unwrap_or(1),
        u16::try_from(total).unwrap_or(1),
    )
}

fn question_view(state: &State) -> Result<View, GameError> {
    let def = state.episode()?;
    let item = state
        .item()
        .ok_or_else(|| GameError::InvalidState("no current item".into()))?;
    let cast = Cast::for_seed(state.seed);
    Ok(item
        .ask(
            progress(state, def),
            state.lang,
            state.level,
            state.seed,
            &cast,
        )
        .build())
}

fn debriefing(state: &State, def: &EpisodeDef) -> (View, Outcome) {
    let lang = state.lang;
    let cast = Cast::for_seed(state.seed);
    let answered: Vec<(&ItemDef, f32)> = state
        .order
        .iter()
        .zip(&state.scores)
        .filter_map(|(i, s)| def.items.get(usize::from(*i)).map(|item| (item, *s)))
        .collect();
    let records: Vec<_> = answered
        .iter()
        .map(|(item, s)| evidence(&item.id(def.id, state.level), item.competence, *s))
        .collect();
    let score = mean_score(&records);
    let solved = answered.iter().filter(|(_, s)| *s >= 0.999).count();
    // The host shows the score above the summary; the count of situations is the game's own.
    let summary = lang
        .pick(
            "{solved} von {total} Situationen haben Sie ganz richtig gelöst. Jede Antwort wurde \
             erklärt – spielen Sie die Episode gern erneut: Personen, Reihenfolge und Antworten \
             wechseln.",
            "You solved {solved} of {total} situations fully. Every answer was explained – feel \
             free to play again: people, order and answers change.",
        )
        .replace("{solved}", &solved.to_string())
        .replace("{total}", &answered.len().to_string());
    let mut outcome = Outcome::new(score, &summary);
    for (item, s) in &answered {
        outcome = if *s >= 0.999 {
            outcome.went_well(&cast.fill(item.went_well.get(lang), lang))
        } else {
            outcome.to_learn(&cast.fill(item.to_learn.get(lang), lang))
        };
    }
    // The host shows the outcome (summary, what went well, what to learn) below this view.
    let view = progress(state, def).episode_complete(lang).build();
    (view, outcome)
}

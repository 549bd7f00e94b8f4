//! The state machine of a play-through: question → feedback per item, then the debriefing.

use digifit_game_sdk::{
    Action, GameError, Lang, Outcome, SeededRng, StartRequest, Step, View, ViewBuilder,
    decode_state, encode_state, evidence, mean_score,
};
use serde::{Deserialize, Serialize};

use crate::cast::Cast;
use crate::content::Episode;
use crate::item::Item;

/// Button ids.
pub const CHECK: &str = "check";
pub const NEXT: &str = "next";

/// Where the player is within an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Phase {
    Question,
    Feedback,
    Debriefing,
}

/// Everything a later call needs; the items themselves are rebuilt from the seed.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct State {
    pub lang: Lang,
    pub episode: Episode,
    pub level: u8,
    pub seed: u64,
    /// Indices into the episode's items for this level, in the order played.
    pub order: Vec<u8>,
    pub position: u8,
    pub phase: Phase,
    pub scores: Vec<f32>,
}

impl State {
    /// The items of this play-through, in the order played.
    pub fn items(&self) -> Vec<Item> {
        let pool = self
            .episode
            .items(&Cast::new(self.seed, self.lang, self.level));
        self.order
            .iter()
            .filter_map(|i| pool.get(usize::from(*i)).cloned())
            .collect()
    }

    /// The item asked now, if any.
    pub fn current(&self) -> Option<Item> {
        self.items().into_iter().nth(usize::from(self.position))
    }

    /// The evidence id of an item.
    pub fn item_id(&self, item: &Item) -> String {
        format!(
            "e-akte/{}/{}/level-{}",
            self.episode.id(),
            item.slug,
            self.level
        )
    }
}

/// Starts an episode.
pub fn start(request: &StartRequest) -> Result<Step, GameError> {
    let episode = Episode::from_id(&request.episode)
        .ok_or_else(|| GameError::UnknownEpisode(request.episode.clone()))?;
    let lang = Lang::from_locale(&request.locale);
    let level = request.level.clamp(1, 3);
    let count = episode
        .items(&Cast::new(request.seed, lang, level))
        .len()
        .min(usize::from(u8::MAX));
    let mut order: Vec<u8> = (0..count).filter_map(|i| u8::try_from(i).ok()).collect();
    SeededRng::for_purpose(request.seed, "item-order").shuffle(&mut order);
    let state = State {
        lang,
        episode,
        level,
        seed: request.seed,
        order,
        position: 0,
        phase: Phase::Question,
        scores: Vec::new(),
    };
    Ok(Step::new(encode_state(&state)?, question_view(&state)))
}

/// Applies one action.
pub fn act(bytes: &[u8], action: &Action) -> Result<Step, GameError> {
    let mut state: State = decode_state(bytes)?;
    let lang = state.lang;
    let item = state.current();
    match (state.phase, item, action.button.as_str()) {
        (Phase::Question, Some(item), CHECK) => {
            let judgement = item.judge(action, lang)?;
            state.scores.push(judgement.score);
            state.phase = Phase::Feedback;
            let last = usize::from(state.position) + 1 >= state.order.len();
            // The feedback's title is the item's heading, so the view shows no heading too.
            let view = frame(&state)
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
            let evidence = evidence(&state.item_id(&item), item.competence, judgement.score);
            Ok(Step::new(encode_state(&state)?, view).with_evidence([evidence]))
        }
        (Phase::Feedback, Some(_), NEXT) => {
            state.position = state.position.saturating_add(1);
            if usize::from(state.position) < state.order.len() {
                state.phase = Phase::Question;
                Ok(Step::new(encode_state(&state)?, question_view(&state)))
            } else {
                state.phase = Phase::Debriefing;
                let (view, outcome) = debriefing(&state);
                Ok(Step::new(encode_state(&state)?, view).with_outcome(outcome))
            }
        }
        (Phase::Debriefing, _, _) => Err(GameError::InvalidAction(
            lang.pick("Die Episode ist beendet.", "The episode is over.")
                .to_owned(),
        )),
        (Phase::Question, _, _) => Err(GameError::InvalidAction(
            lang.pick(
                "Bitte beantworten Sie zuerst die Aufgabe und wählen Sie dann „Antwort prüfen“.",
                "Please answer the task first, then choose “Check answer”.",
            )
            .to_owned(),
        )),
        _ => Err(GameError::InvalidAction(
            lang.pick("Bitte wählen Sie „Weiter“.", "Please choose “Continue”.")
                .to_owned(),
        )),
    }
}

/// A view with the episode's title and the progress: one step per item, then the debriefing.
fn frame(state: &State) -> ViewBuilder {
    let total = state.order.len() + 1;
    let current = (usize::from(state.position) + 1).min(total);
    ViewBuilder::new(state.episode.title(state.lang)).progress(
        u16::try_from(current).unwrap_or(1),
        u16::try_from(total).unwrap_or(1).max(1),
    )
}

fn question_view(state: &State) -> View {
    let lang = state.lang;
    let view = frame(state);
    let view = match state.current() {
        Some(item) => item.ask(view, state.seed, lang),
        None => view,
    };
    view.primary_button(CHECK, lang.pick("Antwort prüfen", "Check answer"))
        .build()
}

fn debriefing(state: &State) -> (View, Outcome) {
    let lang = state.lang;
    let items = state.items();
    let answered: Vec<_> = items
        .iter()
        .zip(&state.scores)
        .map(|(item, score)| evidence(&state.item_id(item), item.competence, *score))
        .collect();
    let score = mean_score(&answered);
    // The host shows the score above the summary, so the summary gives only the message.
    let summary = lang.pick(
        "Fehler gehören zum Lernen – die Erklärungen helfen Ihnen im Arbeitsalltag mit der \
         E-Akte.",
        "Mistakes are part of learning – the explanations help you in your daily work with the \
         e-file.",
    );
    let mut outcome = Outcome::new(score, summary);
    for (item, score) in items.iter().zip(&state.scores) {
        outcome = if *score >= 0.999 {
            outcome.went_well(&item.went_well)
        } else {
            outcome.to_learn(&item.to_learn)
        };
    }
    // The host shows the outcome (summary, what went well, what to learn) below this view.
    let view = frame(state).episode_complete(lang).build();
    (view, outcome)
}

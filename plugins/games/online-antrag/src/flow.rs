//! The state machine of a play-through: each item is asked, then judged with feedback; after
//! the last item comes the debriefing with the outcome.

use digifit_game_sdk::{
    Action, GameError, Lang, Outcome, SeededRng, StartRequest, Step, View, ViewBuilder,
    decode_state, encode_state, evidence,
};
use serde::{Deserialize, Serialize};

use crate::GAME_ID;
use crate::content::{Episode, Item};
use crate::task::{Context, Judgement, Task};
use crate::vars::Vars;

/// The button that leads on from a feedback.
const NEXT: &str = "next";

/// Where the player is within the current item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
enum Phase {
    Question,
    Feedback,
    Debriefing,
}

/// Everything later calls need; the content itself is rebuilt from episode, level and seed.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct State {
    lang: Lang,
    episode: u8,
    level: u8,
    seed: u64,
    /// Indices into the level's items, in the order this seed gives.
    order: Vec<u8>,
    /// Index into `order` of the current item.
    position: u8,
    phase: Phase,
    scores: Vec<f32>,
}

/// The episode, its customer details and the level's items of a state.
struct Play {
    episode: Episode,
    vars: Vars,
    items: Vec<Item>,
}

impl State {
    fn play(&self) -> Result<Play, GameError> {
        let episode = Episode::from_index(self.episode)
            .ok_or_else(|| GameError::InvalidState("unknown episode index".into()))?;
        let vars = Vars::new(self.seed);
        let items = episode.items(&vars, self.level);
        if self.order.iter().any(|i| usize::from(*i) >= items.len()) {
            return Err(GameError::InvalidState("item index out of range".into()));
        }
        Ok(Play {
            episode,
            vars,
            items,
        })
    }

    fn item<'a>(&self, play: &'a Play) -> Option<&'a Item> {
        let index = self.order.get(usize::from(self.position))?;
        play.items.get(usize::from(*index))
    }

    fn partner(&self, play: &Play) -> String {
        play.vars.fill_str(self.lang, "{kunde}")
    }
}

/// Starts an episode.
pub fn start(request: &StartRequest) -> Result<Step, GameError> {
    let episode = Episode::from_id(&request.episode)
        .ok_or_else(|| GameError::UnknownEpisode(request.episode.clone()))?;
    let level = request.level.clamp(1, 3);
    let vars = Vars::new(request.seed);
    let count = episode.items(&vars, level).len();
    let mut order: Vec<u8> = (0..count).filter_map(|i| u8::try_from(i).ok()).collect();
    SeededRng::for_purpose(request.seed, "item-order").shuffle(&mut order);
    let state = State {
        lang: Lang::from_locale(&request.locale),
        episode: episode.index(),
        level,
        seed: request.seed,
        order,
        position: 0,
        phase: Phase::Question,
        scores: Vec::new(),
    };
    let play = state.play()?;
    Ok(Step::new(
        encode_state(&state)?,
        question_view(&state, &play),
    ))
}

/// Applies one action to a state.
pub fn act(bytes: &[u8], action: &Action) -> Result<Step, GameError> {
    let mut state: State = decode_state(bytes)?;
    let play = state.play()?;
    let lang = state.lang;
    match (state.phase, state.item(&play)) {
        (Phase::Question, Some(item)) => {
            let partner = state.partner(&play);
            let cx = context(&state, &play, item, &partner);
            let judgement = item.task.judge(action, &cx)?;
            state.scores.push(judgement.score);
            state.phase = Phase::Feedback;
            let view = feedback_view(&state, &play, item, &judgement);
            let evidence = evidence(
                &item_id(play.episode, item, state.level),
                item.competence,
                judgement.score,
            );
            Ok(Step::new(encode_state(&state)?, view).with_evidence([evidence]))
        }
        (Phase::Feedback, Some(_)) if action.button == NEXT => {
            state.position = state.position.saturating_add(1);
            if usize::from(state.position) < state.order.len() {
                state.phase = Phase::Question;
                Ok(Step::new(
                    encode_state(&state)?,
                    question_view(&state, &play),
                ))
            } else {
                state.phase = Phase::Debriefing;
                let (view, outcome) = debriefing(&state, &play);
                Ok(Step::new(encode_state(&state)?, view).with_outcome(outcome))
            }
        }
        (Phase::Debriefing, _) => Err(GameError::InvalidAction(
            lang.pick("Die Episode ist beendet.", "The episode is over.")
                .into(),
        )),
        _ => Err(GameError::InvalidAction(
            lang.pick(
                "Diese Schaltfläche passt nicht zu dieser Ansicht. Bitte wählen Sie „Weiter“.",
                "That button does not belong to this screen. Please choose “Continue”.",
            )
            .into(),
        )),
    }
}

/// The stable id of an item on a level; the level changes the item, so it is part of the id.
pub fn item_id(episode: Episode, item: &Item, level: u8) -> String {
    format!("{GAME_ID}/{}/{}/level-{level}", episode.id(), item.key)
}

/// A right (or clearly wrong) answer to the view a state shows: the button and the fields.
/// Meant for tests and demonstrations; `None` when the state shows no question.
pub fn solve(bytes: &[u8], right: bool) -> Option<(String, Vec<(String, String)>)> {
    let state: State = decode_state(bytes).ok()?;
    let play = state.play().ok()?;
    if state.phase != Phase::Question {
        return None;
    }
    let item = state.item(&play)?;
    let partner = state.partner(&play);
    Some(
        item.task
            .solve(&context(&state, &play, item, &partner), right),
    )
}

fn context<'a>(state: &State, play: &'a Play, item: &'a Item, partner: &'a str) -> Context<'a> {
    Context {
        key: item.key,
        lang: state.lang,
        level: state.level,
        seed: state.seed,
        vars: &play.vars,
        partner,
    }
}

/// A view with the episode's title and the progress: one step per item, then the debriefing.
fn progress(state: &State, play: &Play) -> ViewBuilder {
    let total = state.order.len() + 1;
    let current = (usize::from(state.position) + 1).min(total);
    ViewBuilder::new(play.episode.title(state.lang)).progress(
        u16::try_from(current).unwrap_or(1),
        u16::try_from(total).unwrap_or(1),
    )
}

fn question_view(state: &State, play: &Play) -> View {
    let Some(item) = state.item(play) else {
        return progress(state, play).build();
    };
    let partner = state.partner(play);
    let cx = context(state, play, item, &partner);
    let view = progress(state, play)
        .heading(&play.vars.fill(state.lang, item.title))
        .text(&play.vars.fill(state.lang, item.scenario));
    item.task.ask(view, &cx).build()
}

fn feedback_view(state: &State, play: &Play, item: &Item, judgement: &Judgement) -> View {
    let lang = state.lang;
    let partner = state.partner(play);
    let cx = context(state, play, item, &partner);
    let mut view = progress(state, play);
    if let (Task::Dialogue { .. }, Some(reply)) = (&item.task, &judgement.reply) {
        view = view.dialogue(item.task.dialogue(&cx, Vec::new(), Some(reply)));
    }
    // The host writes the verdict („Richtig:“) before the title, so the title names the item;
    // a heading with the same title above it would say it twice.
    let title = play.vars.fill(lang, item.title);
    let explanation = format!(
        "{}\n\n{}",
        judgement.explanation,
        play.vars.fill(lang, item.explain)
    );
    let last = usize::from(state.position) + 1 >= state.order.len();
    view.feedback(judgement.verdict(), &title, &explanation)
        .primary_button(
            NEXT,
            if last {
                lang.pick("Zur Auswertung", "See the results")
            } else {
                lang.pick("Weiter", "Continue")
            },
        )
        .build()
}

fn debriefing(state: &State, play: &Play) -> (View, Outcome) {
    let lang = state.lang;
    let answered: Vec<_> = state
        .order
        .iter()
        .zip(&state.scores)
        .filter_map(|(index, score)| {
            let item = play.items.get(usize::from(*index))?;
            Some((item, *score))
        })
        .collect();
    let total: f32 = answered.iter().map(|(_, score)| score).sum();
    // An episode has a handful of items, so the count converts to f32 exactly.
    #[allow(clippy::cast_precision_loss)]
    let score = total / answered.len().max(1) as f32;
    // The host shows the score above the summary, so the summary gives only the message.
    let summary = play.vars.fill_str(
        lang,
        lang.pick(
            "Gute Begleitung bei Online-Anträgen spart {kunde} Wege, Geld und Ärger – und \
             schützt Sozialdaten.",
            "Good guidance with online applications saves {kunde} trips, money and trouble – \
             and protects social data.",
        ),
    );
    let mut outcome = Outcome::new(score, &summary);
    for (item, score) in &answered {
        let line = format!(
            "**{}**: {}",
            play.vars.fill(lang, item.title),
            play.vars.fill(lang, item.lesson)
        );
        outcome = if *score >= 0.999 {
            outcome.went_well(&line)
        } else {
            outcome.to_learn(&line)
        };
    }
    // The host shows the outcome (summary, what went well, what to learn) below this view.
    let view = progress(state, play).episode_complete(lang).build();
    (view, outcome)
}

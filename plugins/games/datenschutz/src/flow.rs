//! The state machine of a play-through: introduction → (question → feedback) per item →
//! debriefing, and the state kept between calls.

use digifit_game_sdk::{
    Action, GameError, Lang, Outcome, SeededRng, StartRequest, Step, View, ViewBuilder,
    decode_state, encode_state, evidence,
};
use serde::{Deserialize, Serialize};

use crate::content::{self, COLLEAGUES, CUSTOMERS, EMPLOYERS, Episode, Item};
use crate::task::{self, Ctx};

/// Button ids.
pub const BEGIN: &str = "begin";
pub const NEXT: &str = "next";

/// Where the player is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
enum Phase {
    Intro,
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
    names: [u8; 3],
    /// Indices into the episode's items, in the order this seed gives.
    order: Vec<u8>,
    position: u8,
    phase: Phase,
    scores: Vec<f32>,
}

impl State {
    fn episode(&self) -> Result<&'static Episode, GameError> {
        content::EPISODES
            .get(usize::from(self.episode))
            .copied()
            .ok_or_else(|| GameError::InvalidState("unknown episode".into()))
    }

    fn ctx(&self) -> Ctx {
        Ctx {
            lang: self.lang,
            level: self.level,
            seed: self.seed,
            names: self.names,
        }
    }

    fn item(&self, at: usize) -> Option<&'static Item> {
        let episode = self.episode().ok()?;
        let index = self.order.get(at)?;
        episode.items.get(usize::from(*index))
    }

    fn current(&self) -> Option<&'static Item> {
        self.item(usize::from(self.position))
    }

    fn item_id(&self, item: &Item) -> String {
        let episode = self.episode().map_or("", |e| e.id);
        format!("datenschutz/{episode}/{}/level-{}", item.id, self.level)
    }

    /// A view with the episode title and progress: intro, one step per item, debriefing.
    fn view(&self) -> ViewBuilder {
        let total = self.order.len() + 2;
        let current = match self.phase {
            Phase::Intro => 1,
            Phase::Question | Phase::Feedback => usize::from(self.position) + 2,
            Phase::Debriefing => total,
        }
        .min(total);
        let title = self
            .episode()
            .map_or(String::new(), |e| self.ctx().fill(e.title));
        ViewBuilder::new(&title).progress(
            u16::try_from(current).unwrap_or(1),
            u16::try_from(total).unwrap_or(1),
        )
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
    let mut order: Vec<u8> = (0..episode.items.len())
        .filter(|i| {
            episode
                .items
                .get(*i)
                .is_some_and(|item| item.min_level <= level)
        })
        .filter_map(|i| u8::try_from(i).ok())
        .collect();
    let mut rng = SeededRng::for_purpose(request.seed, "setup");
    rng.shuffle(&mut order);
    let name = |rng: &mut SeededRng, len: usize| u8::try_from(rng.index(len)).unwrap_or(0);
    let names = [
        name(&mut rng, CUSTOMERS.len()),
        name(&mut rng, COLLEAGUES.len()),
        name(&mut rng, EMPLOYERS.len()),
    ];
    let state = State {
        lang: Lang::from_locale(&request.locale),
        level,
        seed: request.seed,
        episode: u8::try_from(index).unwrap_or(0),
        names,
        order,
        position: 0,
        phase: Phase::Intro,
        scores: Vec::new(),
    };
    Ok(Step::new(encode_state(&state)?, intro(&state, episode)))
}

fn intro(state: &State, episode: &Episode) -> View {
    let ctx = state.ctx();
    state
        .view()
        .heading(&ctx.fill(episode.title))
        .text(&ctx.fill(episode.scenario))
        .text(ctx.lang.pick(
            "Es gibt keine Zeitbegrenzung. Nach jeder Antwort erfahren Sie, warum sie richtig \
             oder falsch war – Fehler sind hier ausdrücklich erlaubt.",
            "There is no time limit. After every answer you learn why it was right or wrong – \
             mistakes are explicitly allowed here.",
        ))
        .primary_button(BEGIN, ctx.lang.pick("Los geht's", "Let's start"))
        .build()
}

/// Applies one action of the player.
pub fn act(bytes: &[u8], action: &Action) -> Result<Step, GameError> {
    let mut state: State = decode_state(bytes)?;
    if state.order.is_empty() || state.level == 0 || state.level > 3 {
        return Err(GameError::InvalidState("the state is inconsistent".into()));
    }
    let ctx = state.ctx();
    let lang = state.lang;
    let wrong_button = || {
        GameError::InvalidAction(
            lang.pick(
                "Diese Schaltfläche passt nicht zu dieser Ansicht.",
                "That button does not belong to this screen.",
            )
            .into(),
        )
    };
    match state.phase {
        Phase::Intro if action.button == BEGIN => {
            state.phase = Phase::Question;
            Ok(Step::new(encode_state(&state)?, question(&state)?))
        }
        Phase::Question => {
            let item = state
                .current()
                .ok_or_else(|| GameError::InvalidState("no current item".into()))?;
            let judgement = task::judge(item, action, &ctx)?;
            state.scores.push(judgement.score);
            state.phase = Phase::Feedback;
            let last = usize::from(state.position) + 1 >= state.order.len();
            let view = state
                .view()
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
            let proof = evidence(&state.item_id(item), item.competence, judgement.score);
            Ok(Step::new(encode_state(&state)?, view).with_evidence([proof]))
        }
        Phase::Feedback if action.button == NEXT => {
            if usize::from(state.position) + 1 < state.order.len() {
                state.position += 1;
                state.phase = Phase::Question;
                Ok(Step::new(encode_state(&state)?, question(&state)?))
            } else {
                state.phase = Phase::Debriefing;
                let (view, outcome) = debriefing(&state)?;
                Ok(Step::new(encode_state(&state)?, view).with_outcome(outcome))
            }
        }
        Phase::Debriefing => Err(GameError::InvalidAction(
            lang.pick("Die Episode ist beendet.", "The episode is over.")
                .into(),
        )),
        Phase::Intro | Phase::Feedback => Err(wrong_button()),
    }
}

fn question(state: &State) -> Result<View, GameError> {
    let item = state
        .current()
        .ok_or_else(|| GameError::InvalidState("no current item".into()))?;
    Ok(task::ask(state.view(), item, &state.ctx()).build())
}

fn debriefing(state: &State) -> Result<(View, Outcome), GameError> {
    let ctx = state.ctx();
    let lang = state.lang;
    let count = state.scores.len().max(1);
    let score = state.scores.iter().sum::<f32>() / count as f32;
    // The host shows the score above the summary, so the summary gives only the message.
    let summary = lang.pick(
        "Datenschutz schützt die Menschen, die uns ihre Daten anvertrauen – und Sie selbst.",
        "Data protection protects the people who entrust us with their data – and yourself.",
    );
    let mut outcome = Outcome::new(score, summary);
    for (at, score) in state.scores.iter().enumerate() {
        let Some(item) = state.item(at) else { continue };
        outcome = if *score >= 1.0 {
            outcome.went_well(&ctx.fill(item.went_well))
        } else {
            outcome.to_learn(&ctx.fill(item.to_learn))
        };
    }
    // The host shows the outcome (summary, what went well, what to learn) below this view.
    let view = state.view().episode_complete(lang).build();
    Ok((view, outcome))
}

//! The state machine of a play-through: ask a task, show feedback, next task, debriefing.

use digifit_game_sdk::{
    Action, GameError, Lang, Outcome, StartRequest, Step, View, ViewBuilder, decode_state,
    encode_state, evidence,
};
use serde::{Deserialize, Serialize};

use crate::content::{EPISODES, tasks};
use crate::task::{Task, verdict};

const CHECK: &str = "check";
const NEXT: &str = "next";

/// Where the player is within the current task.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
enum Phase {
    Question,
    Feedback,
    Debriefing,
}

/// Everything later calls need; the tasks themselves are rebuilt from episode, level and seed.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct State {
    episode: String,
    lang: Lang,
    level: u8,
    seed: u64,
    position: usize,
    phase: Phase,
    /// (item slug, score) of every item answered so far.
    scores: Vec<(String, f32)>,
}

impl State {
    fn locale(&self) -> &'static str {
        self.lang.code()
    }

    fn tasks(&self) -> Result<Vec<Task>, GameError> {
        tasks(&self.episode, self.locale(), self.level, self.seed)
            .ok_or_else(|| GameError::InvalidState(format!("unknown episode {}", self.episode)))
    }

    fn item_id(&self, slug: &str) -> String {
        format!("postfach-profi/{}/{slug}", self.episode)
    }

    fn title(&self) -> &'static str {
        EPISODES
            .iter()
            .find(|e| e.id == self.episode)
            .map_or("Postfach-Profi", |e| self.lang.pick(e.title.0, e.title.1))
    }

    fn view(&self, total_tasks: usize) -> ViewBuilder {
        let total = total_tasks + 1;
        let current = (self.position + 1).min(total);
        ViewBuilder::new(self.title()).progress(
            u16::try_from(current).unwrap_or(u16::MAX),
            u16::try_from(total).unwrap_or(u16::MAX),
        )
    }
}

/// The first step of an episode.
pub fn start(request: &StartRequest) -> Result<Step, GameError> {
    let state = State {
        episode: request.episode.clone(),
        lang: Lang::from_locale(&request.locale),
        level: request.level.clamp(1, 3),
        seed: request.seed,
        position: 0,
        phase: Phase::Question,
        scores: Vec::new(),
    };
    let tasks = state.tasks()?;
    Ok(Step::new(encode_state(&state)?, question(&state, &tasks)))
}

/// Applies one action to a state.
pub fn act(bytes: &[u8], action: &Action) -> Result<Step, GameError> {
    let mut state: State = decode_state(bytes)?;
    let lang = state.lang;
    let tasks = state.tasks()?;
    let task = tasks.get(state.position);
    match (state.phase, task, action.button.as_str()) {
        (Phase::Question, Some(task), CHECK) => {
            let judged = task.judge(action, lang)?;
            let mut view = state.view(tasks.len());
            if task.judges_each_mail() {
                view = view.heading(&task.title);
            }
            let mut given = Vec::new();
            for item in &judged {
                view = view.feedback(verdict(item.score), &item.title, &item.explanation);
                state.scores.push((item.slug.to_owned(), item.score));
                given.push(evidence(
                    &state.item_id(item.slug),
                    item.competence,
                    item.score,
                ));
            }
            state.phase = Phase::Feedback;
            let last = state.position + 1 == tasks.len();
            let view = view
                .primary_button(
                    NEXT,
                    if last {
                        lang.pick("Zur Auswertung", "See the results")
                    } else {
                        lang.pick("Weiter", "Continue")
                    },
                )
                .build();
            Ok(Step::new(encode_state(&state)?, view).with_evidence(given))
        }
        (Phase::Feedback, Some(_), NEXT) => {
            state.position += 1;
            if state.position < tasks.len() {
                state.phase = Phase::Question;
                Ok(Step::new(encode_state(&state)?, question(&state, &tasks)))
            } else {
                state.phase = Phase::Debriefing;
                let (view, outcome) = debriefing(&state, &tasks);
                Ok(Step::new(encode_state(&state)?, view).with_outcome(outcome))
            }
        }
        (Phase::Debriefing, _, _) => Err(GameError::InvalidAction(
            lang.pick("Die Episode ist beendet.", "The episode is over.")
                .into(),
        )),
        _ => Err(GameError::InvalidAction(
            lang.pick(
                "Diese Schaltfläche passt nicht zu dieser Ansicht.",
                "That button does not belong to this screen.",
            )
            .into(),
        )),
    }
}

fn question(state: &State, tasks: &[Task]) -> View {
    let lang = state.lang;
    let view = state.view(tasks.len());
    let view = match tasks.get(state.position) {
        Some(task) => task.ask(view, lang),
        None => view,
    };
    view.primary_button(CHECK, lang.pick("Antwort prüfen", "Check answer"))
        .build()
}

fn debriefing(state: &State, tasks: &[Task]) -> (View, Outcome) {
    let lang = state.lang;
    let count = state.scores.len().max(1);
    let score = state.scores.iter().map(|(_, s)| *s).sum::<f32>() / count as f32;
    // The host shows the score above the summary, so the summary gives only the message.
    let summary = lang.pick(
        "Ein aufmerksamer Umgang mit dem Postfach schützt die Sozialdaten unserer Kundinnen und \
         Kunden und das Netz des Jobcenters.",
        "Handling the mailbox with care protects our customers' social data and the job \
         centre's network.",
    );
    let mut outcome = Outcome::new(score, summary);
    for task in tasks {
        for (slug, _, lesson) in task.items() {
            let solved = state
                .scores
                .iter()
                .find(|(s, _)| s == slug)
                .is_some_and(|(_, s)| *s >= 0.999);
            outcome = if solved {
                outcome.went_well(lesson)
            } else {
                outcome.to_learn(lesson)
            };
        }
    }
    // The host shows the outcome (summary, what went well, what to learn) below this view.
    let view = state.view(tasks.len()).episode_complete(lang).build();
    (view, outcome)
}

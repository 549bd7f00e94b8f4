//! hello-quiz: the smallest complete digifit game plugin. One episode, "first-steps", asks two
//! questions (a phishing mail's sender address, strong passwords), explains every answer and
//! ends with a debriefing.
//!
//! The flow per item is question → feedback; after the last item comes the debriefing. The
//! seed decides the order of the items and of their options; the level makes the phishing
//! address subtler and adds weak passwords.

mod items;

use digifit_game_sdk::{
    Action, EpisodeInfo, Game, GameError, GameInfo, Lang, Outcome, SeededRng, StartRequest, Step,
    View, ViewBuilder, decode_state, encode_state, evidence, mean_score,
};
use serde::{Deserialize, Serialize};

use items::Item;

/// The game; every call of the host lands in one of its three functions.
#[derive(Debug)]
pub struct HelloQuiz;

digifit_game_sdk::register_game!(HelloQuiz);

/// The only episode.
pub const EPISODE: &str = "first-steps";

/// The questions of the episode; the seed shuffles their order.
const ITEMS: [Item; 2] = [Item::SenderAddress, Item::StrongPasswords];

/// Button ids.
const CHECK: &str = "check";
const NEXT: &str = "next";

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
    /// The items in the order this seed gives.
    order: Vec<Item>,
    /// Index into `order` of the current item.
    position: usize,
    phase: Phase,
    /// The score of every item answered so far, in `order`.
    scores: Vec<f32>,
}

impl Game for HelloQuiz {
    fn meta(locale: &str) -> GameInfo {
        let lang = Lang::from_locale(locale);
        GameInfo {
            id: "hello-quiz".into(),
            name: lang.pick("Hallo-Quiz", "Hello quiz").into(),
            version: env!("CARGO_PKG_VERSION").into(),
            description: lang
                .pick(
                    "Ein kurzes Quiz zu Phishing und Passwörtern – das Beispiel-Plugin.",
                    "A short quiz on phishing and passwords – the example plugin.",
                )
                .into(),
            locales: Lang::LOCALES.map(String::from).into(),
            episodes: vec![EpisodeInfo {
                id: EPISODE.into(),
                title: lang.pick("Erste Schritte", "First steps").into(),
                summary: lang
                    .pick(
                        "Erkennen Sie eine gefälschte Absenderadresse und starke Passwörter?",
                        "Can you spot a fake sender address and strong passwords?",
                    )
                    .into(),
                minutes: 5,
                competences: vec!["4.2".into(), "4.1".into()],
                min_level: 1,
                max_level: 3,
            }],
        }
    }

    fn start(request: StartRequest) -> Result<Step, GameError> {
        Self::episode(&request)?;
        let mut order = ITEMS.to_vec();
        SeededRng::for_purpose(request.seed, "item-order").shuffle(&mut order);
        let state = State {
            lang: Lang::from_locale(&request.locale),
            level: request.level.clamp(1, 3),
            seed: request.seed,
            order,
            position: 0,
            phase: Phase::Question,
            scores: Vec::new(),
        };
        Ok(Step::new(encode_state(&state)?, question_view(&state)))
    }

    fn act(state: Vec<u8>, action: Action) -> Result<Step, GameError> {
        let mut state: State = decode_state(&state)?;
        let lang = state.lang;
        let item = state.order.get(state.position).copied();
        match (state.phase, item, action.button.as_str()) {
            (Phase::Question, Some(item), CHECK) => {
                let judgement = item.judge(&action, lang, state.level)?;
                state.scores.push(judgement.score);
                state.phase = Phase::Feedback;
                let last = state.position + 1 == state.order.len();
                let view = progress(&state)
                    .feedback(judgement.verdict, judgement.title, &judgement.explanation)
                    .primary_button(
                        NEXT,
                        if last {
                            lang.pick("Zur Auswertung", "See the results")
                        } else {
                            lang.pick("Weiter", "Continue")
                        },
                    )
                    .build();
                let evidence = evidence(&item.id(state.level), item.competence(), judgement.score);
                Ok(Step::new(encode_state(&state)?, view).with_evidence([evidence]))
            }
            (Phase::Feedback, Some(_), NEXT) => {
                state.position += 1;
                if state.position < state.order.len() {
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
}

/// A view with the episode's title and the progress: one step per item, then the debriefing.
fn progress(state: &State) -> ViewBuilder {
    let total = state.order.len() + 1;
    let current = (state.position + 1).min(total);
    ViewBuilder::new(state.lang.pick("Erste Schritte", "First steps")).progress(
        u16::try_from(current).unwrap_or(u16::MAX),
        u16::try_from(total).unwrap_or(u16::MAX),
    )
}

fn question_view(state: &State) -> View {
    let lang = state.lang;
    let view = progress(state);
    let view = match state.order.get(state.position) {
        Some(item) => item.ask(view, lang, state.level, state.seed),
        None => view,
    };
    view.primary_button(CHECK, lang.pick("Antwort prüfen", "Check answer"))
        .build()
}

fn debriefing(state: &State) -> (View, Outcome) {
    let lang = state.lang;
    let answered: Vec<_> = state
        .order
        .iter()
        .zip(&state.scores)
        .map(|(item, score)| evidence(&item.id(state.level), item.competence(), *score))
        .collect();
    let score = mean_score(&answered);
    // The host shows the score above the summary, so the summary gives only the message.
    let summary = lang.pick(
        "Phishing und schwache Passwörter sind die häufigsten Wege in ein Behördennetz – gut, \
         dass Sie beides geübt haben.",
        "Phishing and weak passwords are the most common ways into an administration's \
         network – well done for practising both.",
    );
    let mut outcome = Outcome::new(score, summary);
    for (item, score) in state.order.iter().zip(&state.scores) {
        let solved = *score >= 1.0;
        let lesson = item.lesson(lang, solved);
        outcome = if solved {
            outcome.went_well(lesson)
        } else {
            outcome.to_learn(lesson)
        };
    }
    // The host shows the outcome (summary, what went well, what to learn) below this view.
    let view = progress(state).episode_complete(lang).build();
    (view, outcome)
}

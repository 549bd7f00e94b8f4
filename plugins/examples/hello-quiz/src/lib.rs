//! hello-quiz: the smallest complete digifit game plugin. One episode, "first-steps", asks two
//! questions (a phishing mail's sender address, strong passwords), explains every answer and
//! ends with a debriefing.
//!
//! The flow per item is question → feedback; after the last item comes the debriefing. The
//! seed decides the order of the items and of their options; the level makes the phishing
//! address subtler and adds weak passwords.

mod items;

use digifit_game_sdk::{
    Action, EpisodeInfo, Game, GameError, GameInfo, Outcome, SeededRng, StartRequest, Step, View,
    ViewBuilder, decode_state, encode_state, evidence, mean_score, pick_locale,
};
use serde::{Deserialize, Serialize};

use items::Item;

/// The game; every call of the host lands in one of its three functions.
#[derive(Debug)]
pub struct HelloQuiz;

digifit_game_sdk::register_game!(HelloQuiz);

/// The only episode.
pub const EPISODE: &str = "first-steps";

/// The locales with text, the default first.
const LOCALES: [&str; 2] = ["de", "en"];

/// The questions of the episode; the seed shuffles their order.
const ITEMS: [Item; 2] = [Item::SenderAddress, Item::StrongPasswords];

/// Button ids.
const CHECK: &str = "check";
const NEXT: &str = "next";

/// The language of all text of a play-through.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) enum Lang {
    De,
    En,
}

impl Lang {
    fn from_locale(locale: &str) -> Lang {
        match pick_locale(locale, &LOCALES) {
            "en" => Lang::En,
            _ => Lang::De,
        }
    }

    /// The German or the English text.
    pub(crate) fn pick<'a>(self, de: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::De => de,
            Lang::En => en,
        }
    }
}

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
            locales: LOCALES.iter().map(|l| (*l).to_owned()).collect(),
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
    let percent = format!("{:.0}", score * 100.0);
    let summary = lang
        .pick(
            "Sie haben **{percent} %** erreicht. Phishing und schwache Passwörter sind die \
             häufigsten Wege in ein Behördennetz – gut, dass Sie beides geübt haben.",
            "You scored **{percent}%**. Phishing and weak passwords are the most common ways \
             into an administration's network – well done for practising both.",
        )
        .replace("{percent}", &percent);
    let mut outcome = Outcome::new(score, &summary);
    for (item, score) in state.order.iter().zip(&state.scores) {
        let solved = *score >= 1.0;
        let lesson = item.lesson(lang, solved);
        outcome = if solved {
            outcome.went_well(lesson)
        } else {
            outcome.to_learn(lesson)
        };
    }
    let mut view = progress(state)
        .heading(lang.pick("Auswertung", "Debriefing"))
        .text(&summary);
    if !outcome.went_well.is_empty() {
        view = view.text(&format!(
            "**{}**\n{}",
            lang.pick("Das lief gut", "What went well"),
            outcome.went_well.join("\n")
        ));
    }
    if !outcome.to_learn.is_empty() {
        view = view.text(&format!(
            "**{}**\n{}",
            lang.pick("Das können Sie noch lernen", "What to learn next"),
            outcome.to_learn.join("\n")
        ));
    }
    (view.build(), outcome)
}

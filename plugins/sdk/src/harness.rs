//! A native test harness: plays a [`Game`] the way the host does and panics, with a message
//! naming the rule, as soon as the game returns something the host would refuse.
//!
//! ```
//! # use digifit_game_sdk::{Action, Game, GameError, GameInfo, StartRequest, Step};
//! # fn demo<MyGame: Game>() -> Result<(), GameError> {
//! use digifit_game_sdk::harness::Harness;
//!
//! let mut session = Harness::<MyGame>::start("first-steps", 7, "en", 1)?;
//! session.act("check", &[("sender", "address")])?;
//! assert_eq!(session.evidence()[0].competence, "4.2");
//! # Ok(()) }
//! ```

use std::marker::PhantomData;

use crate::checks::{check_meta, check_step, submit_ids};
use crate::{Action, EpisodeInfo, Evidence, Game, GameError, GameInfo, Outcome, StartRequest};
use crate::{Step, View};

/// Starts sessions of a game `G`.
#[derive(Debug)]
pub struct Harness<G>(PhantomData<G>);

impl<G: Game> Harness<G> {
    /// Checks `meta` in every locale the game lists, then starts an episode like the host does.
    ///
    /// The host asks only for locales the game lists and, for a known episode, only for levels
    /// in its range, so asking for anything else panics. An unknown episode is handed to the
    /// game, which must answer [`GameError::UnknownEpisode`].
    pub fn start(
        episode: &str,
        seed: u64,
        locale: &str,
        level: u8,
    ) -> Result<Session<G>, GameError> {
        let info = checked_meta::<G>();
        assert!(
            info.locales.iter().any(|l| l == locale),
            "the host asks only for the game's locales {:?}, not {locale:?}",
            info.locales
        );
        let known = info.episodes.iter().find(|e| e.id == episode).cloned();
        if let Some(known) = &known {
            assert!(
                (known.min_level..=known.max_level).contains(&level),
                "episode {episode:?} supports levels {}..={}; the host never asks for {level}",
                known.min_level,
                known.max_level
            );
        }
        let request = StartRequest {
            episode: episode.to_owned(),
            seed,
            locale: locale.to_owned(),
            level,
        };
        let result = G::start(request.clone());
        let Some(episode_info) = known else {
            return match result {
                Err(error @ GameError::UnknownEpisode(_)) => Err(error),
                other => panic!(
                    "start for episode {episode:?}, which meta does not list, must fail with \
                     GameError::UnknownEpisode, but returned {other:?}"
                ),
            };
        };
        let step = result?;
        let mut session = Session {
            request,
            episode: episode_info,
            steps: Vec::new(),
            evidence: Vec::new(),
            game: PhantomData,
        };
        assert!(
            step.evidence.is_empty(),
            "start must not give evidence (the player has not answered anything yet), got {:?}",
            step.evidence
        );
        session.accept(step);
        Ok(session)
    }
}

/// One play-through, with every step so far.
#[derive(Debug)]
pub struct Session<G> {
    request: StartRequest,
    episode: EpisodeInfo,
    steps: Vec<Step>,
    evidence: Vec<Evidence>,
    game: PhantomData<G>,
}

impl<G: Game> Session<G> {
    /// Presses `button` with the given form fields, like the host would after a form submit.
    ///
    /// On `Err` the session stays where it was, as the host shows the same view again.
    ///
    /// # Panics
    ///
    /// When the episode is already over, or when the game's step breaks a rule of the host.
    pub fn act(&mut self, button: &str, fields: &[(&str, &str)]) -> Result<&Step, GameError> {
        assert!(
            !self.is_finished(),
            "the episode is over (the last step had an outcome); the host calls act no more"
        );
        let step = G::act(self.step().state.clone(), Action::new(button, fields))?;
        self.accept(step);
        Ok(self.step())
    }

    /// The current step: the last one the game returned.
    pub fn step(&self) -> &Step {
        // `start` puts the first step in, and steps are never removed.
        self.steps
            .last()
            .unwrap_or_else(|| unreachable!("a session always has its first step"))
    }

    /// Every step so far, the first from `start`.
    pub fn steps(&self) -> &[Step] {
        &self.steps
    }

    /// The view the player sees now.
    pub fn view(&self) -> &View {
        &self.step().view
    }

    /// The ids the player can press now: buttons and dialogue replies.
    pub fn buttons(&self) -> Vec<&str> {
        submit_ids(self.view())
    }

    /// All evidence given so far, in order.
    pub fn evidence(&self) -> &[Evidence] {
        &self.evidence
    }

    /// The outcome, once the episode is over.
    pub fn outcome(&self) -> Option<&Outcome> {
        self.step().outcome.as_ref()
    }

    /// Whether the episode is over.
    pub fn is_finished(&self) -> bool {
        self.outcome().is_some()
    }

    /// The start request of this session.
    pub fn request(&self) -> &StartRequest {
        &self.request
    }

    /// The episode as `meta` describes it.
    pub fn episode(&self) -> &EpisodeInfo {
        &self.episode
    }

    fn accept(&mut self, step: Step) {
        if let Err(problem) = check_step(&step) {
            panic!(
                "step {} of episode {:?} breaks a rule of the host: {problem}\nstep: {step:#?}",
                self.steps.len() + 1,
                self.episode.id
            );
        }
        for evidence in &step.evidence {
            assert!(
                self.episode.competences.contains(&evidence.competence),
                "evidence for {:?} names competence {:?}, which episode {:?} does not list in \
                 meta (it lists {:?})",
                evidence.item,
                evidence.competence,
                self.episode.id,
                self.episode.competences
            );
        }
        self.evidence.extend(step.evidence.iter().cloned());
        self.steps.push(step);
    }
}

/// Calls `meta` for every locale the game lists (and an unknown one), checks each answer and
/// that they agree on everything but text, and returns the default locale's answer.
fn checked_meta<G: Game>() -> GameInfo {
    let first = G::meta("");
    let mut answers = vec![(String::from("an unknown locale"), first.clone())];
    for locale in &first.locales {
        answers.push((format!("locale {locale:?}"), G::meta(locale)));
    }
    for (asked, info) in &answers {
        if let Err(problem) = check_meta(info) {
            panic!("meta for {asked} breaks a rule of the host: {problem}");
        }
        assert_eq!(
            shape(info),
            shape(&first),
            "meta for {asked} differs from the default locale's in more than text"
        );
    }
    first
}

/// `meta` without its translated text: what must be the same in every locale.
fn shape(info: &GameInfo) -> GameInfo {
    let mut shape = info.clone();
    shape.name.clear();
    shape.description.clear();
    for episode in &mut shape.episodes {
        episode.title.clear();
        episode.summary.clear();
    }
    shape
}

/// Plays the same actions twice from the same start and checks that every step, error,
/// evidence and outcome is identical, as the host's replay of a session requires.
///
/// `actions` are `(button, fields)` pairs; an action the game refuses is part of the replay
/// too (the session stays where it was). Returns true, so it reads well in `assert!`.
///
/// # Panics
///
/// At the first difference, naming it; when the start fails; or when a step breaks a rule.
pub fn replay_is_deterministic<G: Game>(
    episode: &str,
    seed: u64,
    locale: &str,
    level: u8,
    actions: &[(&str, &[(&str, &str)])],
) -> bool {
    let play = || {
        let mut session = match Harness::<G>::start(episode, seed, locale, level) {
            Ok(session) => session,
            Err(error) => panic!("cannot start episode {episode:?} for the replay: {error:?}"),
        };
        let mut results = Vec::new();
        for (button, fields) in actions {
            if session.is_finished() {
                break;
            }
            results.push(session.act(button, fields).cloned());
        }
        (session.steps, results)
    };
    let (first_steps, first_results) = play();
    let (second_steps, second_results) = play();
    for (index, (first, second)) in first_steps.iter().zip(&second_steps).enumerate() {
        assert_eq!(
            first,
            second,
            "step {} differs between two plays with seed {seed}",
            index + 1
        );
    }
    assert_eq!(
        first_results, second_results,
        "the actions' results differ between two plays with seed {seed}"
    );
    assert_eq!(first_steps.len(), second_steps.len());
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Outcome, ViewBuilder, decode_state, encode_state, evidence};

    /// Two presses of "next", each giving evidence for 4.1; "bad" answers InvalidAction.
    struct Counter;

    impl Game for Counter {
        fn meta(_locale: &str) -> GameInfo {
            GameInfo {
                id: "counter".into(),
                name: "Counter".into(),
                version: "0.1.0".into(),
                description: "Counts".into(),
                locales: vec!["en".into()],
                episodes: vec![EpisodeInfo {
                    id: "count".into(),
                    title: "Count".into(),
                    summary: "Count to two".into(),
                    minutes: 1,
                    competences: vec!["4.1".into()],
                    min_level: 1,
                    max_level: 2,
                }],
            }
        }

        fn start(request: StartRequest) -> Result<Step, GameError> {
            Self::episode(&request)?;
            Ok(counter_step(0, request.seed))
        }

        fn act(state: Vec<u8>, action: Action) -> Result<Step, GameError> {
            let (count, seed): (u8, u64) = decode_state(&state)?;
            if action.button != "next" {
                return Err(GameError::InvalidAction("press next".into()));
            }
            let step = counter_step(count + 1, seed).with_evidence([evidence(
                &format!("count/{count}"),
                "4.1",
                1.0,
            )]);
            Ok(if count + 1 == 2 {
                step.with_outcome(Outcome::new(1.0, "Counted"))
            } else {
                step
            })
        }
    }

    fn counter_step(count: u8, seed: u64) -> Step {
        let state = encode_state(&(count, seed)).unwrap_or_default();
        let view = ViewBuilder::new("Count").progress(u16::from(count) + 1, 3);
        let view = if count < 2 {
            view.primary_button("next", "Next")
        } else {
            view.text("Done")
        };
        Step::new(state, view.build())
    }

    #[test]
    fn plays_to_the_end() -> Result<(), GameError> {
        let mut session = Harness::<Counter>::start("count", 1, "en", 2)?;
        assert_eq!(session.buttons(), ["next"]);
        assert!(matches!(
            session.act("bad", &[]),
            Err(GameError::InvalidAction(_))
        ));
        assert_eq!(session.steps().len(), 1);
        session.act("next", &[])?;
        session.act("next", &[])?;
        assert!(session.is_finished());
        assert_eq!(session.evidence().len(), 2);
        assert_eq!(session.outcome().map(|o| o.score), Some(1.0));
        assert_eq!(session.episode().id, "count");
        assert_eq!(session.request().level, 2);
        Ok(())
    }

    #[test]
    fn unknown_episode_is_an_error() {
        assert!(matches!(
            Harness::<Counter>::start("nope", 1, "en", 1),
            Err(GameError::UnknownEpisode(id)) if id == "nope"
        ));
    }

    #[test]
    #[should_panic(expected = "never asks for 3")]
    fn levels_outside_the_episode_panic() {
        let _ = Harness::<Counter>::start("count", 1, "en", 3);
    }

    #[test]
    #[should_panic(expected = "only for the game's locales")]
    fn unlisted_locales_panic() {
        let _ = Harness::<Counter>::start("count", 1, "de", 1);
    }

    #[test]
    #[should_panic(expected = "the episode is over")]
    fn acting_after_the_end_panics() {
        let Ok(mut session) = Harness::<Counter>::start("count", 1, "en", 1) else {
            return;
        };
        let _ = session.act("next", &[]);
        let _ = session.act("next", &[]);
        let _ = session.act("next", &[]);
    }

    #[test]
    fn replays_match() {
        let next: &[(&str, &str)] = &[];
        assert!(replay_is_deterministic::<Counter>(
            "count",
            5,
            "en",
            1,
            &[
                ("next", next),
                ("bad", next),
                ("next", next),
                ("next", next)
            ]
        ));
    }

    /// Gives evidence for a competence its episode does not list.
    struct Stray;

    impl Game for Stray {
        fn meta(locale: &str) -> GameInfo {
            Counter::meta(locale)
        }
        fn start(request: StartRequest) -> Result<Step, GameError> {
            Counter::start(request)
        }
        fn act(state: Vec<u8>, action: Action) -> Result<Step, GameError> {
            Counter::act(state, action).map(|step| step.with_evidence([evidence("x", "1.1", 0.5)]))
        }
    }

    #[test]
    #[should_panic(expected = "does not list in meta")]
    fn evidence_outside_the_episode_panics() {
        if let Ok(mut session) = Harness::<Stray>::start("count", 1, "en", 1) {
            let _ = session.act("next", &[]);
        }
    }
}

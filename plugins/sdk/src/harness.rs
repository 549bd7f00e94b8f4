//! A native test harness: plays a [`Game`] the way the host does and panics, with a message
//! naming the rule, as soon as the game returns something the host would refuse. Besides
//! playing [`Session`]s, it checks what holds for a whole game: [`replay_is_deterministic`],
//! [`broken_state_and_unknown_episode_are_refused`] and [`manifest_matches_meta`].
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
use crate::{Step, Verdict, View, Widget};

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

    /// [`Session::act`] with owned fields, as tests that compute their answers have them.
    pub fn act_owned(
        &mut self,
        button: &str,
        fields: &[(String, String)],
    ) -> Result<&Step, GameError> {
        let borrowed: Vec<(&str, &str)> = fields
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_str()))
            .collect();
        self.act(button, &borrowed)
    }

    /// The verdict of the feedback the view shows now, if it shows one.
    pub fn verdict(&self) -> Option<Verdict> {
        self.view().widgets.iter().find_map(|widget| match widget {
            Widget::Feedback(feedback) => Some(feedback.verdict),
            _ => None,
        })
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

/// Checks that a package manifest (the text of `digifit-plugin.toml`) says what `meta` says,
/// as the host checks when it installs the package: the game's id and version, and then, after
/// the top-level fields, nothing but each episode of `meta` in order, as
///
/// ```toml
/// [[episodes]]
/// id = "phishing-basics"
/// competences = ["4.2", "2.1"]
/// ```
///
/// Blank lines and comments do not count. Returns what differs. Use it from a test as
/// `assert_eq!(manifest_matches_meta::<MyGame>(include_str!("../digifit-plugin.toml")), Ok(()))`.
///
/// # Panics
///
/// When `meta` breaks a rule of the host (see [`Harness::start`]).
pub fn manifest_matches_meta<G: Game>(manifest: &str) -> Result<(), String> {
    let meta = checked_meta::<G>();
    let lines: Vec<&str> = manifest
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .collect();
    // TOML puts every key after the first `[[episodes]]` into an episode's table.
    let first_episode = lines
        .iter()
        .position(|line| *line == "[[episodes]]")
        .unwrap_or(lines.len());
    let (top_level, episodes) = lines.split_at(first_episode);
    let value = |key: &str| {
        top_level.iter().find_map(|line| {
            let (name, value) = line.split_once('=')?;
            (name.trim() == key).then(|| value.trim().trim_matches('"').to_owned())
        })
    };
    for (key, expected) in [("id", &meta.id), ("version", &meta.version)] {
        let found = value(key);
        if found.as_deref() != Some(expected.as_str()) {
            return Err(format!(
                "the manifest's {key} is {found:?}, but meta says {expected:?}"
            ));
        }
    }
    let expected: Vec<String> = meta
        .episodes
        .iter()
        .flat_map(|episode| {
            let quoted: Vec<String> = episode
                .competences
                .iter()
                .map(|competence| format!("\"{competence}\""))
                .collect();
            [
                "[[episodes]]".to_owned(),
                format!("id = \"{}\"", episode.id),
                format!("competences = [{}]", quoted.join(", ")),
            ]
        })
        .collect();
    if episodes != expected {
        return Err(format!(
            "the manifest's episodes are\n{}\nbut meta lists them as\n{}\nDeclare each episode \
             of meta, in its order, with only its id and competences",
            episodes.join("\n"),
            expected.join("\n")
        ));
    }
    Ok(())
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

/// [`replay_is_deterministic`] with owned actions, as tests that record a play-through with
/// [`Session::act_owned`] have them: `(button, fields)` pairs.
///
/// # Panics
///
/// As [`replay_is_deterministic`].
pub fn replay_owned_is_deterministic<G: Game>(
    episode: &str,
    seed: u64,
    locale: &str,
    level: u8,
    actions: &[(String, Vec<(String, String)>)],
) -> bool {
    let fields: Vec<Vec<(&str, &str)>> = actions
        .iter()
        .map(|(_, fields)| {
            fields
                .iter()
                .map(|(name, value)| (name.as_str(), value.as_str()))
                .collect()
        })
        .collect();
    let borrowed: Vec<(&str, &[(&str, &str)])> = actions
        .iter()
        .zip(&fields)
        .map(|((button, _), fields)| (button.as_str(), fields.as_slice()))
        .collect();
    replay_is_deterministic::<G>(episode, seed, locale, level, &borrowed)
}

/// Checks that the game refuses what the host may hand it but it cannot play: every `act` on a
/// state it cannot read must fail with [`GameError::InvalidState`], whichever button is pressed,
/// and starting an episode `meta` does not list must fail with [`GameError::UnknownEpisode`]
/// naming that episode, in every locale. Returns true, so it reads well in `assert!`.
///
/// The unreadable states are empty bytes, a few bytes of garbage, text, and the state of a real
/// first step (of `meta`'s first episode) cut short by a byte or with a byte too many, as
/// [`decode_state`](crate::decode_state) refuses them. The buttons are "check", "next" and
/// those of that first step's view.
///
/// # Panics
///
/// At the first answer that is not the expected error, naming the input; or when `meta` breaks a
/// rule of the host, or the first episode does not start.
pub fn broken_state_and_unknown_episode_are_refused<G: Game>() -> bool {
    let meta = checked_meta::<G>();
    let mut states = vec![
        Vec::new(),
        vec![1, 2, 3],
        vec![0xff; 8],
        b"not a state".to_vec(),
    ];
    let mut buttons = vec![String::from("check"), String::from("next")];
    if let (Some(episode), Some(locale)) = (meta.episodes.first(), meta.locales.first()) {
        let session = match Harness::<G>::start(&episode.id, 1, locale, episode.min_level) {
            Ok(session) => session,
            Err(error) => panic!("cannot start episode {:?}: {error:?}", episode.id),
        };
        let state = &session.step().state;
        if let Some((_, cut_short)) = state.split_last() {
            states.push(cut_short.to_vec());
        }
        states.push([state.as_slice(), &[0]].concat());
        for button in session.buttons() {
            if !buttons.iter().any(|known| known == button) {
                buttons.push(button.to_owned());
            }
        }
    }
    for state in &states {
        for button in &buttons {
            let result = G::act(state.clone(), Action::new(button, &[]));
            assert!(
                matches!(result, Err(GameError::InvalidState(_))),
                "act with the unreadable state {state:?} and button {button:?} must fail with \
                 GameError::InvalidState, but returned {result:?}"
            );
        }
    }
    let unknown = "no-such-episode";
    for locale in &meta.locales {
        let result = Harness::<G>::start(unknown, 1, locale, 1);
        assert!(
            matches!(&result, Err(GameError::UnknownEpisode(id)) if id == unknown),
            "start for episode {unknown:?} in locale {locale:?} must fail with \
             GameError::UnknownEpisode({unknown:?}), but returned {:?}",
            result.map(|session| session.step().clone())
        );
    }
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

    #[test]
    fn owned_actions_and_verdicts() -> Result<(), GameError> {
        let mut session = Harness::<Counter>::start("count", 1, "en", 1)?;
        assert_eq!(session.verdict(), None);
        let fields = vec![(String::from("unused"), String::from("value"))];
        session.act_owned("next", &fields)?;
        assert_eq!(session.steps().len(), 2);
        let owned: Vec<(String, Vec<(String, String)>)> = vec![
            ("next".into(), fields.clone()),
            ("bad".into(), Vec::new()),
            ("next".into(), Vec::new()),
        ];
        assert!(replay_owned_is_deterministic::<Counter>(
            "count", 5, "en", 1, &owned
        ));
        Ok(())
    }

    /// Shows a feedback after every press.
    struct Judged;

    impl Game for Judged {
        fn meta(locale: &str) -> GameInfo {
            Counter::meta(locale)
        }
        fn start(request: StartRequest) -> Result<Step, GameError> {
            Counter::start(request)
        }
        fn act(state: Vec<u8>, action: Action) -> Result<Step, GameError> {
            let mut step = Counter::act(state, action)?;
            step.view.widgets.insert(
                0,
                Widget::Feedback(crate::Feedback {
                    verdict: Verdict::PartlyCorrect,
                    title: "Partly".into(),
                    explanation: "Half of it".into(),
                }),
            );
            Ok(step)
        }
    }

    #[test]
    fn the_verdict_is_the_feedbacks() -> Result<(), GameError> {
        let mut session = Harness::<Judged>::start("count", 1, "en", 1)?;
        session.act("next", &[])?;
        assert_eq!(session.verdict(), Some(Verdict::PartlyCorrect));
        Ok(())
    }

    const COUNTER_MANIFEST: &str = "# The counter.\nid = \"counter\"\nversion = \"0.1.0\"\n\
        api = \"0.1.0\"\n\n[[episodes]]\nid = \"count\"\ncompetences = [\"4.1\"]\n";

    #[test]
    fn a_manifest_that_says_what_meta_says_matches() {
        assert_eq!(manifest_matches_meta::<Counter>(COUNTER_MANIFEST), Ok(()));
        let commented = COUNTER_MANIFEST.replace("[[episodes]]", "# The only one.\n[[episodes]]");
        assert_eq!(manifest_matches_meta::<Counter>(&commented), Ok(()));
    }

    #[test]
    fn a_manifest_that_differs_from_meta_does_not_match() {
        let episode = "[[episodes]]\nid = \"count\"\ncompetences = [\"4.1\"]\n";
        for (what, manifest) in [
            ("id", COUNTER_MANIFEST.replace("\"counter\"", "\"other\"")),
            (
                "version",
                COUNTER_MANIFEST.replace("0.1.0\"\napi", "0.2.0\"\napi"),
            ),
            (
                "no version",
                COUNTER_MANIFEST.replace("version = \"0.1.0\"\n", ""),
            ),
            ("no episode", COUNTER_MANIFEST.replace(episode, "")),
            ("episode twice", format!("{COUNTER_MANIFEST}{episode}")),
            ("competence", COUNTER_MANIFEST.replace("\"4.1\"", "\"4.2\"")),
            (
                "extra competence",
                COUNTER_MANIFEST.replace("\"4.1\"", "\"4.1\", \"4.2\""),
            ),
            (
                "episode id",
                COUNTER_MANIFEST.replace("\"count\"", "\"counting\""),
            ),
            (
                "key in an episode",
                format!("{COUNTER_MANIFEST}title = \"Count\"\n"),
            ),
            (
                "competences before id",
                COUNTER_MANIFEST.replace(
                    "id = \"count\"\ncompetences = [\"4.1\"]",
                    "competences = [\"4.1\"]\nid = \"count\"",
                ),
            ),
        ] {
            assert!(
                manifest_matches_meta::<Counter>(&manifest).is_err(),
                "{what}:\n{manifest}"
            );
        }
    }

    #[test]
    fn the_counter_refuses_broken_state_and_unknown_episodes() {
        assert!(broken_state_and_unknown_episode_are_refused::<Counter>());
    }

    /// A fault of [`Faulty`]: it plays on from the beginning when it cannot read the state.
    const PLAYS_ON: u8 = 0;
    /// A fault of [`Faulty`]: it reads the state with postcard directly, which ignores bytes
    /// left over.
    const IGNORES_EXTRA_BYTES: u8 = 1;
    /// A fault of [`Faulty`]: it names the wrong episode when it refuses one.
    const MISNAMES_THE_EPISODE: u8 = 2;

    /// The counter with one fault in refusing what it cannot play.
    struct Faulty<const FAULT: u8>;

    impl<const FAULT: u8> Game for Faulty<FAULT> {
        fn meta(locale: &str) -> GameInfo {
            Counter::meta(locale)
        }
        fn start(request: StartRequest) -> Result<Step, GameError> {
            if FAULT == MISNAMES_THE_EPISODE && request.episode != "count" {
                return Err(GameError::UnknownEpisode("count".into()));
            }
            Counter::start(request)
        }
        fn act(state: Vec<u8>, action: Action) -> Result<Step, GameError> {
            let state = match FAULT {
                PLAYS_ON if decode_state::<(u8, u64)>(&state).is_err() => {
                    encode_state(&(0_u8, 0_u64))?
                }
                IGNORES_EXTRA_BYTES => {
                    let read: (u8, u64) = postcard::from_bytes(&state)
                        .map_err(|error| GameError::InvalidState(error.to_string()))?;
                    encode_state(&read)?
                }
                _ => state,
            };
            Counter::act(state, action)
        }
    }

    #[test]
    #[should_panic(expected = "must fail with GameError::InvalidState")]
    fn a_game_that_plays_on_broken_state_panics() {
        broken_state_and_unknown_episode_are_refused::<Faulty<PLAYS_ON>>();
    }

    #[test]
    #[should_panic(expected = "must fail with GameError::InvalidState")]
    fn a_game_that_ignores_extra_bytes_panics() {
        broken_state_and_unknown_episode_are_refused::<Faulty<IGNORES_EXTRA_BYTES>>();
    }

    #[test]
    #[should_panic(expected = "must fail with GameError::UnknownEpisode")]
    fn a_game_that_misnames_the_unknown_episode_panics() {
        broken_state_and_unknown_episode_are_refused::<Faulty<MISNAMES_THE_EPISODE>>();
    }
}

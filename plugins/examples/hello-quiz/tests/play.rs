//! Plays hello-quiz through the SDK's harness, natively, the way the host would.

use digifit_game_sdk::harness::{
    Harness, Session, broken_state_and_unknown_episode_are_refused, manifest_matches_meta,
    replay_is_deterministic,
};
use digifit_game_sdk::{Game, GameError, Verdict, Widget};
use hello_quiz::{EPISODE, HelloQuiz};

type Result<T = ()> = std::result::Result<T, GameError>;

/// Which item the current view asks, told apart by its widgets.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Asked {
    Sender,
    Passwords,
}

fn asked(session: &Session<HelloQuiz>) -> Asked {
    let choice = session
        .view()
        .widgets
        .iter()
        .find_map(|widget| match widget {
            Widget::Choice(choice) => Some(choice),
            _ => None,
        });
    match choice {
        Some(choice) if choice.multiple => Asked::Passwords,
        Some(_) => Asked::Sender,
        None => panic!("the view asks nothing: {:#?}", session.view()),
    }
}

/// Answers whatever is asked, right or wrong, and reads the feedback.
fn answer(session: &mut Session<HelloQuiz>, right: bool) -> Result {
    match (asked(session), right) {
        (Asked::Sender, true) => session.act("check", &[("answer", "domain")])?,
        (Asked::Sender, false) => session.act("check", &[("answer", "display-name")])?,
        (Asked::Passwords, true) => {
            session.act("check", &[("answer", "passphrase"), ("answer", "random")])?
        }
        (Asked::Passwords, false) => {
            session.act("check", &[("answer", "season"), ("answer", "leet")])?
        }
    };
    Ok(())
}

fn play(seed: u64, locale: &str, level: u8, right: bool) -> Result<Session<HelloQuiz>> {
    let mut session = Harness::<HelloQuiz>::start(EPISODE, seed, locale, level)?;
    for _ in 0..2 {
        answer(&mut session, right)?;
        let expected = if right {
            Verdict::Correct
        } else {
            Verdict::Wrong
        };
        assert_eq!(session.verdict(), Some(expected), "{:#?}", session.view());
        session.act("next", &[])?;
    }
    Ok(session)
}

fn evidence_summary(session: &Session<HelloQuiz>) -> Vec<(String, String, f32)> {
    let mut evidence: Vec<_> = session
        .evidence()
        .iter()
        .map(|e| (e.item.clone(), e.competence.clone(), e.score))
        .collect();
    evidence.sort_by(|a, b| a.0.cmp(&b.0));
    evidence
}

#[test]
fn the_right_path_scores_full_marks() -> Result {
    let session = play(1, "en", 2, true)?;
    assert!(session.is_finished());
    assert_eq!(
        evidence_summary(&session),
        [
            (
                "first-steps/sender-address/level-2".into(),
                "4.2".into(),
                1.0
            ),
            (
                "first-steps/strong-passwords/level-2".into(),
                "4.1".into(),
                1.0
            ),
        ]
    );
    let Some(outcome) = session.outcome() else {
        panic!("the episode should be over");
    };
    assert_eq!(outcome.score, 1.0);
    assert_eq!(outcome.went_well.len(), 2);
    assert!(outcome.to_learn.is_empty());
    assert!(
        session.buttons().is_empty(),
        "the debriefing needs no button"
    );
    Ok(())
}

#[test]
fn the_wrong_path_scores_zero_and_explains() -> Result {
    let session = play(2, "de", 3, false)?;
    assert_eq!(
        evidence_summary(&session),
        [
            (
                "first-steps/sender-address/level-3".into(),
                "4.2".into(),
                0.0
            ),
            (
                "first-steps/strong-passwords/level-3".into(),
                "4.1".into(),
                0.0
            ),
        ]
    );
    let Some(outcome) = session.outcome() else {
        panic!("the episode should be over");
    };
    assert_eq!(outcome.score, 0.0);
    assert_eq!(outcome.to_learn.len(), 2);
    // The feedback on the sender names the real domain of the level-3 address.
    let explained = session.steps().iter().any(|step| {
        step.view.widgets.iter().any(|widget| {
            matches!(widget, Widget::Feedback(f) if f.explanation.contains("konto-pruefung.com"))
        })
    });
    assert!(explained);
    Ok(())
}

#[test]
fn half_right_passwords_are_partly_correct() -> Result {
    let mut session = Harness::<HelloQuiz>::start(EPISODE, 3, "en", 1)?;
    if asked(&session) == Asked::Sender {
        answer(&mut session, true)?;
        session.act("next", &[])?;
    }
    session.act(
        "check",
        &[
            ("answer", "passphrase"),
            ("answer", "random"),
            ("answer", "leet"),
        ],
    )?;
    assert_eq!(session.verdict(), Some(Verdict::PartlyCorrect));
    assert_eq!(session.evidence().last().map(|e| e.score), Some(0.5));
    Ok(())
}

#[test]
fn the_seed_varies_the_order() -> Result {
    let mut firsts = Vec::new();
    for seed in 0..16 {
        firsts.push(asked(&Harness::<HelloQuiz>::start(EPISODE, seed, "de", 1)?));
    }
    assert!(firsts.contains(&Asked::Sender) && firsts.contains(&Asked::Passwords));
    Ok(())
}

#[test]
fn levels_change_the_content() -> Result {
    let options = |level| -> Result<usize> {
        let mut session = Harness::<HelloQuiz>::start(EPISODE, 4, "en", level)?;
        if asked(&session) == Asked::Sender {
            answer(&mut session, true)?;
            session.act("next", &[])?;
        }
        Ok(session
            .view()
            .widgets
            .iter()
            .find_map(|widget| match widget {
                Widget::Choice(choice) => Some(choice.options.len()),
                _ => None,
            })
            .unwrap_or_default())
    };
    assert_eq!((options(1)?, options(2)?, options(3)?), (4, 5, 6));
    Ok(())
}

#[test]
fn replays_are_deterministic() {
    let right: &[(&str, &str)] = &[("answer", "domain")];
    let pick: &[(&str, &str)] = &[("answer", "passphrase"), ("answer", "season")];
    let none: &[(&str, &str)] = &[];
    for seed in [0, 1, 99, u64::MAX] {
        assert!(replay_is_deterministic::<HelloQuiz>(
            EPISODE,
            seed,
            "de",
            2,
            &[
                ("check", none),
                ("check", right),
                ("check", pick),
                ("next", none),
                ("check", pick),
                ("check", right),
                ("next", none),
            ],
        ));
    }
}

#[test]
fn invalid_actions_are_refused_and_change_nothing() -> Result {
    let mut session = Harness::<HelloQuiz>::start(EPISODE, 5, "en", 1)?;
    let before = session.view().clone();
    for (button, fields) in [
        ("check", &[][..]),
        ("check", &[("answer", "no-such-option")][..]),
        ("next", &[][..]),
        ("launch", &[][..]),
    ] {
        match session.act(button, fields) {
            Err(GameError::InvalidAction(message)) => assert!(!message.is_empty()),
            other => panic!("{button} with {fields:?} should be refused, got {other:?}"),
        }
    }
    assert_eq!(session.view(), &before);
    assert_eq!(session.steps().len(), 1);
    Ok(())
}

#[test]
fn broken_state_and_unknown_episodes_are_refused() {
    assert!(broken_state_and_unknown_episode_are_refused::<HelloQuiz>());
}

#[test]
fn the_manifest_matches_meta() {
    assert_eq!(
        manifest_matches_meta::<HelloQuiz>(include_str!("../digifit-plugin.toml")),
        Ok(())
    );
}

#[test]
fn both_locales_have_their_own_text() -> Result {
    let de = Harness::<HelloQuiz>::start(EPISODE, 6, "de", 1)?;
    let en = Harness::<HelloQuiz>::start(EPISODE, 6, "en", 1)?;
    assert_eq!(de.view().title, "Erste Schritte");
    assert_eq!(en.view().title, "First steps");
    assert_eq!(HelloQuiz::meta("en").name, "Hello quiz");
    assert_eq!(HelloQuiz::meta("de").name, "Hallo-Quiz");
    // An unknown locale falls back to the default, German.
    assert_eq!(HelloQuiz::meta("fr").name, "Hallo-Quiz");
    let de_debriefing = play(6, "de", 1, true)?;
    let en_debriefing = play(6, "en", 1, true)?;
    let summary = |session: &Session<HelloQuiz>| {
        session
            .outcome()
            .map(|o| o.summary.clone())
            .unwrap_or_default()
    };
    // The host shows the score; the summary keeps only the game's message.
    assert!(summary(&de_debriefing).starts_with("Phishing und schwache Passwörter"));
    assert!(summary(&en_debriefing).starts_with("Phishing and weak passwords"));
    assert!(!summary(&de_debriefing).contains('%') && !summary(&en_debriefing).contains('%'));
    Ok(())
}

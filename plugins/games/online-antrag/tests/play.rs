//! Plays online-antrag through the SDK's harness, natively, the way the host would: every
//! episode on several levels, right and wrong, in both locales.

// Tests may unwrap: a panic is a failed test with a clear message.
#![allow(clippy::unwrap_used)]

use digifit_game_sdk::harness::{
    Harness, Session, broken_state_and_unknown_episode_are_refused, manifest_matches_meta,
    replay_owned_is_deterministic,
};
use digifit_game_sdk::{Game, GameError, Verdict, Widget};
use online_antrag::{EPISODE_IDS, OnlineAntrag, solve};

type Result<T = ()> = std::result::Result<T, GameError>;

/// An action as the tests keep it: the button and the form fields.
type Answer = (String, Vec<(String, String)>);

/// The answer to the current question, as owned strings.
fn answer(session: &Session<OnlineAntrag>, right: bool) -> Answer {
    solve(&session.step().state, right).unwrap()
}

/// Plays an episode to the end; returns the session and every action taken.
fn play(
    episode: &str,
    seed: u64,
    locale: &str,
    level: u8,
    right: bool,
) -> Result<(Session<OnlineAntrag>, Vec<Answer>)> {
    let mut session = Harness::<OnlineAntrag>::start(episode, seed, locale, level)?;
    let mut actions = Vec::new();
    while !session.is_finished() {
        let (button, fields) = answer(&session, right);
        session.act_owned(&button, &fields)?;
        let expected = if right {
            Verdict::Correct
        } else {
            Verdict::Wrong
        };
        assert_eq!(session.verdict(), Some(expected), "{:#?}", session.view());
        actions.push((button, fields));
        session.act("next", &[])?;
        actions.push(("next".to_owned(), Vec::new()));
    }
    Ok((session, actions))
}

fn item_count(level: u8) -> usize {
    if level == 1 { 6 } else { 7 }
}

#[test]
fn every_episode_on_every_level_scores_full_marks_on_the_right_path() -> Result {
    for episode in EPISODE_IDS {
        for level in 1..=3 {
            let (session, _) = play(episode, u64::from(level) * 11, "de", level, true)?;
            let evidence = session.evidence();
            assert_eq!(evidence.len(), item_count(level), "{episode} level {level}");
            let mut ids: Vec<&str> = evidence.iter().map(|e| e.item.as_str()).collect();
            ids.sort_unstable();
            ids.dedup();
            assert_eq!(ids.len(), evidence.len(), "item ids are unique");
            for e in evidence {
                assert!(e.item.starts_with(&format!("online-antrag/{episode}/")));
                assert!(e.item.ends_with(&format!("/level-{level}")));
                assert_eq!(e.score, 1.0, "{}", e.item);
            }
            // Every competence the episode lists gets evidence.
            for competence in &session.episode().competences {
                assert!(evidence.iter().any(|e| &e.competence == competence));
            }
            let outcome = session.outcome().unwrap();
            assert_eq!(outcome.score, 1.0);
            assert_eq!(outcome.went_well.len(), item_count(level));
            assert!(outcome.to_learn.is_empty());
            // The host shows the score; the summary keeps only the game's message.
            assert!(
                outcome
                    .summary
                    .starts_with("Gute Begleitung bei Online-Anträgen")
            );
            assert!(!outcome.summary.contains('%'), "{}", outcome.summary);
            assert!(session.buttons().is_empty());
        }
    }
    Ok(())
}

#[test]
fn every_episode_scores_low_on_the_wrong_path_and_explains() -> Result {
    for episode in EPISODE_IDS {
        for level in [1, 3] {
            let (session, _) = play(episode, 5, "en", level, false)?;
            assert_eq!(session.evidence().len(), item_count(level));
            assert!(session.evidence().iter().all(|e| e.score == 0.0));
            let outcome = session.outcome().unwrap();
            assert_eq!(outcome.score, 0.0);
            assert!(outcome.went_well.is_empty());
            assert_eq!(outcome.to_learn.len(), item_count(level));
            // Every feedback explains something.
            for step in session.steps() {
                for widget in &step.view.widgets {
                    if let Widget::Feedback(feedback) = widget {
                        assert!(feedback.explanation.len() > 60);
                    }
                }
            }
        }
    }
    Ok(())
}

#[test]
fn item_ids_are_the_same_across_seeds_and_locales() -> Result {
    for episode in EPISODE_IDS {
        let ids = |seed, locale| -> Result<Vec<String>> {
            let (session, _) = play(episode, seed, locale, 2, true)?;
            let mut ids: Vec<String> = session.evidence().iter().map(|e| e.item.clone()).collect();
            ids.sort();
            Ok(ids)
        };
        assert_eq!(ids(1, "de")?, ids(2, "en")?);
    }
    Ok(())
}

#[test]
fn replays_are_deterministic() -> Result {
    for episode in EPISODE_IDS {
        for (seed, level) in [(3, 1), (u64::MAX, 3)] {
            let (_, mut actions) = play(episode, seed, "de", level, true)?;
            // Refused actions in between must not change anything either.
            actions.insert(0, ("check".to_owned(), Vec::new()));
            assert!(replay_owned_is_deterministic::<OnlineAntrag>(
                episode, seed, "de", level, &actions
            ));
        }
    }
    Ok(())
}

#[test]
fn different_seeds_give_different_content() -> Result {
    for episode in EPISODE_IDS {
        let mut views = Vec::new();
        for seed in 0..6 {
            let session = Harness::<OnlineAntrag>::start(episode, seed, "de", 2)?;
            views.push(format!("{:?}", session.view()));
        }
        views.sort();
        views.dedup();
        assert!(
            views.len() >= 4,
            "{episode}: only {} different views",
            views.len()
        );
    }
    Ok(())
}

#[test]
fn levels_add_items_and_options() -> Result {
    let options = |level| -> Result<usize> {
        let session = Harness::<OnlineAntrag>::start("quelle-pruefen", 1, "de", level)?;
        Ok(session.step().view.widgets.len()
            + play("quelle-pruefen", 1, "de", level, true)?
                .0
                .steps()
                .iter()
                .flat_map(|s| &s.view.widgets)
                .map(|w| match w {
                    Widget::Choice(c) => c.options.len(),
                    Widget::Dialogue(d) => d.replies.len(),
                    _ => 0,
                })
                .sum::<usize>())
    };
    let (one, two, three) = (options(1)?, options(2)?, options(3)?);
    assert!(one < two && two < three, "{one} {two} {three}");
    Ok(())
}

#[test]
fn missing_and_unknown_answers_are_refused_and_change_nothing() -> Result {
    for episode in EPISODE_IDS {
        for locale in ["de", "en"] {
            let mut session = Harness::<OnlineAntrag>::start(episode, 8, locale, 3)?;
            while !session.is_finished() {
                let before = session.view().clone();
                let steps = session.steps().len();
                for (button, fields) in [
                    ("check", &[][..]),
                    ("next", &[][..]),
                    ("launch", &[][..]),
                    ("", &[][..]),
                ] {
                    match session.act(button, fields) {
                        Err(GameError::InvalidAction(message)) => {
                            assert!(!message.is_empty());
                            if locale == "de" {
                                assert!(message.contains("Bitte") || message.contains("Diese"));
                            } else {
                                assert!(message.contains("Please") || message.contains("That"));
                            }
                        }
                        other => panic!("{button} should be refused, got {other:?}"),
                    }
                }
                // A right button with a made-up answer (or a made-up reply) is refused too.
                let (button, fields) = answer(&session, true);
                let typed = session
                    .view()
                    .widgets
                    .iter()
                    .any(|w| matches!(w, Widget::TextInput(_)));
                let bogus: Vec<(&str, &str)> = fields
                    .iter()
                    .map(|(n, _)| (n.as_str(), "no-such-thing"))
                    .collect();
                let made_up = if fields.is_empty() {
                    session.act("no-such-reply", &[])
                } else if typed {
                    session.act(&button, &[(bogus[0].0, "   ")])
                } else {
                    session.act(&button, &bogus)
                };
                assert!(matches!(made_up, Err(GameError::InvalidAction(_))));
                assert_eq!(session.view(), &before);
                assert_eq!(session.steps().len(), steps);
                session.act_owned(&button, &fields)?;
                assert!(matches!(
                    session.act("check", &[]),
                    Err(GameError::InvalidAction(_))
                ));
                session.act("next", &[])?;
            }
        }
    }
    Ok(())
}

#[test]
fn partial_answers_get_partial_credit() -> Result {
    // Find the address item and type only the city's domain.
    for seed in 0..20 {
        let mut session = Harness::<OnlineAntrag>::start("quelle-pruefen", seed, "de", 1)?;
        while !session.is_finished() {
            let is_address = session
                .view()
                .widgets
                .iter()
                .any(|w| matches!(w, Widget::TextInput(input) if input.id == "portal-adresse"));
            if is_address {
                session.act(
                    "check",
                    &[("portal-adresse", " https://www.musterstadt.de/ ")],
                )?;
                assert_eq!(session.verdict(), Some(Verdict::PartlyCorrect));
                assert_eq!(session.evidence().last().unwrap().score, 0.5);
                return Ok(());
            }
            let (button, fields) = answer(&session, true);
            session.act_owned(&button, &fields)?;
            session.act("next", &[])?;
        }
    }
    panic!("the address item never came up");
}

#[test]
fn the_customer_number_is_not_the_household_number() -> Result {
    let mut session = Harness::<OnlineAntrag>::start("formular-hochladen", 4, "en", 1)?;
    loop {
        let scenario = session.view().widgets.iter().find_map(|w| match w {
            Widget::Text(text) if text.contains("Kundennummer") => Some(text.clone()),
            _ => None,
        });
        if let Some(scenario) = scenario {
            // "Kundennummer (customer number): 123D456789"
            let number = scenario
                .split("): ")
                .nth(1)
                .and_then(|rest| rest.split('\n').next())
                .unwrap();
            session.act("check", &[("bg-nummer", number)])?;
            assert_eq!(session.verdict(), Some(Verdict::Wrong));
            return Ok(());
        }
        let (button, fields) = answer(&session, true);
        session.act_owned(&button, &fields)?;
        session.act("next", &[])?;
    }
}

#[test]
fn both_locales_have_their_own_text() -> Result {
    assert_eq!(OnlineAntrag::meta("de").name, "Online-Antrag");
    assert_eq!(OnlineAntrag::meta("en").name, "Online application");
    assert_eq!(OnlineAntrag::meta("fr").name, "Online-Antrag");
    for episode in EPISODE_IDS {
        let (de, _) = play(episode, 9, "de", 2, true)?;
        let (en, _) = play(episode, 9, "en", 2, true)?;
        assert_ne!(de.view().title, en.view().title);
        assert!(
            de.outcome()
                .unwrap()
                .summary
                .contains("schützt Sozialdaten")
        );
        assert!(
            en.outcome()
                .unwrap()
                .summary
                .contains("protects social data")
        );
    }
    Ok(())
}

#[test]
fn unknown_episodes_and_broken_state_are_refused() {
    assert!(broken_state_and_unknown_episode_are_refused::<OnlineAntrag>());
}

#[test]
fn the_manifest_matches_meta() {
    assert_eq!(
        manifest_matches_meta::<OnlineAntrag>(include_str!("../digifit-plugin.toml")),
        Ok(())
    );
}

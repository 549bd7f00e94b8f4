//! Plays E-Akte through the SDK's harness, natively, the way the host would.

// Tests may unwrap: a panic is a failed test with a clear location.
#![allow(clippy::unwrap_used)]

use std::collections::BTreeSet;

use digifit_game_sdk::harness::{
    Harness, Session, broken_state_and_unknown_episode_are_refused, manifest_matches_meta,
    replay_owned_is_deterministic,
};
use digifit_game_sdk::{Action, Game, GameError, Verdict, Widget};
use e_akte::{EAkte, EPISODE_IDS, solutions};

type Result<T = ()> = std::result::Result<T, GameError>;

/// One recorded action: button and fields.
type Recorded = (String, Vec<(String, String)>);

/// Plays an episode to the end, answering every item rightly or wrongly.
fn play(
    episode: &str,
    seed: u64,
    locale: &str,
    level: u8,
    right: bool,
) -> Result<(Session<EAkte>, Vec<Recorded>)> {
    let mut session = Harness::<EAkte>::start(episode, seed, locale, level)?;
    let mut actions = Vec::new();
    while !session.is_finished() {
        let fields = solutions::answer(&session.step().state, right)?;
        assert!(
            !fields.is_empty(),
            "no answer key for {:#?}",
            session.view()
        );
        session.act_owned("check", &fields)?;
        actions.push(("check".to_owned(), fields));
        let expected = if right {
            Verdict::Correct
        } else {
            Verdict::Wrong
        };
        assert_eq!(session.verdict(), Some(expected), "{:#?}", session.view());
        session.act("next", &[])?;
        actions.push(("next".to_owned(), Vec::new()));
    }
    Ok((session, actions))
}

fn competences(episode: &str) -> Vec<String> {
    EAkte::meta("de")
        .episodes
        .into_iter()
        .find(|e| e.id == episode)
        .map(|e| e.competences)
        .unwrap()
}

#[test]
fn right_paths_score_full_marks_in_every_episode_and_level() -> Result {
    for (index, episode) in EPISODE_IDS.iter().enumerate() {
        for level in 1..=3 {
            let locale = if (index + usize::from(level)) % 2 == 0 {
                "de"
            } else {
                "en"
            };
            let (session, _) = play(episode, 11 + u64::from(level), locale, level, true)?;
            let evidence = session.evidence();
            let expected_items = if level == 1 { 6 } else { 7 };
            assert_eq!(evidence.len(), expected_items, "{episode} level {level}");
            let ids: BTreeSet<_> = evidence.iter().map(|e| e.item.clone()).collect();
            assert_eq!(ids.len(), evidence.len(), "item ids are unique");
            for e in evidence {
                assert!(
                    e.item.starts_with(&format!("e-akte/{episode}/")),
                    "{}",
                    e.item
                );
                assert!(e.item.ends_with(&format!("/level-{level}")), "{}", e.item);
                assert_eq!(e.score, 1.0, "{}", e.item);
            }
            // Every competence the episode lists gets evidence, and no other.
            let given: BTreeSet<_> = evidence.iter().map(|e| e.competence.clone()).collect();
            let listed: BTreeSet<_> = competences(episode).into_iter().collect();
            assert_eq!(given, listed, "{episode}");
            let outcome = session.outcome().unwrap();
            assert_eq!(outcome.score, 1.0);
            assert_eq!(outcome.went_well.len(), expected_items);
            assert!(outcome.to_learn.is_empty());
            assert!(session.buttons().is_empty());
        }
    }
    Ok(())
}

#[test]
fn wrong_paths_score_low_and_explain() -> Result {
    for episode in EPISODE_IDS {
        for (level, locale) in [(1, "de"), (3, "en")] {
            let (session, _) = play(episode, 5, locale, level, false)?;
            for e in session.evidence() {
                assert!(e.score <= 0.2, "{} scored {}", e.item, e.score);
            }
            let outcome = session.outcome().unwrap();
            assert!(outcome.score <= 0.2);
            assert_eq!(outcome.to_learn.len(), session.evidence().len());
            assert!(outcome.went_well.is_empty());
            // Every feedback explains, naming what would have been right.
            let right = if locale == "de" {
                "Richtig wäre"
            } else {
                "right"
            };
            let explained = session
                .steps()
                .iter()
                .flat_map(|step| &step.view.widgets)
                .filter_map(|widget| match widget {
                    Widget::Feedback(f) => Some(f.explanation.as_str()),
                    _ => None,
                })
                .filter(|text| text.contains(right) && text.len() > 200)
                .count();
            assert!(explained >= 4, "{episode}: {explained} explained");
        }
    }
    Ok(())
}

#[test]
fn a_name_with_extras_is_partly_correct() -> Result {
    let mut session = Harness::<EAkte>::start("posteingang", 3, "de", 2)?;
    loop {
        let naming = session
            .view()
            .widgets
            .iter()
            .any(|w| matches!(w, Widget::TextInput(_)));
        let fields = solutions::answer(&session.step().state, true)?;
        if naming {
            let name = format!("{}_final.pdf", fields[0].1);
            session.act("check", &[("answer", &name)])?;
            assert_eq!(session.verdict(), Some(Verdict::PartlyCorrect));
            let score = session.evidence().last().unwrap().score;
            assert!((0.5..1.0).contains(&score), "{score}");
            return Ok(());
        }
        session.act_owned("check", &fields)?;
        session.act("next", &[])?;
    }
}

#[test]
fn replays_are_deterministic() -> Result {
    for episode in EPISODE_IDS {
        for (seed, level) in [(7, 1), (u64::MAX, 3)] {
            let (_, recorded) = play(episode, seed, "de", level, seed == 7)?;
            let mut actions: Vec<Recorded> = vec![("check".to_owned(), Vec::new())];
            actions.extend(recorded);
            assert!(replay_owned_is_deterministic::<EAkte>(
                episode, seed, "de", level, &actions
            ));
        }
    }
    Ok(())
}

#[test]
fn seeds_vary_the_content() -> Result {
    for episode in EPISODE_IDS {
        let mut firsts = BTreeSet::new();
        for seed in 0..6 {
            let session = Harness::<EAkte>::start(episode, seed, "de", 2)?;
            firsts.insert(format!("{:?}", session.view().widgets));
        }
        assert!(
            firsts.len() >= 3,
            "{episode}: only {} different",
            firsts.len()
        );
        // The same seed gives the same first view.
        let a = Harness::<EAkte>::start(episode, 42, "en", 2)?;
        let b = Harness::<EAkte>::start(episode, 42, "en", 2)?;
        assert_eq!(a.view(), b.view());
    }
    Ok(())
}

#[test]
fn levels_add_options_and_entries() -> Result {
    let size = |level| -> Result<usize> {
        let (session, _) = play("versionen-und-fristen", 9, "de", level, true)?;
        Ok(session
            .steps()
            .iter()
            .flat_map(|s| &s.view.widgets)
            .map(|w| match w {
                Widget::Choice(c) => c.options.len(),
                Widget::Ordering(o) => o.items.len(),
                Widget::Categorise(c) => c.items.len(),
                Widget::FileExplorer(f) => f.entries.len(),
                _ => 0,
            })
            .sum())
    };
    let (one, two, three) = (size(1)?, size(2)?, size(3)?);
    assert!(one < two && two < three, "{one} {two} {three}");
    Ok(())
}

#[test]
fn missing_or_invalid_answers_are_refused() -> Result {
    for episode in EPISODE_IDS {
        for locale in ["de", "en"] {
            let mut session = Harness::<EAkte>::start(episode, 21, locale, 3)?;
            while !session.is_finished() {
                let before = session.view().clone();
                for (button, fields) in [
                    ("check", &[][..]),
                    ("check", &[("answer", "no-such-option")][..]),
                    ("check", &[("answer.nothing", "x")][..]),
                    ("next", &[][..]),
                    ("launch", &[][..]),
                ] {
                    match session.act(button, fields) {
                        Err(GameError::InvalidAction(message)) => {
                            assert!(!message.is_empty());
                            if locale == "de" {
                                assert!(message.contains("Bitte"), "{message}");
                            } else {
                                assert!(message.contains("Please"), "{message}");
                            }
                        }
                        Ok(_) if fields.len() == 1 && fields[0].0 == "answer" => {
                            // A typed file name is always an answer; judge it and move on.
                            break;
                        }
                        other => panic!("{button} {fields:?} should be refused: {other:?}"),
                    }
                    assert_eq!(session.view(), &before);
                }
                if session.verdict().is_none() {
                    let fields = solutions::answer(&session.step().state, true)?;
                    session.act_owned("check", &fields)?;
                }
                // In the feedback, only "next" goes on.
                assert!(matches!(
                    session.act("check", &[]),
                    Err(GameError::InvalidAction(_))
                ));
                session.act("next", &[])?;
            }
            // After the end, every action is refused.
            let state = session.step().state.clone();
            assert!(matches!(
                EAkte::act(state, Action::new("next", &[])),
                Err(GameError::InvalidAction(_))
            ));
        }
    }
    Ok(())
}

#[test]
fn a_half_filled_sorting_is_refused() -> Result {
    let mut session = Harness::<EAkte>::start("need-to-know", 2, "de", 1)?;
    loop {
        let fields = solutions::answer(&session.step().state, true)?;
        if fields.len() > 1 && fields[0].0.contains('.') {
            assert!(matches!(
                session.act_owned("check", &fields[..1]),
                Err(GameError::InvalidAction(_))
            ));
            return Ok(());
        }
        session.act_owned("check", &fields)?;
        session.act("next", &[])?;
    }
}

#[test]
fn broken_state_and_unknown_episodes_are_refused() {
    assert!(broken_state_and_unknown_episode_are_refused::<EAkte>());
}

#[test]
fn both_locales_have_their_own_text() -> Result {
    assert_eq!(EAkte::meta("de").name, "E-Akte");
    assert_eq!(EAkte::meta("en").name, "E-file");
    assert_eq!(EAkte::meta("fr").name, "E-Akte");
    let de = Harness::<EAkte>::start("posteingang", 6, "de", 1)?;
    let en = Harness::<EAkte>::start("posteingang", 6, "en", 1)?;
    assert_eq!(de.view().title, "Posteingang in die E-Akte");
    assert_eq!(en.view().title, "Incoming post to e-file");
    assert_ne!(de.view().widgets, en.view().widgets);
    let (de_end, _) = play("need-to-know", 6, "de", 2, true)?;
    let (en_end, _) = play("need-to-know", 6, "en", 2, true)?;
    // The host shows the score; the summary keeps only the game's message.
    let de_summary = &de_end.outcome().unwrap().summary;
    let en_summary = &en_end.outcome().unwrap().summary;
    assert!(
        de_summary.starts_with("Fehler gehören zum Lernen"),
        "{de_summary}"
    );
    assert!(
        en_summary.starts_with("Mistakes are part of learning"),
        "{en_summary}"
    );
    assert!(!de_summary.contains('%') && !en_summary.contains('%'));
    Ok(())
}

#[test]
fn the_manifest_matches_meta() {
    assert_eq!(
        manifest_matches_meta::<EAkte>(include_str!("../digifit-plugin.toml")),
        Ok(())
    );
}

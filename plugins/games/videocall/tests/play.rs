//! Plays every episode of videocall through the SDK's harness, natively, the way the host would.

// Tests may unwrap: a panic is a failed test with a clear location.
#![allow(clippy::unwrap_used)]

use digifit_game_sdk::harness::{
    Harness, Session, broken_state_and_unknown_episode_are_refused, manifest_matches_meta,
    replay_owned_is_deterministic,
};
use digifit_game_sdk::{Action, Game, GameError, Verdict, Widget};
use videocall::{Videocall, item_competences, sample_answer};

type Result<T = ()> = std::result::Result<T, GameError>;

/// A button with its form fields.
type Answer = (String, Vec<(String, String)>);

const EPISODES: [&str; 3] = ["plan-the-call", "during-the-call", "fix-the-tech"];

/// The key of the item the current view asks: the id of its answer widget.
fn asked(session: &Session<Videocall>) -> String {
    session
        .view()
        .widgets
        .iter()
        .find_map(|w| match w {
            Widget::Choice(c) => Some(c.id.clone()),
            Widget::Ordering(o) => Some(o.id.clone()),
            Widget::Dialogue(d) => Some(d.id.clone()),
            _ => None,
        })
        .unwrap_or_else(|| panic!("the view asks nothing: {:#?}", session.view()))
}

/// The answer to the current item as owned (button, fields).
fn answer_for(session: &Session<Videocall>, right: bool) -> Answer {
    let episode = session.episode().id.clone();
    sample_answer(&episode, &asked(session), session.request().level, right).unwrap()
}

fn answer(session: &mut Session<Videocall>, right: bool) -> Result {
    let (button, fields) = answer_for(session, right);
    session.act_owned(&button, &fields)?;
    Ok(())
}

fn play(
    episode: &str,
    seed: u64,
    locale: &str,
    level: u8,
    right: bool,
) -> Result<Session<Videocall>> {
    let mut session = Harness::<Videocall>::start(episode, seed, locale, level)?;
    let mut rounds = 0;
    while !session.is_finished() {
        answer(&mut session, right)?;
        let expected = if right {
            Verdict::Correct
        } else {
            Verdict::Wrong
        };
        assert_eq!(
            session.verdict(),
            Some(expected),
            "{episode} {}",
            asked_last(&session)
        );
        session.act("next", &[])?;
        rounds += 1;
        assert!(rounds <= 10, "too many items");
    }
    Ok(session)
}

fn asked_last(session: &Session<Videocall>) -> String {
    session
        .evidence()
        .last()
        .map(|e| e.item.clone())
        .unwrap_or_default()
}

#[test]
fn every_episode_right_and_wrong_at_two_levels() -> Result {
    for (index, episode) in EPISODES.iter().enumerate() {
        let competences = item_competences(episode);
        for level in [1, 3] {
            for right in [true, false] {
                let locale = if right { "de" } else { "en" };
                let seed = 11 + index as u64;
                let session = play(episode, seed, locale, level, right)?;
                let evidence = session.evidence();
                let expected_items = if level == 1 { 6 } else { 7 };
                assert_eq!(evidence.len(), expected_items, "{episode} level {level}");
                let meta = Videocall::meta("de");
                let info = meta.episodes.iter().find(|e| e.id == *episode).unwrap();
                for e in evidence {
                    let key = e.item.split('/').nth(2).unwrap();
                    assert!(e.item.starts_with(&format!("videocall/{episode}/")));
                    assert!(e.item.ends_with(&format!("/level-{level}")));
                    let competence = competences.iter().find(|(k, _)| *k == key).unwrap().1;
                    assert_eq!(e.competence, competence);
                    if right {
                        assert_eq!(e.score, 1.0, "{}", e.item);
                    } else {
                        assert!(e.score <= 0.01, "{} scored {}", e.item, e.score);
                    }
                }
                // Every listed competence gets evidence, and no other.
                let mut seen: Vec<&str> = evidence.iter().map(|e| e.competence.as_str()).collect();
                seen.sort_unstable();
                seen.dedup();
                let mut listed: Vec<&str> = info.competences.iter().map(String::as_str).collect();
                listed.sort_unstable();
                assert_eq!(seen, listed, "{episode}");
                let mut ids: Vec<&str> = evidence.iter().map(|e| e.item.as_str()).collect();
                ids.sort_unstable();
                ids.dedup();
                assert_eq!(ids.len(), evidence.len(), "item ids are unique");
                let outcome = session.outcome().unwrap();
                if right {
                    assert_eq!(outcome.score, 1.0);
                    assert_eq!(outcome.went_well.len(), expected_items);
                    assert!(outcome.to_learn.is_empty());
                } else {
                    assert!(outcome.score <= 0.01);
                    assert_eq!(outcome.to_learn.len(), expected_items);
                }
                assert!(!outcome.summary.is_empty());
            }
        }
    }
    Ok(())
}

#[test]
fn partial_answers_get_partial_credit() -> Result {
    // Half of the right options in a multiple choice gives a score between 0 and 1.
    let mut session = Harness::<Videocall>::start("plan-the-call", 3, "de", 2)?;
    while asked(&session) != "invitation" {
        answer(&mut session, true)?;
        session.act("next", &[])?;
    }
    session.act(
        "check",
        &[("invitation", "date"), ("invitation", "voluntary")],
    )?;
    assert_eq!(session.verdict(), Some(Verdict::PartlyCorrect));
    let score = session.evidence().last().unwrap().score;
    assert!(score > 0.0 && score < 1.0, "{score}");
    Ok(())
}

#[test]
fn both_locales_have_their_own_text() -> Result {
    assert_eq!(Videocall::meta("de").name, "Videocall & Kommunikation");
    assert_eq!(Videocall::meta("en").name, "Video calls & communication");
    assert_eq!(Videocall::meta("fr").name, "Videocall & Kommunikation");
    for episode in EPISODES {
        let de = play(episode, 5, "de", 2, true)?;
        let en = play(episode, 5, "en", 2, true)?;
        assert_ne!(de.view().title, en.view().title);
        // The host shows the score; the summary counts the situations instead.
        let de_summary = &de.outcome().unwrap().summary;
        let en_summary = &en.outcome().unwrap().summary;
        let situations = de.evidence().len();
        assert!(
            de_summary.starts_with(&format!("{situations} von {situations} Situationen")),
            "{de_summary}"
        );
        assert!(
            en_summary.starts_with(&format!("You solved {situations} of {situations}")),
            "{en_summary}"
        );
        assert!(!de_summary.contains('%') && !en_summary.contains('%'));
    }
    Ok(())
}

/// A full right play as owned actions, to replay.
fn recorded_actions(episode: &str, seed: u64, level: u8) -> Result<Vec<Answer>> {
    let mut session = Harness::<Videocall>::start(episode, seed, "de", level)?;
    let mut actions = vec![("check".to_owned(), Vec::new())];
    while !session.is_finished() {
        let (button, fields) = answer_for(&session, actions.len() % 3 != 0);
        session.act_owned(&button, &fields)?;
        actions.push((button, fields));
        actions.push(("next".to_owned(), Vec::new()));
        session.act("next", &[])?;
    }
    Ok(actions)
}

#[test]
fn replays_are_deterministic() -> Result {
    for episode in EPISODES {
        for seed in [0, 42, u64::MAX] {
            let actions = recorded_actions(episode, seed, 2)?;
            assert!(replay_owned_is_deterministic::<Videocall>(
                episode, seed, "de", 2, &actions
            ));
        }
    }
    Ok(())
}

#[test]
fn different_seeds_give_different_content() -> Result {
    for episode in EPISODES {
        let views: Vec<_> = (0..6)
            .map(|seed| {
                Harness::<Videocall>::start(episode, seed, "de", 2).map(|s| s.view().clone())
            })
            .collect::<Result<_>>()?;
        let distinct = views.iter().filter(|v| **v != views[0]).count();
        assert!(
            distinct >= 3,
            "{episode}: seeds barely change the first view"
        );
        // The same seed gives the same view.
        assert_eq!(
            Harness::<Videocall>::start(episode, 3, "de", 2)?.view(),
            &views[3]
        );
    }
    Ok(())
}

#[test]
fn levels_change_items_and_options() -> Result {
    for episode in EPISODES {
        let count = |level| -> Result<usize> {
            let mut session = Harness::<Videocall>::start(episode, 9, "en", level)?;
            let mut options = 0;
            while !session.is_finished() {
                options += session
                    .view()
                    .widgets
                    .iter()
                    .map(|w| match w {
                        Widget::Choice(c) => c.options.len(),
                        Widget::Ordering(o) => o.items.len(),
                        Widget::Dialogue(d) => d.replies.len(),
                        _ => 0,
                    })
                    .sum::<usize>();
                answer(&mut session, true)?;
                session.act("next", &[])?;
            }
            Ok(options)
        };
        let (one, two, three) = (count(1)?, count(2)?, count(3)?);
        assert!(one < two && two < three, "{episode}: {one} {two} {three}");
    }
    Ok(())
}

#[test]
fn invalid_and_missing_answers_are_refused() -> Result {
    for episode in EPISODES {
        for locale in ["de", "en"] {
            let mut session = Harness::<Videocall>::start(episode, 7, locale, 3)?;
            // Walk through every item, trying bad input first.
            while !session.is_finished() {
                let before = session.view().clone();
                let key = asked(&session);
                let dotted = format!("{key}.nope");
                for (button, fields) in [
                    ("check", vec![]),
                    ("check", vec![(key.as_str(), "no-such-option")]),
                    ("check", vec![(dotted.as_str(), "1")]),
                    ("next", vec![]),
                    ("launch", vec![]),
                ] {
                    match session.act(button, &fields) {
                        Err(GameError::InvalidAction(message)) => assert!(!message.is_empty()),
                        other => {
                            panic!("{button} {fields:?} on {key} should be refused: {other:?}")
                        }
                    }
                }
                assert_eq!(session.view(), &before);
                answer(&mut session, true)?;
                assert!(matches!(
                    session.act("check", &[]),
                    Err(GameError::InvalidAction(_))
                ));
                session.act("next", &[])?;
            }
            assert!(matches!(
                Videocall::act(session.step().state.clone(), Action::new("next", &[])),
                Err(GameError::InvalidAction(_))
            ));
        }
    }
    Ok(())
}

#[test]
fn orderings_with_repeated_positions_are_refused() -> Result {
    let mut session = Harness::<Videocall>::start("fix-the-tech", 1, "en", 1)?;
    while !session
        .view()
        .widgets
        .iter()
        .any(|w| matches!(w, Widget::Ordering(_)))
    {
        answer(&mut session, true)?;
        session.act("next", &[])?;
    }
    let (_, fields) = answer_for(&session, true);
    let mut same: Vec<(String, String)> = fields.clone();
    for f in &mut same {
        f.1 = "1".into();
    }
    assert!(matches!(
        session.act_owned("check", &same),
        Err(GameError::InvalidAction(_))
    ));
    Ok(())
}

#[test]
fn unknown_episodes_and_broken_state_are_refused() {
    assert!(broken_state_and_unknown_episode_are_refused::<Videocall>());
}

#[test]
fn the_manifest_matches_meta() {
    assert_eq!(
        manifest_matches_meta::<Videocall>(include_str!("../digifit-plugin.toml")),
        Ok(())
    );
}

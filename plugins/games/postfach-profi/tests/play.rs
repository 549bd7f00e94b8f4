//! Plays every episode of postfach-profi through the SDK's harness, the way the host would.
// Tests may unwrap: a panic is a failed test with its message.
#![allow(clippy::unwrap_used)]

use digifit_game_sdk::harness::{
    Harness, Session, broken_state_and_unknown_episode_are_refused, manifest_matches_meta,
    replay_owned_is_deterministic,
};
use digifit_game_sdk::{Game, GameError, Widget};
use postfach_profi::{EPISODES, PostfachProfi, tasks};

type Fields = Vec<(String, String)>;

/// The actions of a whole play-through on the right or the wrong path.
fn path(episode: &str, locale: &str, level: u8, seed: u64, right: bool) -> Vec<(String, Fields)> {
    let mut actions = Vec::new();
    for task in tasks(episode, locale, level, seed).unwrap() {
        actions.push(("check".to_owned(), task.fields(right)));
        actions.push(("next".to_owned(), Vec::new()));
    }
    actions
}

fn play(episode: &str, locale: &str, level: u8, seed: u64, right: bool) -> Session<PostfachProfi> {
    let mut session = Harness::<PostfachProfi>::start(episode, seed, locale, level).unwrap();
    for (button, fields) in path(episode, locale, level, seed, right) {
        session.act_owned(&button, &fields).unwrap();
    }
    assert!(session.is_finished());
    session
}

#[test]
fn every_episode_plays_right_and_wrong_in_both_locales() {
    for episode in &EPISODES {
        let competences: Vec<&str> = episode.competences.to_vec();
        for (level, locale) in [(1, "de"), (2, "en"), (3, "de")] {
            let right = play(episode.id, locale, level, 11, true);
            let items = right.evidence().len();
            assert!(
                (6..=12).contains(&items),
                "{} level {level}: {items}",
                episode.id
            );
            let mut seen: Vec<&str> = Vec::new();
            for e in right.evidence() {
                assert_eq!(e.score, 1.0, "{}", e.item);
                assert!(
                    e.item
                        .starts_with(&format!("postfach-profi/{}/", episode.id))
                );
                seen.push(e.competence.as_str());
            }
            for c in &competences {
                assert!(seen.contains(c), "{} level {level} lacks {c}", episode.id);
            }
            let mut ids: Vec<&str> = right.evidence().iter().map(|e| e.item.as_str()).collect();
            ids.sort_unstable();
            ids.dedup();
            assert_eq!(ids.len(), items, "item ids are unique");
            let outcome = right.outcome().unwrap();
            assert_eq!(outcome.score, 1.0);
            assert!(outcome.to_learn.is_empty() && !outcome.went_well.is_empty());
            // The host shows the score; the summary keeps only the game's message.
            let message = if locale == "de" {
                "Ein aufmerksamer Umgang mit dem Postfach"
            } else {
                "Handling the mailbox with care"
            };
            assert!(outcome.summary.starts_with(message), "{}", outcome.summary);
            assert!(!outcome.summary.contains('%'), "{}", outcome.summary);

            let wrong = play(episode.id, locale, level, 11, false);
            assert_eq!(wrong.evidence().len(), items);
            assert!(
                wrong.evidence().iter().all(|e| e.score <= 0.25),
                "{:?}",
                wrong.evidence()
            );
            let outcome = wrong.outcome().unwrap();
            assert!(outcome.score <= 0.25);
            assert!(!outcome.to_learn.is_empty());
            let has_feedback = wrong.steps().iter().any(|s| {
                s.view
                    .widgets
                    .iter()
                    .any(|w| matches!(w, Widget::Feedback(f) if !f.explanation.is_empty()))
            });
            assert!(has_feedback);
            // Every placeholder of the cast is filled in, in every view of both paths.
            for session in [&right, &wrong] {
                for step in session.steps() {
                    let shown = format!("{:?}", step.view);
                    for placeholder in ["{kunde", "{kollegin", "{chef}"] {
                        assert!(
                            !shown.contains(placeholder),
                            "{placeholder} left in {shown}"
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn mail_addresses_are_ascii() {
    let mut addresses = Vec::new();
    for episode in &EPISODES {
        for seed in 0..12 {
            let session = play(episode.id, "de", 3, seed, true);
            for step in session.steps() {
                for widget in &step.view.widgets {
                    if let Widget::MailInbox(inbox) = widget {
                        addresses.extend(inbox.mails.iter().map(|m| m.sender_address.clone()));
                    }
                }
            }
        }
    }
    // Customers with names such as „Yılmaz“ write from addresses such as familie.yilmaz@….
    assert!(addresses.iter().any(|a| a.starts_with("familie.")));
    for address in &addresses {
        let (local, domain) = address.split_once('@').unwrap();
        assert!(
            !local.is_empty() && !domain.is_empty() && address.is_ascii(),
            "{address}"
        );
        assert_eq!(local, local.to_lowercase(), "{address}");
    }
}

#[test]
fn locales_give_different_text() {
    let de = Harness::<PostfachProfi>::start("phishing-erkennen", 3, "de", 1).unwrap();
    let en = Harness::<PostfachProfi>::start("phishing-erkennen", 3, "en", 1).unwrap();
    assert_ne!(de.view().title, en.view().title);
    assert_eq!(PostfachProfi::meta("en").name, "Mailbox pro");
}

#[test]
fn replays_are_deterministic() {
    for episode in &EPISODES {
        let actions = path(episode.id, "de", 2, 42, true);
        assert!(replay_owned_is_deterministic::<PostfachProfi>(
            episode.id, 42, "de", 2, &actions
        ));
    }
}

#[test]
fn seeds_vary_the_content() {
    for episode in &EPISODES {
        let first = Harness::<PostfachProfi>::start(episode.id, 1, "de", 3).unwrap();
        let differs = (2..12).any(|seed| {
            Harness::<PostfachProfi>::start(episode.id, seed, "de", 3)
                .unwrap()
                .view()
                != first.view()
        });
        assert!(differs, "{}", episode.id);
    }
}

#[test]
fn missing_or_bad_answers_are_invalid_actions() {
    for episode in &EPISODES {
        for locale in ["de", "en"] {
            let mut session = Harness::<PostfachProfi>::start(episode.id, 5, locale, 2).unwrap();
            for bad in [
                session.act("check", &[]).err(),
                session
                    .act("check", &[("answer", "nonsense"), ("inbox.x", "y")])
                    .err(),
                session.act("next", &[]).err(),
                session.act("", &[]).err(),
            ] {
                assert!(matches!(bad, Some(GameError::InvalidAction(m)) if !m.is_empty()));
            }
            assert_eq!(session.steps().len(), 1);
        }
    }
}

#[test]
fn broken_state_and_unknown_episodes_are_refused() {
    assert!(broken_state_and_unknown_episode_are_refused::<PostfachProfi>());
}

#[test]
fn partly_right_answers_get_partial_credit() {
    let mut session =
        Harness::<PostfachProfi>::start("weiterleiten-antworten", 9, "de", 1).unwrap();
    let first = tasks("weiterleiten-antworten", "de", 1, 9).unwrap();
    let mut done = false;
    for task in first {
        if let postfach_profi::Kind::Text { .. } = task.kind {
            session
                .act(
                    "check",
                    &[("answer", "Ihr Termin wegen Krankheit 12345 BG 0067890")],
                )
                .unwrap();
            let last = session.evidence().last().unwrap();
            assert!(last.score > 0.0 && last.score < 1.0);
            done = true;
            break;
        }
        session.act_owned("check", &task.fields(true)).unwrap();
        session.act("next", &[]).unwrap();
    }
    assert!(done);
}

#[test]
fn the_manifest_matches_meta() {
    assert_eq!(
        manifest_matches_meta::<PostfachProfi>(include_str!("../digifit-plugin.toml")),
        Ok(())
    );
}

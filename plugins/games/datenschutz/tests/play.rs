//! Plays every episode of datenschutz through the SDK's harness, natively, the way the host
//! would: right and wrong paths, both locales, determinism, seeds and invalid actions.
// Tests may unwrap: a failed unwrap is a failed test with a clear location.
#![allow(clippy::unwrap_used)]

use datenschutz::content::{self, Item, Task};
use datenschutz::{BEGIN, CHECK, Datenschutz, NEXT};
use digifit_game_sdk::harness::{
    Harness, Session, broken_state_and_unknown_episode_are_refused, manifest_matches_meta,
    replay_owned_is_deterministic,
};
use digifit_game_sdk::{Game, GameError, Verdict, Widget};

type Result<T = ()> = std::result::Result<T, GameError>;

/// An action as (button, fields).
type Act = (String, Vec<(String, String)>);

const EPISODES: [&str; 3] = ["auskunft", "arbeitsplatz", "datenpanne"];

/// The action that answers the current view right or wrong: (button, fields).
fn answer(
    session: &Session<Datenschutz>,
    episode: &str,
    right: bool,
) -> (String, Vec<(String, String)>) {
    let episode = content::episode(episode).unwrap();
    for widget in &session.view().widgets {
        let (id, item): (&str, &Item) = match widget {
            Widget::Choice(w) => (&w.id, episode.item(&w.id).unwrap()),
            Widget::Categorise(w) => (&w.id, episode.item(&w.id).unwrap()),
            Widget::Dialogue(w) => (&w.id, episode.item(&w.id).unwrap()),
            Widget::TextInput(w) => (&w.id, episode.item(&w.id).unwrap()),
            _ => continue,
        };
        let score = |option_id: &str, options: &[content::Opt]| {
            options.iter().find(|o| o.id == option_id).unwrap().score
        };
        let mut fields = Vec::new();
        match (widget, item.task) {
            (
                Widget::Choice(w),
                Task::Choice {
                    options, multiple, ..
                },
            ) => {
                let wanted: Vec<&str> = w
                    .options
                    .iter()
                    .map(|o| o.id.as_str())
                    .filter(|o| {
                        if right {
                            score(o, options) >= 1.0
                        } else {
                            score(o, options) == 0.0
                        }
                    })
                    .collect();
                let wanted = if multiple {
                    wanted
                } else {
                    wanted[..1].to_vec()
                };
                for option in wanted {
                    fields.push((id.to_owned(), option.to_owned()));
                }
                return (CHECK.into(), fields);
            }
            (Widget::Categorise(w), Task::Categorise { cards, .. }) => {
                for card in &w.items {
                    let right_category = cards.iter().find(|c| c.id == card.id).unwrap().category;
                    let category = w
                        .categories
                        .iter()
                        .map(|c| c.id.as_str())
                        .find(|c| (*c == right_category) == right)
                        .unwrap();
                    fields.push((format!("{id}.{}", card.id), category.to_owned()));
                }
                return (CHECK.into(), fields);
            }
            (Widget::Dialogue(w), Task::Dialogue { replies, .. }) => {
                let reply = w
                    .replies
                    .iter()
                    .map(|r| r.id.as_str())
                    .find(|r| {
                        (score(r, replies) >= 1.0) == right && (right || score(r, replies) == 0.0)
                    })
                    .unwrap();
                return (reply.to_owned(), fields);
            }
            (Widget::TextInput(_), Task::Passphrase { .. }) => {
                let typed = if right {
                    "Gießkanne Regenwurm Mondschein Fahrrad"
                } else {
                    "Passwort123"
                };
                fields.push((id.to_owned(), typed.to_owned()));
                return (CHECK.into(), fields);
            }
            _ => panic!("widget and item {id} do not match"),
        }
    }
    panic!("the view asks nothing: {:#?}", session.view());
}

/// Plays an episode to the end, answering everything right or wrong; returns the session and
/// every action taken.
fn play(
    episode: &str,
    seed: u64,
    locale: &str,
    level: u8,
    right: bool,
) -> Result<(Session<Datenschutz>, Vec<Act>)> {
    let mut session = Harness::<Datenschutz>::start(episode, seed, locale, level)?;
    let mut actions = vec![(BEGIN.to_owned(), Vec::new())];
    session.act(BEGIN, &[])?;
    while !session.is_finished() {
        let (button, fields) = answer(&session, episode, right);
        session.act_owned(&button, &fields)?;
        actions.push((button, fields));
        let expected = if right {
            Verdict::Correct
        } else {
            Verdict::Wrong
        };
        assert_eq!(session.verdict(), Some(expected), "{episode} level {level}");
        session.act(NEXT, &[])?;
        actions.push((NEXT.to_owned(), Vec::new()));
    }
    Ok((session, actions))
}

fn items_for(episode: &str, level: u8) -> Vec<String> {
    let mut ids: Vec<String> = content::episode(episode)
        .unwrap()
        .items
        .iter()
        .filter(|item| item.min_level <= level)
        .map(|item| format!("datenschutz/{episode}/{}/level-{level}", item.id))
        .collect();
    ids.sort();
    ids
}

#[test]
fn every_episode_right_and_wrong_on_two_levels() -> Result {
    for episode in EPISODES {
        let competences = &Datenschutz::meta("de")
            .episodes
            .into_iter()
            .find(|e| e.id == episode)
            .unwrap()
            .competences;
        for (level, locale) in [(1, "de"), (3, "en")] {
            for right in [true, false] {
                let (session, _) = play(episode, 11, locale, level, right)?;
                let mut items: Vec<String> =
                    session.evidence().iter().map(|e| e.item.clone()).collect();
                items.sort();
                assert_eq!(items, items_for(episode, level));
                assert!(
                    items.len() >= 6,
                    "{episode} level {level} has {} items",
                    items.len()
                );
                for evidence in session.evidence() {
                    let expected = if right { 1.0 } else { 0.0 };
                    assert_eq!(evidence.score, expected, "{}", evidence.item);
                    assert!(competences.contains(&evidence.competence));
                }
                if level == 1 {
                    // Level 1 already gives evidence for every competence the episode lists.
                    for competence in competences {
                        assert!(
                            session
                                .evidence()
                                .iter()
                                .any(|e| &e.competence == competence)
                        );
                    }
                }
                let outcome = session.outcome().unwrap();
                if right {
                    assert_eq!(outcome.score, 1.0);
                    assert!(outcome.to_learn.is_empty());
                    assert_eq!(outcome.went_well.len(), items.len());
                } else {
                    assert_eq!(outcome.score, 0.0);
                    assert!(outcome.went_well.is_empty());
                    assert_eq!(outcome.to_learn.len(), items.len());
                }
                // The host shows the score; the summary keeps only the game's message.
                let message = if locale == "de" {
                    "Datenschutz schützt"
                } else {
                    "Data protection protects"
                };
                assert!(outcome.summary.starts_with(message), "{}", outcome.summary);
                assert!(!outcome.summary.contains('%'), "{}", outcome.summary);
            }
        }
    }
    Ok(())
}

#[test]
fn levels_add_items() -> Result {
    for episode in EPISODES {
        let counts: Vec<usize> = (1..=3)
            .map(|level| items_for(episode, level).len())
            .collect();
        assert!(
            counts[0] < counts[1] && counts[1] < counts[2],
            "{episode}: {counts:?}"
        );
    }
    Ok(())
}

#[test]
fn replays_are_deterministic() -> Result {
    for episode in EPISODES {
        let (_, actions) = play(episode, 5, "de", 2, true)?;
        assert!(replay_owned_is_deterministic::<Datenschutz>(
            episode, 5, "de", 2, &actions
        ));
    }
    Ok(())
}

#[test]
fn different_seeds_give_different_content() -> Result {
    for episode in EPISODES {
        let mut views = Vec::new();
        for seed in 0..6 {
            let mut session = Harness::<Datenschutz>::start(episode, seed, "de", 2)?;
            session.act(BEGIN, &[])?;
            views.push(session.view().clone());
        }
        assert!(views.iter().any(|v| v != &views[0]), "{episode}");
    }
    Ok(())
}

#[test]
fn both_locales_have_their_own_text() -> Result {
    let de = Harness::<Datenschutz>::start("auskunft", 1, "de", 1)?;
    let en = Harness::<Datenschutz>::start("auskunft", 1, "en", 1)?;
    assert_eq!(de.view().title, "Wer darf was wissen?");
    assert_eq!(en.view().title, "Who may know what?");
    assert_eq!(Datenschutz::meta("fr").name, "Datenschutz im Kundenkontakt");
    assert_eq!(
        Datenschutz::meta("en").name,
        "Data protection with customers"
    );
    Ok(())
}

#[test]
fn invalid_actions_are_refused_in_the_players_language() -> Result {
    for episode in EPISODES {
        for locale in ["de", "en"] {
            let mut session = Harness::<Datenschutz>::start(episode, 3, locale, 3)?;
            assert!(matches!(
                session.act("check", &[]),
                Err(GameError::InvalidAction(_))
            ));
            session.act(BEGIN, &[])?;
            // Walk through every item, first trying broken answers.
            while !session.is_finished() {
                let before = session.view().clone();
                for (button, fields) in [
                    (CHECK, &[][..]),
                    ("nonsense", &[][..]),
                    (NEXT, &[][..]),
                    (CHECK, &[("x", "y")][..]),
                ] {
                    match session.act(button, fields) {
                        Err(GameError::InvalidAction(message)) => {
                            let german = message.contains("Bitte") || message.contains("passt");
                            assert_eq!(german, locale == "de", "{message}");
                        }
                        other => panic!("{button} {fields:?} should be refused: {other:?}"),
                    }
                }
                assert_eq!(session.view(), &before);
                let (button, fields) = answer(&session, episode, true);
                session.act_owned(&button, &fields)?;
                session.act(NEXT, &[])?;
            }
        }
    }
    Ok(())
}

#[test]
fn unknown_options_and_partial_answers_are_refused() -> Result {
    let mut session = Harness::<Datenschutz>::start("auskunft", 4, "en", 1)?;
    session.act(BEGIN, &[])?;
    while !session.is_finished() {
        let (button, fields) = answer(&session, "auskunft", true);
        if button == CHECK && !fields.is_empty() {
            let name = fields[0].0.clone();
            let bad = session.act(CHECK, &[(name.as_str(), "no-such-option")]);
            assert!(matches!(bad, Err(GameError::InvalidAction(_))));
        }
        session.act_owned(&button, &fields)?;
        session.act(NEXT, &[])?;
    }
    Ok(())
}

#[test]
fn partial_answers_get_partial_credit() -> Result {
    // A categorise task with one card wrong scores between 0 and 1.
    let mut found = false;
    for seed in 0..20 {
        let mut session = Harness::<Datenschutz>::start("arbeitsplatz", seed, "de", 1)?;
        session.act(BEGIN, &[])?;
        let (button, mut fields) = answer(&session, "arbeitsplatz", true);
        if fields.len() < 2 || !fields[0].0.contains('.') {
            continue;
        }
        fields[0].1 = if fields[0].1 == "liegen" {
            "vernichten".into()
        } else {
            "liegen".into()
        };
        session.act_owned(&button, &fields)?;
        assert_eq!(session.verdict(), Some(Verdict::PartlyCorrect));
        let score = session.evidence()[0].score;
        assert!(score > 0.0 && score < 1.0);
        found = true;
        break;
    }
    assert!(found);
    Ok(())
}

#[test]
fn broken_state_and_unknown_episodes_are_refused() {
    assert!(broken_state_and_unknown_episode_are_refused::<Datenschutz>());
}

#[test]
fn the_manifest_matches_meta() {
    assert_eq!(
        manifest_matches_meta::<Datenschutz>(include_str!("../digifit-plugin.toml")),
        Ok(())
    );
}

//! The plugin host against real components: the hello-quiz example plays through, calls are
//! deterministic for a seed, compiled artifacts are cached, and every attack of the hostile game
//! ends its own call with the right `PluginError` while the host keeps serving calm calls.

use digifit::plugins::model::{Action, StartRequest, Step, Widget};
use digifit::plugins::sandbox::Limits;
use digifit::plugins::{LoadedGame, PluginError, PluginHost};

fn host() -> PluginHost {
    // Less fuel than production, so the endless-loop test ends quickly.
    let limits = Limits {
        fuel: 100_000_000,
        ..Limits::default()
    };
    PluginHost::new(limits, None).expect("the plugin engine starts")
}

fn load(host: &PluginHost, path: &str) -> LoadedGame {
    host.load(&test_programs::bytes(path))
        .expect("the plugin loads")
}

fn request(episode: &str, seed: u64) -> StartRequest {
    StartRequest {
        episode: episode.into(),
        seed,
        locale: "en".into(),
        level: 2,
    }
}

/// Answers every view the simple way: the first option of each choice, then the primary button.
fn naive_action(step: &Step) -> Action {
    let mut action = Action::default();
    for widget in &step.view.widgets {
        match widget {
            Widget::Choice { id, options, .. } => {
                if let Some(first) = options.first() {
                    action.fields.push((id.clone(), first.id.clone()));
                }
            }
            Widget::Buttons(buttons) => {
                if let Some(button) = buttons.iter().find(|b| b.primary).or(buttons.first()) {
                    action.button = button.id.clone();
                }
            }
            _ => {}
        }
    }
    action
}

/// Plays an episode to its end, returning every step.
fn play(host: &PluginHost, game: &LoadedGame, start: &StartRequest) -> Vec<Step> {
    let mut steps = vec![
        host.start(game, start)
            .expect("no plugin failure")
            .expect("the game starts"),
    ];
    for turn in 1..50u64 {
        let last = steps.last().expect("a step");
        if last.outcome.is_some() {
            return steps;
        }
        let action = naive_action(last);
        let next = host
            .act(game, start.seed ^ turn, &last.state, &action)
            .expect("no plugin failure")
            .expect("the action fits");
        steps.push(next);
    }
    panic!("the episode did not end within 50 turns");
}

#[test]
fn hello_quiz_describes_itself_and_plays_to_an_outcome() {
    let host = host();
    let game = load(&host, test_programs::HELLO_QUIZ);
    assert_eq!(game.api_version, "0.1.0");
    assert_eq!(game.component_hash.len(), 64);
    let info = host.meta(&game, "de").expect("meta");
    assert_eq!(info.id, "hello-quiz");
    assert!(info.locales.contains(&"de".to_owned()) && info.locales.contains(&"en".to_owned()));
    let episode = info.episodes.first().expect("an episode");
    let steps = play(&host, &game, &request(&episode.id, 42));
    let evidence: Vec<_> = steps.iter().flat_map(|s| s.evidence.iter()).collect();
    assert!(evidence.len() >= 2, "{evidence:?}");
    assert!(
        evidence
            .iter()
            .all(|e| ["4.1", "4.2"].contains(&e.competence.as_str()))
    );
    let outcome = steps
        .last()
        .and_then(|s| s.outcome.clone())
        .expect("an outcome");
    assert!((0.0..=1.0).contains(&outcome.score));
}

#[test]
fn a_play_through_replays_bit_for_bit_from_its_seed() {
    let host = host();
    let game = load(&host, test_programs::HELLO_QUIZ);
    let first = play(&host, &game, &request("first-steps", 7));
    let second = play(&host, &game, &request("first-steps", 7));
    assert_eq!(first, second);
    // The sandbox's own clock and randomness are fixed by the seed as well.
    let hostile = load(&host, test_programs::HOSTILE_GAME);
    let entropy = |seed| {
        host.start(&hostile, &request("entropy", seed))
            .expect("runs")
            .expect("starts")
            .view
    };
    assert_eq!(entropy(1), entropy(1));
    assert_ne!(entropy(1), entropy(2));
}

#[test]
fn compiled_plugins_are_cached_and_a_broken_cache_file_is_ignored() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cache = dir.path().join("cache");
    let host = PluginHost::new(Limits::default(), Some(cache.clone())).expect("engine");
    let bytes = test_programs::bytes(test_programs::HELLO_QUIZ);
    host.load(&bytes).expect("first load compiles");
    let artifacts: Vec<_> = std::fs::read_dir(&cache)
        .expect("cache dir")
        .flatten()
        .map(|e| e.path())
        .collect();
    assert_eq!(artifacts.len(), 1, "{artifacts:?}");
    let game = host.load(&bytes).expect("second load uses the cache");
    assert_eq!(host.meta(&game, "en").expect("meta").id, "hello-quiz");
    std::fs::write(&artifacts[0], b"not machine code").expect("overwrite");
    let game = host
        .load(&bytes)
        .expect("a broken cache file is recompiled");
    assert_eq!(host.meta(&game, "en").expect("meta").id, "hello-quiz");
}

#[test]
fn malformed_and_foreign_components_are_refused_with_a_reason() {
    let host = host();
    let error = host.load(b"\0asm\x01\0\0\0garbage").expect_err("refused");
    assert!(
        matches!(error, PluginError::InvalidComponent(_)),
        "{error:?}"
    );
    let error = host.load(b"not wasm at all").expect_err("refused");
    assert!(
        matches!(error, PluginError::InvalidComponent(_)),
        "{error:?}"
    );
    let error = host
        .load(&test_programs::bytes(test_programs::FUTURE_API_GAME))
        .expect_err("refused");
    assert_eq!(
        error,
        PluginError::UnsupportedApi {
            found: "9.9.9".into()
        }
    );
    assert!(error.to_string().contains("0.1.0"), "{error}");
}

#[test]
fn every_attack_of_the_hostile_game_ends_its_own_call_and_the_host_goes_on() {
    let host = host();
    let game = load(&host, test_programs::HOSTILE_GAME);
    type Expectation = (&'static str, fn(&PluginError) -> bool);
    let expectations: [Expectation; 10] = [
        ("infinite-loop", |e| {
            matches!(e, PluginError::OutOfFuel | PluginError::TimedOut)
        }),
        ("memory-bomb", |e| matches!(e, PluginError::OutOfMemory)),
        ("deep-recursion", |e| {
            matches!(e, PluginError::StackOverflow)
        }),
        (
            "huge-state",
            |e| matches!(e, PluginError::BadOutput(m) if m.contains("state")),
        ),
        (
            "huge-view",
            |e| matches!(e, PluginError::BadOutput(m) if m.contains("widgets")),
        ),
        ("panic", |e| matches!(e, PluginError::Trapped(_))),
        (
            "sleep",
            |e| matches!(e, PluginError::Forbidden(name) if name.contains("wasi:io/poll")),
        ),
        (
            "read-file",
            |e| matches!(e, PluginError::Forbidden(name) if name.contains("wasi:filesystem")),
        ),
        (
            "open-socket",
            |e| matches!(e, PluginError::Forbidden(name) if name.contains("wasi:sockets")),
        ),
        (
            "bad-evidence",
            |e| matches!(e, PluginError::BadOutput(m) if m.contains("9.9")),
        ),
    ];
    for (episode, expected) in expectations {
        let outcome = host.start(&game, &request(episode, 3));
        match outcome {
            Err(error) => assert!(expected(&error), "{episode}: unexpected {error:?}"),
            Ok(answer) => panic!("{episode}: the attack was not stopped: {answer:?}"),
        }
        let calm = host
            .start(&game, &request("calm", 3))
            .expect("calm still runs")
            .expect("calm starts");
        assert_eq!(calm.state, b"calm");
    }
    // The environment is granted, but empty: the host's variables never reach a plugin.
    let environment = host
        .start(&game, &request("environment", 3))
        .expect("runs")
        .expect("starts");
    assert_eq!(
        environment.view.widgets.first(),
        Some(&Widget::Text(String::new()))
    );
}

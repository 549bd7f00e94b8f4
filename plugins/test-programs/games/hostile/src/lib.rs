//! A hostile game: each episode attacks the host in one way (endless loop, memory bomb, deep
//! recursion, oversized state or view, panic, sleeping, files, sockets, environment, invalid
//! evidence). The episode "calm" behaves, and "entropy" shows what the sandbox's clock and
//! randomness give, so tests can prove both are fixed by the seed.

use std::hint::black_box;

use digifit_game_sdk::{
    Action, EpisodeInfo, Evidence, Game, GameError, GameInfo, StartRequest, Step, ViewBuilder,
    register_game,
};

/// The episodes, each named for what it does.
pub const EPISODES: [&str; 13] = [
    "calm",
    "entropy",
    "infinite-loop",
    "memory-bomb",
    "deep-recursion",
    "huge-state",
    "huge-view",
    "panic",
    "sleep",
    "read-file",
    "open-socket",
    "environment",
    "bad-evidence",
];

pub struct HostileGame;

fn recurse(depth: u64) -> u64 {
    // The black boxes keep the compiler from turning the recursion into a loop.
    black_box(depth)
        + if depth == u64::MAX {
            0
        } else {
            recurse(black_box(depth + 1))
        }
}

fn calm_step(text: &str) -> Step {
    Step::new(
        b"calm".to_vec(),
        ViewBuilder::new("Calm")
            .progress(1, 1)
            .text(text)
            .primary_button("next", "Next")
            .build(),
    )
}

impl Game for HostileGame {
    fn meta(_locale: &str) -> GameInfo {
        GameInfo {
            id: "hostile-game".into(),
            name: "Hostile game".into(),
            version: "0.1.0".into(),
            description: "Attacks the sandbox.".into(),
            locales: vec!["en".into()],
            episodes: EPISODES
                .iter()
                .map(|id| EpisodeInfo {
                    id: (*id).into(),
                    title: (*id).into(),
                    summary: "An attack.".into(),
                    minutes: 5,
                    competences: vec!["4.1".into()],
                    min_level: 1,
                    max_level: 3,
                })
                .collect(),
        }
    }

    fn start(request: StartRequest) -> Result<Step, GameError> {
        match request.episode.as_str() {
            "calm" => Ok(calm_step("All is well.")),
            "entropy" => {
                #[allow(clippy::disallowed_methods)] // Reading the sandbox's clock is the point.
                let now = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_nanos())
                    .unwrap_or_default();
                // HashMap's random keys come from wasi:random.
                let random = std::hash::BuildHasher::hash_one(
                    &std::collections::hash_map::RandomState::new(),
                    1u8,
                );
                Ok(calm_step(&format!("time {now} random {random}")))
            }
            "infinite-loop" => {
                let mut counter = 0u64;
                loop {
                    counter = black_box(counter.wrapping_add(1));
                }
            }
            "memory-bomb" => {
                let mut hoard: Vec<Vec<u8>> = Vec::new();
                loop {
                    hoard.push(black_box(vec![1u8; 1 << 20]));
                }
            }
            "deep-recursion" => Ok(calm_step(&recurse(0).to_string())),
            "huge-state" => Ok(Step::new(
                vec![7u8; 1 << 20],
                ViewBuilder::new("Huge state").build(),
            )),
            "huge-view" => {
                let mut view = ViewBuilder::new("Huge view");
                for i in 0..10_000 {
                    view = view.text(&format!("line {i}"));
                }
                Ok(Step::new(Vec::new(), view.build()))
            }
            "panic" => panic!("the hostile game panics on purpose"),
            "sleep" => {
                #[allow(clippy::disallowed_methods)] // Sleeping in the sandbox is the attack.
                std::thread::sleep(std::time::Duration::from_secs(3600));
                Ok(calm_step("woke up"))
            }
            "read-file" => {
                let secret = std::fs::read_to_string("/etc/passwd")
                    .unwrap_or_else(|e| format!("no file: {e}"));
                Ok(calm_step(&secret))
            }
            "open-socket" => {
                let connected = std::net::TcpStream::connect("127.0.0.1:80").is_ok();
                Ok(calm_step(&format!("connected {connected}")))
            }
            "environment" => {
                let home = std::env::vars()
                    .map(|(k, v)| format!("{k}={v}"))
                    .collect::<Vec<_>>()
                    .join(";");
                Ok(calm_step(&home))
            }
            "bad-evidence" => Ok(calm_step("bad").with_evidence([Evidence {
                item: "bad/item".into(),
                competence: "9.9".into(),
                score: 2.0,
            }])),
            other => Err(GameError::UnknownEpisode(other.into())),
        }
    }

    fn act(state: Vec<u8>, _action: Action) -> Result<Step, GameError> {
        if state == b"calm" {
            Ok(calm_step("Still calm."))
        } else {
            Err(GameError::InvalidState("unknown state".into()))
        }
    }
}

register_game!(HostileGame);
